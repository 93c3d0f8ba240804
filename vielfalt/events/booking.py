"""Registering and cancelling: the places are counted under a lock on the event.

Two people asking for the last place at once must not both get it. On
PostgreSQL the event's row is locked (``SELECT … FOR UPDATE``) before the
confirmed registrations are counted, so the count and the insert that follows
are one step for everyone registering for that event. SQLite runs each
transaction as IMMEDIATE (see settings), so writers are serialised already and
the count is taken inside the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from vielfalt.forums.models import Forum
from vielfalt.network.models import Person
from vielfalt.outbox.mail import queue_mail

from .models import Event, ForumPreference, Registration


class RegistrationRefused(Exception):
    """The registration cannot be taken; ``reason`` is ``duplicate``, ``closed`` or
    ``rate_limited`` (the client sent too many registrations)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Applicant:
    name: str
    email: str
    organisation_name: str = ""
    needs: str = ""
    consent_text: str = ""
    forums: Sequence[Forum] = ()


def register(event_id: int, applicant: Applicant) -> Registration:
    """Confirm a place, or put the applicant on the waiting list when the event is full.

    Raises ``Event.DoesNotExist`` for an unknown event and ``RegistrationRefused``
    when the window is closed or the address is already registered.
    """
    email = applicant.email.strip().lower()
    try:
        with transaction.atomic():
            event = Event.objects.select_for_update().get(pk=event_id)
            if not event.is_registration_open:
                raise RegistrationRefused("closed")
            active = event.registrations.active()
            if active.filter(email=email).exists():
                raise RegistrationRefused("duplicate")
            confirmed = active.confirmed().count()
            full = event.capacity is not None and confirmed >= event.capacity
            registration = Registration.objects.create(
                event=event,
                name=applicant.name.strip(),
                email=email,
                organisation_name=applicant.organisation_name.strip(),
                needs=applicant.needs.strip(),
                status=Registration.Status.WAITING if full else Registration.Status.CONFIRMED,
                consent_text=applicant.consent_text,
                language=translation.get_language() or "de",
                person=Person.objects.filter(email__iexact=email).order_by("pk").first(),
            )
            ForumPreference.objects.bulk_create(
                ForumPreference(registration=registration, forum=forum, rank=rank)
                for rank, forum in enumerate(applicant.forums, start=1)
            )
            send_mail(registration, "registered")
    except IntegrityError as error:  # the unique constraint, should a check ever be bypassed
        raise RegistrationRefused("duplicate") from error
    return registration


def cancel(registration_id: int) -> tuple[Registration | None, Registration | None]:
    """Cancel a registration; the first person waiting moves up (with a mail).

    Returns (the cancelled registration or None if it was cancelled already,
    the promoted one or None).
    """
    with transaction.atomic():
        registration = Registration.objects.select_related("event").get(pk=registration_id)
        event = Event.objects.select_for_update().get(pk=registration.event_id)
        changed = (
            Registration.objects.filter(pk=registration.pk)
            .exclude(status=Registration.Status.CANCELLED)
            .update(status=Registration.Status.CANCELLED, cancelled_at=timezone.now())
        )
        if not changed:
            return None, None
        registration.refresh_from_db()
        send_mail(registration, "cancelled")
        return registration, fill_free_places(event)


def fill_free_places(event: Event) -> Registration | None:
    """Move the first waiting people up while places are free; call under the event's lock.

    Nobody moves up once the event is over: a place freed afterwards helps no one.
    """
    promoted = None
    if event.is_over:
        return None
    confirmed = event.registrations.confirmed().count()
    while event.capacity is None or confirmed < event.capacity:
        first = event.registrations.waiting().first()
        if first is None:
            break
        first.status = Registration.Status.CONFIRMED
        first.promoted_at = timezone.now()
        first.save(update_fields=["status", "promoted_at"])
        send_mail(first, "promoted")
        promoted = promoted or first
        confirmed += 1
    return promoted


def send_mail(registration: Registration, kind: str) -> None:
    queue_mail(
        f"events/mail/{kind}",
        {
            "registration": registration,
            "event": registration.event,
            "waiting": registration.status == Registration.Status.WAITING,
        },
        [registration.email],
        language=registration.language,
    )
