import re
from datetime import date, timedelta

import pytest
from django.urls import reverse

from vielfalt.collection.models import ApproachUpdate, Entry
from vielfalt.conftest import assert_not_found, make_person
from vielfalt.forums.models import ForumMembership
from vielfalt.reports import progress

PROGRESS = reverse("reports:progress")
HAPPENED = reverse("reports:what_happened")


def text(page):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def test_members_are_counted_at_the_end_of_each_month(db, forum):
    today = date(2026, 6, 15)
    for i, joined in enumerate([date(2024, 1, 1), date(2026, 3, 10), date(2026, 6, 1)]):
        person = make_person(f"P{i}", f"p{i}@example.org")
        ForumMembership.objects.create(forum=forum, person=person, joined_on=joined)

    months, series = progress.members_over_time([forum], today)

    assert months[0] == date(2025, 7, 1) and months[-1] == date(2026, 6, 1)
    assert series[0][1] == [1] * 8 + [2, 2, 2, 3]


def test_the_dashboard_shows_each_figure_with_a_table(coordinator_client, forum):
    approach = Entry.objects.create(forum=forum, kind="approach", title="Ansatz", status="planned")
    ApproachUpdate.objects.create(approach=approach, text="Los", status="planned", progress=10)
    person = make_person("Paula", "paula@example.org")
    ForumMembership.objects.create(forum=forum, person=person)

    page = coordinator_client.get(PROGRESS).content.decode()

    content = text(page)
    assert "Mitglieder je Forum" in content
    assert re.search(r"Sprache und Bildung( 0){11} 1 ", content)
    assert "Anzahl der Lösungsansätze je Stand Stand Anzahl Idee 0 geplant 1" in content
    assert page.count('role="img"') >= 2
    assert "Noch keine vergangenen Veranstaltungen." in content


def test_only_coordinators_see_the_dashboard(moderator_client, forum):
    assert_not_found(moderator_client.get(PROGRESS))


def test_what_happened_lists_published_approaches_with_their_last_step(client, forum):
    shown = Entry.objects.create(
        forum=forum, kind="approach", title="Sprachcafé", status="in_progress", progress=40,
        is_published=True,
    )  # fmt: skip
    ApproachUpdate.objects.create(
        approach=shown,
        date=date.today() - timedelta(days=30),
        text="Alt",
        status="planned",
        progress=10,
    )
    ApproachUpdate.objects.create(
        approach=shown,
        date=date.today(),
        text="Zweiter Termin steht",
        status="in_progress",
        progress=40,
    )
    Entry.objects.create(forum=forum, kind="approach", title="Intern", status="idea")

    content = text(client.get(HAPPENED).content.decode())

    assert "Sprachcafé in Umsetzung 40 % umgesetzt" in content
    assert "Zweiter Termin steht" in content and "Alt" not in content.split("Sprachcafé")[1]
    assert "Intern" not in content


@pytest.mark.parametrize("count", [2, 15])
def test_what_happened_runs_a_fixed_number_of_queries(
    client, forum, django_assert_num_queries, count
):
    for i in range(count):
        approach = Entry.objects.create(
            forum=forum, kind="approach", title=f"Ansatz {i}", status="idea", is_published=True
        )
        ApproachUpdate.objects.create(approach=approach, text="x", status="idea", progress=0)
    with django_assert_num_queries(2):
        page = client.get(HAPPENED).content.decode()
    assert f"Ansatz {count - 1}" in page
