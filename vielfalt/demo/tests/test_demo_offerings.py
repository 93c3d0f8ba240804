"""The Würselen demo offerings (vielfalt.demo.offerings)."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import TestCase

from vielfalt.demo import offerings as demo
from vielfalt.forums.models import Forum
from vielfalt.network.models import Organisation
from vielfalt.offerings.models import Location, Offering
from vielfalt.offerings.search import search
from vielfalt.vocabularies.models import District, Language, LifePhase


def demo_offerings():
    return Offering.objects.filter(external_id__startswith="demo-")


class DemoOfferingsTests(TestCase):
    """Loads the demo once for the class (it takes seconds); each test rolls back."""

    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", stdout=StringIO())
        demo.load()

    def test_it_creates_at_least_150_offerings(self):
        assert demo_offerings().count() >= 150
        assert demo_offerings().public().count() >= 140

    def test_it_covers_every_life_phase_district_and_forum(self):
        for phase in LifePhase.objects.all():
            assert demo_offerings().filter(life_phases=phase).exists(), phase
        for district in District.objects.all():
            assert demo_offerings().filter(locations__district=district).exists(), district
        for forum in Forum.objects.all():
            assert demo_offerings().filter(forums=forum).exists(), forum

    def test_it_offers_several_languages(self):
        languages = Language.objects.filter(offerings__in=demo_offerings()).distinct()

        assert {"de", "ar", "tr", "uk", "ru", "fa", "en"} <= set(
            languages.values_list("code", flat=True)
        )
        assert demo_offerings().filter(languages__code="uk").exclude(languages__code="de").exists()

    def test_the_deliberate_gaps_stay_empty(self):
        assert demo.GAPS
        for phase, forum in demo.GAPS:
            cell = demo_offerings().filter(life_phases__slug=phase, forums__slug=forum)
            assert not cell.exists(), (phase, forum)
            # only the meeting of phase and forum is empty, not each of them
            assert demo_offerings().filter(life_phases__slug=phase).exists()
            assert demo_offerings().filter(forums__slug=forum).exists()

    def test_some_are_paused_ended_stale_or_cost_something(self):
        offerings = list(demo_offerings())

        assert any(o.status == Offering.Status.PAUSED for o in offerings)
        assert any(o.status == Offering.Status.ENDED for o in offerings)
        assert any(o.is_stale for o in offerings if o.status != Offering.Status.ENDED)
        assert demo_offerings().needing_confirmation().count() > sum(o.is_stale for o in offerings)
        assert any(not o.is_free and o.fee for o in offerings)
        assert all(o.contact_email.endswith("@example.org") for o in offerings)
        assert all(o.schedule for o in offerings)

    def test_every_offering_has_a_place_in_wuerselen(self):
        for offering in demo_offerings().prefetch_related("locations"):
            (location,) = offering.locations.all()
            assert location.postal_code == "52146"
            assert location.city == "Würselen"
            assert location.district_id

    def test_the_offerings_are_in_the_search_index(self):
        found = search(demo_offerings().public(), "Sprachkurse")

        assert "Sprachkurs für Eltern" in {o.name for o in found}
        assert search(demo_offerings(), "Hebammensprechstunde").exists()

    def test_loading_twice_changes_no_counts(self):
        def counts():
            return (
                demo_offerings().count(),
                Location.objects.count(),
                Offering.life_phases.through.objects.count(),
                Offering.forums.through.objects.count(),
                Offering.languages.through.objects.count(),
                Offering.locations.through.objects.count(),
            )

        before = counts()
        demo.load()

        assert counts() == before

    def test_it_explains_which_organisations_are_missing_and_changes_nothing(self):
        Organisation.objects.filter(slug="sv-pley").delete()
        demo_offerings().filter(external_id="demo-seepferdchen").update(name="Umbenannt")

        with pytest.raises(demo.MissingDemoData, match="sv-pley.*load_demo"):
            demo.load()

        assert demo_offerings().get(external_id="demo-seepferdchen").name == "Umbenannt"
