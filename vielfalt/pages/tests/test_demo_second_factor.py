"""The demo coordinator can open the back office with the published second factor."""

from io import StringIO

import pytest
from django.core.management import call_command

from vielfalt.accounts.tests.test_second_factor import current_code
from vielfalt.demo.network import DEMO_PASSWORD, DEMO_TOTP_SECRET

# As in the README's table of demo logins.
FIRST_RECOVERY_CODE = "34728058"


@pytest.fixture
def output(demo_data):
    """The output of the shared demo, loaded once for the session."""
    return demo_data


def log_in(client, code):
    client.post("/konto/login/", {"login": "koordination@example.org", "password": DEMO_PASSWORD})
    return client.post("/konto/2fa/authenticate/", {"code": code})


def test_it_prints_the_key_and_the_recovery_codes(output):
    assert DEMO_TOTP_SECRET in output
    assert FIRST_RECOVERY_CODE in output


def test_the_demo_coordinator_gets_in_with_the_published_key(output, client):
    log_in(client, current_code(DEMO_TOTP_SECRET))

    response = client.get("/verwaltung/")

    assert response.status_code == 200
    assert "Netzwerk verwalten" in response.content.decode()


def test_a_published_recovery_code_works_once_until_the_demo_is_loaded_again(output, client):
    # The one test that loads the demo again on purpose (inside the shared
    # demo's savepoint, so the reload is rolled back after it).
    log_in(client, FIRST_RECOVERY_CODE)
    assert "Netzwerk verwalten" in client.get("/verwaltung/").content.decode()

    client.logout()
    log_in(client, FIRST_RECOVERY_CODE)
    refused = client.get("/verwaltung/")
    assert refused.status_code == 302
    assert "Netzwerk verwalten" not in client.get(refused["Location"], follow=True).content.decode()

    call_command("load_demo", stdout=StringIO())
    client.logout()
    log_in(client, FIRST_RECOVERY_CODE)
    assert "Netzwerk verwalten" in client.get("/verwaltung/").content.decode()
