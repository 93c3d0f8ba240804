import pytest
from django.test import RequestFactory

from vielfalt.lib.client_ip import client_ip, limit_ip


def request_from(remote, forwarded=None, **headers):
    extra = {"REMOTE_ADDR": remote, **headers}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_a_proxy_a_forwarded_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request_from("10.0.0.1", "1.2.3.4")) == "10.0.0.1"


def test_behind_one_proxy_the_address_it_added_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # The first entry comes from the client and could be forged; the proxy adds the last.
    assert client_ip(request_from("10.0.0.1", "6.6.6.6, 203.0.113.7")) == "203.0.113.7"
    assert client_ip(request_from("10.0.0.1")) == "10.0.0.1"


def test_behind_two_proxies_the_second_entry_from_the_right_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    forwarded = "6.6.6.6, 203.0.113.7, 10.0.0.2"
    assert client_ip(request_from("10.0.0.1", forwarded)) == "203.0.113.7"


@pytest.mark.parametrize("forwarded", ["", "not-an-address", "1.2.3.4"])
def test_a_short_or_garbled_header_falls_back_to_the_peer(settings, forwarded):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(request_from("10.0.0.1", forwarded)) == "10.0.0.1"


def test_a_trusted_client_ip_header_wins(settings):
    settings.TRUSTED_CLIENT_IP_HEADER = "X-Real-IP"
    request = request_from("10.0.0.1", "6.6.6.6", HTTP_X_REAL_IP="203.0.113.9")
    assert client_ip(request) == "203.0.113.9"
    assert client_ip(request_from("10.0.0.1", HTTP_X_REAL_IP="garbage")) == "10.0.0.1"


def test_an_ipv6_client_counts_by_its_network(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    request = request_from("10.0.0.1", "2001:db8:1:2:3:4:5:6")
    assert client_ip(request) == "2001:db8:1:2:3:4:5:6"
    assert limit_ip(request) == "2001:db8:1:2::"


def test_allauth_uses_the_same_address(settings, rf):
    from allauth.account.adapter import get_adapter

    settings.TRUSTED_PROXY_COUNT = 1
    request = request_from("10.0.0.1", "6.6.6.6, 203.0.113.7")
    assert get_adapter(request).get_client_ip(request) == "203.0.113.7"
