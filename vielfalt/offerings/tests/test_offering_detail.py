from datetime import timedelta

import pytest
from django.core.cache import caches
from django.urls import reverse
from django.utils import timezone

from vielfalt.network.models import Organisation
from vielfalt.offerings.models import Location, Offering

from .test_search import make_offering, make_vocabularies


@pytest.fixture
def offering(organisation):
    vocab = make_vocabularies()
    offering = make_offering(
        organisation,
        "Deutschkurs für Eltern",
        "Deutsch lernen, während die Kinder spielen.",
        description="Ein Kurs in kleinen Gruppen.\n\nMit Kinderbetreuung.",
        phases=[vocab["phases"]["0-3"], vocab["phases"]["3-6"]],
        forums=[vocab["forums"]["sprache-und-bildung"]],
        groups=[vocab["groups"]["eltern"]],
        languages=[vocab["languages"]["ar"], vocab["languages"]["uk"]],
        contact_name="Aylin Demir",
        contact_email="kurs@example.org",
        contact_phone="02405 123-45",
        url="https://example.org/deutschkurs",
        is_free=False,
        fee="20 € im Halbjahr",
        eligibility="Wohnsitz in Würselen",
        schedule="dienstags 9–11 Uhr",
        accessibility="Aufzug vorhanden",
        last_confirmed=timezone.localdate().replace(day=1),
    )
    offering.locations.add(
        Location.objects.create(
            name="Familienzentrum",
            street="Lindenplatz 1",
            postal_code="52146",
            city="Würselen",
            district=vocab["districts"]["mitte"],
        )
    )
    return offering


def test_it_shows_everything_about_the_offering(client, offering):
    response = client.get(reverse("offerings:detail", args=[offering.pk]))

    assert response.status_code == 200
    html = response.content.decode()
    for text in [
        "Deutschkurs für Eltern",
        "Ein Angebot von Familienzentrum Lindenplatz",
        "Mit Kinderbetreuung.",
        "0 bis 3 Jahre; 3 bis 6 Jahre",
        "Sprache und Bildung",
        "Eltern",
        '<span lang="ar">العربية</span> (Arabisch)',
        "20 € im Halbjahr",
        "Wohnsitz in Würselen",
        "dienstags 9–11 Uhr",
        "Aufzug vorhanden",
        "Lindenplatz 1",
        "52146 Würselen",
        "Stadtteil: Würselen-Mitte",
        "Aylin Demir",
        'href="mailto:kurs@example.org"',
        'href="tel:02405123-45"',
        'href="https://example.org/deutschkurs"',
        "Zuletzt vom Anbieter bestätigt:",
    ]:
        assert text in html, text
    assert "nicht kürzlich bestätigt" not in html
    assert reverse("offerings:print", args=[offering.pk]) in html


def test_it_marks_a_stale_offering(client, offering):
    offering.last_confirmed = timezone.localdate() - timedelta(days=1000)
    offering.save()

    html = client.get(reverse("offerings:detail", args=[offering.pk])).content.decode()

    assert "nicht kürzlich bestätigt" in html


def test_without_own_contact_it_shows_the_providers(client, organisation):
    organisation.phone = "02405 99-0"
    organisation.save()
    offering = make_offering(organisation, "Offener Treff")

    html = client.get(reverse("offerings:detail", args=[offering.pk])).content.decode()

    assert "02405 99-0" in html


@pytest.mark.parametrize("url_name", ["offerings:detail", "offerings:print"])
@pytest.mark.parametrize(
    "change",
    [
        {"status": Offering.Status.ENDED},
        {"is_public": False},
        {"organisation_hidden": True},
    ],
)
def test_it_is_not_found_when_not_public(client, organisation, url_name, change):
    offering = make_offering(organisation, "Versteckt")
    change = dict(change)  # the parameters are shared between runs
    if change.pop("organisation_hidden", False):
        Organisation.objects.filter(pk=organisation.pk).update(is_public=False)
    Offering.objects.filter(pk=offering.pk).update(**change)

    response = client.get(reverse(url_name, args=[offering.pk]))

    assert response.status_code == 404
    assert "Diese Seite gibt es nicht" in response.content.decode()
    assert "Versteckt" not in response.content.decode()


def test_an_unknown_offering_is_not_found(client, db):
    response = client.get("/angebote/999999/")

    assert response.status_code == 404
    assert "Diese Seite gibt es nicht" in response.content.decode()


def test_the_print_view_has_the_facts_and_no_navigation(client, offering):
    response = client.get(reverse("offerings:print", args=[offering.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Deutschkurs für Eltern" in html
    assert "Lindenplatz 1" in html
    assert "kurs@example.org" in html
    assert "Hauptnavigation" not in html
    assert 'class="site-header"' not in html
    assert f"/angebote/{offering.pk}/" in html


def test_the_detail_page_runs_a_fixed_number_of_queries(
    client, offering, django_assert_num_queries
):
    # The key of the cached page; on a miss the offering, its provider, its links
    # to phases, topics, groups and languages, its locations and its texts in
    # other languages, and (the first time at this data version) the five
    # vocabularies (offerings/detail.py).
    with django_assert_num_queries(11):
        client.get(reverse("offerings:detail", args=[offering.pk]))
    caches["fragments"].clear()
    with django_assert_num_queries(6):
        client.get(reverse("offerings:detail", args=[offering.pk]))


def test_an_absurdly_large_id_is_not_found(client, db):
    for path in (
        "/angebote/99999999999999999999999999/",
        "/angebote/99999999999999999999999999/drucken/",
    ):
        response = client.get(path)
        assert response.status_code == 404
        assert "Diese Seite gibt es nicht" in response.content.decode()


def test_the_print_view_starts_with_a_skip_link_to_the_content(client, offering):
    response = client.get(reverse("offerings:print", args=[offering.pk]))

    html = response.content.decode()
    body = html[html.index("<body") :]
    first_link = body.index("<a ")
    assert body[first_link:].startswith('<a class="skip-link" href="#main">Zum Inhalt springen</a>')
    assert '<main id="main" tabindex="-1">' in body
