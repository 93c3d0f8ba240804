"""Synthetic, realistic German data for load tests and the finder benchmark.

Everything made here is marked so that ``clear()`` removes exactly this and
nothing else: organisations by the slug prefix ``gen-``, locations and
offerings by the external_id prefix ``gen-``.

Used by ``manage.py generate_data`` and ``bench/finder.py``.
"""

import itertools
import os
import random
import secrets
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from decimal import Decimal

from django.db import connection, models, transaction
from django.utils import timezone
from django.utils.text import slugify

from vielfalt.forums.models import Forum
from vielfalt.vocabularies.models import (
    CrossCuttingTheme,
    District,
    Language,
    LifePhase,
    TargetGroup,
)
from vielfalt.vocabularies.wuerselen import (
    CROSS_CUTTING_THEMES,
    DISTRICTS,
    LANGUAGES,
    LIFE_PHASES,
    TARGET_GROUPS,
)

# slug, name, status
FORUMS = [
    ("sprache-und-bildung", "Sprache und Bildung", Forum.Status.ACTIVE),
    ("sport-und-freizeit", "Sport und Freizeit", Forum.Status.ACTIVE),
    ("gesundheit", "Gesundheit", Forum.Status.ACTIVE),
    ("sozialraum-und-wohnen", "Sozialraum und Wohnen", Forum.Status.ACTIVE),
    ("rassismus-und-diskriminierung", "Rassismus und Diskriminierung", Forum.Status.ACTIVE),
    ("arbeitsmarkt", "Arbeitsmarkt", Forum.Status.DORMANT),
    ("kultur-und-religion", "Kultur und Religion", Forum.Status.DORMANT),
]


@transaction.atomic
def ensure_vocabularies():
    """Fill every EMPTY vocabulary table (and the forums) with the Würselen values.

    Tables that already hold entries are left as they are: a municipality's own
    configuration wins.
    """
    if not LifePhase.objects.exists():
        LifePhase.objects.bulk_create(
            LifePhase(
                slug=slug,
                name=name,
                name_en=name_en,
                min_age=min_age,
                max_age=max_age,
                in_prevention_chain=chain,
                description=text,
                position=position,
            )
            for position, (slug, name, name_en, min_age, max_age, chain, text) in enumerate(
                LIFE_PHASES, 1
            )
        )
    if not District.objects.exists():
        District.objects.bulk_create(
            District(slug=slug, name=name, position=position)
            for position, (slug, name) in enumerate(DISTRICTS, 1)
        )
    for model, rows in ((CrossCuttingTheme, CROSS_CUTTING_THEMES), (TargetGroup, TARGET_GROUPS)):
        if not model.objects.exists():
            model.objects.bulk_create(
                model(slug=slug, name=name, name_en=name_en, description=text, position=position)
                for position, (slug, name, name_en, text) in enumerate(rows, 1)
            )
    if not Language.objects.exists():
        Language.objects.bulk_create(
            Language(
                slug=code,
                code=code,
                name=name,
                name_en=name_en,
                native_name=native,
                position=position,
            )
            for position, (code, name, name_en, native) in enumerate(LANGUAGES, 1)
        )
    if not Forum.objects.exists():
        Forum.objects.bulk_create(
            Forum(slug=slug, name=name, status=status, position=position)
            for position, (slug, name, status) in enumerate(FORUMS, 1)
        )


# --- Word pools -------------------------------------------------------------

PREFIX = "gen-"

SB, SF, GE = "sprache-und-bildung", "sport-und-freizeit", "gesundheit"
SW, RD = "sozialraum-und-wohnen", "rassismus-und-diskriminierung"
AM, KR = "arbeitsmarkt", "kultur-und-religion"

ADM, FREE, ASSOC, SCHOOL, DAYCARE = (
    "administration",
    "free_provider",
    "association",
    "school",
    "daycare",
)
HEALTH, MIGRANT, RELIGIOUS, EMPLOYER = (
    "health",
    "migrant_organisation",
    "religious_community",
    "employer",
)


class Kind:
    """One kind of offering: its name, variants and what it usually carries."""

    def __init__(self, name, variants, phases, forums, targets, langs, fee, providers, shorts):
        self.name = name
        self.variants = variants
        self.phases = phases
        self.forums = forums
        self.targets = targets
        self.langs = langs
        self.fee = fee  # chance that it costs something
        self.providers = providers
        self.shorts = shorts


# One kind per entry: name, name variants, life phases, forums, target groups,
# extra languages, chance of a fee, provider kinds, short descriptions.
# fmt: off
KINDS = [
    Kind("Sprachkurs", ["für Eltern", "für Frauen", "Deutsch A1", "Deutsch A2", "Deutsch B1", "am Abend", "mit Kinderbetreuung", "für Jugendliche"],
         ["erwachsene", "16-27"], [SB], ["eltern", "neuzugewanderte", "gefluechtete"],
         ["ar", "uk", "tr", "fa", "ru", "ti"], 0.3, [FREE, ADM, MIGRANT, RELIGIOUS],
         ["Deutsch lernen in kleinen Gruppen, mit Themen aus dem Alltag.",
          "Ein Sprachkurs für den Alltag: Einkaufen, Arzt, Schule und Behörden."]),
    Kind("Integrationskurs", ["mit Alphabetisierung", "für Frauen", "für junge Erwachsene", "am Vormittag", "Intensivkurs"],
         ["erwachsene", "16-27"], [SB, AM], ["neuzugewanderte", "gefluechtete"],
         ["ar", "uk", "fa", "ku", "ti", "ro", "bg"], 0.2, [FREE, ADM],
         ["Deutschkurs und Orientierungskurs mit Abschlussprüfung.",
          "Sprache, Alltag und Werte: der Integrationskurs mit Zertifikat."]),
    Kind("Hausaufgabenhilfe", ["für Grundschulkinder", "für die Klassen 5 bis 7", "im Jugendtreff", "am Nachmittag", "mit Ehrenamtlichen"],
         ["6-10", "10-16"], [SB], ["kinder", "jugendliche"],
         ["ar", "tr", "uk"], 0.1, [SCHOOL, FREE, MIGRANT, RELIGIOUS, ASSOC],
         ["Hilfe bei den Hausaufgaben in ruhiger Umgebung.",
          "Ehrenamtliche helfen bei Hausaufgaben und beim Lernen für Klassenarbeiten."]),
    Kind("Lernförderung", ["Mathematik", "Deutsch", "Englisch", "Lesen und Schreiben", "in kleinen Gruppen"],
         ["6-10", "10-16"], [SB], ["kinder", "jugendliche"],
         ["ar", "uk"], 0.3, [SCHOOL, FREE],
         ["Gezielte Förderung, wenn es in einem Fach nicht so gut läuft.",
          "Lernförderung über das Bildungs- und Teilhabepaket möglich."]),
    Kind("Familienberatung", ["", "in Trennung und Scheidung", "für Alleinerziehende", "auf Arabisch", "offene Sprechstunde"],
         ["erwachsene", "0-3", "3-6", "6-10"], [GE, SW], ["eltern", "alleinerziehende"],
         ["ar", "tr", "ru", "en"], 0.0, [FREE, ADM],
         ["Beratung für Familien in schwierigen Zeiten, kostenlos und vertraulich.",
          "Wir hören zu und suchen mit Ihnen nach Lösungen für Ihre Familie."]),
    Kind("Erziehungsberatung", ["", "für Eltern von Jugendlichen", "für Eltern von Kleinkindern", "online"],
         ["0-3", "3-6", "6-10", "10-16"], [GE], ["eltern"],
         ["en", "tr"], 0.0, [FREE, ADM],
         ["Beratung bei Fragen zur Erziehung und Entwicklung Ihres Kindes.",
          "Vertrauliche Beratung, wenn es zu Hause oft Streit gibt."]),
    Kind("Eltern-Kind-Turnen", ["für Kinder von 1 bis 3 Jahren", "ab 3 Jahren", "am Samstag", ""],
         ["0-3", "3-6"], [SF], ["kinder", "eltern"],
         [], 0.6, [ASSOC, DAYCARE],
         ["Bewegung, Spiel und Spaß für Eltern und Kinder.",
          "Klettern, Rollen, Balancieren: Turnen für die Kleinen mit ihren Eltern."]),
    Kind("Krabbelgruppe", ["", "international", "für junge Mütter", "am Vormittag"],
         ["0-3"], [SF, SW], ["eltern", "kinder"],
         ["ar", "uk", "tr"], 0.1, [DAYCARE, RELIGIOUS, FREE],
         ["Eltern mit Babys treffen sich zum Spielen und Austauschen.",
          "Gemeinsam spielen, singen und andere Eltern kennenlernen."]),
    Kind("Elterncafé", ["", "international", "im Familienzentrum", "für Väter", "an der Grundschule"],
         ["0-3", "3-6", "6-10", "erwachsene"], [SW, SB], ["eltern"],
         ["ar", "tr", "uk", "ru"], 0.0, [DAYCARE, SCHOOL, FREE],
         ["Ein offener Treffpunkt für Eltern, mit Kaffee und Zeit für Fragen.",
          "Eltern lernen sich kennen und bekommen Informationen rund um Kita und Schule."]),
    Kind("Hebammensprechstunde", ["", "offen für alle", "mit Dolmetscherin"],
         ["schwangerschaft", "0-3"], [GE], ["eltern", "frauen-und-maedchen"],
         ["ar", "en", "tr"], 0.0, [HEALTH, ADM],
         ["Hebammen beantworten Fragen zu Schwangerschaft, Geburt und der Zeit danach.",
          "Offene Sprechstunde für Schwangere und junge Familien."]),
    Kind("Geburtsvorbereitungskurs", ["", "für Paare", "für Frauen", "am Wochenende"],
         ["schwangerschaft"], [GE], ["frauen-und-maedchen", "eltern"],
         ["en"], 0.4, [HEALTH],
         ["Gut vorbereitet auf die Geburt: Atmung, Haltung, Ablauf.",
          "Der Kurs bereitet Sie und Ihre Begleitperson auf die Geburt vor."]),
    Kind("Rückbildungskurs", ["", "mit Baby", "am Abend"],
         ["schwangerschaft", "0-3"], [GE, SF], ["frauen-und-maedchen"],
         [], 0.4, [HEALTH, ASSOC],
         ["Übungen für den Beckenboden nach der Geburt.",
          "Wieder fit nach der Geburt, mit Übungen in der Gruppe."]),
    Kind("Babymassage", ["", "für Väter", "im Familienzentrum"],
         ["0-3"], [GE], ["eltern"],
         ["ar"], 0.5, [HEALTH, DAYCARE],
         ["Sanfte Massage für Babys: Nähe, Ruhe und Entspannung.",
          "Eltern lernen, ihr Baby mit Massage zu beruhigen."]),
    Kind("Schwimmkurs", ["für Kinder", "für Mädchen und Frauen", "Seepferdchen", "für Erwachsene", "für Mädchen"],
         ["3-6", "6-10", "10-16", "erwachsene"], [SF], ["kinder", "frauen-und-maedchen"],
         ["ar", "tr"], 0.7, [ASSOC],
         ["Schwimmen lernen in kleinen Gruppen mit erfahrenen Trainerinnen.",
          "Vom ersten Kontakt mit dem Wasser bis zum Seepferdchen."]),
    Kind("Fußballtraining", ["für Mädchen", "Bambini", "E-Jugend", "inklusiv", "für Jugendliche"],
         ["6-10", "10-16", "16-27"], [SF], ["kinder", "jugendliche", "frauen-und-maedchen"],
         [], 0.6, [ASSOC],
         ["Training im Verein: Technik, Teamgeist und Spaß am Spiel.",
          "Wer Lust auf Fußball hat, kann einfach zum Probetraining kommen."]),
    Kind("Tanzgruppe", ["für Kinder", "Hip-Hop für Jugendliche", "international", "für Seniorinnen"],
         ["6-10", "10-16", "aeltere"], [SF, KR], ["kinder", "jugendliche", "frauen-und-maedchen"],
         [], 0.5, [ASSOC, MIGRANT],
         ["Tanzen in der Gruppe, mit Auftritten bei Festen im Stadtteil.",
          "Bewegung zur Musik, ohne Vorkenntnisse."]),
    Kind("Bewerbungstraining", ["für Jugendliche", "für Zugewanderte", "mit Fototermin", "für Frauen"],
         ["16-27", "erwachsene"], [AM, SB], ["jugendliche", "neuzugewanderte"],
         ["ar", "uk", "en"], 0.0, [ADM, FREE, SCHOOL, EMPLOYER],
         ["Lebenslauf, Anschreiben und Vorstellungsgespräch: wir üben zusammen.",
          "Gut vorbereitet zur Bewerbung, mit Übungen für das Vorstellungsgespräch."]),
    Kind("Ausbildungsbörse", ["", "im Berufskolleg", "Handwerk und Pflege"],
         ["16-27", "10-16"], [AM], ["jugendliche"],
         [], 0.0, [ADM, SCHOOL, EMPLOYER],
         ["Betriebe aus der Region stellen Ausbildungsplätze vor.",
          "Sprechen Sie direkt mit Betrieben über eine Ausbildung."]),
    Kind("Berufsorientierung", ["", "Praktikumsbörse", "für Mädchen", "Girls' und Boys' Day"],
         ["10-16", "16-27"], [AM, SB], ["jugendliche"],
         ["ar", "uk"], 0.0, [SCHOOL, ADM, EMPLOYER],
         ["Welcher Beruf passt zu mir? Tests, Gespräche und Betriebsbesuche.",
          "Berufe kennenlernen und einen Praktikumsplatz finden."]),
    Kind("Beratung für Geflüchtete", ["", "zu Wohnen und Arbeit", "Sprechstunde", "für Frauen"],
         ["erwachsene", "16-27"], [SW, RD], ["gefluechtete"],
         ["ar", "fa", "ku", "ti", "uk", "ru", "en"], 0.0, [FREE, MIGRANT, ADM],
         ["Beratung zu Aufenthalt, Wohnen, Arbeit und Behörden.",
          "Wir helfen bei Anträgen und Briefen von Ämtern."]),
    Kind("Migrationsberatung", ["für Erwachsene", "für junge Menschen", "offene Sprechstunde"],
         ["erwachsene", "16-27"], [SW], ["neuzugewanderte", "gefluechtete"],
         ["ar", "tr", "ru", "pl", "ro", "bg", "uk"], 0.0, [FREE],
         ["Beratung für Menschen, die neu in Deutschland sind.",
          "Hilfe bei Sprache, Arbeit, Wohnen und Behörden in den ersten Jahren."]),
    Kind("Frauencafé", ["", "international", "mit Kinderbetreuung"],
         ["erwachsene"], [SW, KR], ["frauen-und-maedchen"],
         ["ar", "tr", "fa", "uk"], 0.0, [MIGRANT, RELIGIOUS, FREE],
         ["Frauen treffen sich, reden, lachen und helfen sich gegenseitig.",
          "Ein geschützter Raum für Frauen aus allen Ländern."]),
    Kind("Seniorentreff", ["", "mit Mittagstisch", "Spielenachmittag", "international"],
         ["aeltere"], [SW, KR], [],
         ["tr", "ru", "pl"], 0.1, [RELIGIOUS, ASSOC, FREE],
         ["Gesellige Nachmittage mit Kaffee, Kuchen und Gesprächen.",
          "Ein Treffpunkt für ältere Menschen im Stadtteil."]),
    Kind("Offener Jugendtreff", ["", "Mädchentag", "Ferienprogramm", "am Wochenende"],
         ["10-16", "16-27"], [SF, SW], ["jugendliche"],
         ["ar", "tr"], 0.0, [FREE, RELIGIOUS, ADM],
         ["Freizeit, Gespräche und Unterstützung für Jugendliche.",
          "Billard, Kicker, Kochen und jemand, der zuhört."]),
    Kind("Antidiskriminierungsberatung", ["", "Sprechstunde", "für Jugendliche"],
         ["erwachsene", "16-27", "10-16"], [RD], ["gefluechtete", "neuzugewanderte", "jugendliche"],
         ["ar", "tr", "en", "fr"], 0.0, [FREE, ADM, MIGRANT],
         ["Beratung, wenn Sie wegen Herkunft, Religion oder Behinderung benachteiligt werden.",
          "Wir unterstützen Sie nach Erfahrungen mit Rassismus."]),
    Kind("Empowerment-Workshop", ["für Mädchen", "für junge Menschen", "gegen Rassismus"],
         ["10-16", "16-27"], [RD], ["jugendliche", "frauen-und-maedchen"],
         ["en", "ar"], 0.0, [FREE, MIGRANT, SCHOOL],
         ["Stark werden gegen Ausgrenzung: Übungen, Gespräche, Vorbilder.",
          "Junge Menschen stärken ihr Selbstvertrauen."]),
    Kind("Sprachcafé", ["", "Deutsch üben", "international"],
         ["erwachsene", "16-27"], [SB, KR], ["neuzugewanderte", "gefluechtete"],
         ["ar", "uk", "fa", "es", "it"], 0.0, [FREE, RELIGIOUS, MIGRANT, ADM],
         ["Deutsch sprechen üben, ganz ohne Prüfung.",
          "Bei Kaffee und Tee kommen Menschen ins Gespräch."]),
    Kind("Vorlesestunde", ["", "mehrsprachig", "in der Stadtbibliothek"],
         ["3-6", "6-10"], [SB], ["kinder"],
         ["ar", "tr", "uk", "pl"], 0.0, [ADM, DAYCARE, ASSOC],
         ["Geschichten hören und Bücher entdecken.",
          "Vorlesen in mehreren Sprachen für Kinder und ihre Eltern."]),
    Kind("Sprachförderung in der Kita", ["", "mit Eltern", "Rucksack-Programm"],
         ["3-6"], [SB], ["kinder", "eltern"],
         ["ar", "tr"], 0.0, [DAYCARE],
         ["Spielerisch Deutsch lernen im Kita-Alltag.",
          "Sprachförderung für Kinder, mit Ideen für zu Hause."]),
    Kind("Familienbesuch der Frühen Hilfen", ["", "Willkommensbesuch"],
         ["schwangerschaft", "0-3"], [GE, SW], ["eltern", "alleinerziehende"],
         ["ar", "tr", "uk"], 0.0, [ADM, FREE, HEALTH],
         ["Wir besuchen Familien mit Neugeborenen und bringen Informationen mit.",
          "Unterstützung im ersten Lebensjahr, auf Wunsch zu Hause."]),
    Kind("Schuldnerberatung", ["", "Sprechstunde"],
         ["erwachsene"], [SW], [],
         ["tr", "ru"], 0.0, [FREE],
         ["Hilfe, wenn die Schulden über den Kopf wachsen.",
          "Wir schauen gemeinsam auf Ihre Finanzen und suchen einen Weg."]),
    Kind("Suchtprävention", ["in der Schule", "für Eltern", "Beratung"],
         ["10-16", "16-27"], [GE], ["jugendliche", "eltern"],
         ["en"], 0.0, [FREE, HEALTH, SCHOOL],
         ["Informationen über Alkohol, Drogen und Medien, ohne erhobenen Zeigefinger.",
          "Workshops und Beratung zu Sucht und Abhängigkeit."]),
    Kind("Kochkurs für Familien", ["", "gesund und günstig", "international"],
         ["erwachsene", "6-10"], [GE, KR], ["eltern", "kinder"],
         ["ar", "tr"], 0.3, [FREE, MIGRANT, HEALTH],
         ["Gemeinsam kochen, gesund essen und Rezepte tauschen.",
          "Günstig und gesund kochen für die ganze Familie."]),
    Kind("Seniorengymnastik", ["", "auf dem Stuhl", "Sturzprävention"],
         ["aeltere"], [SF, GE], [],
         [], 0.4, [ASSOC, HEALTH, RELIGIOUS],
         ["Beweglich bleiben im Alter, mit sanften Übungen.",
          "Gymnastik für ältere Menschen, auch mit Rollator."]),
    Kind("Chor", ["", "für Kinder", "international", "der Generationen"],
         ["6-10", "erwachsene", "aeltere"], [KR], [],
         [], 0.3, [ASSOC, RELIGIOUS],
         ["Gemeinsam singen, ohne Noten lesen zu müssen.",
          "Lieder aus vielen Ländern, mit Konzerten im Jahr."]),
    Kind("Begegnungsfest", ["im Stadtteil", "der Kulturen", "im Sommer"],
         ["erwachsene", "6-10", "aeltere"], [KR, RD, SW], ["neuzugewanderte"],
         ["ar", "tr", "uk"], 0.0, [MIGRANT, RELIGIOUS, ADM, ASSOC],
         ["Essen, Musik und Begegnung für alle Nachbarinnen und Nachbarn.",
          "Ein Fest für die Vielfalt im Stadtteil."]),
    Kind("Nachbarschaftshilfe", ["", "Einkaufsdienst", "Besuchsdienst"],
         ["aeltere", "erwachsene"], [SW], ["menschen-mit-behinderung"],
         [], 0.0, [ASSOC, RELIGIOUS],
         ["Nachbarn helfen Nachbarn: beim Einkaufen, mit Besuchen, im Alltag.",
          "Ehrenamtliche unterstützen ältere Menschen im Stadtteil."]),
    Kind("Wohnungsberatung", ["", "für Geflüchtete", "Sprechstunde"],
         ["erwachsene"], [SW], ["gefluechtete", "alleinerziehende"],
         ["ar", "uk", "fa"], 0.0, [ADM, FREE],
         ["Hilfe bei der Wohnungssuche und bei Fragen zum Mietvertrag.",
          "Wir erklären Mietvertrag, Nebenkosten und Wohnberechtigungsschein."]),
    Kind("Computerkurs", ["für Senior:innen", "Smartphone-Sprechstunde", "für Frauen"],
         ["aeltere", "erwachsene"], [SB], [],
         ["ru", "tr"], 0.3, [ASSOC, FREE, ADM],
         ["Erste Schritte mit Computer, Tablet und Smartphone.",
          "Geduldige Hilfe bei Fragen zu Handy und Internet."]),
    Kind("Ferienbetreuung", ["Ostern", "im Sommer", "im Herbst"],
         ["6-10"], [SF], ["kinder"],
         [], 0.6, [SCHOOL, ASSOC, ADM],
         ["Spiel, Ausflüge und Basteln in den Schulferien.",
          "Betreuung in den Ferien für Kinder berufstätiger Eltern."]),
    Kind("Mentoring-Programm", ["", "Schule und Beruf", "für Studierende"],
         ["10-16", "16-27"], [SB, AM], ["jugendliche"],
         ["en", "ar"], 0.0, [FREE, EMPLOYER],
         ["Eine Mentorin oder ein Mentor begleitet Sie auf dem Weg zum Abschluss.",
          "Ehrenamtliche begleiten junge Menschen beim Übergang in den Beruf."]),
    Kind("Elternkurs Starke Eltern", ["", "für Eltern von Kleinkindern", "auf Türkisch"],
         ["erwachsene", "3-6", "6-10"], [GE, SB], ["eltern"],
         ["tr", "ar"], 0.2, [FREE, DAYCARE],
         ["Ein Kurs für mehr Gelassenheit im Familienalltag.",
          "Eltern tauschen sich aus und lernen neue Wege in der Erziehung."]),
    Kind("Vorsorge-Sprechstunde", ["für Kinder", "Impfberatung"],
         ["0-3", "3-6"], [GE], ["kinder", "eltern"],
         ["en", "ar"], 0.0, [HEALTH],
         ["Vorsorgeuntersuchungen und Impfungen für Kinder.",
          "Wir erklären, welche Untersuchungen Ihr Kind wann braucht."]),
    Kind("Psychosoziale Beratung", ["", "für Geflüchtete", "für junge Menschen"],
         ["erwachsene", "16-27"], [GE], ["gefluechtete"],
         ["ar", "fa", "uk", "ku"], 0.0, [FREE, HEALTH],
         ["Gespräche bei Sorgen, Stress und belastenden Erfahrungen.",
          "Beratung für Menschen, die Schweres erlebt haben."]),
    Kind("Inklusive Sportgruppe", ["", "für Kinder", "Rollstuhlbasketball"],
         ["6-10", "10-16", "erwachsene"], [SF], ["menschen-mit-behinderung"],
         [], 0.3, [ASSOC],
         ["Sport für Menschen mit und ohne Behinderung.",
          "Alle machen mit: Sport, der sich nach den Menschen richtet."]),
    Kind("Theater-AG", ["", "für Jugendliche", "mehrsprachig"],
         ["10-16", "6-10"], [KR, SB], ["jugendliche", "kinder"],
         [], 0.0, [SCHOOL, ASSOC],
         ["Theater spielen, eigene Stücke schreiben und auf der Bühne stehen.",
          "Mut finden und die eigene Stimme entdecken."]),
    Kind("Selbstbehauptungskurs", ["für Mädchen", "für Frauen", "für Jugendliche"],
         ["10-16", "16-27", "erwachsene"], [SF, RD], ["frauen-und-maedchen", "jugendliche"],
         [], 0.3, [ASSOC, FREE],
         ["Grenzen setzen, Nein sagen, sich wehren: mit Übungen aus dem Alltag.",
          "Selbstbewusst auftreten und sich im Notfall schützen."]),
    Kind("Jobcafé", ["", "für Frauen", "für Zugewanderte"],
         ["erwachsene", "16-27"], [AM], ["neuzugewanderte", "alleinerziehende"],
         ["ar", "uk", "ru", "ro"], 0.0, [ADM, FREE, EMPLOYER],
         ["Offene Beratung zu Arbeit, Anerkennung und Weiterbildung.",
          "Bei Kaffee über Arbeit, Minijobs und Anerkennung von Abschlüssen sprechen."]),
    Kind("Gesprächskreis der Religionen", ["", "für Jugendliche", "Frauen im Dialog"],
         ["erwachsene", "16-27"], [KR, RD], [],
         ["ar", "tr"], 0.0, [RELIGIOUS, MIGRANT],
         ["Menschen verschiedener Religionen kommen miteinander ins Gespräch.",
          "Einander zuhören und voneinander lernen."]),
    Kind("Fortbildung Interkulturelle Öffnung", ["für Kitas", "für Lehrkräfte", "für Vereine"],
         ["erwachsene"], [RD, SB], ["fachkraefte"],
         [], 0.3, [ADM, FREE],
         ["Fortbildung für Fachkräfte: Vielfalt verstehen und gut damit arbeiten.",
          "Praxisnahe Fortbildung zu Vorurteilen und Kommunikation."]),
]
# fmt: on

KINDS_BY_PROVIDER = {}
for _kind in KINDS:
    for _provider in _kind.providers:
        KINDS_BY_PROVIDER.setdefault(_provider, []).append(_kind)

GENERAL_SENTENCES = [
    "Sie müssen sich nicht vorher anmelden.",
    "Bitte melden Sie sich vorher per E-Mail oder Telefon an.",
    "Die Plätze sind begrenzt.",
    "Alles, was Sie uns sagen, bleibt vertraulich.",
    "Wir sprechen Deutsch und bei Bedarf weitere Sprachen.",
    "Auf Wunsch kommt eine Dolmetscherin dazu.",
    "Kinder können mitkommen; es gibt eine Spielecke.",
    "Der Raum ist ohne Stufen erreichbar.",
    "Die Bushaltestelle ist gleich um die Ecke.",
    "Neue Teilnehmende sind jederzeit willkommen.",
    "Das Angebot wird von der Stadt Würselen gefördert.",
    "Bitte bringen Sie bequeme Kleidung mit.",
    "Getränke und ein kleiner Imbiss sind kostenlos.",
    "In den Schulferien findet das Angebot nicht statt.",
    "Am Ende bekommen Sie eine Teilnahmebestätigung.",
    "Sie können jederzeit einsteigen.",
    "Ein erstes Gespräch ist unverbindlich.",
    "Wir arbeiten eng mit Schulen, Kitas und Beratungsstellen zusammen.",
    "Wenn Sie nicht kommen können, sagen Sie bitte kurz Bescheid.",
    "Für Familien mit wenig Geld gibt es Ermäßigungen.",
    "Fragen Sie uns einfach, wir helfen gerne weiter.",
    "Das Team besteht aus Fachkräften und Ehrenamtlichen.",
    "Wir treffen uns in einer kleinen, festen Gruppe.",
    "Eine Leihgebühr für Material fällt nicht an.",
    "Ein Parkplatz ist vor dem Haus.",
]

DETAIL_SENTENCES = [
    "Im ersten Treffen lernen sich alle kennen und sprechen über ihre Wünsche.",
    "Danach geht es Schritt für Schritt weiter, im eigenen Tempo.",
    "Viele Teilnehmende kommen über Freundinnen und Nachbarn zu uns.",
    "Wir nehmen uns Zeit für Ihre Fragen.",
    "Es gibt Material zum Mitnehmen, auch in einfacher Sprache.",
    "Einmal im Jahr machen wir einen gemeinsamen Ausflug.",
    "Die Gruppe wird von zwei erfahrenen Fachkräften begleitet.",
    "Wer möchte, kann sich mit anderen Eltern austauschen.",
    "Das Angebot ist offen für alle, unabhängig von Herkunft und Religion.",
    "Wir beraten auch telefonisch oder per Video.",
    "Wenn nötig, vermitteln wir an andere Stellen in Würselen weiter.",
    "Die Termine stehen auch im Kalender der Stadt.",
    "Es gibt keine Prüfung und keine Noten.",
    "Sie brauchen keine Vorkenntnisse.",
    "Die Gruppe ist gemischt: jung und alt, neu in Würselen und schon lange hier.",
    "Wir achten auf eine freundliche und ruhige Atmosphäre.",
    "Die Kosten können über das Bildungs- und Teilhabepaket übernommen werden.",
    "Ein Teil der Plätze ist für Familien aus dem Stadtteil reserviert.",
]

ELIGIBILITY = [
    "",
    "",
    "",
    "Wohnsitz in Würselen",
    "Für Kinder von 6 bis 10 Jahren.",
    "Für Jugendliche von 14 bis 21 Jahren.",
    "Berechtigungsschein vom Bundesamt für Migration und Flüchtlinge oder Selbstzahlende.",
    "Vereinsmitgliedschaft nach dem Probetraining.",
    "Für Schwangere und Familien mit Kindern bis 3 Jahre.",
    "Für Menschen ab 60 Jahren.",
]

ACCESSIBILITY = [
    "",
    "",
    "Rollstuhlgerecht, Aufzug vorhanden.",
    "Eingang mit drei Stufen, eine Rampe ist vorhanden.",
    "Barrierefreie Toilette im Erdgeschoss.",
    "Leider nicht barrierefrei: Raum im ersten Stock ohne Aufzug.",
    "Induktionsschleife für Hörgeräte im Saal.",
]

DAYS = ["montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags"]
DAYS_SINGULAR = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"]
TIMES = [
    "9–11 Uhr", "9:30–11:30 Uhr", "10–12 Uhr", "14–16 Uhr", "15–17 Uhr", "15:30–17 Uhr",
    "16–18 Uhr", "17:30–19 Uhr", "18–20 Uhr", "19–21 Uhr",
]  # fmt: skip

FEES = [
    "10 € im Monat, ermäßigt 5 €",
    "{n} € für {k} Termine",
    "Mitgliedsbeitrag {n} € im Monat",
    "{n} € pro Termin",
    "{n} € im Halbjahr, Geschwister zahlen die Hälfte",
    "{n} € Materialkosten",
]

FIRST_NAMES = [
    "Anna", "Ayşe", "Olena", "Fatima", "Maria", "Sabine", "Nadia", "Leyla", "Katarzyna",
    "Ioana", "Julia", "Petra", "Miriam", "Hanna", "Samira", "Elif", "Thomas", "Ahmad", "Mehmet",
    "Andriy", "Stefan", "Jonas", "Karim", "Yusuf", "Daniel", "Michael", "Omid", "Tesfay",
    "Lukas", "Markus",
]  # fmt: skip
LAST_NAMES = [
    "Schmitz", "Müller", "Yılmaz", "Kovalenko", "Hoffmann", "Becker", "Al-Hassan", "Wagner",
    "Nowak", "Popescu", "Schulz", "Demir", "Krüger", "Haddad", "Peters", "Jansen", "Kaya",
    "Shevchenko", "Rahimi", "Keller", "Lambertz", "Offermann", "Habte", "Bauer", "Esser",
]  # fmt: skip

STREETS = [
    "Kaiserstraße", "Lindenplatz", "Bahnhofstraße", "Klosterstraße", "Friedrichstraße",
    "Aachener Straße", "Kirchstraße", "Schulstraße", "Morlaixplatz", "Markt", "Dorfstraße",
    "Birkenweg", "Am Weiher", "Parkstraße", "Hauptstraße", "Wiesenweg", "Rathausstraße",
    "Gartenstraße", "Sebastianusstraße", "Wurmtalweg",
]  # fmt: skip

PLACE_WORDS = [
    "Wurmtal", "Lindenplatz", "Kaisersruh", "Am Markt", "Sonnenhang", "Wurmbogen",
    "Drischer Hof", "Teichweg", "Klosterhof", "Haus Kaisersruh", "Am Bahnhof", "Rosenhof",
]  # fmt: skip
FLOWERS = [
    "Sonnenblume", "Regenbogen", "Pusteblume", "Löwenzahn", "Kunterbunt", "Sternschnuppe",
    "Arche Noah", "Zwergenland", "Marienkäfer", "Spatzennest", "Schatzkiste", "Wirbelwind",
]  # fmt: skip
SAINTS = ["Sebastian", "Marien", "Lucia", "Balbina", "Willibrord", "Nikolaus", "Josef"]
ORIGINS = [
    "Deutsch-Türkischer", "Deutsch-Arabischer", "Afghanischer", "Syrischer", "Eritreischer",
    "Ukrainischer", "Polnischer", "Kurdischer", "Rumänischer", "Afrikanischer",
]  # fmt: skip


def organisation_name(rng, kind, districts):
    """A plausible name for an organisation of ``kind``."""
    place = rng.choice(PLACE_WORDS + districts)
    district = rng.choice(districts)
    match kind:
        case "administration":
            return f"Stadt Würselen – {rng.choice(['Jugendamt', 'Amt für Schule', 'Sozialamt', 'Integrationsbüro', 'Stadtbibliothek', 'Familienbüro'])} {district}"
        case "free_provider":
            return f"{rng.choice(['Sozialdienst', 'Familienhilfe', 'Jugendhilfe', 'Beratungsstelle', 'Bildungswerk', 'Netzwerk Familie'])} {place} e. V."
        case "association":
            return rng.choice(
                [
                    f"TV {district} {rng.randint(1880, 1990)} e. V.",
                    f"SV {district} {rng.randint(1900, 1990)} e. V.",
                    f"Schwimmverein {place} e. V.",
                    f"Musikverein {district} e. V.",
                    f"Förderverein {place} e. V.",
                    f"Bürgerverein {district} e. V.",
                ]
            )
        case "school":
            return f"{rng.choice(['Grundschule', 'Gesamtschule', 'Realschule', 'Gymnasium', 'Förderschule'])} {place}"
        case "daycare":
            return f"{rng.choice(['Kita', 'Familienzentrum', 'Städtische Kita', 'Kindertagesstätte'])} {rng.choice(FLOWERS)}"
        case "health":
            return rng.choice(
                [
                    f"Hebammenpraxis {rng.choice(LAST_NAMES)}",
                    f"Kinderarztpraxis Dr. {rng.choice(LAST_NAMES)}",
                    f"Praxis für Logopädie {rng.choice(LAST_NAMES)}",
                    f"Gesundheitszentrum {place}",
                ]
            )
        case "migrant_organisation":
            return f"{rng.choice(ORIGINS)} {rng.choice(['Kulturverein', 'Elternverein', 'Frauenverein', 'Verein'])} {place} e. V."
        case "religious_community":
            return rng.choice(
                [
                    f"Evangelische Gemeinde {district}",
                    f"Katholische Pfarrei St. {rng.choice(SAINTS)}",
                    f"Moscheegemeinde {place}",
                    f"Freie Christengemeinde {district}",
                ]
            )
        case _:
            return f"{rng.choice(['Bäckerei', 'Logistik', 'Pflegedienst', 'Autohaus', 'Elektro'])} {rng.choice(LAST_NAMES)} GmbH"


ORGANISATION_KINDS = [ADM, FREE, FREE, ASSOC, ASSOC, ASSOC, SCHOOL, DAYCARE, DAYCARE, HEALTH,
                      MIGRANT, RELIGIOUS, EMPLOYER]  # fmt: skip

# Rough centres of the districts, for plausible map coordinates.
CENTRE = (50.8196, 6.1297)


# --- Generation -------------------------------------------------------------


def _ids(model):
    return dict(model.objects.values_list("slug", "id"))


def _pick(rng, slugs, ids):
    """The ids of ``slugs`` that exist here, or one random id when none do."""
    found = [ids[slug] for slug in slugs if slug in ids]
    return found or ([rng.choice(list(ids.values()))] if ids else [])


def _sample(rng, items, low=1):
    if not items:
        return []
    return rng.sample(items, rng.randint(min(low, len(items)), len(items)))


def schedule_text(rng):
    time = rng.choice(TIMES)
    match rng.randrange(7):
        case 0 | 1 | 2:
            return f"{rng.choice(DAYS)} {time}"
        case 3:
            first, second = sorted(rng.sample(range(5), 2))
            return f"{DAYS[first]} und {DAYS[second]} {time}"
        case 4:
            return f"jeden ersten {rng.choice(DAYS_SINGULAR)} im Monat, {time}"
        case 5:
            return "nach Vereinbarung"
        case _:
            return f"Kurs mit {rng.choice([6, 8, 10, 12])} Terminen, {rng.choice(DAYS)} {time}"


def description_text(rng, short, district_name):
    """From empty to several paragraphs, so that search sees realistic lengths."""
    size = rng.random()
    if size < 0.1:
        return ""
    first = [short, *rng.sample(GENERAL_SENTENCES, rng.randint(1, 3))]
    if district_name and rng.random() < 0.5:
        first.append(f"Das Angebot findet in {district_name} statt.")
    paragraphs = [" ".join(first)]
    extra = 0 if size < 0.5 else rng.randint(1, 2) if size < 0.85 else rng.randint(3, 6)
    for _ in range(extra):
        pool = DETAIL_SENTENCES + GENERAL_SENTENCES
        paragraphs.append(" ".join(rng.sample(pool, rng.randint(2, 5))))
    return "\n\n".join(paragraphs)


def _through_bulk(field, pairs, batch_size):
    """Insert many (offering id, target id) rows into an M2M through table."""
    through = field.remote_field.through
    source = through._meta.get_field(field.m2m_field_name()).column
    target = through._meta.get_field(field.m2m_reverse_field_name()).column
    if connection.vendor == "postgresql":
        _copy(through._meta.db_table, [source, target], pairs)
    else:
        through.objects.bulk_create(
            [through(**{source: a, target: b}) for a, b in pairs], batch_size=batch_size
        )


def _copy(table, columns, rows):
    """PostgreSQL COPY: several times faster than INSERT for many rows."""
    with connection.cursor() as cursor:
        names = ", ".join(connection.ops.quote_name(column) for column in columns)
        with cursor.cursor.copy(
            f"COPY {connection.ops.quote_name(table)} ({names}) FROM STDIN"
        ) as copy:
            for row in rows:
                copy.write_row(row)


def _insert(model, objects, batch_size):
    """bulk_create, or on PostgreSQL ids from the sequence and then COPY."""
    if connection.vendor != "postgresql":
        model.objects.bulk_create(objects, batch_size=batch_size)
        return
    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [table, len(objects)],
        )
        for obj, (pk,) in zip(objects, cursor.fetchall(), strict=True):
            obj.pk = pk
    fields = model._meta.concrete_fields
    _copy(
        table,
        [field.column for field in fields],
        (
            [field.get_db_prep_save(field.pre_save(obj, True), connection) for field in fields]
            for obj in objects
        ),
    )


def _update_statistics(*models, vacuum):
    """Tell PostgreSQL's planner about the new rows; without it, it plans for an empty table.

    VACUUM also clears the row versions the search-index UPDATE left behind;
    it cannot run inside a transaction, so there only ANALYZE runs.
    """
    if connection.vendor != "postgresql":
        return
    tables = []
    for model in models:
        tables.append(model._meta.db_table)
        tables += [
            field.remote_field.through._meta.db_table for field in model._meta.local_many_to_many
        ]
    command = "VACUUM (ANALYZE)" if vacuum else "ANALYZE"
    with connection.cursor() as cursor:
        cursor.execute(f"{command} {', '.join(map(connection.ops.quote_name, tables))}")


def _refresh_in_parallel(refresh, ids, workers):
    """Refresh the search index in threads, each with its own connection.

    Only for committed rows: other connections do not see an open transaction.
    """

    def work(chunk):
        try:
            with connection.cursor() as cursor:
                cursor.execute("SET jit = off")  # see generate()
            refresh(chunk)
        finally:
            connection.close()

    size = -(-len(ids) // workers)
    chunks = [ids[start : start + size] for start in range(0, len(ids), size)]
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(work, chunks))


def generate(offerings, organisations, seed=None, batch_size=2000, stdout=None):
    """Create ``organisations`` organisations and ``offerings`` offerings, marked "gen-".

    Returns a dict with the counts and the seconds each step took.
    """
    from vielfalt.network.models import Organisation
    from vielfalt.offerings.models import Location, Offering
    from vielfalt.offerings.search import refresh_search_index

    if organisations < 1 and offerings > 0:
        raise ValueError("Offerings need at least one organisation.")
    rng = random.Random(seed)
    run = secrets.token_hex(3)  # keeps external ids unique over several runs
    timings = {}
    started = time.perf_counter()

    def lap(step):
        nonlocal started
        now = time.perf_counter()
        timings[step] = now - started
        started = now
        if stdout:
            stdout.write(f"  {step}: {timings[step]:.1f} s")

    ensure_vocabularies()
    phase_ids, district_ids = _ids(LifePhase), _ids(District)
    forum_ids, target_ids, language_ids = _ids(Forum), _ids(TargetGroup), _ids(Language)
    district_names = dict(District.objects.values_list("id", "name"))
    names_for_org = list(district_names.values())
    today = timezone.localdate()
    lap("vocabularies")

    # On PostgreSQL, outside a caller's transaction, the search index (the
    # slowest step, all in the database) is built after the commit in one
    # thread per core. Inside a transaction (tests, callers) it runs inline.
    workers = min(4, os.cpu_count() or 1)
    parallel = connection.vendor == "postgresql" and not connection.in_atomic_block and workers > 1
    offering_ids = []
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # The search-index UPDATEs look expensive to the planner, which
            # then spends more time JIT-compiling each batch than running it.
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL jit = off")
        orgs = []
        for number in range(organisations):
            kind = rng.choice(ORGANISATION_KINDS)
            name = organisation_name(rng, kind, names_for_org)
            orgs.append(
                Organisation(
                    name=name,
                    slug=f"{PREFIX}{run}-{number}-{slugify(name)}"[:200],
                    kind=kind,
                    street=f"{rng.choice(STREETS)} {rng.randint(1, 120)}",
                    postal_code="52146",
                    city="Würselen",
                    email=f"kontakt{number}@{run}.example.org",
                    phone=f"02405 {rng.randint(1000, 99999)}",
                    description=rng.choice(GENERAL_SENTENCES + [""]),
                )
            )
        Organisation.objects.bulk_create(orgs, batch_size=batch_size)
        district_list = list(district_ids.values())
        org_district_pairs = []
        locations = []
        for org in orgs:
            own = rng.sample(district_list, min(len(district_list), rng.choice([1, 1, 1, 2])))
            org_district_pairs += [(org.id, d) for d in own]
            for number in range(rng.choice([1, 1, 2, 3])):
                district = rng.choice(own) if own else None
                locations.append(
                    Location(
                        name=org.name if number == 0 else f"{org.name}, Außenstelle {number}",
                        organisation_id=org.id,
                        street=f"{rng.choice(STREETS)} {rng.randint(1, 120)}",
                        postal_code="52146",
                        city="Würselen",
                        district_id=district,
                        latitude=Decimal(f"{CENTRE[0] + rng.uniform(-0.03, 0.03):.6f}"),
                        longitude=Decimal(f"{CENTRE[1] + rng.uniform(-0.04, 0.04):.6f}"),
                        external_id=f"{PREFIX}{run}-loc-{len(locations)}",
                    )
                )
        _through_bulk(Organisation._meta.get_field("districts"), org_district_pairs, batch_size)
        Location.objects.bulk_create(locations, batch_size=batch_size)
        locations_of = {}
        for location in locations:
            locations_of.setdefault(location.organisation_id, []).append(location)
        lap(f"{len(orgs)} organisations, {len(locations)} locations")

        fields = {name: Offering._meta.get_field(name) for name in
                  ("locations", "life_phases", "forums", "target_groups", "languages")}  # fmt: skip
        german = language_ids.get("de")
        spent = {"build": 0.0, "insert": 0.0, "links": 0.0, "search index": 0.0}
        made = 0
        for start in range(0, offerings, batch_size):
            ticks = [time.perf_counter()]
            batch, links = [], []
            for number in range(start, min(offerings, start + batch_size)):
                org = rng.choice(orgs)
                kind = rng.choice(KINDS_BY_PROVIDER.get(org.kind) or KINDS)
                variant = rng.choice(kind.variants)
                place = rng.choice(locations_of[org.id])
                district_name = district_names.get(place.district_id, "")
                name = f"{kind.name} {variant}".strip()
                if district_name and rng.random() < 0.2:
                    name = f"{name} in {district_name}"
                short = rng.choice(kind.shorts)
                costs = rng.random() < kind.fee
                state = rng.random()
                contact = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
                batch.append(
                    Offering(
                        name=name,
                        short_description=short,
                        description=description_text(rng, short, district_name),
                        organisation_id=org.id,
                        contact_name=contact if rng.random() < 0.8 else "",
                        contact_email=f"{slugify(contact)}@example.org",
                        contact_phone=f"02405 {rng.randint(1000, 99999)}",
                        url=f"https://example.org/{run}/{number}" if rng.random() < 0.3 else "",
                        is_free=not costs,
                        fee=rng.choice(FEES).format(n=rng.randint(2, 90), k=rng.choice([5, 8, 10]))
                        if costs
                        else "",
                        eligibility=rng.choice(ELIGIBILITY),
                        schedule=schedule_text(rng),
                        accessibility=rng.choice(ACCESSIBILITY),
                        status="active" if state < 0.88 else "paused" if state < 0.96 else "ended",
                        last_confirmed=today - timedelta(days=int(rng.triangular(0, 700, 60))),
                        is_public=rng.random() < 0.97,
                        external_id=f"{PREFIX}{run}-{number}",
                    )
                )
                places = [place.id]
                if len(locations_of[org.id]) > 1 and rng.random() < 0.15:
                    places = list({loc.id for loc in locations_of[org.id][:2]})
                languages = [german] if german else []
                if kind.langs and rng.random() < 0.35:
                    languages += _pick(
                        rng,
                        rng.sample(kind.langs, rng.randint(1, min(2, len(kind.langs)))),
                        language_ids,
                    )
                links.append(
                    {
                        "locations": places,
                        "life_phases": _pick(rng, _sample(rng, kind.phases), phase_ids),
                        "forums": _pick(rng, _sample(rng, kind.forums), forum_ids),
                        "target_groups": _pick(rng, _sample(rng, kind.targets, 0), target_ids)
                        if kind.targets
                        else [],
                        "languages": languages or _pick(rng, [], language_ids),
                    }
                )
            ticks.append(time.perf_counter())
            _insert(Offering, batch, batch_size)
            ticks.append(time.perf_counter())
            for name, field in fields.items():
                pairs = [
                    (offering.id, target)
                    for offering, link in zip(batch, links, strict=True)
                    for target in set(link[name])
                ]
                _through_bulk(field, pairs, batch_size * 3)
            ticks.append(time.perf_counter())
            if parallel:
                offering_ids += [offering.id for offering in batch]
            else:
                refresh_search_index([offering.id for offering in batch])
            ticks.append(time.perf_counter())
            for step, (begin, end) in zip(spent, itertools.pairwise(ticks), strict=True):
                spent[step] += end - begin
            made += len(batch)
        lap(f"{made} offerings ({', '.join(f'{k} {v:.1f} s' for k, v in spent.items())})")
    if parallel:
        _refresh_in_parallel(refresh_search_index, offering_ids, workers)
        lap(f"search index in {workers} threads")
    _update_statistics(Offering, Location, Organisation, vacuum=not connection.in_atomic_block)
    lap("statistics")
    timings["total"] = sum(timings.values())
    return {"organisations": len(orgs), "locations": len(locations), "offerings": made,
            "timings": timings}  # fmt: skip


def clear():
    """Remove everything that ``generate`` made, and nothing else.

    Returns the number of offerings, locations and organisations removed.
    """
    from vielfalt.network.models import Organisation
    from vielfalt.offerings.facets import invalidate
    from vielfalt.offerings.models import Location, Offering

    with transaction.atomic():
        counts = {
            "offerings": _delete_in_bulk(Offering.objects.filter(external_id__startswith=PREFIX)),
            "locations": _delete_in_bulk(Location.objects.filter(external_id__startswith=PREFIX)),
            "organisations": Organisation.objects.filter(slug__startswith=PREFIX)
            .delete()[1]
            .get(Organisation._meta.label, 0),
        }
        invalidate()  # the bulk deletes sent no signals
    return counts


def _delete_in_bulk(queryset):
    """Delete by subquery, without fetching each row and sending its signals.

    The plain ORM delete loads every row and sends post_delete for each, which
    takes minutes for 100,000 offerings. Relation rows (M2M through tables and
    cascading foreign keys) go first; any other kind of reference (SET_NULL,
    PROTECT, ...) makes it fall back to the ORM delete, which knows those rules.
    """
    model = queryset.model
    pks = queryset.values("pk")
    references = [
        field
        for field in model._meta.get_fields(include_hidden=True)
        if field.auto_created and not field.concrete and (field.one_to_many or field.one_to_one)
    ]
    if any(field.on_delete is not models.CASCADE for field in references):
        return queryset.delete()[1].get(model._meta.label, 0)
    for field in references:
        related = field.related_model._base_manager.filter(**{f"{field.field.name}__in": pks})
        if field.related_model._meta.auto_created:
            related._raw_delete(related.db)
        else:
            related.delete()
    count = queryset.count()
    queryset._raw_delete(queryset.db)
    return count
