import re

import pytest
from django.urls import reverse

from vielfalt.collection.models import Entry
from vielfalt.conftest import assert_not_found
from vielfalt.forums.models import Forum
from vielfalt.offerings import facets
from vielfalt.offerings.models import Offering
from vielfalt.offerings.tests.test_search import make_offering, make_vocabularies
from vielfalt.reports.models import ChainCell

URL = reverse("reports:chain")


@pytest.fixture
def vocab(db):
    return make_vocabularies()


def text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def cell(html, phase_label, column):
    """The text of the wide table's cell in the given column (0 = first topic)."""
    row = re.search(rf"<tr>\s*<th scope=\"row\">\s*{re.escape(phase_label)}(.*?)</tr>", html, re.S)
    assert row, phase_label
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(1), re.S)
    return text(cells[column])


def test_it_lists_the_chain_phases_in_order_and_leaves_out_the_others(client, vocab):
    html = client.get(URL).content.decode()

    positions = [
        html.index(label)
        for label in ["Schwangerschaft und Geburt", "0 bis 3 Jahre", "3 bis 6 Jahre"]
    ]
    assert positions == sorted(positions)
    assert "Erwachsene und Familien" not in html


def test_it_shows_offerings_by_phase_and_topic_and_names_the_gaps(client, organisation, vocab):
    phases, forums = vocab["phases"], vocab["forums"]
    make_offering(
        organisation, "Babyschwimmen", phases=[phases["0-3"]], forums=[forums["gesundheit"]]
    )
    make_offering(
        organisation,
        "Sprachspiel",
        phases=[phases["0-3"], phases["3-6"]],
        forums=[forums["sprache-und-bildung"]],
    )

    html = client.get(URL).content.decode()

    # Columns: Sprache und Bildung, Gesundheit.
    assert cell(html, "0 bis 3 Jahre", 0).startswith("1 Angebot")
    assert "Sprachspiel" in cell(html, "0 bis 3 Jahre", 0)
    assert "Babyschwimmen" in cell(html, "0 bis 3 Jahre", 1)
    assert cell(html, "3 bis 6 Jahre", 1).startswith(
        "Lücke Kein Angebot zum Thema „Gesundheit“ in der Lebensphase „3 bis 6 Jahre“."
    )
    assert "Lücke: kein Angebot in dieser Lebensphase" in html
    # Two phases by two topics, three cells filled: three gaps.
    assert "3 Lücken, 0 mit einem Lösungsansatz in Umsetzung" in text(html)


def test_a_gap_names_the_needs_and_approaches_the_forum_recorded(client, vocab):
    phases, forums = vocab["phases"], vocab["forums"]
    need = Entry.objects.create(
        forum=forums["gesundheit"], kind="need", title="Hebammen fehlen", is_published=True
    )
    need.life_phases.set([phases["schwangerschaft"]])
    need.target_groups.set([vocab["groups"]["gefluechtete"]])
    approach = Entry.objects.create(
        forum=forums["gesundheit"],
        kind="approach",
        title="Hebammensprechstunde im Familienzentrum",
        status="in_progress",
        is_published=True,
    )
    approach.life_phases.set([phases["schwangerschaft"]])
    hidden = Entry.objects.create(forum=forums["gesundheit"], kind="need", title="Interner Bedarf")
    hidden.life_phases.set([phases["schwangerschaft"]])

    html = client.get(URL).content.decode()

    gap = cell(html, "Schwangerschaft und Geburt", 1)
    assert "Bedarf gesehen für: Geflüchtete" in gap
    assert "Erfasste Bedarfe: Hebammen fehlen" in gap
    assert "Hebammensprechstunde im Familienzentrum (in Umsetzung)" in gap
    assert "Interner Bedarf" not in html
    assert "6 Lücken, 1 mit einem Lösungsansatz in Umsetzung" in text(html)


def test_a_cell_marked_as_not_applying_is_no_gap(client, vocab):
    phases, forums = vocab["phases"], vocab["forums"]
    ChainCell.objects.create(
        life_phase=phases["schwangerschaft"],
        forum=forums["sprache-und-bildung"],
        reason="Sprachförderung beginnt nach der Geburt.",
    )

    html = client.get(URL).content.decode()

    assert cell(html, "Schwangerschaft und Geburt", 0) == (
        "trifft nicht zu Sprachförderung beginnt nach der Geburt."
    )
    assert "5 Lücken" in text(html) and "1 Feld trifft nicht zu" in text(html)


def test_only_active_public_offerings_for_families_close_a_gap(client, organisation, vocab):
    phases, forums = vocab["phases"], vocab["forums"]
    for status in [Offering.Status.PAUSED, Offering.Status.ENDED]:
        make_offering(
            organisation,
            f"Nicht aktiv {status}",
            phases=[phases["3-6"]],
            forums=[forums["gesundheit"]],
            status=status,
        )
    make_offering(
        organisation,
        "Nicht öffentlich",
        phases=[phases["3-6"]],
        forums=[forums["gesundheit"]],
        is_public=False,
    )
    make_offering(
        organisation,
        "Kindergesundheitstag für Fachkräfte",
        phases=[phases["3-6"]],
        forums=[forums["gesundheit"]],
        for_professionals=True,
    )

    html = client.get(URL).content.decode()

    # Only the paused one counts, marked as such: the cell stays a gap.
    gap = cell(html, "3 bis 6 Jahre", 1)
    assert gap.startswith(
        "Lücke Zum Thema „Gesundheit“ in der Lebensphase „3 bis 6 Jahre“ "
        "pausieren zurzeit alle Angebote."
    )
    assert "1 Angebot – Gesundheit, 3 bis 6 Jahre davon 1 pausiert" in gap
    assert "Nicht aktiv paused (pausiert)" in gap
    assert "Nicht aktiv ended" not in html and "Nicht öffentlich" not in html
    assert "Kindergesundheitstag" not in html

    # A running one closes the gap; the paused one is still counted and marked.
    make_offering(
        organisation, "Zahnputzschule", phases=[phases["3-6"]], forums=[forums["gesundheit"]]
    )
    covered = cell(client.get(URL).content.decode(), "3 bis 6 Jahre", 1)
    assert covered.startswith("2 Angebote – Gesundheit, 3 bis 6 Jahre davon 1 pausiert")
    assert "Lücke" not in covered


def test_a_cells_number_links_to_the_list_with_the_same_count(client, organisation, vocab):
    phases, forums = vocab["phases"], vocab["forums"]
    for i in range(7):
        make_offering(
            organisation, f"Kurs {i}", phases=[phases["0-3"]], forums=[forums["gesundheit"]]
        )
    make_offering(
        organisation,
        "Fortbildung",
        phases=[phases["0-3"]],
        forums=[forums["gesundheit"]],
        for_professionals=True,
    )

    html = client.get(URL).content.decode()

    content = cell(html, "0 bis 3 Jahre", 1)
    assert content.startswith("7 Angebote – Gesundheit, 0 bis 3 Jahre Kurs 0 Kurs 1 Kurs 2")
    assert "Kurs 5" not in content
    link = reverse("reports:chain_offerings") + "?phase=0-3&topic=gesundheit"
    assert link.replace("&", "&amp;") in html
    listing = text(client.get(link).content.decode())
    assert "7 Angebote" in listing and "Kurs 6" in listing and "Fortbildung" not in listing


def test_offerings_of_one_topic_phase_and_district_show_as_duplicates(
    client, organisation, vocab, settings
):
    settings.REPORTS_DUPLICATE_THRESHOLD = 3
    phases, forums, districts = vocab["phases"], vocab["forums"], vocab["districts"]
    for i in range(3):
        make_offering(
            organisation,
            f"Krabbelgruppe {i}",
            phases=[phases["0-3"]],
            forums=[forums["gesundheit"]],
            districts=[districts["pley"]],
        )
    make_offering(
        organisation,
        "Krabbelgruppe Mitte",
        phases=[phases["0-3"]],
        forums=[forums["gesundheit"]],
        districts=[districts["mitte"]],
    )

    html = text(client.get(URL).content.decode())

    assert "Gesundheit, 0 bis 3 Jahre, Pley: 3 Angebote" in html
    assert "Würselen-Mitte: 1" not in html


def test_the_kept_counts_follow_a_change_of_the_offerings(client, organisation, vocab):
    phases, forums = vocab["phases"], vocab["forums"]
    assert cell(client.get(URL).content.decode(), "3 bis 6 Jahre", 1).startswith("Lücke")

    make_offering(organisation, "Neu", phases=[phases["3-6"]], forums=[forums["gesundheit"]])
    # What the commit of that change does (the test's transaction never commits).
    facets._bump()

    assert cell(client.get(URL).content.decode(), "3 bis 6 Jahre", 1).startswith("1 Angebot")


def test_closed_and_proposed_forums_are_no_columns(client, vocab):
    Forum.objects.create(name="Vorschlag", slug="vorschlag", status=Forum.Status.PROPOSED)
    Forum.objects.create(name="Geschlossen", slug="geschlossen", status=Forum.Status.CLOSED)

    html = client.get(URL).content.decode()

    assert "Vorschlag" not in html and "Geschlossen" not in html


@pytest.mark.parametrize("count", [3, 30])
def test_the_chain_runs_a_fixed_number_of_queries(
    client, organisation, vocab, django_assert_num_queries, count, settings
):
    settings.REPORTS_DUPLICATE_THRESHOLD = 2
    phases, forums = vocab["phases"], vocab["forums"]
    for i in range(count):
        make_offering(
            organisation,
            f"Kurs {i}",
            phases=list(phases.values()),
            forums=list(forums.values()),
            districts=[vocab["districts"]["pley"]],
        )
        need = Entry.objects.create(
            forum=forums["gesundheit"], kind="need", title=f"Bedarf {i}", is_published=True
        )
        need.life_phases.set([phases["0-3"]])
        need.target_groups.set([vocab["groups"]["eltern"]])
    # Built: what the page depends on (the index's version, the offerings'
    # pages' version, the forums' key, the marked cells' version), phases,
    # topics, the names of the cells' first offerings, marked cells, needs and
    # approaches, their target groups (the links, then the groups), the
    # districts of the duplicates; and the finder's index (7 queries).
    with django_assert_num_queries(20):
        client.get(URL)
    # Then the page comes from the cache of page parts: only what it depends on.
    with django_assert_num_queries(4):
        response = client.get(URL)
    html = response.content.decode()
    assert "Kurs 0" in html
    assert f"{count} Angebote" in html


def test_coordinators_mark_a_cell_and_unmark_it(coordinator_client, vocab):
    phases, forums = vocab["phases"], vocab["forums"]
    url = reverse("reports:chain_cells")
    data = {
        "life_phase": phases["0-3"].pk,
        "forum": forums["gesundheit"].pk,
        "does_not_apply": "on",
        "reason": "Gibt es nicht.",
    }

    response = coordinator_client.post(url, data, follow=True)

    assert "Die Zelle ist als „trifft nicht zu“ markiert." in response.content.decode()
    assert ChainCell.objects.get().reason == "Gibt es nicht."
    coordinator_client.post(url, {"life_phase": phases["0-3"].pk, "forum": forums["gesundheit"].pk})
    assert not ChainCell.objects.exists()


def test_a_forged_phase_is_refused_and_nothing_is_stored(coordinator_client, vocab):
    response = coordinator_client.post(
        reverse("reports:chain_cells"),
        {"life_phase": 99999, "forum": vocab["forums"]["gesundheit"].pk, "does_not_apply": "on"},
    )

    assert "Bitte eine gültige Auswahl treffen" in response.content.decode()
    assert not ChainCell.objects.exists()


def test_moderators_cannot_mark_cells(moderator_client, vocab):
    assert_not_found(moderator_client.get(reverse("reports:chain_cells")))


def test_anonymous_visitors_are_sent_to_the_login_to_mark_cells(client, vocab):
    response = client.get(reverse("reports:chain_cells"))
    assert response["Location"].startswith("/konto/login/")


def test_a_gap_lists_five_needs_and_links_the_rest(client, organisation, vocab):
    phases, forums = vocab["phases"], vocab["forums"]
    for number in range(7):
        need = Entry.objects.create(
            forum=forums["gesundheit"],
            kind=Entry.Kind.NEED,
            title=f"Bedarf {number}",
            is_published=True,
        )
        need.life_phases.set([phases["0-3"]])
    html = client.get(URL).content.decode()
    assert "Bedarf 4" in html and "Bedarf 5" not in html
    assert html.count("und 2 weitere Bedarfe im Forum „Gesundheit“") == 2  # table and phone layout
    assert f'href="/foren/{forums["gesundheit"].slug}/">und 2 weitere Bedarfe' in html


def test_the_largest_piles_are_listed_and_the_smaller_ones_counted(
    client, organisation, vocab, settings, monkeypatch
):
    from vielfalt.reports import chain_views

    settings.REPORTS_DUPLICATE_THRESHOLD = 1
    monkeypatch.setattr(chain_views, "DUPLICATES_SHOWN", 1)
    phases, forums, districts = vocab["phases"], vocab["forums"], vocab["districts"]
    for name, district in [("Kurs A", "mitte"), ("Kurs B", "mitte"), ("Kurs C", "pley")]:
        make_offering(
            organisation,
            name,
            phases=[phases["0-3"]],
            forums=[forums["gesundheit"]],
            districts=[districts[district]],
        )
    html = client.get(URL).content.decode()
    assert "Gesundheit, 0 bis 3 Jahre, Würselen-Mitte: 2 Angebote" in html
    assert "Gesundheit, 0 bis 3 Jahre, Pley: 1 Angebot" not in html
    assert "Dazu kommt 1 kleinere Häufung" in html


def test_the_page_follows_a_marked_cell_and_a_need_placed_in_a_phase(client, organisation, vocab):
    phases, forums = vocab["phases"], vocab["forums"]
    marked = '<span class="chain-state">trifft nicht zu</span>'
    assert marked not in client.get(URL).content.decode()
    ChainCell.objects.create(
        life_phase=phases["0-3"], forum=forums["gesundheit"], does_not_apply=True
    )
    assert marked in client.get(URL).content.decode()

    need = Entry.objects.create(
        forum=forums["sprache-und-bildung"], kind="need", title="Lesepaten", is_published=True
    )
    assert "Lesepaten" not in client.get(URL).content.decode()  # in no life phase yet
    need.life_phases.set([phases["3-6"]])  # no save: only the relation changes
    assert "Lesepaten" in client.get(URL).content.decode()
