from django.core.cache import cache
from django.test import RequestFactory

from vielfalt.process.ratelimit import consume_join, join_limit_reached


def request_from(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/mitmachen/", **extra)


def test_the_limit_is_reached_after_the_allowed_number(db, settings):
    settings.JOIN_RATE_LIMIT = 3
    request = request_from("10.0.0.9")
    for _ in range(3):
        assert not join_limit_reached(request)
        assert consume_join(request)
    assert join_limit_reached(request)
    assert not consume_join(request)
    assert not join_limit_reached(request_from("10.0.0.10"))


def test_behind_a_proxy_each_client_has_its_own_limit(db, settings):
    settings.JOIN_RATE_LIMIT = 1
    settings.TRUSTED_PROXY_COUNT = 1
    assert consume_join(request_from("10.0.0.1", "203.0.113.7"))
    assert not consume_join(request_from("10.0.0.1", "203.0.113.7"))
    # Another visitor behind the same proxy is not held by the first one's limit.
    assert consume_join(request_from("10.0.0.1", "203.0.113.8"))


def test_filling_the_cache_does_not_erase_the_limit(db, settings):
    settings.JOIN_RATE_LIMIT = 2
    request = request_from("10.0.0.9")
    consume_join(request)
    consume_join(request)
    for n in range(1000):
        cache.set(f"filler:{n}", n)
    assert join_limit_reached(request)
