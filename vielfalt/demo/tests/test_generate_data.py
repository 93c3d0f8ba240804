"""manage.py generate_data: synthetic offerings for load tests, and --clear."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from vielfalt.demo import wuerselen
from vielfalt.forums.models import Forum
from vielfalt.network.models import Organisation
from vielfalt.offerings.models import Location, Offering
from vielfalt.offerings.search import search
from vielfalt.vocabularies.models import District, Language, LifePhase, TargetGroup

pytestmark = pytest.mark.django_db


def generate(*args):
    call_command("generate_data", *args, stdout=StringIO())


def generated():
    return Offering.objects.filter(external_id__startswith="gen-")


def test_it_creates_the_requested_numbers_of_offerings_and_organisations():
    generate("--offerings", "300", "--organisations", "20", "--seed", "1")

    assert generated().count() == 300
    assert Organisation.objects.filter(slug__startswith="gen-").count() == 20
    assert Location.objects.filter(external_id__startswith="gen-").count() >= 20


def test_it_fills_empty_vocabularies_with_the_wuerselen_slugs():
    generate("--offerings", "50", "--organisations", "5")

    assert list(LifePhase.objects.values_list("slug", flat=True)) == [
        slug for slug, *_ in wuerselen.LIFE_PHASES
    ]
    assert District.objects.filter(slug="linden-neusen").exists()
    assert Forum.objects.get(slug="arbeitsmarkt").status == Forum.Status.DORMANT
    assert TargetGroup.objects.filter(slug="gefluechtete").exists()
    assert Language.objects.get(code="uk").native_name == "Українська"


def test_every_offering_carries_vocabularies_and_a_place_in_a_district():
    generate("--offerings", "200", "--organisations", "10", "--seed", "2")

    offerings = generated().prefetch_related("life_phases", "forums", "languages", "locations")
    for offering in offerings:
        assert offering.life_phases.all(), offering
        assert offering.forums.all(), offering
        assert offering.languages.all(), offering
        assert all(location.district_id for location in offering.locations.all()), offering
    assert generated().filter(is_free=False).exclude(fee="").exists()
    assert generated().filter(status=Offering.Status.PAUSED).exists()
    assert generated().filter(languages__code="ar").exists()
    assert District.objects.filter(locations__offerings__in=generated()).distinct().count() > 5


def test_it_keeps_the_vocabularies_a_town_already_has():
    own = LifePhase.objects.create(slug="kindheit", name="Kindheit")

    generate("--offerings", "40", "--organisations", "4")

    assert list(LifePhase.objects.all()) == [own]
    assert generated().filter(life_phases=own).count() == 40


def test_generated_offerings_are_in_the_search_index():
    generate("--offerings", "300", "--organisations", "30", "--seed", "3")

    assert not generated().filter(search_text="").exists()
    found = search(generated(), "Beratung")
    assert 0 < found.count() < generated().count()


def test_the_same_seed_gives_the_same_offerings():
    generate("--offerings", "60", "--organisations", "6", "--seed", "7")
    first = list(generated().order_by("pk").values_list("name", "description", "schedule"))
    generate("--clear", "--offerings", "60", "--organisations", "6", "--seed", "7")
    second = list(generated().order_by("pk").values_list("name", "description", "schedule"))

    assert first == second


def test_a_second_run_adds_to_the_first():
    generate("--offerings", "30", "--organisations", "3")
    generate("--offerings", "30", "--organisations", "3")

    assert generated().count() == 60
    assert Organisation.objects.filter(slug__startswith="gen-").count() == 6


def test_clear_removes_only_generated_data(organisation):
    place = Location.objects.create(name="Haus am Markt", organisation=organisation)
    own = Offering.objects.create(
        name="Sprachkurs für Eltern", short_description="Deutsch lernen.", organisation=organisation
    )
    own.locations.add(place)
    generate("--offerings", "100", "--organisations", "8")

    generate("--clear")

    assert not generated().exists()
    assert not Organisation.objects.filter(slug__startswith="gen-").exists()
    assert not Location.objects.filter(external_id__startswith="gen-").exists()
    assert list(Offering.objects.all()) == [own]
    assert list(own.locations.all()) == [place]
    assert Offering.locations.through.objects.count() == 1
    assert Organisation.objects.count() == 1


def test_it_rejects_offerings_without_organisations():
    with pytest.raises(CommandError, match="Organisation"):
        generate("--offerings", "10", "--organisations", "0")

    assert not Offering.objects.exists()


def test_it_rejects_negative_numbers():
    with pytest.raises(CommandError, match="negativ"):
        generate("--offerings", "-1")
