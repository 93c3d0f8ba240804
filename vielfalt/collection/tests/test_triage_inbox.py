from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from vielfalt.collection.models import Impulse, Source

from .triage_helpers import make_entry, make_impulse

INBOX = reverse("triage:inbox")


def test_anonymous_visitors_are_sent_to_the_login(client, db):
    response = client.get(INBOX)
    assert response.status_code == 302
    assert "/login/" in response["Location"] or "anmelden" in response["Location"]


def test_a_member_who_moderates_nothing_gets_404(member_client):
    response = member_client.get(INBOX)
    assert response.status_code == 404
    assert "Diese Seite gibt es nicht" in response.content.decode()


def test_the_coordinator_sees_every_forum_and_impulses_without_a_forum(
    coordinator_client, forum, other_forum
):
    make_impulse(forum, "Lesepaten in der Grundschule")
    make_impulse(other_forum, "Schwimmkurse für Erwachsene")
    make_impulse(None, "Ein Bürgerbus für Broichweiden")

    page = coordinator_client.get(INBOX).content.decode()

    assert "Lesepaten in der Grundschule" in page
    assert "Schwimmkurse für Erwachsene" in page
    assert "Ein Bürgerbus für Broichweiden" in page
    assert "3 Impulse" in page


def test_a_moderator_sees_only_the_impulses_of_their_forum(moderator_client, forum, other_forum):
    make_impulse(forum, "Lesepaten in der Grundschule")
    make_impulse(other_forum, "Schwimmkurse für Erwachsene")
    make_impulse(None, "Ein Bürgerbus für Broichweiden")

    page = moderator_client.get(INBOX).content.decode()

    assert "Lesepaten in der Grundschule" in page
    assert "Schwimmkurse für Erwachsene" not in page
    assert "Ein Bürgerbus für Broichweiden" not in page


def test_unconfirmed_suggestions_are_not_in_the_inbox(coordinator_client, forum):
    make_impulse(forum, "Noch nicht bestätigt", status=Impulse.Status.UNCONFIRMED)

    page = coordinator_client.get(INBOX).content.decode()

    assert "Noch nicht bestätigt" not in page
    assert "0 Impulse" in page


def test_open_impulses_come_first(coordinator_client, forum):
    make_impulse(forum, "Älter und offen")
    make_impulse(forum, "Neuer und verworfen", status=Impulse.Status.DISMISSED, dismiss_reason="x")

    page = coordinator_client.get(INBOX).content.decode()

    assert page.index("Älter und offen") < page.index("Neuer und verworfen")


def test_the_inbox_filters_by_forum_source_and_status(coordinator_client, forum, other_forum):
    make_impulse(forum, "Aus dem Treffen", source=Source.MEETING)
    make_impulse(forum, "Aus der Öffentlichkeit", source=Source.PUBLIC)
    make_impulse(other_forum, "Im anderen Forum", source=Source.PUBLIC)
    make_impulse(forum, "Schon verworfen", source=Source.PUBLIC, status=Impulse.Status.DISMISSED)
    make_impulse(None, "Ohne Forum")

    page = coordinator_client.get(
        INBOX, {"forum": forum.slug, "source": "public", "status": "open"}
    ).content.decode()
    assert "Aus der Öffentlichkeit" in page
    for absent in ("Aus dem Treffen", "Im anderen Forum", "Schon verworfen", "Ohne Forum"):
        assert absent not in page

    page = coordinator_client.get(INBOX, {"forum": "-"}).content.decode()
    assert "Ohne Forum" in page
    assert "Aus dem Treffen" not in page


def test_a_forged_filter_value_shows_a_message_and_no_other_forum(
    moderator_client, forum, other_forum
):
    make_impulse(other_forum, "Im anderen Forum")

    page = moderator_client.get(INBOX, {"forum": other_forum.slug}).content.decode()

    assert "Diese Auswahl gibt es nicht" in page
    assert "Im anderen Forum" not in page


def test_a_decided_impulse_says_what_became_of_it(coordinator_client, forum):
    entry = make_entry(forum, "Sprachcafé")
    make_impulse(forum, "Einsortiert", status=Impulse.Status.SORTED, entry=entry)
    make_impulse(
        forum, "Verworfen", status=Impulse.Status.DISMISSED, dismiss_reason="Gibt es schon"
    )

    page = coordinator_client.get(INBOX).content.decode()

    assert f'Einsortiert als Bedarf: <a href="{entry.get_absolute_url()}">Sprachcafé</a>' in page
    assert "Verworfen: Gibt es schon" in page


def test_the_inbox_runs_a_constant_number_of_queries(
    coordinator_client, forum, other_forum, django_assert_num_queries
):
    entry = make_entry(forum)
    make_impulse(forum, status=Impulse.Status.MERGED, entry=entry)
    coordinator_client.get(INBOX)  # warm up the session and the content types

    with django_assert_num_queries(6) as few:
        coordinator_client.get(INBOX)
    for n in range(10):
        make_impulse(forum if n % 2 else other_forum, f"Impuls {n}")
        make_impulse(forum, f"Zusammengeführt {n}", status=Impulse.Status.MERGED, entry=entry)
    with django_assert_num_queries(len(few.captured_queries)):
        coordinator_client.get(INBOX)


def test_a_moderators_inbox_runs_a_constant_number_of_queries(
    moderator_client, forum, django_assert_num_queries
):
    make_impulse(forum)
    moderator_client.get(INBOX)

    with CaptureQueriesContext(connection) as few:
        moderator_client.get(INBOX)
    entry = make_entry(forum)
    for n in range(10):
        make_impulse(forum, f"Impuls {n}", status=Impulse.Status.SORTED, entry=entry)
    with django_assert_num_queries(len(few.captured_queries)):
        response = moderator_client.get(INBOX)
    assert "11 Impulse" in response.content.decode()
