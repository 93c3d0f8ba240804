import html as html_lib
import re

import pytest
from django.urls import reverse

from vielfalt.collection.models import CrossCuttingNote, Entry
from vielfalt.conftest import assert_not_found
from vielfalt.offerings.tests.test_search import make_offering, make_vocabularies
from vielfalt.vocabularies.models import CrossCuttingTheme

URL = reverse("reports:matrix")
NUMBER = re.compile(r'<a class="matrix-num" href="([^"]+)"><span class="matrix-n">(\d+)</span>')
COUNT = re.compile(r'<p class="list-count">\s*(\d+) ')


def numbers_and_lists(client, url):
    page = client.get(url).content.decode()
    wide = page.split('<div class="chain-narrow">')[0]  # the phone layout repeats the numbers
    return [(html_lib.unescape(href), int(n)) for href, n in NUMBER.findall(wide)], page


def listed_count(client, href):
    match = COUNT.search(client.get(href).content.decode())
    assert match, href
    return int(match.group(1))


def test_on_the_demo_every_number_equals_the_count_of_its_list(demo_data, client):
    from vielfalt.accounts.models import User
    from vielfalt.conftest import pass_second_factor

    coordinator = User.objects.filter(person__is_coordinator=True).first()
    client.force_login(coordinator)
    pass_second_factor(client, coordinator)

    numbers, page = numbers_and_lists(client, URL)

    # Every life phase and the seven forums, six numbers per cell.
    assert page.count('<th scope="col">') == 1 + 7
    assert len(numbers) == 8 * 7 * 6
    assert sum(n for _href, n in numbers) > 100
    checked = {}
    for href, n in numbers:
        checked.setdefault(href, listed_count(client, href))
        assert checked[href] == n, href


def test_filters_narrow_every_number_and_its_list(demo_data, client):
    from vielfalt.accounts.models import User
    from vielfalt.conftest import pass_second_factor

    coordinator = User.objects.filter(person__is_coordinator=True).first()
    client.force_login(coordinator)
    pass_second_factor(client, coordinator)
    theme = CrossCuttingTheme.objects.first()

    numbers, _page = numbers_and_lists(
        client, f"{URL}?district=mitte&group=eltern&theme={theme.slug}"
    )

    assert all("district=mitte" in href and "group=eltern" in href for href, _n in numbers)
    for href, n in [item for item in numbers if item[1]][:15]:
        assert listed_count(client, href) == n, href


@pytest.fixture
def vocab(db):
    return make_vocabularies()


def test_a_cell_counts_offerings_open_needs_and_approaches_by_status(
    coordinator_client, organisation, vocab
):
    phases, forums = vocab["phases"], vocab["forums"]
    make_offering(organisation, "Kurs", phases=[phases["0-3"]], forums=[forums["gesundheit"]])
    need = Entry.objects.create(forum=forums["gesundheit"], kind="need", title="Bedarf offen")
    need.life_phases.set([phases["0-3"]])
    answered = Entry.objects.create(forum=forums["gesundheit"], kind="need", title="Beantwortet")
    answered.life_phases.set([phases["0-3"]])
    approach = Entry.objects.create(
        forum=forums["gesundheit"], kind="approach", title="Ansatz", status="planned"
    )
    approach.life_phases.set([phases["0-3"]])
    approach.needs.set([answered])

    page = coordinator_client.get(URL).content.decode()

    row = re.search(r'<th scope="row">0 bis 3 Jahre</th>(.*?)</tr>', page, re.S).group(1)
    gesundheit = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)[1]
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", gesundheit))
    assert "1 laufende Angebote" in text and "1 offene Bedarfe" in text
    assert "1 geplant" in text and "0 Idee" in text


def test_every_name_in_a_cell_is_escaped(coordinator_client, vocab):
    """The cells are written in Python (reports/matrix.py): names and the filter's
    query must arrive as text, not as markup."""
    vocab["forums"]["gesundheit"].name = 'Gesundheit <b>&</b> "Pflege"'
    vocab["forums"]["gesundheit"].save()
    vocab["phases"]["0-3"].name = "0 bis 3 <i>Jahre</i>"
    vocab["phases"]["0-3"].save()

    page = coordinator_client.get(URL, {"district": "mitte"}).content.decode()

    assert "<b>&</b>" not in page and "<i>Jahre</i>" not in page
    hidden = (
        '<span class="visually-hidden"> – Gesundheit &lt;b&gt;&amp;&lt;/b&gt; '
        "&quot;Pflege&quot;, 0 bis 3 &lt;i&gt;Jahre&lt;/i&gt;</span>"
    )
    assert page.count(hidden) == 2 * 2  # running offerings and open needs, in both layouts
    assert "topic=gesundheit&amp;laufend=1&amp;district=mitte" in page


def test_a_theme_filter_counts_only_entries_that_considered_it(coordinator_client, vocab):
    phases, forums = vocab["phases"], vocab["forums"]
    theme = CrossCuttingTheme.objects.create(name="Gleichstellung", slug="gleichstellung")
    for title, considered in [("Bedacht", True), ("Nicht bedacht", False)]:
        need = Entry.objects.create(forum=forums["gesundheit"], kind="need", title=title)
        need.life_phases.set([phases["0-3"]])
        CrossCuttingNote.objects.create(entry=need, theme=theme, considered=considered)

    numbers, _page = numbers_and_lists(coordinator_client, f"{URL}?theme=gleichstellung")

    needs = [
        n for href, n in numbers if "open-needs" in href and "phase=0-3&topic=gesundheit" in href
    ]
    assert needs == [1]
    listing = coordinator_client.get(
        reverse("reports:entries", args=["open-needs"])
        + "?phase=0-3&topic=gesundheit&theme=gleichstellung"
    ).content.decode()
    assert "Bedacht" in listing and "Nicht bedacht" not in listing


@pytest.mark.parametrize("count", [2, 20])
def test_the_matrix_runs_a_fixed_number_of_queries(
    coordinator_client, organisation, vocab, django_assert_num_queries, count
):
    phases, forums = vocab["phases"], vocab["forums"]
    for i in range(count):
        make_offering(
            organisation, f"Kurs {i}", phases=list(phases.values()), forums=list(forums.values())
        )
        need = Entry.objects.create(forum=forums["gesundheit"], kind="need", title=f"B {i}")
        need.life_phases.set(list(phases.values()))
    coordinator_client.get(f"{URL}?district=pley")  # builds the finder's index
    # Session, user, person (second factor), the chosen district, phases,
    # forums, the index's version (the offerings are counted in it), two
    # counts of entries, three filter vocabularies.
    with django_assert_num_queries(12):
        page = coordinator_client.get(f"{URL}?district=pley").content.decode()
    assert "Pley" in page


def test_the_export_is_an_excel_file_with_a_row_per_cell(coordinator_client, organisation, vocab):
    from io import BytesIO

    from openpyxl import load_workbook

    phases, forums = vocab["phases"], vocab["forums"]
    make_offering(organisation, "Kurs", phases=[phases["0-3"]], forums=[forums["gesundheit"]])

    response = coordinator_client.get(reverse("reports:matrix_xlsx"))

    sheet = load_workbook(BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Lebensphase", "Forum", "aktive Angebote", "offene Bedarfe")
    assert ("0 bis 3 Jahre", "Gesundheit", 1, 0, 0, 0, 0, 0) in rows
    assert len(rows) == 1 + 4 * 2


def test_only_coordinators_see_the_matrix_and_its_lists(moderator_client, vocab):
    assert_not_found(moderator_client.get(URL))
    assert_not_found(moderator_client.get(reverse("reports:entries", args=["needs"])))
    assert_not_found(moderator_client.get(reverse("reports:matrix_xlsx")))


def test_an_unknown_list_is_not_found(coordinator_client, vocab):
    assert_not_found(coordinator_client.get(reverse("reports:entries", args=["secret"])))


def test_my_area_links_the_reports_for_coordinators(coordinator_client):
    page = coordinator_client.get(reverse("dashboard:dashboard")).content.decode()
    assert reverse("reports:index") in page
    index = coordinator_client.get(reverse("reports:index")).content.decode()
    assert reverse("reports:matrix") in index
