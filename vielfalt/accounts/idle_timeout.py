"""Sessions with back-office rights end after a while without activity.

The server enforces it (``IdleTimeoutMiddleware``); a small script
(``static/vielfalt/idle-timeout.js``) warns a few minutes ahead and lets the
person stay (WCAG 2.2.1). A form sent after the end is not lost: what was typed
is kept for the new session, and once the same person has logged in again
``kept_input`` offers to send it again with a fresh CSRF token.
"""

import json
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout, user_logged_in
from django.contrib.auth.decorators import login_required
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render, resolve_url
from django.utils.deprecation import MiddlewareMixin
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from .models import User

LAST_SEEN = "backoffice_last_seen"
KEPT_INPUT = "kept_input"
KEEP_ALIVE_VIEW = "accounts:keep_alive"
# Saving the session on every request costs a write; a few seconds do not matter.
TOUCH_EVERY_SECONDS = 10
# Input that is not kept: the old CSRF token, passwords, and very large forms.
NOT_KEPT = {"csrfmiddlewaretoken"}
MAX_KEPT_CHARACTERS = 200_000


def idle_seconds() -> int:
    return settings.BACKOFFICE_IDLE_MINUTES * 60


def has_idle_limit(user: "User | AnonymousUser") -> bool:
    """Whether ``user``'s session ends when idle: everyone with back-office rights."""
    return bool(user.is_authenticated and user.is_active and user.is_staff)


def seconds_left(request: HttpRequest) -> int | None:
    """Seconds until this session ends without activity, or None if it has no limit."""
    if not has_idle_limit(request.user):
        return None
    last_seen: float = request.session.get(LAST_SEEN, time.time())
    return max(0, round(idle_seconds() - (time.time() - last_seen)))


def keepable_input(request: HttpRequest) -> list[list[str]] | None:
    """The fields of a POST that can be kept, as [name, value] pairs, or None."""
    pairs = [
        [name, value]
        for name in request.POST
        if name not in NOT_KEPT and "password" not in name.lower()
        for value in request.POST.getlist(name)
    ]
    if not pairs or len(json.dumps(pairs)) > MAX_KEPT_CHARACTERS:
        return None
    return pairs


def wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def is_keep_alive(request: HttpRequest) -> bool:
    """Whether the request is for the keep-alive view (the middleware runs after
    URL resolution, so ``resolver_match`` is set)."""
    match = request.resolver_match
    return match is not None and match.view_name == KEEP_ALIVE_VIEW


@receiver(user_logged_in)
def start_idle_clock(
    sender: object, request: HttpRequest | None, user: "User", **kwargs: object
) -> None:
    # Set at login, so that the first page after it does not have to save the session.
    if request is not None and hasattr(request, "session") and has_idle_limit(user):
        request.session[LAST_SEEN] = time.time()


class IdleTimeoutMiddleware(MiddlewareMixin):
    """Ends a back-office session after ``BACKOFFICE_IDLE_MINUTES`` without a request.

    Runs after the CSRF check (in ``process_view``), so that only a genuine form
    of the site is kept for after the next login.
    """

    def process_view(
        self,
        request: HttpRequest,
        view_func: Callable[..., HttpResponse],
        view_args: tuple[object, ...],
        view_kwargs: dict[str, object],
    ) -> HttpResponse | None:
        if not has_idle_limit(request.user):
            return None
        now = time.time()
        last_seen = request.session.get(LAST_SEEN)
        if last_seen is not None and now - last_seen > idle_seconds():
            return self.end_session(request)
        is_status_check = is_keep_alive(request) and request.method == "GET"
        if is_status_check:
            return None  # asking how long is left is no activity
        if last_seen is None or now - last_seen >= TOUCH_EVERY_SECONDS or request.method == "POST":
            request.session[LAST_SEEN] = now
        return None

    def end_session(self, request: HttpRequest) -> HttpResponse:
        user_pk = request.user.pk
        to_keep_alive = is_keep_alive(request)
        kept = None
        if request.method == "POST" and not to_keep_alive:
            kept = keepable_input(request)
        logout(request)
        login_url = resolve_url(settings.LOGIN_URL)
        if to_keep_alive or wants_json(request):
            return JsonResponse(
                {"seconds_left": None, "login_url": login_url, "expired": True}, status=401
            )
        text = _(
            "Sie wurden abgemeldet, weil Sie %(minutes)s Minuten lang nichts getan haben. "
            "Bitte melden Sie sich wieder an."
        ) % {"minutes": settings.BACKOFFICE_IDLE_MINUTES}
        if kept is not None:
            request.session[KEPT_INPUT] = {
                "user": user_pk,
                "path": request.get_full_path(),
                "fields": kept,
                "had_files": bool(request.FILES),
            }
            text += " " + _("Ihre Eingaben sind aufbewahrt.")
            next_url = resolve_url("accounts:kept_input")
        else:
            next_url = request.get_full_path()
        messages.info(request, text)
        return redirect(f"{login_url}?{urlencode({'next': next_url})}")


@never_cache
@require_http_methods(["GET", "POST"])
def keep_alive(request: HttpRequest) -> HttpResponse:
    """GET: how long the session has left (JSON). POST: "Angemeldet bleiben"."""
    if request.method == "GET" or wants_json(request):
        return JsonResponse({"seconds_left": seconds_left(request)})
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = resolve_url("dashboard:dashboard")
    messages.success(request, _("Sie bleiben angemeldet."))
    return redirect(next_url)


@never_cache
@login_required
def kept_input(request: HttpRequest) -> HttpResponse:
    """After a login that followed an idle end: send the kept form again."""
    kept = request.session.pop(KEPT_INPUT, None)
    if not kept or kept.get("user") != request.user.pk:
        # Nothing kept, or kept for someone else who used this browser before.
        messages.info(request, _("Es sind keine Eingaben aufbewahrt."))
        return redirect("dashboard:dashboard")
    return render(
        request,
        "accounts/kept_input.html",
        {"path": kept["path"], "fields": kept["fields"], "had_files": kept["had_files"]},
    )


def context(request: HttpRequest) -> dict[str, object]:
    """For the template: the idle warning's timing, for sessions that have a limit."""
    left = seconds_left(request) if hasattr(request, "user") else None
    if left is None:
        return {}
    return {
        "IDLE_TIMEOUT": {
            "seconds_left": left,
            "warning_seconds": settings.BACKOFFICE_IDLE_WARNING_SECONDS,
            "minutes": settings.BACKOFFICE_IDLE_MINUTES,
        }
    }
