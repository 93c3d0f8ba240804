"""The limits on failed logins, kept in the table of ``vielfalt.lib.limits``.

- per account and client: at most LOGIN_FAILURES_PER_CLIENT failures a minute
  for one address from one client (so a stranger's guesses do not lock the
  owner out of their own client);
- per client: at most LOGIN_FAILURES_PER_IP failures a minute over all
  addresses (slows someone trying many accounts);
- per account over all clients: at most LOGIN_FAILURES_PER_ACCOUNT failures an
  hour (slows an attacker spread over many addresses). When it holds, the
  owner gets a one-time link by mail that lets their own browser past the
  ceiling (still limited per client).

The limits are checked and counted *before* the password is hashed; a
successful login takes its count back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from vielfalt.lib.client_ip import limit_ip
from vielfalt.lib.limits import Limit, Usage, clear, consume, hashed
from vielfalt.outbox.mail import queue_mail

if TYPE_CHECKING:
    from .models import User

UNLOCK_SALT = "vielfalt.accounts.login-unlock"
UNLOCK_MAX_AGE = 24 * 60 * 60
UNLOCK_COOKIE = "vielfalt_login_unlock"


def _login(email: str) -> str:
    return (email or "").strip().lower()


def client_limit(request: HttpRequest, email: str) -> Limit:
    return Limit(
        "login:client:" + hashed(_login(email), limit_ip(request)),
        settings.LOGIN_FAILURES_PER_CLIENT,
        60,
    )


def ip_limit(request: HttpRequest) -> Limit:
    return Limit("login:ip:" + hashed(limit_ip(request)), settings.LOGIN_FAILURES_PER_IP, 60)


def account_limit(email: str) -> Limit:
    return Limit(
        "login:account:" + hashed(_login(email)), settings.LOGIN_FAILURES_PER_ACCOUNT, 3600
    )


def _user_for(email: str) -> User | None:
    from .models import User

    return User.objects.filter(email__iexact=_login(email), is_active=True).first()


def has_unlock(request: HttpRequest, email: str) -> bool:
    """True when this browser carries the owner's pass past the account ceiling."""
    value = request.COOKIES.get(UNLOCK_COOKIE)
    if not value:
        return False
    try:
        data = signing.loads(value, salt=UNLOCK_SALT + ".cookie", max_age=UNLOCK_MAX_AGE)
    except signing.BadSignature:
        return False
    user = _user_for(email)
    return user is not None and data.get("u") == user.pk


class LoginRefused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # "client" or "account"


def consume_login(request: HttpRequest, email: str) -> Usage:
    """Count one login attempt before its password is checked.

    Raises ``LoginRefused`` when a limit holds; the account ceiling also mails
    the owner (if the address has an account) an unlock link, at most once an hour.
    """
    limits = [client_limit(request, email), ip_limit(request)]
    ceiling = account_limit(email)
    if not has_unlock(request, email):
        limits.append(ceiling)
    usage, refused = consume(*limits)
    if usage is not None:
        return usage
    if refused is ceiling:
        send_unlock_mail(request, email)
        raise LoginRefused("account")
    raise LoginRefused("client")


def clear_login(request: HttpRequest, email: str) -> None:
    """Forget the failures for an account (after a successful password reset)."""
    clear(client_limit(request, email).key, account_limit(email).key)


def send_unlock_mail(request: HttpRequest, email: str) -> None:
    user = _user_for(email)
    if user is None:
        return  # the login form answers the same either way
    once_an_hour = Limit("login:unlock-mail:" + hashed(str(user.pk)), 1, 3600)
    if consume(once_an_hour)[0] is None:
        return
    token = signing.dumps({"u": user.pk, "n": get_random_string(16)}, salt=UNLOCK_SALT)
    url = request.build_absolute_uri(reverse("accounts:login_unlock", args=[token]))
    queue_mail(
        "accounts/mail/login_unlock",
        {"user": user, "unlock_url": url, "hours": UNLOCK_MAX_AGE // 3600},
        [user.email],
    )


@require_http_methods(["GET", "POST"])
def unlock(request: HttpRequest, token: str) -> HttpResponse:
    """The page the unlock link opens: a button, so that a mail scanner that
    follows links does not use it up. Each link works once."""
    try:
        data = signing.loads(token, salt=UNLOCK_SALT, max_age=UNLOCK_MAX_AGE)
        user_pk = int(data["u"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return render(request, "accounts/login_unlock_invalid.html", status=404)
    used = Limit("login:unlock-used:" + hashed(token), 1, UNLOCK_MAX_AGE)
    if request.method == "GET":
        from vielfalt.lib.limits import is_reached

        if is_reached(used):
            return render(request, "accounts/login_unlock_invalid.html", status=404)
        return render(request, "accounts/login_unlock.html")
    if consume(used)[0] is None:
        return render(request, "accounts/login_unlock_invalid.html", status=404)
    messages.success(
        request,
        _("Sie können sich in diesem Browser jetzt wieder anmelden."),
    )
    response = redirect("account_login")
    response.set_cookie(
        UNLOCK_COOKIE,
        signing.dumps({"u": user_pk}, salt=UNLOCK_SALT + ".cookie"),
        max_age=UNLOCK_MAX_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
    return response
