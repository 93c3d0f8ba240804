"""Everyday queries in the Würselen demo: what a family types, and the offerings it must find.

Synonyms (the demo's Begriffsgruppen), a typo, language names and English
words, on the finder page as a family sees it (all result pages).
"""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from vielfalt.demo import synonyms as demo_synonyms
from vielfalt.offerings import facets
from vielfalt.offerings.forms import FinderForm
from vielfalt.offerings.models import Offering
from vielfalt.offerings.synonyms import SynonymGroup

HEBAMMEN = [
    "Hebammensprechstunde",
    "Hebammensprechstunde mit Dolmetscherin",
    "Hebammensprechstunde in Scherberg",
    "Frühe Hilfen: Familienhebamme",
]
HAUSAUFGABEN = [
    "Hausaufgabenhilfe am Lindenplatz",
    "Hausaufgabenhilfe auf Türkisch und Deutsch",
    "Hausaufgabenhilfe im Jugendtreff",
    "Hausaufgabenhilfe Bissen",
    "Hausaufgabenhilfe auf Arabisch und Deutsch",
    "Lernbüro: Hausaufgabenhilfe für die Klassen 5 bis 7",
    "Lernhilfe in der Moscheegemeinde",
]
SPRACHKURSE = [
    "Sprachkurs für Eltern",
    "Sprachkurs Deutsch B1 am Abend",
    "Sprachkurs für Frauen mit Kinderbetreuung",
]
DEUTSCHKURSE = [*SPRACHKURSE, "Integrationskurs", "Deutschkurs für Ukrainerinnen und Ukrainer"]
SCHWIMMEN = [
    "Schwimmkurs Seepferdchen",
    "Schwimmkurs für Mädchen",
    "Schwimmkurs für Erwachsene",
    "Frauenschwimmen",
]
ELTERNCAFES = ["Elterncafé Sonnenblume", "Elterncafé Pley", "Internationales Elterncafé Regenbogen"]
KRABBELGRUPPEN = ["Krabbelgruppe Sonnenblume", "Krabbelgruppe Pusteblume", "Spielgruppe Bissen"]
KITA = [
    "Kita-Einstieg: Spielgruppe vor der Kita",
    "Familienbüro: Beratung zu Kita-Platz und Elterngeld",
]
AUSBILDUNG = [
    "Ausbildung zur Bäckerin und zum Bäcker",
    "Würselener Ausbildungsbörse",
    "Bewerbungscafé",
]
ERZIEHUNGSBERATUNG = [
    "Erziehungsberatung auf Arabisch",
    "Familienberatung",
    "Sprechstunde der Familienberatung im Familienzentrum",
]

# (query, offerings it must find): the list of issue 18, and what each finds.
EVERYDAY_QUERIES = [
    # Synonyms: the word a family uses for what a provider calls otherwise.
    ("Schwangerschaftsberatung", HEBAMMEN),
    ("Nachhilfe", HAUSAUFGABEN),
    ("Lernhilfe", HAUSAUFGABEN),
    ("Deutschkurs", DEUTSCHKURSE),
    ("Sprachkurs", DEUTSCHKURSE),
    ("Integrationskurs", DEUTSCHKURSE),
    ("Kindergarten", KITA),
    ("Kindertagesstätte", KITA),
    ("Schwimmen", SCHWIMMEN),
    ("Müttercafé", ELTERNCAFES),
    ("Erziehungsberatung", ERZIEHUNGSBERATUNG),
    ("Ausbildung", AUSBILDUNG),
    ("Bewegung", ["Inklusive Sportgruppe", "Willkommen im Sport", "Bewegungsbaustelle"]),
    ("Spielgruppe", KRABBELGRUPPEN),
    # Word forms and plural.
    ("Hebammen", HEBAMMEN),
    # A typo: the page shows the results of the nearest word.
    ("Sprachkurz", SPRACHKURSE),
    ("Schwimmkurz", SCHWIMMEN[:3]),
    # A language's name, in German, in English and in the language itself.
    (
        "Türkisch",
        ["Hausaufgabenhilfe auf Türkisch und Deutsch", "Elterncafé Sonnenblume", "Stillgruppe"],
    ),
    ("Turkish", ["Hausaufgabenhilfe auf Türkisch und Deutsch", "Krabbelgruppe Sonnenblume"]),
    ("Türkçe", ["Hausaufgabenhilfe auf Türkisch und Deutsch", "Frauengruppe"]),
    ("Arabisch", ["Erziehungsberatung auf Arabisch", "Arabisch für Kinder"]),
    # English words a newcomer types.
    ("midwife", HEBAMMEN),
    ("pregnancy", ["Hebammensprechstunde", "Yoga in der Schwangerschaft"]),
    ("homework help", HAUSAUFGABEN),
    ("homework", HAUSAUFGABEN),
    ("tutoring", HAUSAUFGABEN),
    ("German course", DEUTSCHKURSE),
    ("swimming", SCHWIMMEN),
    ("counselling", ["Familienberatung", "Schuldnerberatung", "Migrationsberatung für Erwachsene"]),
    ("playgroup", KRABBELGRUPPEN),
    ("kindergarten", KITA),
    ("daycare", KITA),
    ("job", ["Bewerbungscafé", "Jobcafé für Zugewanderte"]),
    ("apprenticeship", AUSBILDUNG),
    ("parenting advice", ERZIEHUNGSBERATUNG),
]


@pytest.fixture(autouse=True)
def fresh_index():
    """The finder's index (and the synonyms read with it) from this test's data."""
    facets._current = None
    yield
    facets._current = None


def found(client, query, language="de"):
    """The names of every offering the finder shows for ``query``, over all its pages."""
    with translation.override(language):
        url = reverse("offerings:finder")
    names, page = [], 1
    while True:
        response = client.get(url, {"q": query, "page": page})
        assert response.status_code == 200
        result = response.context["result"]
        names += [offering.name for offering in result.offerings]
        if page >= result.num_pages:
            return names, response
        page += 1


@pytest.mark.parametrize(
    ("query", "expected"), EVERYDAY_QUERIES, ids=[q for q, _ in EVERYDAY_QUERIES]
)
def test_an_everyday_query_finds_the_offerings_meant(client, demo_data, query, expected):
    names, _response = found(client, query)
    missing = [name for name in expected if name not in names]
    assert not missing, f"{query!r} misses {missing}; found {names}"


def test_a_language_name_finds_every_offering_held_in_that_language(client, demo_data):
    held_in_turkish = Offering.objects.public().filter(languages__code="tr").count()
    assert held_in_turkish > 30
    for query in ("Türkisch", "Turkish", "Türkçe", "türkisch"):
        names, response = found(client, query)
        # Every offering held in Turkish, and no other (none mentions Turkish otherwise).
        assert len(names) == held_in_turkish, query
        assert f"{held_in_turkish} Angebote gefunden" in response.content.decode()


def test_a_typo_says_whose_results_are_shown_and_offers_the_query_as_typed(client, demo_data):
    names, response = found(client, "Sprachkurz")
    html = response.content.decode()
    assert (
        "Für „Sprachkurz“ wurde kein Angebot gefunden. Angezeigt werden die Angebote für „Sprachkurs“."
        in html
    )
    assert 'href="/angebote/?q=Sprachkurz&amp;exact=1#treffer"' in html
    typed = client.get(reverse("offerings:finder"), {"q": "Sprachkurz", "exact": "1"})
    assert typed.context["result"].total == 0
    html = typed.content.decode()
    assert 'Meinten Sie:\n    <a href="/angebote/?q=Sprachkurs#treffer">Sprachkurs</a>' in html


def english_examples():
    """The example searches the English finder page prints under its search field."""
    with translation.override("en"):
        help_text = str(FinderForm.base_fields["q"].help_text)
    assert help_text.startswith("For example: ")
    return [word.strip() for word in help_text.removeprefix("For example: ").split(",")]


def test_the_english_pages_own_example_searches_find_something(client, demo_data):
    examples = english_examples()
    assert examples == ["language course", "advice", "swimming"]
    for example in examples:
        names, response = found(client, example, language="en")
        assert response.request["PATH_INFO"].startswith("/en/")
        assert len(names) >= 3, f"{example!r} finds {names}"
    names, _response = found(client, "swimming", language="en")
    assert "Schwimmkurs Seepferdchen" in names


def test_the_german_examples_find_something(client, demo_data):
    help_text = str(FinderForm.base_fields["q"].help_text)
    for example in re.sub(r"^Zum Beispiel: ", "", help_text).split(", "):
        names, _response = found(client, example)
        assert len(names) >= 3, example


def test_loading_the_demo_again_keeps_one_group_each(demo_data):
    demo_synonyms.load()
    assert SynonymGroup.objects.count() == len(demo_synonyms.GROUPS)
