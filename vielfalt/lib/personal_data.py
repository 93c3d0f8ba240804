"""How an app declares the personal data it stores (one definition, three uses).

Each app that stores personal data lists it in ``vielfalt/<app>/personal_data.py``
as ``CATEGORIES = [Category(...), ...]``. ``vielfalt.privacy`` collects them and
drives from the same objects

- the erasure of a person (``erase``),
- the retention jobs that ``manage.py daily`` runs (``purge``), and
- the record of processing activities (DSGVO Art. 30): purpose, legal basis,
  recipients and retention are the texts given here.

This module sits in the lowest layer so that every app can use it without
importing ``vielfalt.privacy``.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db import models
from django.utils.functional import Promise

Text = str | Promise


@dataclass
class Subject:
    """The person being erased, as every app can recognise them.

    ``emails`` are lower-case. Erasers add what they deleted to ``erased`` (as
    model instances or ``(model, pk)``) so that later ones, such as the admin
    history, can find the entries about those rows.
    """

    person: Any = None
    user: Any = None
    emails: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    erased: list[tuple[type[models.Model], Any]] = field(default_factory=list)

    def note_erased(self, rows: Any) -> None:
        """Remember ``rows`` (one instance or an iterable of them) as erased."""
        if isinstance(rows, models.Model):
            rows = [rows]
        self.erased.extend((type(row), row.pk) for row in rows)


@dataclass(frozen=True)
class Category:
    """One kind of personal data: what it is, why it is kept, for how long.

    ``retention`` is a callable so that periods read from the settings are
    rendered as they are configured. ``erase(subject)`` deletes or anonymises
    the subject's rows and returns how many it touched; ``purge(now)`` deletes
    what has outlived its period and returns how many rows went. ``late``
    erasers run after all others (they need to know what the others erased).
    """

    key: str
    name: Text
    data: Text
    subjects: Text
    purpose: Text
    legal_basis: Text
    recipients: Text
    retention: Callable[[], Text]
    erase: Callable[[Subject], int] | None = None
    purge: Callable[[datetime.datetime], int] | None = None
    late: bool = False
    third_countries: Text = ""


# The mails that ``vielfalt.lib.mail`` hands to the task queue. With the
# database task backend each queued mail is a row holding its recipients and
# text. (When the outbox app stores mails, it declares them itself.)

MAIL_TASK = "vielfalt.lib.mail.send_mail_task"


def _mail_rows():  # type: ignore[no-untyped-def]
    from django.apps import apps

    if not apps.is_installed("django_tasks_db"):
        return None
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(task_path=MAIL_TASK)


def _recipients(row: Any) -> set[str]:
    args = (row.args_kwargs or {}).get("args") or []
    kwargs = (row.args_kwargs or {}).get("kwargs") or {}
    recipients = kwargs.get("recipients", args[2] if len(args) > 2 else [])
    return {str(address).lower() for address in recipients or []}


def erase_mails(subject: Subject) -> int:
    """Delete the queued or sent mails to any of the subject's addresses."""
    rows = _mail_rows()
    if rows is None or not subject.emails:
        return 0
    ids = [row.pk for row in rows.only("pk", "args_kwargs") if _recipients(row) & subject.emails]
    rows.filter(pk__in=ids).delete()
    return len(ids)


def purge_mails(now: datetime.datetime) -> int:
    """Delete mails that were sent (or given up) longer ago than the retention period."""
    from django.conf import settings

    rows = _mail_rows()
    if rows is None:
        return 0
    cutoff = now - datetime.timedelta(days=settings.RETENTION_SENT_MAILS_DAYS)
    deleted, _rows = rows.filter(finished_at__lt=cutoff).delete()
    return deleted


def _mail_retention() -> str:
    from django.conf import settings
    from django.utils.translation import ngettext

    days = settings.RETENTION_SENT_MAILS_DAYS
    return ngettext(
        "Gelöscht %(days)d Tag nach dem Versand.",
        "Gelöscht %(days)d Tage nach dem Versand.",
        days,
    ) % {"days": days}


def _categories() -> list[Category]:
    from django.utils.translation import gettext_lazy as _

    return [
        Category(
            key="lib.mails",
            name=_("Versendete E-Mails"),
            data=_(
                "Empfängeradresse, Betreff und Text der Mail, Zeitpunkt und Ergebnis des Versands"
            ),
            subjects=_("Empfängerinnen und Empfänger von Mails der Website"),
            purpose=_("Mails zuverlässig zustellen und fehlgeschlagene erneut senden"),
            legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO; bei Anfragen Art. 6 Abs. 1 lit. a DSGVO"),
            recipients=_("Der beauftragte E-Mail-Dienst (Auftragsverarbeitung, Art. 28 DSGVO)"),
            retention=_mail_retention,
            erase=erase_mails,
            purge=purge_mails,
        )
    ]


CATEGORIES = _categories()
