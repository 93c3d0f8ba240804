"""The client's address, also behind the reverse proxies we run.

``TRUSTED_PROXY_COUNT`` (0 by default) says how many proxies of our own stand
in front of the site: each appends the address it saw to X-Forwarded-For, so
the N-th entry from the right is the one our outermost proxy saw, and anything
left of it can be forged by the client. ``TRUSTED_CLIENT_IP_HEADER`` names a
header that our proxy sets to the client's address (e.g. X-Real-IP) instead.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    if value.startswith("[") and "]" in value:  # [IPv6]:port
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # IPv4:port
        value = value.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str:
    """The address the limits count by. Never raises; "" only without REMOTE_ADDR."""
    remote = _clean(request.META.get("REMOTE_ADDR")) or ""
    header = getattr(settings, "TRUSTED_CLIENT_IP_HEADER", "")
    if header:
        return _clean(request.headers.get(header)) or remote
    proxies = int(getattr(settings, "TRUSTED_PROXY_COUNT", 0) or 0)
    forwarded = request.headers.get("X-Forwarded-For", "")
    if proxies > 0 and forwarded.strip():
        entries = [entry.strip() for entry in forwarded.split(",")]
        if len(entries) >= proxies:
            return _clean(entries[-proxies]) or remote
    return remote


def limit_ip(request: HttpRequest) -> str:
    """The client address as the limits count it: an IPv6 client by its /64 network."""
    ip = client_ip(request)
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return ip
    if isinstance(address, ipaddress.IPv6Address):
        return str(ipaddress.IPv6Network(f"{address}/64", strict=False).network_address)
    return ip
