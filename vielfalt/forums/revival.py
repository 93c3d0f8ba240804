"""Reviving dormant forums: pledges to take a forum up, and the reactivation
that tells everyone who pledged.

The public pledge has the limits of the join form: a number of submissions
per client and hour, one open pledge per address and forum, and at most one
confirmation mail per address in a quarter of an hour (counters in
``vielfalt.lib.limits``, a table that holds across workers).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from enum import Enum

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.http import HttpRequest
from django.utils import timezone

from vielfalt.lib.client_ip import limit_ip
from vielfalt.lib.limits import Limit, consume, hashed, is_reached, lock
from vielfalt.network.models import Person
from vielfalt.outbox.mail import queue_mail

from .models import Forum, ForumMembership, Pledge

DEFAULT_LIMIT = 5
WINDOW_SECONDS = 60 * 60
MAIL_INTERVAL_SECONDS = 15 * 60


class PledgeResult(Enum):
    PLEDGED = "pledged"
    ALREADY = "already"
    NOT_DORMANT = "not_dormant"


# --- Limits for the public form -------------------------------------------


def _client_limit(request: HttpRequest) -> Limit:
    amount = getattr(settings, "PLEDGE_RATE_LIMIT", DEFAULT_LIMIT)
    return Limit("forums:pledge:" + hashed(limit_ip(request)), amount, WINDOW_SECONDS)


def pledge_limit_reached(request: HttpRequest) -> bool:
    return is_reached(_client_limit(request))


def consume_pledge(request: HttpRequest) -> bool:
    """Count one public pledge of this client; False when its limit holds."""
    usage, _refused = consume(_client_limit(request))
    return usage is not None


def _address_key(email: str) -> str:
    return hashed(email.strip().lower())


def address_lock(email: str) -> AbstractContextManager[None]:
    return lock("forums:pledge-address:" + _address_key(email))


def mail_allowed(email: str) -> bool:
    """Count one confirmation mail to the address; False when one went out recently."""
    limit = Limit("forums:pledge-mail:" + _address_key(email), 1, MAIL_INTERVAL_SECONDS)
    return consume(limit)[0] is not None


# --- Pledging ---------------------------------------------------------------


def pledge_as_person(forum: Forum, person: Person, language: str) -> PledgeResult:
    """A person of the network pledges with one button: confirmed at once.

    A public pledge made earlier from the person's address becomes theirs."""
    with transaction.atomic():
        locked = Forum.objects.select_for_update().filter(pk=forum.pk).first()
        if locked is None or locked.status != Forum.Status.DORMANT:
            return PledgeResult.NOT_DORMANT
        match = Q(person=person)
        if person.email:
            match |= Q(email__iexact=person.email)
        existing = Pledge.objects.filter(match, forum=forum).first()
        now = timezone.now()
        if existing is not None and existing.notified_at is not None:
            # Told about an earlier revival; the forum fell dormant again.
            existing.delete()
            existing = None
        if existing is not None:
            if existing.person_id == person.pk and existing.is_confirmed:
                return PledgeResult.ALREADY
            existing.person = person
            existing.confirmed_at = existing.confirmed_at or now
            existing.save(update_fields=["person", "confirmed_at"])
            return PledgeResult.PLEDGED
        Pledge.objects.create(
            forum=forum,
            person=person,
            name=person.name,
            email=person.email,
            language=language,
            confirmed_at=now,
        )
    return PledgeResult.PLEDGED


def save_public_pledge(pledge: Pledge) -> Pledge:
    """Store a public pledge (unconfirmed) and send the confirmation mail.

    One pledge per address and forum: sending the form again updates an
    unconfirmed pledge, and leaves a confirmed one as it is. The answer is the
    same either way, so that the form tells nobody whether an address pledged.
    """
    with address_lock(pledge.email):
        existing = Pledge.objects.filter(forum=pledge.forum, email__iexact=pledge.email).first()
        if existing is not None and existing.notified_at is not None:
            # Told about an earlier revival; the forum fell dormant again.
            existing.delete()
            existing = None
        if existing is not None and existing.is_confirmed:
            return pledge
        if existing is not None:
            pledge.pk, pledge.created = existing.pk, existing.created
            pledge.person_id = existing.person_id
        pledge.save()
        if mail_allowed(pledge.email):
            queue_mail(
                "forums/mail/pledge_confirm",
                {"forum": pledge.forum, "token": pledge.confirmation_token()},
                [pledge.email],
                language=pledge.language,
            )
    return pledge


def confirm(pledge: Pledge) -> bool:
    """Confirm the address of a public pledge; False (nothing changed) when it
    was confirmed before. Of two clicks at once only one wins."""
    now = timezone.now()
    changed = Pledge.objects.filter(pk=pledge.pk, confirmed_at__isnull=True).update(
        confirmed_at=now
    )
    if changed:
        pledge.confirmed_at = now
    return bool(changed)


# --- Reactivation -----------------------------------------------------------


def reactivate(forum: Forum) -> list[Pledge] | None:
    """Set a dormant forum active, dated today; tell every confirmed pledger
    by mail in their language; people of the network become members.

    Returns the pledges told, or None (and changes nothing, sends nothing)
    when the forum is not dormant, e.g. reactivated a moment ago."""
    with transaction.atomic():
        changed = Forum.objects.filter(pk=forum.pk, status=Forum.Status.DORMANT).update(
            status=Forum.Status.ACTIVE, reactivated_on=timezone.localdate(), updated=timezone.now()
        )
        if not changed:
            forum.refresh_from_db()
            return None
        forum.refresh_from_db()
        pledges = list(
            Pledge.objects.confirmed()
            .filter(forum=forum, notified_at__isnull=True)
            .select_related("person")
            .order_by("created")
        )
        ForumMembership.objects.bulk_create(
            [
                ForumMembership(forum=forum, person=pledge.person)
                for pledge in pledges
                if pledge.person is not None
            ],
            ignore_conflicts=True,  # a member keeps their membership and role
        )
        for pledge in pledges:
            queue_mail(
                "forums/mail/forum_reactivated",
                {"forum": forum, "pledge": pledge, "is_network_person": pledge.person_id},
                [pledge.email],
                language=pledge.language,
            )
        Pledge.objects.filter(pk__in=[p.pk for p in pledges]).update(notified_at=timezone.now())
    return pledges
