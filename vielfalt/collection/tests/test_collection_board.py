import pytest

from vielfalt.collection.models import CrossCuttingNote, Entry
from vielfalt.conftest import assert_not_found

URL = "/foren/sprache-und-bildung/sammlung/"
# session, user, forum, membership (view) + person, membership (add), themes,
# filter choices (phases, districts, themes), count, page, two prefetches,
# theme counts of the page, counts per kind
BOARD_QUERIES = 16


def make_entries(forum, themes, phase, district, count):
    for i in range(count):
        entry = Entry.objects.create(
            forum=forum,
            kind=Entry.Kind.APPROACH if i % 2 else Entry.Kind.NEED,
            status=Entry.Status.IDEA if i % 2 else "",
            title=f"Eintrag {i:03}",
        )
        entry.life_phases.add(phase)
        entry.districts.add(district)
        CrossCuttingNote.objects.create(entry=entry, theme=themes[0], considered=True)


def test_anonymous_visitors_are_sent_to_the_login(client, forum):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/konto/login/" in response["Location"]


def test_members_of_another_forum_get_404(member_client, forum, need):
    assert_not_found(member_client.get(URL))


def test_the_moderator_sees_the_entries_and_counts_per_kind(moderator_client, need, approach):
    page = moderator_client.get(URL).content.decode()
    assert "Sammlung: Forum Sprache und Bildung" in page
    assert "Sprachförderung vor der Einschulung" in page
    assert "Vorlesepat:innen in Kitas" in page
    assert "Bedarf: <strong>1</strong>" in page
    assert "Lösungsansatz: <strong>1</strong>" in page
    assert "Bestand: <strong>0</strong>" in page
    assert 'aria-current="page">Sammlung</a>' in page


def test_coordinators_see_the_board(coordinator_client, need):
    assert "Sprachförderung vor der Einschulung" in coordinator_client.get(URL).content.decode()


def test_the_board_filters_by_kind(moderator_client, need, approach):
    page = moderator_client.get(URL, {"kind": "approach"}).content.decode()
    assert "Vorlesepat:innen in Kitas" in page
    assert "Sprachförderung vor der Einschulung" not in page
    # The counts per kind ignore the kind filter, so the other kinds stay visible.
    assert "Bedarf: <strong>1</strong>" in page


def test_the_board_filters_by_status(moderator_client, need, approach):
    assert "Vorlesepat" not in moderator_client.get(URL, {"status": "idea"}).content.decode()
    assert "Vorlesepat" in moderator_client.get(URL, {"status": "planned"}).content.decode()


def test_the_board_filters_by_phase_and_district(moderator_client, need, approach, phase, district):
    need.life_phases.add(phase)
    approach.districts.add(district)
    page = moderator_client.get(URL, {"phase": "6-10"}).content.decode()
    assert "Sprachförderung" in page and "Vorlesepat" not in page
    page = moderator_client.get(URL, {"district": "morsbach"}).content.decode()
    assert "Sprachförderung" not in page and "Vorlesepat" in page


def test_the_board_filters_by_a_theme_considered_or_not(moderator_client, need, approach):
    considered = moderator_client.get(URL, {"theme": "ikoe", "theme_state": "considered"})
    assert "Sprachförderung" in considered.content.decode()
    assert "Vorlesepat" not in considered.content.decode()
    missing = moderator_client.get(URL, {"theme": "ikoe", "theme_state": "not_considered"})
    assert "Sprachförderung" not in missing.content.decode()
    assert "Vorlesepat" in missing.content.decode()


def test_without_a_theme_not_considered_means_any_theme_missing(moderator_client, need, themes):
    page = moderator_client.get(URL, {"theme_state": "not_considered"}).content.decode()
    assert "Sprachförderung" in page  # Gleichstellung has no note
    CrossCuttingNote.objects.create(entry=need, theme=themes[1], considered=True)
    page = moderator_client.get(URL, {"theme_state": "not_considered"}).content.decode()
    assert "Sprachförderung" not in page
    assert (
        "Sprachförderung"
        in moderator_client.get(URL, {"theme_state": "considered"}).content.decode()
    )


def test_an_unknown_filter_value_is_reported_not_a_500(moderator_client, need):
    response = moderator_client.get(URL, {"status": "erfunden", "phase": "gibt-es-nicht"})
    assert response.status_code == 200
    assert "Sprachförderung" in response.content.decode()
    assert "Bitte prüfen Sie die markierten Felder." in response.content.decode()


def test_the_board_is_paginated(moderator_client, forum, themes, phase, district):
    make_entries(forum, themes, phase, district, 55)
    first = moderator_client.get(URL).content.decode()
    assert "Eintrag 000" in first and "Eintrag 054" not in first
    assert "Seite 1 von 2" in first
    second = moderator_client.get(URL, {"seite": 2}).content.decode()
    assert "Eintrag 054" in second


# Filtered: two queries more, to check the phase and theme named in the URL.
FILTERED = {
    "kind": "approach",
    "phase": "6-10",
    "theme": "gleichstellung",
    "theme_state": "not_considered",
}


@pytest.mark.parametrize("params, queries", [({}, BOARD_QUERIES), (FILTERED, BOARD_QUERIES + 2)])
def test_the_board_runs_a_constant_number_of_queries(
    moderator_client, forum, themes, phase, district, django_assert_num_queries, params, queries
):
    make_entries(forum, themes, phase, district, 3)
    moderator_client.get(URL, params)  # warm caches (session, content types)
    with django_assert_num_queries(queries):
        moderator_client.get(URL, params)
    make_entries(forum, themes, phase, district, 30)
    with django_assert_num_queries(queries):
        page = moderator_client.get(URL, params).content.decode()
    assert "Eintrag 029" in page
