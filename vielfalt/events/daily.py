"""The events' part of ``manage.py daily``: erase accessibility and dietary needs after the event."""

from __future__ import annotations

from typing import TextIO

from django.utils import timezone
from django.utils.translation import ngettext

from .models import Registration


def erase_needs(now=None) -> int:  # type: ignore[no-untyped-def]
    """Blank the needs of every registration whose event is over; returns how many."""
    over = Registration.objects.filter(event__ends_at__lt=now or timezone.now()).exclude(needs="")
    return over.update(needs="")


def run(stdout: TextIO) -> None:
    erased = erase_needs()
    if erased:
        stdout.write(
            ngettext(
                "Veranstaltungen: Angaben zu Bedürfnissen von %(count)d Anmeldung gelöscht.",
                "Veranstaltungen: Angaben zu Bedürfnissen von %(count)d Anmeldungen gelöscht.",
                erased,
            )
            % {"count": erased}
            + "\n"
        )
