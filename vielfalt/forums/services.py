"""Joining and leaving forums: requests, decisions and the mails about them."""

from __future__ import annotations

from enum import Enum

from django.db import transaction
from django.utils import timezone

from vielfalt.network.models import Person
from vielfalt.outbox.mail import queue_mail

from .models import Forum, ForumMembership, ForumMembershipRequest


class JoinResult(Enum):
    REQUESTED = "requested"
    ALREADY_MEMBER = "already_member"
    ALREADY_PENDING = "already_pending"
    # A dormant forum keeps the people interested in it as members, so that
    # they are there when it comes back to life.
    KEPT_AS_MEMBER = "kept_as_member"


def request_to_join(forum: Forum, person: Person, language: str) -> JoinResult:
    with transaction.atomic():
        Person.objects.select_for_update().filter(pk=person.pk).first()
        if ForumMembership.objects.filter(forum=forum, person=person).exists():
            return JoinResult.ALREADY_MEMBER
        if forum.is_dormant:
            ForumMembership.objects.create(forum=forum, person=person)
            return JoinResult.KEPT_AS_MEMBER
        pending = ForumMembershipRequest.objects.filter(
            forum=forum, person=person, status=ForumMembershipRequest.Status.PENDING
        )
        if pending.exists():
            return JoinResult.ALREADY_PENDING
        ForumMembershipRequest.objects.create(forum=forum, person=person, language=language)
        return JoinResult.REQUESTED


def decide(
    membership_request: ForumMembershipRequest, accept: bool, decided_by: Person | None
) -> bool:
    """Accept or decline a pending request and tell the person by mail.

    Returns False, and changes nothing, when someone decided it before."""
    with transaction.atomic():
        locked = (
            ForumMembershipRequest.objects.select_for_update()
            .filter(pk=membership_request.pk, status=ForumMembershipRequest.Status.PENDING)
            .first()
        )
        if locked is None:
            return False
        membership_request.status = (
            ForumMembershipRequest.Status.ACCEPTED
            if accept
            else ForumMembershipRequest.Status.DECLINED
        )
        membership_request.decided_at = timezone.now()
        membership_request.decided_by = decided_by
        membership_request.save(update_fields=["status", "decided_at", "decided_by"])
        if accept:
            ForumMembership.objects.get_or_create(
                forum=membership_request.forum, person=membership_request.person
            )
        queue_mail(
            "forums/mail/request_accepted" if accept else "forums/mail/request_declined",
            {
                "person": membership_request.person,
                "forum": membership_request.forum,
            },
            [membership_request.person.email],
            language=membership_request.language,
        )
    return True


def is_last_moderator(membership: ForumMembership) -> bool:
    """The membership is the forum's only moderation. Call inside a transaction."""
    if membership.role != ForumMembership.Role.MODERATOR:
        return False
    return (
        not ForumMembership.objects.select_for_update()
        .filter(forum_id=membership.forum_id, role=ForumMembership.Role.MODERATOR)
        .exclude(pk=membership.pk)
        .exists()
    )


def leave(membership: ForumMembership) -> bool:
    """End the membership; False (nothing changed) for the last moderator."""
    with transaction.atomic():
        if is_last_moderator(membership):
            return False
        membership.delete()
    return True
