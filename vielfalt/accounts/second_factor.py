"""A second factor for everyone with back-office rights (issue 11, point 5).

Coordinators and superusers see and change everything, so a password alone does
not open the back office: they must have an authenticator app (TOTP, through
allauth's MFA) and must have used it in this session. Without one they are led to
set it up; with one but a session that never asked for it (a login that did not
go through allauth's stages) they are asked for a code first.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from allauth.account.internal.flows.login import (
    get_authentication_records,
    record_authentication,
)
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added
from django.contrib.auth.decorators import login_required
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.deprecation import MiddlewareMixin
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from .models import User

# Kinds of authenticator that count as a second factor.
SECOND_FACTORS = [Authenticator.Type.TOTP]


def needs_second_factor(user: "User | AnonymousUser") -> bool:
    """Whether ``user`` has back-office rights and so must use a second factor."""
    return bool(user.is_authenticated and user.is_active and user.is_staff)


def has_second_factor(user: "User | AnonymousUser") -> bool:
    """Whether ``user`` has set up a second factor."""
    return bool(Authenticator.objects.filter(user_id=user.pk, type__in=SECOND_FACTORS).exists())


def session_used_second_factor(request: HttpRequest) -> bool:
    """Whether the person proved their second factor in this session."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


@receiver(authenticator_added)
def second_factor_added(
    sender: object,
    request: HttpRequest | None,
    user: "User",
    authenticator: Authenticator,
    **kwargs: object,
) -> None:
    # Activating an authenticator app takes a valid code from it: that proves it.
    if request is not None and authenticator.type in SECOND_FACTORS:
        record_authentication(request, user, "mfa", type=authenticator.type, id=authenticator.pk)


# Views a person with back-office rights may open before the second factor:
# logging in and out, setting the factor up, the language switch and the
# session's keep-alive. Everything else, back office or not, waits for it:
# coordinators' rights reach beyond ``/verwaltung/`` (the join-request triage,
# the import, every organisation's offerings, every forum).
OPEN_BEFORE_SECOND_FACTOR_PREFIXES = ("account_", "mfa_")
OPEN_BEFORE_SECOND_FACTOR = {
    ("", "set_language"),
    ("admin", "logout"),
    ("accounts", "second_factor_required"),
    ("accounts", "keep_alive"),
    ("accounts", "login_unlock"),
}


def open_before_second_factor(namespace: str, url_name: str | None) -> bool:
    """Whether the view named ``namespace:url_name`` works without the second factor."""
    if not namespace and (url_name or "").startswith(OPEN_BEFORE_SECOND_FACTOR_PREFIXES):
        return True
    return (namespace, url_name) in OPEN_BEFORE_SECOND_FACTOR


class SecondFactorMiddleware(MiddlewareMixin):
    """Keeps people with back-office rights from using the site while logged in
    until they have set up a second factor and used it in this session."""

    def process_view(
        self,
        request: HttpRequest,
        view_func: Callable[..., HttpResponse],
        view_args: tuple[object, ...],
        view_kwargs: dict[str, object],
    ) -> HttpResponse | None:
        match = request.resolver_match
        if match is None or open_before_second_factor(match.namespace, match.url_name):
            return None
        if not needs_second_factor(request.user):
            return None
        if session_used_second_factor(request):  # read from the session: no query
            return None
        query = urlencode({"next": request.get_full_path()})
        if not has_second_factor(request.user):
            return redirect(f"{reverse('accounts:second_factor_required')}?{query}")
        return redirect(f"{reverse('mfa_reauthenticate')}?{query}")


@login_required
def second_factor_required(request: HttpRequest) -> HttpResponse:
    """Why the back office asks for a second factor, and the way to set one up."""
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = ""
    if has_second_factor(request.user):
        return redirect(next_url or "admin:index")
    return render(request, "mfa/required.html", {"next_url": next_url})


class MFAAdapter(DefaultMFAAdapter):  # type: ignore[misc]  # allauth has no types: its classes are Any
    # allauth's messages in plain German (German is the source language here).
    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "cannot_delete_authenticator": _(
            "Die Bestätigung in zwei Schritten lässt sich hier nicht abschalten."
        ),
        "cannot_generate_recovery_codes": _(
            "Wiederherstellungscodes gibt es erst, wenn die Bestätigung in zwei "
            "Schritten eingerichtet ist."
        ),
        "incorrect_code": _(
            "Der Code stimmt nicht. Bitte geben Sie den Code ein, den die App gerade "
            "zeigt (6 Ziffern), oder einen Wiederherstellungscode (8 Ziffern)."
        ),
    }
