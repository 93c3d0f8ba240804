"""Inviting people to a survey: from the network's people or a CSV file,
each with a personal link mailed through the outbox."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from vielfalt.network.models import Person
from vielfalt.outbox.mail import queue_mail

from .models import Invitation, Survey

MAX_CSV_BYTES = 1_000_000


def _mail(invitation: Invitation, template: str) -> None:
    mails = queue_mail(
        f"surveys/mail/{template}",
        {"invitation": invitation, "survey": invitation.survey},
        [invitation.email],
    )
    invitation.mail = mails[0] if mails else None


@transaction.atomic
def invite(
    survey: Survey, recipients: Iterable[tuple[str, str, Person | None]]
) -> list[Invitation]:
    """Invite each (name, e-mail, person) once per survey; returns the new invitations."""
    known = {e.lower() for e in survey.invitations.values_list("email", flat=True)}
    created = []
    for name, email, person in recipients:
        if email.lower() in known:
            continue
        known.add(email.lower())
        invitation = Invitation.objects.create(survey=survey, name=name, email=email, person=person)
        _mail(invitation, "invitation")
        invitation.save(update_fields=["mail"])
        created.append(invitation)
    return created


@transaction.atomic
def remind(survey: Survey) -> int:
    """Mail a reminder to everyone invited who has not submitted (and was not revoked)."""
    pending = (
        survey.invitations.filter(revoked=False)
        .exclude(response__submitted_at__isnull=False)
        .select_related("survey")
    )
    now = timezone.now()
    count = 0
    for invitation in pending:
        _mail(invitation, "reminder")
        invitation.reminded_at = now
        invitation.save(update_fields=["mail", "reminded_at"])
        count += 1
    return count


def parse_csv(data: bytes) -> tuple[list[tuple[str, str]], list[str]]:
    """Rows of (name, e-mail) and the errors, each naming its row number."""
    if len(data) > MAX_CSV_BYTES:
        return [], [_("Die Datei ist zu groß (höchstens 1 MB).")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    delimiter = (
        ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
    )
    rows, errors = [], []
    seen: set[str] = set()
    for number, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        if number == 1 and len(cells) >= 2 and "mail" in cells[1].lower():
            continue  # the header
        if len(cells) < 2:
            errors.append(_("Zeile %(row)d: Es fehlen Name oder E-Mail-Adresse.") % {"row": number})
            continue
        name, email = cells[0], cells[1]
        if not name or len(name) > 200:
            errors.append(_("Zeile %(row)d: Der Name fehlt oder ist zu lang.") % {"row": number})
            continue
        try:
            validate_email(email)
        except ValidationError:
            errors.append(
                _("Zeile %(row)d: „%(email)s“ ist keine gültige E-Mail-Adresse.")
                % {"row": number, "email": email[:100]}
            )
            continue
        if email.lower() in seen:
            errors.append(
                _("Zeile %(row)d: Die Adresse %(email)s steht schon weiter oben.")
                % {"row": number, "email": email}
            )
            continue
        seen.add(email.lower())
        rows.append((name, email))
    if not rows and not errors:
        errors.append(_("Die Datei enthält keine Empfänger."))
    return rows, errors
