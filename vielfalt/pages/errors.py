"""The error pages: 400, 403 (also for a failed CSRF check), 404 and 500.

Each is in the site's layout and the reader's language (LocaleMiddleware has
chosen it from the address before the error), and offers a way on. The 500
page is rendered without the request's context processors: no session, no
user, no database, so that it still appears when the database is down.
"""

import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.views.decorators.csrf import requires_csrf_token

from .context_processors import site

logger = logging.getLogger(__name__)

# If even the 500 template fails (a missing static manifest, say), this is shown.
FALLBACK_500 = (
    '<!doctype html><html lang="de"><head><meta charset="utf-8">'
    "<title>Serverfehler (500)</title></head><body><main>"
    "<h1>Serverfehler (500)</h1><p>Bitte versuchen Sie es später noch einmal.</p>"
    '<p lang="en">Server error: please try again later.</p>'
    '<p><a href="/">Startseite / Home</a></p></main></body></html>'
)


def back_url(request: HttpRequest) -> str:
    """The page the reader came from, if it is on this site; otherwise ''."""
    referer: str = request.META.get("HTTP_REFERER", "")
    try:
        host = request.get_host()
    except Exception:  # noqa: BLE001 (a disallowed host: no way back to offer)
        return ""
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={host}, require_https=request.is_secure()
    ):
        return referer
    return ""


def render_error(
    request: HttpRequest, template_name: str, status: int, **context: object
) -> HttpResponse:
    template = loader.get_template(template_name)
    body = template.render({"back_url": back_url(request), **context}, request)
    return HttpResponse(body, status=status)


@requires_csrf_token
def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render_error(request, "400.html", 400)


@requires_csrf_token
def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render_error(request, "403.html", 403)


@requires_csrf_token
def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render_error(request, "404.html", 404)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form sent without a valid CSRF token (settings.CSRF_FAILURE_VIEW)."""
    return render_error(
        request,
        "403_csrf.html",
        403,
        no_cookie=reason == "CSRF cookie not set.",
    )


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 page, from settings alone: no context processors, no database."""
    context = {
        **site(request),  # from settings only
        "LANGUAGE_CODE": get_language() or settings.LANGUAGE_CODE,
        "back_url": back_url(request),
    }
    try:
        body = loader.get_template("500.html").render(context)
    except Exception:
        logger.exception("The 500 page could not be rendered")
        body = FALLBACK_500
    return HttpResponse(body, status=500)
