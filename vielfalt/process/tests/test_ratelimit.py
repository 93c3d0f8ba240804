from django.test import RequestFactory

from vielfalt.process.ratelimit import client_ip, count_join, join_limit_reached


def request_from(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/mitmachen/", **extra)


def test_without_a_proxy_a_forwarded_header_is_ignored(settings):
    settings.SECURE_PROXY_SSL_HEADER = None
    assert client_ip(request_from("10.0.0.1", "1.2.3.4")) == "10.0.0.1"


def test_behind_the_proxy_the_address_it_added_counts(settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # The first entry comes from the client and could be forged; the proxy adds the last.
    assert client_ip(request_from("10.0.0.1", "6.6.6.6, 203.0.113.7")) == "203.0.113.7"
    assert client_ip(request_from("10.0.0.1")) == "10.0.0.1"


def test_the_limit_is_reached_after_the_allowed_number(db, settings):
    settings.JOIN_RATE_LIMIT = 3
    request = request_from("10.0.0.9")
    for _ in range(3):
        assert not join_limit_reached(request)
        count_join(request)
    assert join_limit_reached(request)
    assert not join_limit_reached(request_from("10.0.0.10"))
