"""A proposed topic becomes a proposal coordinators open as a forum or answer."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from vielfalt.conftest import assert_not_found, make_person
from vielfalt.forums.models import Forum
from vielfalt.outbox.models import Mail
from vielfalt.privacy.erasure import erase_person
from vielfalt.process.models import InterestRequest, TopicProposal
from vielfalt.process.personal_data import purge_proposals

from .helpers import make_request


@pytest.fixture
def proposal(db):
    interest = make_request(
        status=InterestRequest.Status.UNCONFIRMED, new_topic="Digitale Teilhabe im Alter"
    )
    interest.confirm()
    Mail.objects.all().delete()
    return TopicProposal.objects.get()


def open_data(**overrides):
    data = {
        "open-name": "Digitale Teilhabe",
        "open-name_en": "",
        "open-description": "",
        "open-status": "proposed",
    }
    data.update(overrides)
    return data


def test_confirming_a_request_with_a_new_topic_makes_a_proposal_once(db):
    interest = make_request(
        status=InterestRequest.Status.UNCONFIRMED, new_topic="  Digitale Teilhabe  "
    )
    interest.confirm()
    interest.confirm()
    proposal = TopicProposal.objects.get()
    assert (proposal.title, proposal.email, proposal.status) == (
        "Digitale Teilhabe",
        "ayse@example.org",
        "open",
    )


def test_an_unconfirmed_topic_or_none_makes_no_proposal(db):
    make_request(status=InterestRequest.Status.UNCONFIRMED, new_topic="Spam")
    make_request(status=InterestRequest.Status.UNCONFIRMED, email="b@example.org").confirm()
    assert not TopicProposal.objects.exists()


def test_coordinators_see_the_open_proposals(
    coordinator_client, proposal, django_assert_num_queries
):
    response = coordinator_client.get(reverse("process:proposals"))
    page = response.content.decode()
    assert "Digitale Teilhabe im Alter" in page and "Ayşe Yılmaz" in page
    assert (
        reverse("process:proposals")
        in coordinator_client.get(reverse("process:triage")).content.decode()
    )


def test_the_list_runs_a_constant_number_of_queries(
    coordinator_client, proposal, django_assert_num_queries
):
    coordinator_client.get(reverse("process:proposals"))  # warm the session
    with django_assert_num_queries(4) as first:
        coordinator_client.get(reverse("process:proposals"))
    for number in range(5):
        TopicProposal.objects.create(
            title=f"Thema {number}", name="X", email=f"x{number}@example.org"
        )
    forum = Forum.objects.create(name="Eins", slug="eins")
    TopicProposal.objects.filter(title="Thema 0").update(status="opened", forum=forum)
    with django_assert_num_queries(len(first.captured_queries)):
        coordinator_client.get(reverse("process:proposals"))


def test_opening_creates_a_proposed_forum_and_informs_the_proposer(coordinator_client, proposal):
    response = coordinator_client.post(
        reverse("process:proposal_open", args=[proposal.pk]), open_data(), follow=True
    )
    assert "Das Forum Digitale Teilhabe ist angelegt" in response.content.decode()
    forum = Forum.objects.get(name="Digitale Teilhabe")
    assert (forum.slug, forum.status) == ("digitale-teilhabe", "proposed")
    proposal.refresh_from_db()
    assert (proposal.status, proposal.forum) == ("opened", forum)
    mail = Mail.objects.get()
    assert mail.to == "ayse@example.org"
    assert "Ihr Thema wird ein Forum" in mail.subject
    assert "/foren/digitale-teilhabe/" in mail.body
    listing = coordinator_client.get(reverse("forums:list")).content.decode()
    assert "vorgeschlagen" in listing and "Digitale Teilhabe" in listing


def test_opening_as_active_starts_the_forum(coordinator_client, proposal):
    coordinator_client.post(
        reverse("process:proposal_open", args=[proposal.pk]), open_data(**{"open-status": "active"})
    )
    assert Forum.objects.get(name="Digitale Teilhabe").status == "active"


def test_answering_mails_the_reply_and_creates_no_forum(coordinator_client, proposal):
    response = coordinator_client.post(
        reverse("process:proposal_answer", args=[proposal.pk]),
        {"answer-answer": "Das passt gut ins Forum Sozialraum und Wohnen."},
        follow=True,
    )
    assert "Ihre Antwort an Ayşe Yılmaz ist unterwegs" in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.status == "answered"
    mail = Mail.objects.get()
    assert mail.to == "ayse@example.org" and "Sozialraum und Wohnen" in mail.body
    assert not Forum.objects.exists()


def test_a_second_decision_changes_nothing_and_sends_nothing(coordinator_client, proposal):
    coordinator_client.post(
        reverse("process:proposal_answer", args=[proposal.pk]), {"answer-answer": "Nein, danke."}
    )
    response = coordinator_client.post(
        reverse("process:proposal_open", args=[proposal.pk]), open_data(), follow=True
    )
    assert "wurde schon entschieden" in response.content.decode()
    assert not Forum.objects.exists()
    assert Mail.objects.count() == 1


def test_a_taken_name_or_forged_status_is_refused_with_what_was_typed(coordinator_client, proposal):
    Forum.objects.create(name="Digitale Teilhabe", slug="digital")
    response = coordinator_client.post(
        reverse("process:proposal_open", args=[proposal.pk]),
        open_data(**{"open-name": "digitale teilhabe"}),
    )
    assert response.status_code == 400
    assert "gibt es schon" in response.content.decode()
    response = coordinator_client.post(
        reverse("process:proposal_open", args=[proposal.pk]),
        open_data(**{"open-name": "Neu", "open-status": "closed"}),
    )
    assert response.status_code == 400
    assert "Bitte wählen Sie „vorgeschlagen“ oder „aktiv“" in response.content.decode()
    assert 'value="Neu"' in response.content.decode()
    assert Forum.objects.count() == 1 and TopicProposal.objects.get().is_open
    assert not Mail.objects.exists()


def test_an_empty_answer_is_refused(coordinator_client, proposal):
    response = coordinator_client.post(
        reverse("process:proposal_answer", args=[proposal.pk]), {"answer-answer": " "}
    )
    assert (
        response.status_code == 400
        and "Bitte schreiben Sie eine Antwort" in response.content.decode()
    )
    assert TopicProposal.objects.get().is_open


@pytest.mark.parametrize("who", ["moderator_client", "member_client"])
def test_only_coordinators_see_or_decide_proposals(request, who, proposal):
    client = request.getfixturevalue(who)
    assert client.get(reverse("process:proposals")).status_code == 403
    assert client.get(reverse("process:proposal", args=[proposal.pk])).status_code == 403
    assert (
        client.post(reverse("process:proposal_open", args=[proposal.pk]), open_data()).status_code
        == 403
    )
    assert (
        client.post(
            reverse("process:proposal_answer", args=[proposal.pk]), {"answer-answer": "x"}
        ).status_code
        == 403
    )
    assert TopicProposal.objects.get().is_open and not Mail.objects.exists()


def test_the_public_is_sent_to_the_login(client, proposal):
    response = client.get(reverse("process:proposals"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_an_unknown_proposal_is_404(coordinator_client, db):
    assert_not_found(coordinator_client.get(reverse("process:proposal", args=[999])))
    assert_not_found(
        coordinator_client.post(reverse("process:proposal_open", args=[999]), open_data())
    )


def test_proposals_are_erased_with_the_person_and_purged_after_the_decision(db, settings):
    settings.RETENTION_DECIDED_REQUESTS_DAYS = 30
    person = make_person("Ayşe Yılmaz", "AYSE@example.org")
    TopicProposal.objects.create(title="Eins", name="Ayşe", email="ayse@example.org")
    touched = erase_person(person)
    assert touched["process.topic_proposals"] == 1
    assert not TopicProposal.objects.exists()

    old = timezone.now() - timedelta(days=40)
    TopicProposal.objects.create(
        title="Alt", name="A", email="a@example.org", status="answered", decided_at=old
    )
    TopicProposal.objects.create(title="Offen", name="B", email="b@example.org", created=old)
    assert purge_proposals(timezone.now()) == 1
    assert list(TopicProposal.objects.values_list("title", flat=True)) == ["Offen"]
