"""Response headers that Django has no setting for."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import is_valid_path
from django.utils import translation
from django.utils.cache import patch_vary_headers


def permissions_policy(features: list[str]) -> str:
    """The Permissions-Policy header value that switches off every feature in ``features``."""
    return ", ".join(f"{feature}=()" for feature in features)


class PermissionsPolicyMiddleware:
    """Send ``Permissions-Policy`` with every feature in settings.PERMISSIONS_POLICY off."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.header = permissions_policy(getattr(settings, "PERMISSIONS_POLICY", []))

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


class FirstVisitLanguageMiddleware:
    """Send a first visit to an unprefixed (German) page to the browser's language.

    With ``prefix_default_language=False`` Django's LocaleMiddleware reads an
    unprefixed address as German whatever the browser asks for. Someone who has
    never chosen a language (no language cookie) and whose browser prefers
    another language of the site is redirected to that language's address once;
    choosing German in the switcher sets the cookie, and the German pages stay.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        redirect = self.redirect_for(request)
        if redirect is not None:
            return redirect
        response = self.get_response(request)
        if request.method in ("GET", "HEAD"):
            patch_vary_headers(response, ["Accept-Language", "Cookie"])
        return response

    def redirect_for(self, request: HttpRequest) -> HttpResponse | None:
        if request.method not in ("GET", "HEAD"):
            return None
        if settings.LANGUAGE_COOKIE_NAME in request.COOKIES:
            return None
        if "HTTP_ACCEPT_LANGUAGE" not in request.META:
            return None
        if translation.get_language_from_path(request.path_info):
            return None
        language = translation.get_language_from_request(request, check_path=False)
        if language == settings.LANGUAGE_CODE:
            return None
        prefixed = f"/{language}{request.path_info}"
        urlconf = getattr(request, "urlconf", None)
        # The language prefix of i18n_patterns matches the active language only.
        with translation.override(language):
            if not is_valid_path(prefixed, urlconf):
                return None
        url = f"{request.META.get('SCRIPT_NAME', '')}{prefixed}"
        if request.META.get("QUERY_STRING"):
            url = f"{url}?{request.META['QUERY_STRING']}"
        response = HttpResponseRedirect(url)
        patch_vary_headers(response, ["Accept-Language", "Cookie"])
        return response
