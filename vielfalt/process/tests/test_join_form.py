import pytest
from django.core import mail
from django.urls import reverse

from vielfalt.process.models import InterestRequest

from .helpers import join_data

URL = reverse("process:join")


def post(client, data, **extra):
    return client.post(URL, data, **extra)


def test_it_shows_the_form_with_forums_grouped_by_status(
    client, forum, dormant_forum, closed_forum
):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Forum Sprache und Bildung" in html
    assert "Forum Arbeitsmarkt" in html
    assert "ruhend – Sie können es wieder beleben" in html
    assert "Altes Thema" not in html
    assert reverse("pages:privacy") in html
    assert 'class="hp-field" aria-hidden="true"' in html
    assert 'tabindex="-1" autocomplete="off"' in html


def test_it_preselects_the_forum_named_in_the_link(client, forum, dormant_forum):
    response = client.get(URL, {"forum": dormant_forum.slug})
    checkboxes = {
        str(box.data["value"]): box.data["selected"] for box in response.context["form"]["forums"]
    }
    assert checkboxes == {str(forum.pk): False, str(dormant_forum.pk): True}


def test_it_ignores_an_unknown_or_closed_forum_in_the_link(client, forum, closed_forum):
    for slug in ("gibt-es-nicht", closed_forum.slug):
        response = client.get(URL, {"forum": slug})
        assert response.status_code == 200
        assert not any(box.data["selected"] for box in response.context["form"]["forums"])


def test_it_stores_an_unconfirmed_request_and_mails_a_link(
    client, forum, dormant_forum, django_capture_on_commit_callbacks
):
    data = join_data(
        forums=[forum.pk, dormant_forum.pk],
        organisation_name="Familienzentrum Lindenplatz",
        new_topic="Digitale Teilhabe",
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, data)

    assert response.status_code == 302
    assert response["Location"] == reverse("process:check_mail")
    interest = InterestRequest.objects.get()
    assert interest.status == InterestRequest.Status.UNCONFIRMED
    assert interest.name == "Ayşe Yılmaz"
    assert interest.organisation_name == "Familienzentrum Lindenplatz"
    assert interest.new_topic == "Digitale Teilhabe"
    assert set(interest.forums.all()) == {forum, dormant_forum}
    assert interest.consent_given_at is not None
    assert interest.consent_text.startswith("Ich bin einverstanden, dass die Koordination")
    assert interest.language == "de"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ayse@example.org"]
    assert "/mitmachen/bestaetigen/" in mail.outbox[0].body


def test_the_next_page_asks_to_confirm_the_address(client):
    response = client.get(reverse("process:check_mail"))
    assert "Bitte bestätigen Sie Ihre E-Mail-Adresse" in response.content.decode()


def test_it_accepts_a_message_alone(client):
    response = post(client, join_data())
    assert response.status_code == 302
    assert InterestRequest.objects.count() == 1


def test_it_remembers_the_language_the_person_used(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/mitmachen/", join_data())
    assert InterestRequest.objects.get().language == "en"
    assert "/en/mitmachen/bestaetigen/" in mail.outbox[0].body


def assert_rejected(response, message, *kept):
    """Nothing stored, the message shown, and what was typed still there."""
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'id="error-summary"' in html
    for value in kept:
        assert value in html
    assert InterestRequest.objects.count() == 0


def test_it_rejects_missing_consent(client):
    response = post(client, join_data(consent=None))
    assert_rejected(
        response,
        "Bitte stimmen Sie zu, damit wir Ihre Angaben speichern dürfen.",
        "Ayşe Yılmaz",
        "ayse@example.org",
        "Ich möchte gern mitmachen.",
    )
    assert mail.outbox == []


def test_it_rejects_a_malformed_email(client):
    response = post(client, join_data(email="ayse@@example"))
    assert_rejected(response, "Bitte geben Sie eine gültige E-Mail-Adresse ein", "ayse@@example")


@pytest.mark.parametrize(
    ("field", "limit"),
    [("name", 200), ("new_topic", 200), ("organisation_name", 200), ("message", 2000)],
)
def test_it_rejects_overlong_fields_without_cutting_them(client, field, limit):
    too_long = "x" * (limit + 1)
    response = post(client, join_data(**{field: too_long}))
    assert_rejected(
        response, f"Bitte höchstens {limit} Zeichen eingeben (jetzt: {limit + 1}).", too_long
    )


def test_it_rejects_a_request_without_forum_topic_or_message(client, forum):
    response = post(client, join_data(message=""))
    assert_rejected(
        response,
        "Bitte wählen Sie mindestens ein Forum, schlagen Sie ein neues Thema vor",
        "Ayşe Yılmaz",
    )


def test_it_rejects_a_closed_forum(client, closed_forum):
    response = post(client, join_data(forums=[closed_forum.pk]))
    assert_rejected(response, "Dieses Forum gibt es nicht (mehr).")


def test_it_rejects_garbage_in_the_forum_field(client):
    response = post(client, join_data(forums=["abc"]))
    assert response.status_code == 200
    assert InterestRequest.objects.count() == 0


def test_it_links_each_error_to_its_field(client):
    response = post(client, join_data(name="", email="kaputt"))
    html = response.content.decode()
    assert '<a href="#id_name">' in html
    assert '<a href="#id_email">' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_email_helptext id_email_error"' in html
    assert 'id="id_email_error"' in html


def test_a_filled_honeypot_stores_nothing_and_looks_like_success(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, join_data(website="http://spam.example"))
    assert response.status_code == 302
    assert response["Location"] == reverse("process:check_mail")
    assert InterestRequest.objects.count() == 0
    assert mail.outbox == []


def test_it_limits_submissions_per_client_address(client, settings):
    settings.JOIN_RATE_LIMIT = 2
    for n in range(2):
        assert post(client, join_data(email=f"person{n}@example.org")).status_code == 302

    response = post(client, join_data(email="third@example.org"))

    assert response.status_code == 429
    html = response.content.decode()
    assert "Bitte versuchen Sie es in einer Stunde noch einmal" in html
    assert "third@example.org" in html
    assert InterestRequest.objects.count() == 2


def test_the_limit_counts_each_address_separately(client, settings):
    settings.JOIN_RATE_LIMIT = 1
    assert post(client, join_data(), REMOTE_ADDR="10.0.0.1").status_code == 302
    refused = post(client, join_data(), REMOTE_ADDR="10.0.0.1")
    assert refused.status_code == 429
    assert "Bitte versuchen Sie es in einer Stunde noch einmal" in refused.content.decode()
    other = post(client, join_data(), REMOTE_ADDR="10.0.0.2")
    assert other.status_code == 302
    assert other["Location"] == reverse("process:check_mail")


def test_failed_forms_do_not_count_towards_the_limit(client, settings):
    settings.JOIN_RATE_LIMIT = 1
    post(client, join_data(consent=None))
    response = post(client, join_data())
    assert response.status_code == 302
    assert response["Location"] == reverse("process:check_mail")
    assert InterestRequest.objects.count() == 1


def test_the_mail_shows_names_as_typed_not_html_escaped(
    client, coordinator, django_capture_on_commit_callbacks
):
    # The confirmation mail names nobody (see test_confirmation_mail); once the
    # address is confirmed, the coordinators' notice shows the name as typed.
    with django_capture_on_commit_callbacks(execute=True):
        post(client, join_data(name="Kim & Jo O'Neil"))
        InterestRequest.objects.get().confirm()
    assert "Name: Kim & Jo O'Neil" in mail.outbox[-1].body
