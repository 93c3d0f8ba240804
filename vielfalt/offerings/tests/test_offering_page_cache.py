"""An offering's page comes from a per-worker cache (issue 18): every change of
what it shows appears on the next request, also changes made with update(),
and the cached page is the page."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from vielfalt.conftest import assert_not_found
from vielfalt.offerings.models import Location, Offering, OfferingText
from vielfalt.vocabularies.models import District, LifePhase

from .test_search import make_offering, make_vocabularies


def url(offering, language=""):
    return f"{language}/angebote/{offering.pk}/"


def page(client, offering, language=""):
    response = client.get(url(offering, language))
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def offering(organisation):
    vocab = make_vocabularies()
    offering = make_offering(
        organisation,
        "Deutschkurs für Eltern",
        phases=[vocab["phases"]["0-3"]],
        languages=[vocab["languages"]["ar"]],
        schedule="dienstags 9–11 Uhr",
    )
    location = Location.objects.create(name="Treff", district=vocab["districts"]["mitte"])
    offering.locations.add(location)
    return offering


@pytest.fixture
def shown(client, offering):
    """The page once, so that its parts are cached before the change."""
    page(client, offering)
    return client


def test_a_changed_field_shows_at_once(shown, offering):
    offering.schedule = "donnerstags 16–18 Uhr"
    offering.save()
    assert "donnerstags 16–18 Uhr" in page(shown, offering)

    offering.contact_phone = "02405 777"
    offering.save(update_fields=["contact_phone"])
    assert "02405 777" in page(shown, offering)


def test_a_changed_name_shows_in_the_title_at_once(shown, offering):
    offering.name = "Deutschkurs für Mütter und Väter"
    offering.save()

    html = page(shown, offering)

    assert "<title>Deutschkurs für Mütter und Väter –" in html
    assert "<h1>Deutschkurs für Mütter und Väter</h1>" in html


def test_a_new_translation_shows_at_once(client, offering):
    assert "German course for parents" not in page(client, offering, "/en")

    OfferingText.objects.create(
        offering=offering,
        language="en",
        name="German course for parents",
        short_description="Learn German while the children play.",
    )

    assert "German course for parents" in page(client, offering, "/en")
    assert "German course for parents" not in page(client, offering)


def test_changed_places_show_at_once(shown, offering):
    location = Location.objects.get(offerings=offering)
    location.street = "Kaiserstraße 5"
    location.save()
    assert "Kaiserstraße 5" in page(shown, offering)

    District.objects.filter(slug="mitte").update(name="Innenstadt")  # no signal: not seen yet
    district = District.objects.get(slug="mitte")
    district.save()
    assert "Stadtteil: Innenstadt" in page(shown, offering)

    offering.locations.add(Location.objects.create(name="Jugendzentrum Broich"))
    assert "Jugendzentrum Broich" in page(shown, offering)
    offering.locations.clear()
    assert "Jugendzentrum Broich" not in page(shown, offering)


def test_changed_life_phases_show_at_once(shown, offering):
    phase = LifePhase.objects.get(slug="0-3")
    offering.life_phases.remove(phase)
    assert "0 bis 3 Jahre" not in page(shown, offering)

    phase.name = "Die ersten drei Jahre"
    phase.save()
    offering.life_phases.add(phase)
    assert "Die ersten drei Jahre" in page(shown, offering)


def test_a_renamed_provider_shows_at_once(shown, offering, organisation):
    organisation.name = "Familienzentrum am Markt"
    organisation.save()

    assert "Ein Angebot von Familienzentrum am Markt" in page(shown, offering)


def test_a_paused_offering_says_so_at_once(shown, offering):
    Offering.objects.filter(pk=offering.pk).set_status(Offering.Status.PAUSED)

    assert "Dieses Angebot pausiert zurzeit." in page(shown, offering)


def test_a_confirmation_shows_at_once(shown, offering):
    Offering.objects.filter(pk=offering.pk).update(provider_confirmed=False)  # no signal
    assert "vom Anbieter noch nicht bestätigt" in page(shown, offering)

    Offering.objects.filter(pk=offering.pk).mark_confirmed()  # update(), no signal

    html = page(shown, offering)
    assert "vom Anbieter noch nicht bestätigt" not in html
    assert "Zuletzt vom Anbieter bestätigt:" in html


def test_an_offering_goes_stale_with_the_days(shown, offering, monkeypatch):
    assert "nicht kürzlich bestätigt" not in page(shown, offering)
    later = timezone.localdate() + timedelta(days=1000)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: later)

    assert "nicht kürzlich bestätigt" in page(shown, offering)


@pytest.mark.parametrize(
    "hide",
    [
        lambda offering: Offering.objects.filter(pk=offering.pk).set_status("ended"),
        lambda offering: Offering.objects.filter(pk=offering.pk).update(is_public=False),
        lambda offering: (
            type(offering.organisation)
            .objects.filter(pk=offering.organisation_id)
            .update(is_public=False)
        ),
        lambda offering: offering.delete(),
    ],
    ids=["ended", "not public", "provider not public", "deleted"],
)
def test_a_hidden_offering_is_gone_at_once(shown, offering, hide):
    hide(offering)

    assert_not_found(shown.get(url(offering)))


def test_the_cached_page_is_the_page(client, offering, settings):
    first = page(client, offering)
    cached = page(client, offering)
    settings.CACHES = {
        **settings.CACHES,
        "fragments": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    uncached = page(client, offering)

    def without_tokens(html):
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)

    assert without_tokens(cached) == without_tokens(first) == without_tokens(uncached)


def test_a_signed_in_person_gets_their_own_menu(member_client, offering):
    page(Client(), offering)

    html = page(member_client, offering)

    assert "Mein Bereich" in html
    assert "Deutschkurs für Eltern" in html


def test_a_cached_page_runs_one_query(client, offering, django_assert_num_queries):
    page(client, offering)

    with django_assert_num_queries(1):  # is it public, and which rendering is current
        html = page(client, offering)

    assert "Familienzentrum" in html
