import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.network.models import Organisation, Person
from vielfalt.process.models import InterestRequest

from .helpers import make_request

URL = reverse("process:triage")
Status = InterestRequest.Status


def accept_url(interest):
    return reverse("process:accept", args=[interest.pk])


def decline_url(interest):
    return reverse("process:decline", args=[interest.pk])


# Who may see it


def test_coordinators_see_the_triage_page(coordinator_client):
    response = coordinator_client.get(URL)

    assert response.status_code == 200
    assert "<h1>Anfragen zum Mitmachen</h1>" in response.content.decode()


def test_moderators_are_refused(moderator_client):
    response = moderator_client.get(URL)

    assert response.status_code == 403
    assert "Diese Seite ist nicht für Sie freigegeben" in response.content.decode()
    assert "Anfragen zum Mitmachen" not in response.content.decode()


def test_members_are_refused(member_client):
    response = member_client.get(URL)

    assert response.status_code == 403
    assert "Diese Seite ist nicht für Sie freigegeben" in response.content.decode()
    assert "Anfragen zum Mitmachen" not in response.content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("who", ["moderator_client", "member_client"])
def test_only_coordinators_may_decide(request, who, db):
    interest = make_request()
    client = request.getfixturevalue(who)
    assert client.post(accept_url(interest)).status_code == 403
    assert client.post(decline_url(interest)).status_code == 403
    interest.refresh_from_db()
    assert interest.status == Status.CONFIRMED


def test_anonymous_visitors_cannot_decide(client, db):
    interest = make_request()
    response = client.post(accept_url(interest))
    assert response["Location"].startswith(reverse("account_login"))
    interest.refresh_from_db()
    assert interest.status == Status.CONFIRMED


def test_deciding_needs_a_post(coordinator_client):
    interest = make_request()
    assert coordinator_client.get(accept_url(interest)).status_code == 405
    assert coordinator_client.get(decline_url(interest)).status_code == 405
    interest.refresh_from_db()
    assert interest.status == Status.CONFIRMED


# What it lists


def test_it_lists_only_confirmed_undecided_requests(coordinator_client, forum, dormant_forum):
    make_request(
        name="Bestätigt Berta",
        organisation_name="Sportverein Pley",
        forums=[forum, dormant_forum],
        new_topic="Digitale Teilhabe",
        message="Ich leite eine Sportgruppe.",
    )
    make_request(name="Offen Otto", status=Status.UNCONFIRMED)
    make_request(name="Angenommen Anna", status=Status.ACCEPTED)
    make_request(name="Abgelehnt Alex", status=Status.DECLINED)

    html = coordinator_client.get(URL).content.decode()

    assert "Bestätigt Berta" in html
    assert "Sportverein Pley" in html
    assert "Sprache und Bildung" in html
    assert "Arbeitsmarkt" in html
    assert "Neues Thema vorgeschlagen:" in html
    assert "Digitale Teilhabe" in html
    assert "Ich leite eine Sportgruppe." in html
    assert "Annehmen" in html and "Ablehnen" in html
    for hidden in ("Offen Otto", "Angenommen Anna", "Abgelehnt Alex"):
        assert hidden not in html


def test_it_says_when_nothing_waits(coordinator_client):
    assert "keine offenen Anfragen" in coordinator_client.get(URL).content.decode()


def test_the_list_runs_a_constant_number_of_queries(coordinator_client, forum, other_forum):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert coordinator_client.get(URL).status_code == 200
        return len(queries)

    make_request(forums=[forum])
    few = count_queries()
    for n in range(30):
        make_request(email=f"p{n}@example.org", forums=[forum, other_forum], new_topic=f"T{n}")
    assert count_queries() == few


def test_the_list_query_count_is_pinned(
    coordinator_client, forum, other_forum, django_assert_num_queries
):
    for n in range(25):
        make_request(email=f"p{n}@example.org", forums=[forum, other_forum])
    # session, user, the user's person, the requests, their forums
    with django_assert_num_queries(5):
        coordinator_client.get(URL)


# Accepting


def test_accepting_creates_the_person_and_the_memberships(
    coordinator, coordinator_client, forum, dormant_forum, django_capture_on_commit_callbacks
):
    interest = make_request(forums=[forum, dormant_forum], new_topic="Digitale Teilhabe")

    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(accept_url(interest))

    assert response.status_code == 302
    assert response["Location"] == URL
    interest.refresh_from_db()
    assert interest.status == Status.ACCEPTED
    assert interest.decided_by == coordinator
    assert interest.decided_at is not None
    person = Person.objects.get(email="ayse@example.org")
    assert interest.person == person
    assert person.name == "Ayşe Yılmaz"
    assert person.public_contact is False
    assert person.consent_given_at is None
    assert set(person.forums.all()) == {forum, dormant_forum}
    assert set(person.forum_memberships.values_list("role", flat=True)) == {"member"}
    assert interest.new_topic == "Digitale Teilhabe"
    assert len(mail.outbox) == 1
    welcome = mail.outbox[0]
    assert welcome.to == ["ayse@example.org"]
    assert "Willkommen" in welcome.subject
    assert "Sprache und Bildung" in welcome.body
    assert welcome.reply_to == ["clara@example.org"]
    messages = coordinator_client.get(URL).content.decode()
    assert "Ayşe Yılmaz ist jetzt im Netzwerk" in messages


def test_accepting_links_the_person_with_the_same_email_in_any_case(
    coordinator, forum, other_forum
):
    existing = Person.objects.create(name="Ayse Y.", email="Ayse@Example.org")
    ForumMembership.objects.create(
        forum=forum, person=existing, role=ForumMembership.Role.MODERATOR
    )
    interest = make_request(email="ayse@EXAMPLE.org", forums=[forum, other_forum])

    assert interest.accept(coordinator) is True

    assert Person.objects.filter(email__iexact="ayse@example.org").count() == 1
    existing.refresh_from_db()
    assert existing.name == "Ayse Y."
    interest.refresh_from_db()
    assert interest.person == existing
    # The existing membership stays as it was; only the new one is added.
    roles = dict(existing.forum_memberships.values_list("forum__slug", "role"))
    assert roles == {forum.slug: "moderator", other_forum.slug: "member"}


def test_accepting_matches_the_organisation_by_its_exact_name(coordinator, organisation):
    interest = make_request(organisation_name="  familienzentrum LINDENPLATZ ")
    interest.accept(coordinator)
    person = Person.objects.get(email="ayse@example.org")
    assert person.organisation == organisation
    assert person.notes == ""


def test_accepting_keeps_an_unknown_organisation_in_the_notes(coordinator, organisation):
    interest = make_request(organisation_name="Familienzentrum am Lindenplatz e. V.")
    interest.accept(coordinator)
    person = Person.objects.get(email="ayse@example.org")
    assert person.organisation is None
    assert "Familienzentrum am Lindenplatz e. V." in person.notes
    assert Organisation.objects.count() == 1


def test_accepting_skips_forums_closed_in_the_meantime(coordinator, forum, other_forum):
    interest = make_request(forums=[forum, other_forum])
    Forum.objects.filter(pk=other_forum.pk).update(status=Forum.Status.CLOSED)
    interest.accept(coordinator)
    assert list(Person.objects.get(email="ayse@example.org").forums.all()) == [forum]


def test_accepting_twice_has_no_second_effect(
    coordinator_client, forum, django_capture_on_commit_callbacks
):
    interest = make_request(forums=[forum])
    coordinator_client.post(accept_url(interest))

    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(accept_url(interest), follow=True)

    assert "wurde schon entschieden (angenommen)" in response.content.decode()
    assert Person.objects.filter(email="ayse@example.org").count() == 1
    assert ForumMembership.objects.filter(person__email="ayse@example.org").count() == 1
    assert mail.outbox == []


def test_declining_an_accepted_request_changes_nothing(coordinator_client, coordinator):
    interest = make_request()
    interest.accept(coordinator)
    response = coordinator_client.post(decline_url(interest), follow=True)
    assert "wurde schon entschieden (angenommen)" in response.content.decode()
    interest.refresh_from_db()
    assert interest.status == Status.ACCEPTED


def test_an_unconfirmed_request_cannot_be_accepted(coordinator_client):
    interest = make_request(status=Status.UNCONFIRMED)
    response = coordinator_client.post(accept_url(interest), follow=True)
    assert "noch nicht bestätigt" in response.content.decode()
    interest.refresh_from_db()
    assert interest.status == Status.UNCONFIRMED
    assert not Person.objects.filter(email="ayse@example.org").exists()


def test_deciding_an_unknown_request_is_not_found(coordinator_client):
    response = coordinator_client.post(reverse("process:accept", args=[999]))

    assert response.status_code == 404
    assert "Diese Seite gibt es nicht" in response.content.decode()


# Declining


def test_declining_marks_the_request_and_tells_the_person(
    coordinator, coordinator_client, forum, django_capture_on_commit_callbacks
):
    interest = make_request(forums=[forum])
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(decline_url(interest))
    assert response.status_code == 302
    interest.refresh_from_db()
    assert interest.status == Status.DECLINED
    assert interest.decided_by == coordinator
    assert not Person.objects.filter(email="ayse@example.org").exists()
    assert [m.to for m in mail.outbox] == [["ayse@example.org"]]
    html = coordinator_client.get(URL).content.decode()
    assert "Die Anfrage von Ayşe Yılmaz ist abgelehnt." in html
    assert "keine offenen Anfragen" in html
