"""The offering's page reads its offering from SQL built once (offerings/detail.py):
it must show exactly what the ORM's ``public().with_texts()`` shows, without a
query more."""

import pytest
from django.db import connection
from django.template.loader import get_template
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from vielfalt.offerings.detail import public_offering
from vielfalt.offerings.models import Location, Offering
from vielfalt.offerings.texts import shown_text
from vielfalt.vocabularies.models import LifePhase

RELATIONS = ["life_phases", "forums", "target_groups", "languages", "locations", "texts"]


def facts(offering):
    return get_template("offerings/_offering_facts.html").render(
        {"offering": offering, "text": shown_text(offering)}
    )


@pytest.mark.parametrize("language", ["de", "en", "ar"])
def test_every_demo_offering_reads_and_renders_as_the_orm_reads_it(demo_data, language):
    # Besides the demo's places (each in a district), one without a district.
    place = Location.objects.create(name="Treffpunkt am Markt", street="Markt 1", city="Würselen")
    place.offerings.add(Offering.objects.public().order_by("pk").first())
    expected = list(Offering.objects.public().with_texts().order_by("pk"))
    assert len(expected) > 20
    with translation.override(language):
        for orm in expected:
            loaded = public_offering(orm.pk)
            with CaptureQueriesContext(connection) as queries:
                html = facts(loaded)
                relations = {name: list(getattr(loaded, name).all()) for name in RELATIONS}
                districts = [location.district for location in relations["locations"]]
                provider = loaded.organisation
            assert len(queries) == 0, orm
            assert html == facts(orm), orm
            assert provider == orm.organisation
            for name in RELATIONS:
                assert relations[name] == list(getattr(orm, name).all()), (orm, name)
            assert districts == [location.district for location in orm.locations.all()]
            assert loaded.last_confirmed == orm.last_confirmed  # a date, also from SQLite


def test_the_demo_has_what_the_comparison_needs(demo_data):
    """Offerings with several phases, places in a district, translations."""
    offerings = Offering.objects.public()
    assert offerings.filter(texts__isnull=False).exists()
    assert offerings.filter(locations__district__isnull=False).exists()
    assert any(o.life_phases.count() > 1 for o in offerings)


def test_an_offering_that_is_not_public_is_not_read(demo_data):
    hidden = Offering.objects.public().first()
    Offering.objects.filter(pk=hidden.pk).update(is_public=False)
    assert public_offering(hidden.pk) is None
    ended = Offering.objects.public().first()
    Offering.objects.filter(pk=ended.pk).update(status=Offering.Status.ENDED)
    assert public_offering(ended.pk) is None
    assert public_offering(0) is None


def test_a_renamed_life_phase_or_district_shows_at_once(demo_data):
    offering = Offering.objects.public().filter(locations__district__isnull=False).first()
    phase = offering.life_phases.first()
    district = offering.locations.filter(district__isnull=False).first().district
    assert phase in public_offering(offering.pk).life_phases.all()  # kept by this process now
    phase.name = "Umbenannte Lebensphase"
    phase.save()
    district.name = "Umbenannter Stadtteil"
    district.save()
    loaded = public_offering(offering.pk)
    assert "Umbenannte Lebensphase" in [p.name for p in loaded.life_phases.all()]
    assert "Umbenannter Stadtteil" in [
        loc.district.name for loc in loaded.locations.all() if loc.district
    ]


def test_a_value_linked_without_a_signal_is_read_anew(demo_data):
    offering = Offering.objects.public().first()
    public_offering(offering.pk)  # the vocabularies are kept now
    # bulk_create sends no signal: the version of the pages stays as it was.
    [phase] = LifePhase.objects.bulk_create([LifePhase(name="Neue Phase", slug="neue-phase")])
    phase = LifePhase.objects.get(slug="neue-phase")
    offering.life_phases.through.objects.bulk_create(
        [offering.life_phases.through(offering_id=offering.pk, lifephase_id=phase.pk)]
    )
    assert "Neue Phase" in [p.name for p in public_offering(offering.pk).life_phases.all()]


def test_a_filter_on_a_relation_still_means_this_offering(demo_data):
    offering = Offering.objects.public().filter(locations__isnull=False).first()
    loaded = public_offering(offering.pk)
    assert list(loaded.locations.filter(pk__gt=0)) == list(offering.locations.all())
