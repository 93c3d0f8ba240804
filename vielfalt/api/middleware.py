"""The open API's reading rights for other sites (CORS) and its limit per client.

Only paths under /api/: GET, HEAD and OPTIONS answers carry
``Access-Control-Allow-Origin: *`` (no credentials: the API reads public
data only and never looks at cookies); an OPTIONS preflight is answered
here. Each client (by address, see ``vielfalt.lib.client_ip``) may send
``API_REQUESTS_PER_MINUTE`` requests a minute; beyond that the answer is
429 with Retry-After. The counters live in the limits table, not the cache.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _

from vielfalt.lib.client_ip import limit_ip
from vielfalt.lib.limits import Limit, consume, hashed
from vielfalt.lib.models import LimitCounter

PREFIX = "/api/"
READING = ("GET", "HEAD", "OPTIONS")
DEFAULT_PER_MINUTE = 60


def client_limit(request: HttpRequest) -> Limit:
    amount = getattr(settings, "API_REQUESTS_PER_MINUTE", DEFAULT_PER_MINUTE)
    return Limit(f"api:{hashed(limit_ip(request))}", amount, 60)


def seconds_until_free(limit: Limit) -> int:
    """When the oldest hit in the window leaves it (at least 1 second)."""
    row = LimitCounter.objects.filter(key=limit.key).first()
    now = time.time()
    hits = [hit for hit in (row.hits if row else []) if hit > now - limit.seconds]
    return max(1, math.ceil(min(hits) + limit.seconds - now)) if hits else 1


class ApiMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(PREFIX):
            return self.get_response(request)
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = ", ".join(READING)
            response["Access-Control-Allow-Headers"] = "Accept, Accept-Language"
            response["Access-Control-Max-Age"] = "86400"
        elif request.method == "HEAD":
            # The operations are declared for GET; HEAD is a GET without its body.
            request.method = "GET"
            response = self.limited(request)
            request.method = "HEAD"
            response.content = b""
        else:
            response = self.limited(request)
        if request.method in READING:
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Expose-Headers"] = "Retry-After"
        return response

    def limited(self, request: HttpRequest) -> HttpResponse:
        limit = client_limit(request)
        _usage, refused = consume(limit)
        if refused is None:
            return self.get_response(request)
        seconds = seconds_until_free(limit)
        message = _("Zu viele Anfragen. Bitte versuchen Sie es in %(seconds)d Sekunden erneut.")
        response = JsonResponse({"detail": message % {"seconds": seconds}}, status=429)
        response["Retry-After"] = str(seconds)
        return response
