"""How an app declares the personal data it stores (one definition, three uses).

Each app that stores personal data lists it in ``vielfalt/<app>/personal_data.py``
as ``CATEGORIES = [Category(...), ...]``. ``vielfalt.privacy`` collects them and
drives from the same objects

- the erasure of a person (``erase``),
- the retention jobs that ``manage.py daily`` runs (``purge``),
- the right of access: rows found by the person's e-mail address rather than
  by a link to the person (``export``), and
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

    def by_address(self, email_field: str = "email", person_field: str | None = None) -> models.Q:
        """Rows that carry one of the subject's addresses (case-insensitive), or, with
        ``person_field``, that point at the subject's person."""
        query = models.Q(pk__in=[])
        if person_field and self.person is not None and self.person.pk is not None:
            query |= models.Q(**{person_field: self.person})
        for email in self.emails:
            query |= models.Q(**{f"{email_field}__iexact": email})
        return query

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
    ``export(subject)`` returns the subject's rows that the export of a person
    cannot find by their links (rows that only carry an e-mail address), as
    plain dicts.
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
    export: Callable[[Subject], list[dict[str, Any]]] | None = None


# The lowest layer stores no personal data of its own; the outbox declares its
# mails in ``vielfalt/outbox/personal_data.py``.
CATEGORIES: list[Category] = []
