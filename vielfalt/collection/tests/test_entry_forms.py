"""Adding and editing entries, an approach's update, publishing: per role, and
forged values refused with a clear message and nothing changed."""

import pytest

from vielfalt.collection.models import ApproachUpdate, CrossCuttingNote, Entry
from vielfalt.conftest import assert_not_found

BOARD = "/foren/sprache-und-bildung/sammlung/"


def edit_url(entry):
    return f"{BOARD}{entry.pk}/bearbeiten/"


def approach_data(**extra):
    data = {"title": "Lesepaten", "source": "meeting", "status": "idea", "progress": "0"}
    data.update(extra)
    return data


def test_a_member_adds_a_need_with_notes_on_every_theme(
    forum_member_client, forum_member, forum, themes
):
    response = forum_member_client.post(
        f"{BOARD}neu/need/",
        {
            "title": "Hausaufgabenhilfe in Morsbach",
            "description": "Es fehlen Plätze.",
            "source": "workshop",
            "source_note": "1. Netzwerktreffen, Mai 2024",
            f"theme_{themes[0].pk}_considered": "on",
            f"theme_{themes[0].pk}_note": "Mehrsprachige Helfende gesucht.",
            f"theme_{themes[1].pk}_note": "Noch offen.",
        },
    )
    need = Entry.objects.get(title="Hausaufgabenhilfe in Morsbach")
    assert response.status_code == 302 and response["Location"] == need.get_absolute_url()
    assert (need.forum, need.kind, need.status) == (forum, "need", "")
    assert need.created_by == forum_member.person
    notes = {n.theme.slug: (n.considered, n.note) for n in need.theme_notes.all()}
    assert notes == {
        "ikoe": (True, "Mehrsprachige Helfende gesucht."),
        "gleichstellung": (False, "Noch offen."),
    }


def test_the_approach_form_offers_one_note_per_theme_and_this_forums_needs(
    moderator_client, need, other_need
):
    page = moderator_client.get(f"{BOARD}neu/approach/").content.decode()
    assert "Interkulturelle Öffnung: berücksichtigt" in page
    assert "Gleichstellung: berücksichtigt" in page
    assert 'name="status"' in page and 'name="needs"' in page
    assert "Sprachförderung vor der Einschulung" in page
    assert "Schwimmkurse für Mädchen" not in page


def test_an_inventory_form_has_offerings_but_no_status(moderator_client, themes):
    page = moderator_client.get(f"{BOARD}neu/inventory/").content.decode()
    assert 'name="offerings"' in page and 'name="status"' not in page


def test_an_unknown_kind_is_404(moderator_client, forum):
    assert_not_found(moderator_client.get(f"{BOARD}neu/impuls/"))


def test_a_posted_forum_id_is_ignored(moderator_client, forum, other_forum, themes):
    moderator_client.post(
        f"{BOARD}neu/need/", {"title": "Neu", "source": "other", "forum": other_forum.pk}
    )
    assert Entry.objects.get(title="Neu").forum == forum


def test_an_approach_cannot_link_another_forums_need(moderator_client, need, other_need, themes):
    response = moderator_client.post(
        f"{BOARD}neu/approach/", approach_data(needs=[need.pk, other_need.pk])
    )
    assert response.status_code == 200
    assert "Es lassen sich nur Bedarfe dieses Forums verknüpfen." in response.content.decode()
    assert 'value="Lesepaten"' in response.content.decode()  # what was typed stays
    assert not Entry.objects.filter(title="Lesepaten").exists()


def test_an_unknown_status_is_refused(moderator_client, approach, themes):
    response = moderator_client.post(edit_url(approach), approach_data(status="erfunden"))
    assert "Diesen Stand gibt es nicht." in response.content.decode()
    approach.refresh_from_db()
    assert (approach.title, approach.status) == ("Vorlesepat:innen in Kitas", "planned")


def test_progress_over_100_is_refused(moderator_client, approach, themes):
    response = moderator_client.post(edit_url(approach), approach_data(progress="150"))
    assert response.status_code == 200
    approach.refresh_from_db()
    assert approach.progress == 20


def test_discarding_needs_a_reason(moderator_client, approach, themes):
    response = moderator_client.post(edit_url(approach), approach_data(status="discarded"))
    assert "Bitte geben Sie einen Grund an" in response.content.decode()
    approach.refresh_from_db()
    assert approach.status == "planned"
    moderator_client.post(
        edit_url(approach), approach_data(status="discarded", discard_reason="Keine Räume.")
    )
    approach.refresh_from_db()
    assert (approach.status, approach.discard_reason) == ("discarded", "Keine Räume.")


def test_notes_are_changed_not_duplicated(moderator_client, need, themes):
    moderator_client.post(
        edit_url(need),
        {"title": need.title, "source": "other", f"theme_{themes[0].pk}_note": "Nur teilweise."},
    )
    note = CrossCuttingNote.objects.get(entry=need, theme=themes[0])
    assert (note.considered, note.note) == (False, "Nur teilweise.")
    assert CrossCuttingNote.objects.filter(entry=need).count() == 1


def test_an_update_moves_the_approach_on(moderator_client, moderator, approach):
    response = moderator_client.post(
        f"{BOARD}{approach.pk}/fortschritt/",
        {
            "date": "2024-09-01",
            "text": "Drei Kitas machen mit.",
            "status": "in_progress",
            "progress": "50",
        },
    )
    assert response.status_code == 302
    update = ApproachUpdate.objects.get()
    assert (update.status, update.progress, update.author) == ("in_progress", 50, moderator.person)
    approach.refresh_from_db()
    assert (approach.status, approach.progress) == ("in_progress", 50)


def test_an_update_with_an_unknown_status_changes_nothing(moderator_client, approach):
    response = moderator_client.post(
        f"{BOARD}{approach.pk}/fortschritt/",
        {"date": "2024-09-01", "text": "x", "status": "fertig", "progress": "50"},
    )
    assert "Diesen Stand gibt es nicht." in response.content.decode()
    assert not ApproachUpdate.objects.exists()
    approach.refresh_from_db()
    assert approach.progress == 20


def test_an_update_to_a_need_is_404(moderator_client, need):
    data = {"date": "2024-09-01", "text": "x", "status": "idea", "progress": "0"}
    assert_not_found(moderator_client.post(f"{BOARD}{need.pk}/fortschritt/", data))
    assert not need.updates.exists()


# --- Who may edit what -------------------------------------------------------


@pytest.fixture
def own_need(forum, forum_member, themes):
    return Entry.objects.create(
        forum=forum, kind="need", title="Eigener Bedarf", created_by=forum_member.person
    )


def test_a_member_edits_their_own_entry(forum_member_client, own_need):
    forum_member_client.post(edit_url(own_need), {"title": "Geändert", "source": "other"})
    own_need.refresh_from_db()
    assert own_need.title == "Geändert"


def test_a_member_may_not_edit_someone_elses_entry(forum_member_client, need):
    assert forum_member_client.get(edit_url(need)).status_code == 403
    forum_member_client.post(edit_url(need), {"title": "Gekapert", "source": "other"})
    need.refresh_from_db()
    assert need.title == "Sprachförderung vor der Einschulung"


def test_a_member_sees_no_edit_link_on_someone_elses_entry(forum_member_client, need):
    page = forum_member_client.get(f"{BOARD}{need.pk}/").content.decode()
    assert "/bearbeiten/" not in page and "veröffentlichen" not in page


def test_a_member_may_not_publish(forum_member_client, own_need):
    assert (
        forum_member_client.post(
            f"{BOARD}{own_need.pk}/veroeffentlichen/", {"publish": "1"}
        ).status_code
        == 403
    )
    own_need.refresh_from_db()
    assert not own_need.is_published


def test_the_moderator_edits_every_entry_of_the_forum(moderator_client, own_need):
    moderator_client.post(edit_url(own_need), {"title": "Von der Moderation", "source": "other"})
    own_need.refresh_from_db()
    assert own_need.title == "Von der Moderation"


def test_the_moderator_publishes_and_unpublishes(moderator_client, need):
    moderator_client.post(f"{BOARD}{need.pk}/veroeffentlichen/", {"publish": "1"})
    need.refresh_from_db()
    assert need.is_published
    moderator_client.post(f"{BOARD}{need.pk}/veroeffentlichen/", {"publish": "0"})
    need.refresh_from_db()
    assert not need.is_published


def test_coordinators_edit_and_publish_in_any_forum(coordinator_client, other_need, themes):
    url = f"/foren/sport-und-freizeit/sammlung/{other_need.pk}/"
    coordinator_client.post(
        f"{url}bearbeiten/", {"title": "Von der Koordination", "source": "other"}
    )
    coordinator_client.post(f"{url}veroeffentlichen/", {"publish": "1"})
    other_need.refresh_from_db()
    assert (other_need.title, other_need.is_published) == ("Von der Koordination", True)


def test_the_moderator_cannot_reach_another_forums_entry(moderator_client, other_need):
    url = f"/foren/sport-und-freizeit/sammlung/{other_need.pk}/"
    assert moderator_client.get(f"{url}bearbeiten/").status_code == 404
    assert moderator_client.post(f"{url}veroeffentlichen/", {"publish": "1"}).status_code == 404
    assert moderator_client.get("/foren/sport-und-freizeit/sammlung/neu/need/").status_code == 404
    other_need.refresh_from_db()
    assert not other_need.is_published


def test_members_of_another_forum_cannot_add(member_client, forum):
    assert (
        member_client.post(f"{BOARD}neu/need/", {"title": "x", "source": "other"}).status_code
        == 404
    )
    assert not Entry.objects.filter(title="x").exists()


def test_anonymous_visitors_cannot_add(client, forum):
    assert client.post(f"{BOARD}neu/need/", {"title": "x", "source": "other"}).status_code == 302
    assert not Entry.objects.exists()


def test_inventory_is_not_published_on_the_forum_page(moderator_client, forum):
    inventory = Entry.objects.create(forum=forum, kind="inventory", title="Sprachcafés")
    page = moderator_client.get(f"{BOARD}{inventory.pk}/").content.decode()
    assert "veröffentlichen" not in page
    response = moderator_client.post(f"{BOARD}{inventory.pk}/veroeffentlichen/", {"publish": "1"})
    assert response.status_code == 404
    inventory.refresh_from_db()
    assert not inventory.is_published
