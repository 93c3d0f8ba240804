"""Back-office sessions end after 30 idle minutes, with a warning, and keep what
was typed (issue 11, point 5; WCAG 2.2.1)."""

import re
import time

from django.urls import reverse

from vielfalt.accounts.idle_timeout import KEPT_INPUT, LAST_SEEN
from vielfalt.conftest import PASSWORD, TOTP_SECRET, pass_second_factor
from vielfalt.network.models import Organisation

from .test_second_factor import current_code

ADD_ORGANISATION = "/verwaltung/network/organisation/add/"


def idle_for(client, minutes):
    session = client.session
    session[LAST_SEEN] = time.time() - minutes * 60
    session.save()


def organisation_form(name):
    return {
        "name": name,
        "slug": "treffpunkt-morsbach",
        "kind": "association",
        "people-TOTAL_FORMS": "0",
        "people-INITIAL_FORMS": "0",
    }


def test_a_back_office_session_ends_after_30_idle_minutes(coordinator_client):
    idle_for(coordinator_client, 31)

    response = coordinator_client.get("/verwaltung/network/person/")

    assert response.status_code == 302
    assert response["Location"] == "/konto/login/?next=%2Fverwaltung%2Fnetwork%2Fperson%2F"
    html = coordinator_client.get(response["Location"]).content.decode()
    assert "Sie wurden abgemeldet, weil Sie 30 Minuten lang nichts getan haben." in html
    assert coordinator_client.get("/konto/start/")["Location"].startswith("/konto/login/")


def test_activity_keeps_the_session(coordinator_client):
    idle_for(coordinator_client, 29)

    assert coordinator_client.get("/verwaltung/network/person/").status_code == 200
    assert time.time() - coordinator_client.session[LAST_SEEN] < 5


def test_members_have_no_idle_limit(member_client):
    idle_for(member_client, 120)

    response = member_client.get("/konto/start/")

    assert response.status_code == 200
    assert 'id="idle-warning"' not in response.content.decode()


def test_pages_carry_the_warning_with_a_stay_button_and_no_inline_script(coordinator_client):
    for path in ["/konto/start/", "/verwaltung/"]:
        html = coordinator_client.get(path).content.decode()
        assert '<dialog id="idle-warning"' in html
        assert 'data-warning-seconds="180"' in html  # three minutes ahead
        assert re.search(r'data-seconds-left="1[78]\d\d"', html)
        assert "Angemeldet bleiben</button>" in html
        assert 'src="/static/vielfalt/idle-timeout.js"' in html
        assert not re.search(r"<script(?![^>]*\bsrc=)", html)
        assert ' style="' not in html.split('<dialog id="idle-warning"')[1]


def test_staying_logged_in_without_javascript(coordinator_client):
    idle_for(coordinator_client, 28)

    response = coordinator_client.post("/konto/sitzung/", {"next": "/verwaltung/"})

    assert response["Location"] == "/verwaltung/"
    assert time.time() - coordinator_client.session[LAST_SEEN] < 5


def test_the_script_asks_and_extends_without_counting_as_activity(coordinator_client):
    idle_for(coordinator_client, 28)

    status = coordinator_client.get("/konto/sitzung/", headers={"accept": "application/json"})
    assert 100 < status.json()["seconds_left"] <= 120
    status = coordinator_client.get("/konto/sitzung/", headers={"accept": "application/json"})
    assert status.json()["seconds_left"] <= 120  # asking did not extend it

    stay = coordinator_client.post("/konto/sitzung/", headers={"accept": "application/json"})
    assert stay.json()["seconds_left"] == 1800


def test_the_script_learns_that_the_session_ended(coordinator_client):
    idle_for(coordinator_client, 31)

    response = coordinator_client.post("/konto/sitzung/", headers={"accept": "application/json"})

    assert response.status_code == 401
    assert response.json()["expired"] is True


def test_a_form_sent_after_the_end_is_kept_and_sent_again_after_login(
    client, coordinator, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    pass_second_factor(client, coordinator)
    idle_for(client, 45)

    response = client.post(ADD_ORGANISATION, organisation_form("Treffpunkt Morsbach"))

    assert response["Location"] == "/konto/login/?next=%2Fkonto%2Feingaben%2F"
    assert not Organisation.objects.exists()
    assert "Ihre Eingaben sind aufbewahrt." in client.get(response["Location"]).content.decode()
    # Logging in again, with password and code.
    response = client.post(
        "/konto/login/",
        {"login": coordinator.email, "password": PASSWORD, "next": "/konto/eingaben/"},
    )
    response = client.post("/konto/2fa/authenticate/", {"code": current_code(TOTP_SECRET)})
    assert response["Location"] == "/konto/eingaben/"

    html = client.get("/konto/eingaben/").content.decode()
    assert "<h1>Ihre Eingaben sind aufbewahrt</h1>" in html
    assert f'<form method="post" action="{ADD_ORGANISATION}">' in html
    assert '<input type="hidden" name="name" value="Treffpunkt Morsbach">' in html
    assert html.count('name="csrfmiddlewaretoken"') >= 1
    fields = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', html)
    data = {name: value for name, value in fields if name != "csrfmiddlewaretoken"}
    response = client.post(ADD_ORGANISATION, data)
    assert response.status_code == 302
    assert Organisation.objects.get().name == "Treffpunkt Morsbach"


def test_kept_input_is_not_shown_to_someone_else(client, coordinator, member):
    client.force_login(coordinator)
    pass_second_factor(client, coordinator)
    idle_for(client, 45)
    client.post(ADD_ORGANISATION, organisation_form("Treffpunkt Morsbach"))

    client.force_login(member)
    response = client.get("/konto/eingaben/", follow=True)

    html = response.content.decode()
    assert "Es sind keine Eingaben aufbewahrt." in html
    assert "Treffpunkt Morsbach" not in html


def test_passwords_and_the_old_token_are_not_kept(coordinator_client):
    idle_for(coordinator_client, 45)

    coordinator_client.post(
        reverse("account_change_password"),
        {"oldpassword": PASSWORD, "password1": "Neu-Neu-Neu-2025", "note": "x"},
    )

    kept = coordinator_client.session.get(KEPT_INPUT)
    assert kept is not None
    assert [name for name, _ in kept["fields"]] == ["note"]


def test_the_limit_applies_to_superusers_too(client, django_user_model):
    root = django_user_model.objects.create_superuser("root@example.org", password=PASSWORD)
    client.force_login(root)
    pass_second_factor(client, root)
    idle_for(client, 31)

    assert client.get("/verwaltung/")["Location"].startswith("/konto/login/")
