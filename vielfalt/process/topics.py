"""What coordinators do with a proposed topic: open it as a forum, or answer it.

Both are decided once: a conditional update on the status lets only the
first of two coordinators (or two clicks) through, and only that one sends
the mail to the proposer."""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify

from vielfalt.forums.models import Forum
from vielfalt.outbox.mail import queue_mail

from .models import TopicProposal, coordinator_emails


def unique_slug(name: str) -> str:
    base = slugify(name)[:100] or "forum"
    slug, number = base, 2
    while Forum.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def _decide(proposal: TopicProposal, status: str, user: AbstractBaseUser, **fields: object) -> bool:
    now = timezone.now()
    changed = TopicProposal.objects.filter(pk=proposal.pk, status=TopicProposal.Status.OPEN).update(
        status=status, decided_at=now, decided_by=user, **fields
    )
    if not changed:
        proposal.refresh_from_db()
        return False
    proposal.refresh_from_db()
    return True


def open_as_forum(
    proposal: TopicProposal,
    user: AbstractBaseUser,
    *,
    name: str,
    name_en: str = "",
    description: str = "",
    status: str = Forum.Status.PROPOSED,
) -> Forum | None:
    """Create the forum and tell the proposer; None (nothing changed) when
    someone decided about the proposal before."""
    with transaction.atomic():
        if not _decide(proposal, TopicProposal.Status.OPENED, user):
            return None
        position = (Forum.objects.aggregate(last=Max("position"))["last"] or 0) + 1
        forum = Forum.objects.create(
            name=name,
            name_en=name_en,
            slug=unique_slug(name),
            description=description,
            status=status,
            position=position,
        )
        TopicProposal.objects.filter(pk=proposal.pk).update(forum=forum)
        proposal.forum = forum
        queue_mail(
            "process/mail/topic_opened",
            {"proposal": proposal, "forum": forum},
            [proposal.email],
            language=proposal.language,
            reply_to=coordinator_emails(),
        )
    return forum


def answer(proposal: TopicProposal, user: AbstractBaseUser, text: str) -> bool:
    """Send the coordinators' reply to the proposer; False (nothing changed,
    nothing sent) when someone decided about the proposal before."""
    with transaction.atomic():
        if not _decide(proposal, TopicProposal.Status.ANSWERED, user, answer=text):
            return False
        queue_mail(
            "process/mail/topic_answered",
            {"proposal": proposal},
            [proposal.email],
            language=proposal.language,
            reply_to=coordinator_emails(),
        )
    return True
