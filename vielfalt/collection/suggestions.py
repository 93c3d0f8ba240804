"""Suggestions from the public, sent from a forum's page, with double opt-in.

It works like joining (vielfalt.process): the form stores the suggestion as an
unconfirmed impulse and mails a link; the link shows a button, and only that
button (a POST: mail scanners confirm nothing) opens the impulse in the
forum's inbox. The same limits hold: a number of submissions per client and
hour, and at most one confirmation mail per address in a quarter of an hour
(shared with the join form). The mail carries no word the visitor typed.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.core import signing
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from vielfalt.forums import sections
from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.lib.client_ip import limit_ip
from vielfalt.lib.forms import EMAIL_ERRORS, HONEYPOT_FIELD, LENGTH_MESSAGE
from vielfalt.lib.limits import Limit, consume, hashed, is_reached
from vielfalt.outbox.mail import queue_mail
from vielfalt.process.models import InterestRequest, coordinator_emails
from vielfalt.process.ratelimit import DEFAULT_LIMIT, WINDOW_SECONDS, mail_allowed

from .models import Impulse, PublicSuggestion, Source
from .triage import workspace_section

SUGGESTION_CONSENT_TEXT = _(
    "Ich bin einverstanden, dass die Koordination des Netzwerks meinen Vorschlag und meine "
    "Angaben speichert, um den Vorschlag im Forum zu bearbeiten und mich bei Rückfragen zu "
    "erreichen. Meine E-Mail-Adresse wird nicht veröffentlicht. Ich kann diese Einwilligung "
    "jederzeit widerrufen."
)


class SuggestionForm(forms.Form):
    """A suggestion from the public, sent from a forum's page (double opt-in follows)."""

    name = forms.CharField(
        label=_("Ihr Name (freiwillig)"),
        required=False,
        max_length=200,
        error_messages={"max_length": LENGTH_MESSAGE},
    )
    email = forms.EmailField(
        label=_("Ihre E-Mail-Adresse"),
        help_text=_("An diese Adresse schicken wir einen Link zum Bestätigen."),
        error_messages=EMAIL_ERRORS,
    )
    title = forms.CharField(
        label=_("Ihr Vorschlag in einem Satz"),
        max_length=200,
        error_messages={
            "required": _("Bitte fassen Sie Ihren Vorschlag in einem Satz zusammen."),
            "max_length": LENGTH_MESSAGE,
        },
    )
    text = forms.CharField(
        label=_("Beschreibung"),
        help_text=_("Was fehlt, was gibt es schon, was könnte man tun? Höchstens 4000 Zeichen."),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Bitte beschreiben Sie Ihren Vorschlag."),
            "max_length": LENGTH_MESSAGE,
        },
    )
    consent = forms.BooleanField(
        label=SUGGESTION_CONSENT_TEXT,
        error_messages={
            "required": _("Bitte stimmen Sie zu, damit wir Ihren Vorschlag speichern dürfen.")
        },
    )

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def error_summary(self) -> list[tuple[str, str]]:
        """Every error, in the order of the fields, with the id of the field it belongs to."""
        summary = []
        for field in self:
            label = _("Einwilligung") if field.name == "consent" else field.label
            summary += [(field.auto_id, f"{label}: {error}") for error in field.errors]
        return summary


# As long as a join request's link: the mails and pages say "7 days" for both.
CONFIRM_MAX_AGE = InterestRequest.CONFIRM_MAX_AGE


def stale_unconfirmed():
    """Unconfirmed suggestions whose link has expired: nobody can confirm them any more."""
    return Impulse.objects.filter(
        status=Impulse.Status.UNCONFIRMED, created__lt=timezone.now() - CONFIRM_MAX_AGE
    )


def _client_limit(request: HttpRequest) -> Limit:
    # The join form's limit (and its setting): the same number, counted apart.
    amount = getattr(settings, "JOIN_RATE_LIMIT", DEFAULT_LIMIT)
    return Limit("collection:suggest:" + hashed(limit_ip(request)), amount, WINDOW_SECONDS)


def confirmation_token(suggestion: PublicSuggestion) -> str:
    return signing.dumps(suggestion.pk, salt=PublicSuggestion.CONFIRM_SALT)


def suggestion_from_token(token: str) -> PublicSuggestion:
    """The suggestion a token names; ``signing.SignatureExpired`` or ``BadSignature`` else."""
    pk = signing.loads(token, salt=PublicSuggestion.CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    try:
        return PublicSuggestion.objects.select_related("impulse__forum").get(pk=pk)
    except (PublicSuggestion.DoesNotExist, TypeError, ValueError):
        raise signing.BadSignature("No such suggestion.") from None


def unconfirmed_from_address(email: str):
    """The address's suggestions that still wait for the confirmation."""
    return PublicSuggestion.objects.filter(
        email__iexact=email,
        impulse__status=Impulse.Status.UNCONFIRMED,
        impulse__created__gte=timezone.now() - CONFIRM_MAX_AGE,
    ).select_related("impulse__forum")


def save_suggestion(form: SuggestionForm, forum: Forum) -> PublicSuggestion:
    """Store the suggestion unconfirmed and mail the link (unless one went out recently)."""
    data = form.cleaned_data
    impulse = Impulse.objects.create(
        forum=forum,
        title=data["title"],
        text=data["text"],
        status=Impulse.Status.UNCONFIRMED,
        source=Source.PUBLIC,
    )
    suggestion = PublicSuggestion.objects.create(
        impulse=impulse,
        name=data["name"].strip(),
        email=data["email"],
        consent_given_at=timezone.now(),
        consent_text=str(SUGGESTION_CONSENT_TEXT),
        language=translation.get_language() or "de",
    )
    if mail_allowed(suggestion.email):
        # The site's own words and the link only: the address is not proven yet.
        queue_mail(
            "collection/triage/mail/suggestion_confirm",
            {"forum": forum, "token": confirmation_token(suggestion)},
            [suggestion.email],
            language=suggestion.language,
        )
    return suggestion


def confirm_address(suggestion: PublicSuggestion) -> int:
    """Open every waiting suggestion of the confirmed address in its forum's inbox.

    The link proves the address, so suggestions sent from it while the mail
    limit held (and no own mail went out) open too. A conditional update per
    impulse: of two clicks at once only one counts. Returns how many opened.
    """
    now = timezone.now()
    opened: dict[Forum | None, int] = {}
    with transaction.atomic():
        for waiting in [suggestion, *unconfirmed_from_address(suggestion.email)]:
            changed = Impulse.objects.filter(
                pk=waiting.impulse_id, status=Impulse.Status.UNCONFIRMED
            ).update(status=Impulse.Status.OPEN)
            if changed:
                PublicSuggestion.objects.filter(pk=waiting.pk).update(confirmed_at=now)
                forum = waiting.impulse.forum
                opened[forum] = opened.get(forum, 0) + 1
        for forum, count in opened.items():
            if forum is not None:  # a forum deleted since: the coordinators see it anyway
                tell_the_forum(forum, count)
    return sum(opened.values())


def tell_the_forum(forum: Forum, count: int) -> None:
    """Tell the forum's moderators (or, without any, the coordinators) that new
    suggestions wait in the inbox; in the site's words, with none of the sender's."""
    recipients = (
        list(
            ForumMembership.objects.filter(
                forum=forum,
                role=ForumMembership.Role.MODERATOR,
                person__user__is_active=True,
            )
            .exclude(person__user__email="")
            .order_by("pk")
            .values_list("person__user__email", flat=True)
        )
        or coordinator_emails()
    )
    inbox = reverse("triage:inbox") + f"?forum={forum.slug}&status=open"
    queue_mail(
        "collection/triage/mail/new_suggestion",
        {"forum": forum, "count": count, "inbox": inbox},
        recipients,
        language=settings.LANGUAGE_CODE,
    )


def suggest(request: HttpRequest, slug: str) -> HttpResponse:
    forum = get_object_or_404(Forum.objects.public(), slug=slug)
    form = SuggestionForm(request.POST or None)
    rate_limited = False
    if request.method == "POST":
        if request.POST.get(HONEYPOT_FIELD, "").strip():
            # Same answer as a success, so that a bot learns nothing.
            return redirect("triage:suggestion_sent", forum.slug)
        rate_limited = is_reached(_client_limit(request))
        if not rate_limited and form.is_valid():
            # The mail promises that unconfirmed suggestions go away: keep it
            # even where the daily purge does not run.
            stale_unconfirmed().delete()
            with transaction.atomic():
                # Counted atomically: parallel submissions cannot pass the limit together.
                if consume(_client_limit(request))[0] is not None:
                    save_suggestion(form, forum)
                    return redirect("triage:suggestion_sent", forum.slug)
            rate_limited = True
    return render(
        request,
        "collection/triage/suggest.html",
        {
            "forum": forum,
            "form": form,
            "rate_limited": rate_limited,
            "honeypot_field": HONEYPOT_FIELD,
        },
        status=429 if rate_limited else (400 if form.is_bound else 200),
    )


def suggestion_sent(request: HttpRequest, slug: str) -> HttpResponse:
    forum = get_object_or_404(Forum.objects.public(), slug=slug)
    return render(request, "collection/triage/suggestion_sent.html", {"forum": forum})


def suggestion_confirm(request: HttpRequest, token: str) -> HttpResponse:
    try:
        suggestion = suggestion_from_token(token)
    except signing.SignatureExpired:
        return render(
            request, "collection/triage/suggestion_invalid.html", {"expired": True}, status=400
        )
    except signing.BadSignature:
        return render(
            request, "collection/triage/suggestion_invalid.html", {"expired": False}, status=400
        )
    forum = suggestion.impulse.forum
    if suggestion.impulse.status != Impulse.Status.UNCONFIRMED:
        return render(
            request,
            "collection/triage/suggestion_confirmed.html",
            {"already": True, "forum": forum},
        )
    if request.method == "POST":
        # A click that lost a race against another one is a replay too.
        already = confirm_address(suggestion) == 0
        return render(
            request,
            "collection/triage/suggestion_confirmed.html",
            {"already": already, "forum": forum},
        )
    # Mail scanners fetch links: only the button (a POST) confirms.
    waiting = [suggestion, *unconfirmed_from_address(suggestion.email).exclude(pk=suggestion.pk)]
    return render(
        request,
        "collection/triage/suggestion_confirm.html",
        {"suggestion": suggestion, "waiting": waiting},
    )


def public_section(request: HttpRequest, forum: Forum) -> sections.Part:
    """On the public forum page: an invitation to send a suggestion."""
    return sections.Part(
        "collection/triage/section_public.html",
        {"forum": forum, "url": reverse("triage:suggest", args=[forum.slug])},
    )


def register_sections() -> None:
    """Called from the app's ready(): the triage's parts of the forum pages."""
    sections.register_section(
        sections.Section("triage.suggest", sections.PUBLIC, 80, public_section)
    )
    sections.register_section(
        sections.Section("triage.impulses", sections.WORKSPACE, 80, workspace_section)
    )
