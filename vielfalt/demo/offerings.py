"""The Würselen demo offerings: invented, but the kind a town really has.

``load()`` writes them with update_or_create on the external_id "demo-…", so
loading twice changes nothing and duplicates nothing. It needs the demo
organisations and vocabularies (docs: DEMO_CONTRACT), which ``load_demo``
creates in its earlier steps.

The offerings cover every life phase, every district and every forum, in
several languages; some are paused, a few ended, a few not confirmed for so
long that the finder marks them. A few cells of the Präventionskette are left
empty on purpose, so that the coverage views have a gap to show: see GAPS.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from vielfalt.forums.models import Forum
from vielfalt.network.models import Organisation
from vielfalt.offerings.models import Location, Offering
from vielfalt.offerings.search import refresh_search_index
from vielfalt.vocabularies.models import District, Language, LifePhase, TargetGroup

from .wuerselen import CITY, FORUM_CODES, POSTAL_CODE

PREFIX = "demo-"

# Deliberate gaps: (life phase, forum) pairs with no demo offering at all.
# - 16-27 × Gesundheit: no health offering for young people in transition
# - Schwangerschaft × Sport und Freizeit: no sport or leisure for pregnant women
# - 0-3 × Sprache und Bildung: no early language support for the under-threes
GAPS = [
    ("16-27", "gesundheit"),
    ("schwangerschaft", "sport-und-freizeit"),
    ("0-3", "sprache-und-bildung"),
]

# Main district of each demo organisation, as in DEMO_CONTRACT.
ORGANISATION_DISTRICTS = {
    "stadt-wuerselen": "mitte",
    "uebergangsbuero": "mitte",
    "familienzentrum-sonnenblume": "morsbach",
    "kita-regenbogen": "broichweiden",
    "kita-pusteblume": "bardenberg",
    "grundschule-lindenplatz": "mitte",
    "grundschule-morsbach": "morsbach",
    "gesamtschule-wurmtal": "broichweiden",
    "berufskolleg-nord": "scherberg",
    "familienberatung-wurmtal": "mitte",
    "jugendtreff-scherberg": "scherberg",
    "sozialdienst-wurmtal": "weiden",
    "integrationsagentur-wurmtal": "mitte",
    "bildungswerk-wurmtal": "mitte",
    "hebammenpraxis-lindenplatz": "mitte",
    "kinderarztpraxis-morsbach": "morsbach",
    "gesundheitsdienst-nord": "euchen",
    "sv-pley": "pley",
    "tv-bardenberg": "bardenberg",
    "schwimmfreunde-wuerselen": "linden-neusen",
    "musikschule-wurmtal": "mitte",
    "deutsch-arabischer-kulturverein": "mitte",
    "ukrainische-gemeinschaft": "broichweiden",
    "moscheegemeinde-wurmtal": "morsbach",
    "ev-gemeinde-broichweiden": "broichweiden",
    "pfarrei-wurmtal": "bardenberg",
    "baeckerei-kornblume": "euchen",
    "logistik-aachener-kreuz": "weiden",
    "integrationsrat-demo": "mitte",
    "nachbarschaftshilfe-bissen": "bissen",
}

# Places used by several providers: key, name, street, district.
PLACES = [
    ("stadtbibliothek", "Stadtbibliothek Würselen", "Kaiserstraße 36", "mitte"),
    ("hallenbad", "Hallenbad Würselen", "Schwimmbadstraße 2", "linden-neusen"),
    ("buergerhaus-euchen", "Bürgerhaus Euchen", "Euchener Dorfstraße 8", "euchen"),
    ("pfarrheim-bissen", "Pfarrheim Bissen", "Bissener Straße 21", "bissen"),
    ("jugendheim-pley", "Jugendheim Pley", "Pleyer Straße 40", "pley"),
    ("turnhalle-weiden", "Turnhalle Weiden", "Weidener Straße 77", "weiden"),
    ("treff-scherberg", "Begegnungsstätte Scherberg", "Scherberger Straße 15", "scherberg"),
    ("zentrum-broichweiden", "Gemeindezentrum Broichweiden", "Kirchweg 3", "broichweiden"),
    ("halle-bardenberg", "Sporthalle Bardenberg", "Dorfstraße 60", "bardenberg"),
    ("stadtteilbuero-morsbach", "Stadtteilbüro Morsbach", "Morsbacher Straße 19", "morsbach"),
    ("buergertreff-linden", "Bürgertreff Linden-Neusen", "Neusener Straße 5", "linden-neusen"),
    ("rathaus", "Rathaus Würselen", "Morlaixplatz 1", "mitte"),
]


def entry(key, org, name, short, phases, forums, targets="", langs="de", **extra):
    """One demo offering; vocabularies as space-separated slugs (forums as codes)."""
    return {
        "key": key,
        "org": org,
        "name": name,
        "short": short,
        "phases": phases.split(),
        "forums": [FORUM_CODES[code] for code in forums.split()],
        "targets": targets.split(),
        "langs": langs.split(),
        **extra,
    }


# Extra keys: at (a PLACES key, else the provider's own address), when
# (schedule), fee, desc, status, stale (not confirmed past the grace period),
# due (confirmation due, not yet stale), contact, elig, access.
# fmt: off
OFFERINGS = [
    # Stadt Würselen – Koordinierungsstelle
    entry("willkommensbesuch", "stadt-wuerselen", "Willkommensbesuch für Neugeborene", "Eine Fachkraft der Stadt besucht Familien nach der Geburt und bringt Informationen und ein kleines Geschenk mit.", "0-3", "GE SW", "eltern alleinerziehende", "de en ar tr", when="nach Vereinbarung", desc="Der Besuch ist freiwillig und kostenlos. Wir erzählen, welche Angebote es für Familien in Würselen gibt: Krabbelgruppen, Elterncafés, Beratung. Auf Wunsch kommt eine Dolmetscherin mit."),
    entry("familienbuero", "stadt-wuerselen", "Familienbüro: Beratung zu Kita-Platz und Elterngeld", "Hilfe bei der Suche nach einem Kita-Platz, beim Elterngeld und bei Anträgen für Familien.", "0-3 3-6 erwachsene", "SW", "eltern alleinerziehende neuzugewanderte", "de en", at="rathaus", when="montags und donnerstags 9–12 Uhr, donnerstags auch 14–17 Uhr"),
    entry("praeventionskette-fachtag", "stadt-wuerselen", "Fachtag Präventionskette", "Ein Tag für Fachkräfte aus Kita, Schule, Jugendhilfe und Gesundheit: Austausch über die Angebote entlang der Lebensphasen.", "0-3 3-6 6-10 10-16", "GE SW", "fachkraefte", at="rathaus", when="einmal im Jahr im Herbst"),
    entry("ferienspiele", "stadt-wuerselen", "Würselener Ferienspiele", "Drei Wochen Spiel, Ausflüge und Basteln in den Sommerferien für Kinder von 6 bis 12 Jahren.", "6-10 10-16", "SF", "kinder", at="halle-bardenberg", when="in den ersten drei Wochen der Sommerferien, 8–16 Uhr", fee="45 € pro Woche, mit Würselen-Pass 10 €", elig="Kinder mit Wohnsitz in Würselen"),
    entry("bibliothek-vorlesen", "stadt-wuerselen", "Mehrsprachige Vorlesestunde in der Stadtbibliothek", "Geschichten auf Deutsch und in einer zweiten Sprache für Kinder ab 3 Jahren und ihre Eltern.", "3-6 6-10", "SB", "kinder eltern", "de ar tr uk", at="stadtbibliothek", when="jeden zweiten Samstag, 11–12 Uhr"),
    entry("bibliothek-lesestart", "stadt-wuerselen", "Lesestart-Sets für Dreijährige", "In der Bibliothek bekommen Familien mit dreijährigen Kindern ein kostenloses Buchpaket mit Tipps zum Vorlesen.", "3-6", "SB", "kinder eltern", "de ar tr ru", at="stadtbibliothek", when="zu den Öffnungszeiten der Bibliothek"),
    entry("computer-senioren", "stadt-wuerselen", "Smartphone-Sprechstunde für Ältere", "Junge Ehrenamtliche erklären Handy, Tablet und Videotelefonie, in Ruhe und Schritt für Schritt.", "aeltere", "SB SW", "", "de", at="stadtbibliothek", when="jeden ersten Mittwoch im Monat, 15–17 Uhr"),
    entry("seniorenberatung", "stadt-wuerselen", "Seniorenberatung der Stadt", "Beratung zu Pflege, Wohnen im Alter, Hilfen im Haushalt und Freizeitangeboten für ältere Menschen.", "aeltere", "SW GE", "menschen-mit-behinderung", "de", at="rathaus", when="dienstags 9–12 Uhr und nach Vereinbarung", due=True),
    # Übergangsbüro Schule–Beruf
    entry("uebergang-sprechstunde", "uebergangsbuero", "Sprechstunde Übergang Schule–Beruf", "Beratung für junge Menschen, die nicht wissen, wie es nach der Schule weitergeht.", "16-27", "AM SB", "jugendliche", "de en ar", when="dienstags 14–18 Uhr", desc="Wir sprechen über Praktikum, Ausbildung, Studium, Freiwilligendienst und Hilfen auf dem Weg. Eltern sind willkommen."),
    entry("ausbildungsboerse", "uebergangsbuero", "Würselener Ausbildungsbörse", "Über 40 Betriebe aus Würselen und der Region stellen ihre Ausbildungsplätze vor.", "10-16 16-27", "AM", "jugendliche eltern", at="rathaus", when="einmal im Jahr im März, Samstag 10–14 Uhr"),
    entry("bewerbungstraining-jugend", "uebergangsbuero", "Bewerbungstraining für Jugendliche", "Lebenslauf, Anschreiben und Vorstellungsgespräch: wir üben zusammen, mit Fotos für die Bewerbung.", "16-27", "AM SB", "jugendliche", "de ar uk", when="Kurs mit 4 Terminen, mittwochs 15–17 Uhr"),
    entry("praktikumsboerse", "uebergangsbuero", "Praktikumsbörse für Schülerinnen und Schüler", "Freie Praktikumsplätze in Würselener Betrieben, mit Hilfe bei der Bewerbung.", "10-16", "AM", "jugendliche", when="laufend, Beratung dienstags 14–18 Uhr"),
    entry("jobcafe-zugewanderte", "uebergangsbuero", "Jobcafé für Zugewanderte", "Offene Beratung zu Arbeit, Anerkennung von Abschlüssen und Weiterbildung, bei Kaffee und Tee.", "erwachsene 16-27", "AM", "neuzugewanderte gefluechtete", "de ar uk ru ro", at="buergertreff-linden", when="jeden zweiten Donnerstag, 10–12 Uhr", status="paused"),
    # Familienzentrum Sonnenblume (Morsbach)
    entry("elterncafe-sonnenblume", "familienzentrum-sonnenblume", "Elterncafé Sonnenblume", "Ein offener Treffpunkt für Eltern, mit Kaffee, Spielecke und Zeit für Fragen.", "0-3 3-6 erwachsene", "SW", "eltern", "de ar tr", when="mittwochs 8:30–10 Uhr", desc="Jede Woche ist eine Fachkraft da, manchmal kommen Gäste: die Hebamme, die Familienberatung, die Schuldnerberatung."),
    entry("krabbelgruppe-sonnenblume", "familienzentrum-sonnenblume", "Krabbelgruppe Sonnenblume", "Eltern mit Babys von 6 bis 18 Monaten treffen sich zum Spielen, Singen und Austauschen.", "0-3", "SF SW", "eltern kinder", "de tr", when="dienstags 9:30–11 Uhr"),
    entry("sprachfoerderung-sonnenblume", "familienzentrum-sonnenblume", "Sprachförderung im Kita-Alltag", "Spielerisch Deutsch lernen in kleinen Gruppen, mit Ideen für Eltern zu Hause.", "3-6", "SB", "kinder eltern", "de ar tr", when="täglich im Kita-Alltag"),
    entry("rucksack-sonnenblume", "familienzentrum-sonnenblume", "Rucksack-Elternkurs", "Eltern lernen, wie sie die Sprache ihres Kindes stärken, in Deutsch und in der Familiensprache.", "3-6 erwachsene", "SB", "eltern neuzugewanderte", "de ar tr ku", when="freitags 9–11 Uhr"),
    entry("babymassage-sonnenblume", "familienzentrum-sonnenblume", "Babymassage", "Sanfte Massage für Babys: Nähe, Ruhe und Entspannung für Kind und Eltern.", "0-3", "GE", "eltern", when="Kurs mit 5 Terminen, montags 10–11 Uhr", fee="30 € für 5 Termine"),
    entry("familienberatung-sonnenblume", "familienzentrum-sonnenblume", "Sprechstunde der Familienberatung im Familienzentrum", "Die Familien- und Erziehungsberatung kommt einmal im Monat ins Familienzentrum.", "0-3 3-6 erwachsene", "GE", "eltern alleinerziehende", when="jeden ersten Donnerstag im Monat, 14–16 Uhr"),
    entry("stadtteilfest-morsbach", "familienzentrum-sonnenblume", "Stadtteilfest Morsbach", "Essen, Musik und Spiele für alle Nachbarinnen und Nachbarn in Morsbach.", "3-6 6-10 erwachsene aeltere", "SW KR", "kinder eltern", "de tr ar", at="stadtteilbuero-morsbach", when="einmal im Jahr im Juni"),
    # Kita Regenbogen (Broichweiden)
    entry("elterncafe-regenbogen", "kita-regenbogen", "Internationales Elterncafé Regenbogen", "Eltern aus vielen Ländern treffen sich, reden und lernen die Kita besser kennen.", "3-6 erwachsene", "SW SB", "eltern neuzugewanderte", "de ar uk ru", when="donnerstags 14:30–16 Uhr"),
    entry("kita-einstieg-regenbogen", "kita-regenbogen", "Kita-Einstieg: Spielgruppe vor der Kita", "Kinder, die noch keinen Kita-Platz haben, lernen in einer Spielgruppe die Kita kennen.", "3-6", "SB SW", "kinder gefluechtete neuzugewanderte", "de ar uk fa", when="montags und mittwochs 9–11:30 Uhr"),
    entry("vaeter-regenbogen", "kita-regenbogen", "Vater-Kind-Samstag", "Väter und Kinder bauen, kochen und toben zusammen.", "3-6 6-10", "SF", "eltern kinder", when="jeden letzten Samstag im Monat, 10–13 Uhr"),
    entry("bewegung-regenbogen", "kita-regenbogen", "Bewegungsbaustelle", "Klettern, Balancieren und Rutschen in der Turnhalle der Kita, offen auch für Kinder aus der Nachbarschaft.", "3-6", "SF GE", "kinder", when="freitags 15–16:30 Uhr", status="paused"),
    entry("zahnputz-regenbogen", "kita-regenbogen", "Zahngesundheit in der Kita", "Einmal im Jahr zeigt der Gesundheitsdienst den Kindern, wie Zähneputzen geht.", "3-6", "GE", "kinder", when="einmal im Jahr"),
    # Kita Pusteblume (Bardenberg)
    entry("krabbelgruppe-pusteblume", "kita-pusteblume", "Krabbelgruppe Pusteblume", "Spielen, Singen und andere Eltern kennenlernen, für Kinder bis 3 Jahre.", "0-3", "SF SW", "eltern kinder", when="montags 9:30–11 Uhr"),
    entry("elternkurs-pusteblume", "kita-pusteblume", "Elternkurs Starke Eltern – Starke Kinder", "Ein Kurs für mehr Gelassenheit im Familienalltag, mit Austausch unter Eltern.", "3-6 6-10 erwachsene", "GE SB", "eltern alleinerziehende", when="Kurs mit 8 Terminen, dienstags 19–21 Uhr", fee="20 € für den Kurs, ermäßigt kostenlos"),
    entry("waldtag-pusteblume", "kita-pusteblume", "Waldtag für Kita-Kinder", "Einmal in der Woche geht eine Gruppe in den Wald am Wurmtal.", "3-6", "SF", "kinder", when="mittwochs vormittags"),
    entry("sprachfoerderung-pusteblume", "kita-pusteblume", "Sprachförderung Pusteblume", "Alltagsintegrierte Sprachbildung mit Büchern, Liedern und Reimen.", "3-6", "SB", "kinder", when="täglich im Kita-Alltag"),
    entry("lesepaten-pusteblume", "kita-pusteblume", "Lesepatinnen in der Kita", "Ältere Ehrenamtliche lesen den Kindern vor, auf Deutsch und Polnisch.", "3-6 aeltere", "SB KR", "kinder", "de pl", when="donnerstags 10–11 Uhr", stale=True),
    # Grundschule am Lindenplatz (Mitte)
    entry("hausaufgaben-lindenplatz", "grundschule-lindenplatz", "Hausaufgabenhilfe am Lindenplatz", "Ehrenamtliche helfen Kindern der Klassen 1 bis 4 bei den Hausaufgaben.", "6-10", "SB", "kinder", "de ar", when="montags bis donnerstags 13:30–15 Uhr"),
    entry("lernfoerderung-lindenplatz", "grundschule-lindenplatz", "Lernförderung Deutsch und Mathe", "Förderung in kleinen Gruppen, wenn es in Deutsch oder Mathe nicht so gut läuft.", "6-10", "SB", "kinder", when="dienstags und donnerstags 14–15 Uhr", elig="Kosten über das Bildungs- und Teilhabepaket"),
    entry("elterncafe-lindenplatz", "grundschule-lindenplatz", "Elterncafé an der Grundschule", "Eltern erfahren, wie Schule in Deutschland funktioniert, und lernen andere Eltern kennen.", "6-10 erwachsene", "SB SW", "eltern neuzugewanderte", "de ar tr uk", when="jeden ersten Freitag im Monat, 8–9:30 Uhr"),
    entry("theater-lindenplatz", "grundschule-lindenplatz", "Theater-AG", "Kinder schreiben eigene Stücke und stehen am Schuljahresende auf der Bühne.", "6-10", "KR SB", "kinder", when="mittwochs 14–15:30 Uhr"),
    entry("vielfalt-projektwoche", "grundschule-lindenplatz", "Projektwoche Alle Kinder dieser Welt", "Eine Woche gegen Vorurteile: Kinder erzählen von ihren Sprachen, Festen und Familien.", "6-10", "RD KR", "kinder", "de ar tr", when="einmal im Jahr im Mai"),
    # Grundschule Morsbach
    entry("ogs-morsbach", "grundschule-morsbach", "Offene Ganztagsschule Morsbach", "Betreuung nach dem Unterricht mit Mittagessen, Hausaufgabenzeit und AGs.", "6-10", "SB SF", "kinder", when="montags bis freitags 11:30–16 Uhr", fee="nach Einkommen der Eltern, 0 bis 180 € im Monat"),
    entry("hausaufgaben-morsbach", "grundschule-morsbach", "Hausaufgabenhilfe auf Türkisch und Deutsch", "Zweisprachige Hilfe bei den Hausaufgaben, mit Müttern aus dem Stadtteil.", "6-10", "SB", "kinder", "de tr", when="dienstags und donnerstags 14–15:30 Uhr"),
    entry("fussball-ag-morsbach", "grundschule-morsbach", "Fußball-AG für Mädchen", "Fußball nur für Mädchen, mit einer Trainerin des SV Pley.", "6-10", "SF", "kinder frauen-und-maedchen", at="stadtteilbuero-morsbach", when="freitags 14–15 Uhr"),
    entry("schulsozialarbeit-morsbach", "grundschule-morsbach", "Schulsozialarbeit Morsbach", "Ansprechpartnerin für Kinder und Eltern bei Sorgen in der Schule oder zu Hause.", "6-10 erwachsene", "SW GE", "kinder eltern", "de en", when="montags bis freitags 8–13 Uhr"),
    entry("lesefoerderung-morsbach", "grundschule-morsbach", "Leseclub", "Bücher entdecken, vorlesen und über Geschichten sprechen.", "6-10", "SB", "kinder", when="mittwochs 14–15 Uhr", status="ended"),
    # Gesamtschule Wurmtal (Broichweiden)
    entry("berufsorientierung-wurmtal", "gesamtschule-wurmtal", "Berufsorientierung ab Klasse 8", "Potenzialanalyse, Betriebsbesuche und Praktikum: Schritt für Schritt zum passenden Beruf.", "10-16", "AM SB", "jugendliche", when="im Unterricht der Klassen 8 bis 10"),
    entry("lernbuero-wurmtal", "gesamtschule-wurmtal", "Lernbüro: Hausaufgabenhilfe für die Klassen 5 bis 7", "Ältere Schülerinnen und Schüler helfen Jüngeren bei Hausaufgaben und beim Lernen.", "10-16", "SB", "jugendliche", "de ar uk", when="montags bis donnerstags 14–15:30 Uhr"),
    entry("seiteneinsteiger-wurmtal", "gesamtschule-wurmtal", "Deutschförderung für Seiteneinsteiger", "Jugendliche, die neu nach Deutschland gekommen sind, lernen Deutsch in einer eigenen Klasse.", "10-16", "SB", "jugendliche neuzugewanderte gefluechtete", "de uk ar fa ti", when="täglich im Unterricht"),
    entry("schule-ohne-rassismus", "gesamtschule-wurmtal", "Schule ohne Rassismus – Schule mit Courage", "Schülerinnen und Schüler organisieren Projekttage und Aktionen gegen Diskriminierung.", "10-16", "RD", "jugendliche", when="AG donnerstags 14–15:30 Uhr"),
    entry("streitschlichtung-wurmtal", "gesamtschule-wurmtal", "Streitschlichtung", "Ausgebildete Schülerinnen und Schüler helfen bei Streit, ohne Lehrkräfte.", "10-16", "RD SW", "jugendliche", when="in den großen Pausen"),
    entry("bigband-wurmtal", "gesamtschule-wurmtal", "Schulband", "Rock, Pop und Jazz: proben, auftreten, zusammen Musik machen.", "10-16", "KR SF", "jugendliche", when="dienstags 15–17 Uhr"),
    entry("suchtpraevention-wurmtal", "gesamtschule-wurmtal", "Suchtprävention in Klasse 7", "Workshops über Alkohol, Nikotin und Medien, mit dem Gesundheitsdienst.", "10-16", "GE", "jugendliche", when="einmal im Schuljahr"),
    # Berufskolleg Würselen-Nord (Scherberg)
    entry("ausbildungsvorbereitung-bk", "berufskolleg-nord", "Ausbildungsvorbereitung mit Praktikum", "Ein Schuljahr mit Praktikum in einem Betrieb, für junge Menschen ohne Ausbildungsplatz.", "16-27", "AM SB", "jugendliche", when="Schuljahr ab August"),
    entry("internationale-foerderklasse", "berufskolleg-nord", "Internationale Förderklasse", "Deutsch lernen und einen Schulabschluss machen, für junge Zugewanderte von 16 bis 18 Jahren.", "16-27", "SB AM", "jugendliche neuzugewanderte gefluechtete", "de ar fa ti uk", when="Schuljahr ab August, Einstieg auch im Februar"),
    entry("bewerbungscafe-bk", "berufskolleg-nord", "Bewerbungscafé", "Hilfe bei Bewerbungen für Ausbildung und Job, mit Computer und Drucker.", "16-27", "AM", "jugendliche", "de en", when="mittwochs 13–15 Uhr"),
    entry("mentoring-bk", "berufskolleg-nord", "Mentoring Schule–Beruf", "Ehrenamtliche Mentorinnen und Mentoren begleiten junge Menschen bis in die Ausbildung.", "16-27", "SB AM", "jugendliche", "de ar en", when="nach Vereinbarung"),
    # Familien- und Erziehungsberatung Wurmtal (Mitte)
    entry("familienberatung", "familienberatung-wurmtal", "Familienberatung", "Beratung für Familien in schwierigen Zeiten, kostenlos und vertraulich.", "0-3 3-6 6-10 10-16 erwachsene", "GE SW", "eltern alleinerziehende", "de en tr", when="montags bis freitags nach Vereinbarung", desc="Ob Streit, Sorgen um ein Kind, Trennung oder Überforderung: wir hören zu und suchen mit Ihnen nach Lösungen. Die Beratung ist kostenlos und unterliegt der Schweigepflicht."),
    entry("erziehungsberatung-arabisch", "familienberatung-wurmtal", "Erziehungsberatung auf Arabisch", "Eine arabischsprachige Beraterin berät Eltern zu Erziehung und Schule.", "3-6 6-10 10-16 erwachsene", "GE", "eltern gefluechtete", "ar de", when="dienstags 14–17 Uhr nach Vereinbarung"),
    entry("trennungsberatung", "familienberatung-wurmtal", "Beratung bei Trennung und Scheidung", "Hilfe für Eltern, damit Kinder gut durch die Trennung kommen.", "erwachsene", "GE", "eltern alleinerziehende", "de", when="nach Vereinbarung"),
    entry("kinder-im-blick", "familienberatung-wurmtal", "Kurs Kinder im Blick", "Ein Kurs für getrennte Eltern: gut miteinander reden, dem Kind zuliebe.", "erwachsene", "GE SW", "eltern alleinerziehende", when="Kurs mit 6 Terminen, donnerstags 18–20:30 Uhr", fee="60 € für den Kurs, ermäßigt 20 €"),
    entry("jugendberatung", "familienberatung-wurmtal", "Beratung für Jugendliche", "Jugendliche können allein kommen, auch ohne dass die Eltern es wissen.", "10-16", "GE", "jugendliche", "de en", when="mittwochs 15–18 Uhr offene Sprechstunde"),
    entry("familienberatung-euchen", "familienberatung-wurmtal", "Außensprechstunde der Familienberatung in Euchen", "Einmal im Monat berät die Familienberatung im Bürgerhaus Euchen.", "0-3 3-6 6-10 erwachsene", "GE SW", "eltern", at="buergerhaus-euchen", when="jeden dritten Dienstag im Monat, 9–12 Uhr"),
    # Offener Jugendtreff Scherberg
    entry("jugendtreff-offen", "jugendtreff-scherberg", "Offener Jugendtreff Scherberg", "Billard, Kicker, Kochen, Musik und jemand, der zuhört, für Jugendliche ab 10 Jahren.", "10-16 16-27", "SF SW", "jugendliche", "de ar tr", when="dienstags bis freitags 15–20 Uhr"),
    entry("maedchentag-scherberg", "jugendtreff-scherberg", "Mädchentag", "Ein Nachmittag nur für Mädchen: kochen, reden, Ausflüge, Selbstbehauptung.", "10-16", "SF RD", "jugendliche frauen-und-maedchen", "de ar", when="mittwochs 15–19 Uhr"),
    entry("hausaufgaben-jugendtreff", "jugendtreff-scherberg", "Hausaufgabenhilfe im Jugendtreff", "Hilfe bei Hausaufgaben und Referaten, mit Computern und Drucker.", "10-16", "SB", "jugendliche", "de ar tr", when="dienstags und donnerstags 15–17 Uhr"),
    entry("ferienprogramm-jugendtreff", "jugendtreff-scherberg", "Ferienprogramm im Jugendtreff", "Ausflüge, Workshops und Übernachtungen in den Oster-, Sommer- und Herbstferien.", "10-16", "SF", "jugendliche", when="in den Schulferien", fee="Ausflüge 5 bis 15 €"),
    entry("hiphop-scherberg", "jugendtreff-scherberg", "Hip-Hop-Tanz", "Tanzen mit einem Trainer aus der Szene, ohne Vorkenntnisse.", "10-16 16-27", "SF KR", "jugendliche", when="freitags 17–19 Uhr"),
    entry("nachbarschaftstreff-scherberg", "jugendtreff-scherberg", "Nachbarschaftstreff Scherberg", "Nachbarinnen und Nachbarn planen zusammen, was im Stadtteil besser werden soll.", "erwachsene aeltere", "SW", "", "de ar tr", at="treff-scherberg", when="jeden ersten Montag im Monat, 18–19:30 Uhr"),
    # Sozialdienst Wurmtal e. V. (Weiden)
    entry("schuldnerberatung", "sozialdienst-wurmtal", "Schuldnerberatung", "Hilfe, wenn die Schulden über den Kopf wachsen: wir schauen gemeinsam auf Ihre Finanzen.", "erwachsene", "SW", "alleinerziehende", "de tr ru", when="nach Vereinbarung, offene Sprechstunde montags 9–11 Uhr"),
    entry("wohnungsberatung", "sozialdienst-wurmtal", "Wohnungsberatung", "Hilfe bei Wohnungssuche, Mietvertrag, Nebenkosten und Wohnberechtigungsschein.", "erwachsene", "SW", "gefluechtete alleinerziehende", "de ar uk fa", when="dienstags 9–12 Uhr"),
    entry("kleiderkammer-weiden", "sozialdienst-wurmtal", "Kleiderkammer Weiden", "Gut erhaltene Kleidung für Kinder und Erwachsene gegen eine kleine Spende.", "0-3 3-6 6-10 erwachsene", "SW", "eltern gefluechtete", when="donnerstags 10–13 Uhr"),
    entry("fruehe-hilfen-weiden", "sozialdienst-wurmtal", "Frühe Hilfen: Familienhebamme", "Eine Familienhebamme begleitet Schwangere und junge Familien in belastenden Lagen, zu Hause.", "schwangerschaft 0-3", "GE SW", "eltern alleinerziehende frauen-und-maedchen", "de en ar", when="nach Vereinbarung"),
    entry("mittagstisch-weiden", "sozialdienst-wurmtal", "Mittagstisch für Ältere", "Ein warmes Mittagessen in Gesellschaft, auch mit Abholdienst.", "aeltere", "SW GE", "", when="montags, mittwochs und freitags 12–13:30 Uhr", fee="4,50 € pro Essen"),
    entry("eltern-kind-weiden", "sozialdienst-wurmtal", "Eltern-Kind-Gruppe Weiden", "Spielen und Austausch für Familien mit Kindern bis 3 Jahre.", "0-3", "SF SW", "eltern kinder", "de ar", at="turnhalle-weiden", when="dienstags 10–11:30 Uhr", stale=True),
    entry("betreuungsverein", "sozialdienst-wurmtal", "Beratung zu Vorsorgevollmacht und Betreuung", "Wir erklären Vorsorgevollmacht, Patientenverfügung und rechtliche Betreuung.", "aeltere erwachsene", "SW GE", "menschen-mit-behinderung", when="jeden zweiten Mittwoch, 14–16 Uhr"),
    # Integrationsagentur Wurmtal (Mitte)
    entry("migrationsberatung", "integrationsagentur-wurmtal", "Migrationsberatung für Erwachsene", "Beratung für Menschen, die neu in Deutschland sind: Sprache, Arbeit, Wohnen und Behörden.", "erwachsene", "SW", "neuzugewanderte gefluechtete", "de ar ru pl ro bg", when="montags bis donnerstags 9–12 Uhr, dienstags auch 14–17 Uhr"),
    entry("beratung-gefluechtete", "integrationsagentur-wurmtal", "Beratung für Geflüchtete", "Hilfe bei Asylverfahren, Aufenthalt, Briefen von Ämtern und der Suche nach Sprachkursen.", "erwachsene 16-27", "SW RD", "gefluechtete", "de ar fa ku ti uk", when="dienstags und donnerstags 10–13 Uhr"),
    entry("jugendmigrationsdienst", "integrationsagentur-wurmtal", "Jugendmigrationsdienst", "Beratung für junge Zugewanderte von 12 bis 27 Jahren zu Schule, Ausbildung und Alltag.", "10-16 16-27", "SB AM SW", "jugendliche neuzugewanderte", "de ar uk fa en", when="mittwochs 13–17 Uhr"),
    entry("antidiskriminierung", "integrationsagentur-wurmtal", "Antidiskriminierungsberatung", "Unterstützung nach Erfahrungen mit Rassismus und Benachteiligung, bei der Wohnungssuche, im Job oder bei Ämtern.", "erwachsene 16-27", "RD", "gefluechtete neuzugewanderte", "de ar tr en fr", when="nach Vereinbarung", desc="Wir hören zu, dokumentieren den Vorfall und begleiten Sie, wenn Sie sich wehren möchten, zum Beispiel mit einem Brief oder einem Gespräch. Die Beratung ist vertraulich."),
    entry("sprachmittler-pool", "integrationsagentur-wurmtal", "Sprachmittlung für Beratung und Elterngespräche", "Ehrenamtliche Sprachmittlerinnen begleiten zu Gesprächen in Kita, Schule und Beratung.", "erwachsene", "SW SB", "neuzugewanderte gefluechtete fachkraefte", "de ar tr fa ku ti uk ru", when="nach Anfrage, mindestens eine Woche vorher"),
    entry("interkulturelle-fortbildung", "integrationsagentur-wurmtal", "Fortbildung Interkulturelle Öffnung", "Fortbildung für Fachkräfte aus Kita, Schule und Verwaltung: Vielfalt verstehen und gut damit arbeiten.", "erwachsene", "RD", "fachkraefte", when="zweimal im Jahr, jeweils ein Tag"),
    entry("frauencafe-international", "integrationsagentur-wurmtal", "Internationales Frauencafé", "Frauen aus vielen Ländern treffen sich, reden, lachen und helfen sich gegenseitig.", "erwachsene", "SW KR", "frauen-und-maedchen neuzugewanderte", "de ar fa tr uk", at="stadtbibliothek", when="freitags 9:30–11:30 Uhr, mit Kinderbetreuung"),
    # Bildungswerk Wurmtal (Mitte)
    entry("integrationskurs", "bildungswerk-wurmtal", "Integrationskurs", "Deutschkurs und Orientierungskurs mit Abschlussprüfung, am Vormittag.", "erwachsene 16-27", "SB", "neuzugewanderte gefluechtete", "de ar uk", when="montags bis freitags 8:30–11:45 Uhr", elig="Berechtigungsschein vom Bundesamt für Migration und Flüchtlinge oder Selbstzahlende", fee="2,29 € pro Unterrichtsstunde, mit Berechtigung kostenlos"),
    entry("integrationskurs-alpha", "bildungswerk-wurmtal", "Integrationskurs mit Alphabetisierung", "Lesen und Schreiben lernen und dabei Deutsch lernen, in kleinen Gruppen.", "erwachsene", "SB", "neuzugewanderte gefluechtete", "de ar fa ti ku", when="montags bis freitags 8:30–11:45 Uhr", elig="Berechtigungsschein vom Bundesamt für Migration und Flüchtlinge"),
    entry("elternintegrationskurs", "bildungswerk-wurmtal", "Elternintegrationskurs mit Kinderbetreuung", "Integrationskurs am Vormittag für Eltern, während die Kinder betreut werden.", "erwachsene", "SB", "eltern neuzugewanderte frauen-und-maedchen", "de ar uk tr", when="montags bis donnerstags 9–12 Uhr"),
    entry("sprachkurs-eltern", "bildungswerk-wurmtal", "Sprachkurs für Eltern", "Deutsch für den Alltag mit Kindern: Kita, Schule, Arzt und Elterngespräche.", "erwachsene", "SB", "eltern neuzugewanderte", "de ar tr ru", at="buergerhaus-euchen", when="dienstags und donnerstags 9–11 Uhr", fee="40 € im Halbjahr, ermäßigt 10 €"),
    entry("sprachkurs-abends", "bildungswerk-wurmtal", "Sprachkurs Deutsch B1 am Abend", "Deutsch B1 für Berufstätige, mit Prüfung am Ende.", "erwachsene 16-27", "SB AM", "neuzugewanderte", "de", when="montags und mittwochs 18–21 Uhr", fee="180 € für 12 Wochen"),
    entry("berufssprachkurs", "bildungswerk-wurmtal", "Berufssprachkurs Pflege", "Deutsch für die Arbeit in der Pflege, mit Praktikum in einem Pflegeheim.", "erwachsene", "SB AM", "neuzugewanderte fachkraefte", "de", when="Vollzeit, 6 Monate", status="paused"),
    entry("sprachcafe-bibliothek", "bildungswerk-wurmtal", "Sprachcafé", "Deutsch sprechen üben, ganz ohne Prüfung, bei Kaffee und Tee.", "erwachsene 16-27 aeltere", "SB KR", "neuzugewanderte gefluechtete", "de uk ar es it", at="stadtbibliothek", when="mittwochs 17–18:30 Uhr"),
    entry("deutschkurs-ukrainisch", "bildungswerk-wurmtal", "Deutschkurs für Ukrainerinnen und Ukrainer", "Deutsch von Anfang an, mit einer Lehrerin, die auch Ukrainisch spricht.", "erwachsene", "SB", "gefluechtete", "de uk ru", at="zentrum-broichweiden", when="dienstags und freitags 10–12:30 Uhr", stale=True),
    entry("kochkurs-familien", "bildungswerk-wurmtal", "Kochkurs Gesund und günstig", "Familien kochen zusammen gesunde Gerichte für wenig Geld.", "erwachsene 6-10", "GE", "eltern kinder", "de ar tr", at="buergertreff-linden", when="Kurs mit 4 Terminen, samstags 10–13 Uhr", fee="10 € für alle Termine"),
    entry("computerkurs-frauen", "bildungswerk-wurmtal", "Computerkurs für Frauen", "Erste Schritte mit Computer, E-Mail und Online-Formularen, nur für Frauen.", "erwachsene", "SB AM", "frauen-und-maedchen", "de ar", when="donnerstags 9–11:30 Uhr", fee="25 € für 8 Termine", status="ended"),
    # Hebammenpraxis am Lindenplatz
    entry("hebammensprechstunde", "hebammenpraxis-lindenplatz", "Hebammensprechstunde", "Offene Sprechstunde für Schwangere und junge Eltern: Fragen zu Schwangerschaft, Geburt und Wochenbett.", "schwangerschaft 0-3", "GE", "eltern frauen-und-maedchen", "de en", when="mittwochs 10–12 Uhr, ohne Anmeldung", desc="Sie haben noch keine Hebamme? Kommen Sie vorbei. Wir beantworten Fragen und helfen bei der Suche nach einer Hebamme für die Zeit nach der Geburt."),
    entry("hebammensprechstunde-arabisch", "hebammenpraxis-lindenplatz", "Hebammensprechstunde mit Dolmetscherin", "Hebammensprechstunde mit einer Dolmetscherin für Arabisch und Persisch.", "schwangerschaft 0-3", "GE", "frauen-und-maedchen gefluechtete", "de ar fa", when="jeden zweiten Freitag, 10–12 Uhr"),
    entry("geburtsvorbereitung", "hebammenpraxis-lindenplatz", "Geburtsvorbereitungskurs", "Gut vorbereitet auf die Geburt: Atmung, Haltung, Ablauf, für Frauen und Paare.", "schwangerschaft", "GE", "frauen-und-maedchen eltern", "de en", when="Kurs mit 7 Terminen, dienstags 18–20 Uhr", fee="Kosten übernimmt die Krankenkasse; Partnergebühr 80 €"),
    entry("rueckbildung", "hebammenpraxis-lindenplatz", "Rückbildungskurs mit Baby", "Übungen für den Beckenboden nach der Geburt; Babys dürfen mitkommen.", "0-3", "GE", "frauen-und-maedchen", when="Kurs mit 8 Terminen, montags 10–11 Uhr", fee="Kosten übernimmt die Krankenkasse"),
    entry("stillgruppe", "hebammenpraxis-lindenplatz", "Stillgruppe", "Mütter tauschen sich über Stillen, Schlaf und Beikost aus, mit einer Hebamme.", "0-3", "GE", "eltern frauen-und-maedchen", "de tr", when="jeden ersten und dritten Donnerstag, 10–11:30 Uhr"),
    entry("schwangerschaftsyoga", "hebammenpraxis-lindenplatz", "Yoga in der Schwangerschaft", "Sanfte Übungen für Rücken und Atmung, von einer Hebamme angeleitet.", "schwangerschaft", "GE", "frauen-und-maedchen", when="mittwochs 18–19:15 Uhr", fee="90 € für 8 Termine"),
    # Kinderarztpraxis Morsbach
    entry("vorsorge-sprechstunde", "kinderarztpraxis-morsbach", "Sprechstunde für Vorsorge und Impfungen", "Vorsorgeuntersuchungen U1 bis J2 und Impfungen; wir erklären, was Ihr Kind wann braucht.", "0-3 3-6 6-10 10-16", "GE", "kinder eltern", "de en tr", when="montags bis freitags 8–11 Uhr nach Termin"),
    entry("neuzugewanderte-sprechstunde", "kinderarztpraxis-morsbach", "Sprechstunde für neu zugewanderte Familien", "Erste Untersuchung und Impfstatus für Kinder, die neu in Deutschland sind.", "0-3 3-6 6-10 10-16", "GE", "kinder gefluechtete neuzugewanderte", "de ar uk ru", when="dienstags 14–16 Uhr"),
    entry("elternabend-medien", "kinderarztpraxis-morsbach", "Elternabend Kinder und Bildschirme", "Wie viel Handy und Fernsehen ist gut? Ein Kinderarzt beantwortet Fragen.", "3-6 6-10", "GE SB", "eltern", at="stadtteilbuero-morsbach", when="zweimal im Jahr, abends"),
    entry("sprachentwicklung", "kinderarztpraxis-morsbach", "Beratung zur Sprachentwicklung", "Spricht mein Kind genug? Beratung zu Sprachentwicklung und Mehrsprachigkeit.", "3-6", "GE SB", "eltern kinder", "de tr ar", when="nach Vereinbarung"),
    # Gesundheitsdienst Nord (Euchen)
    entry("schuleingangsuntersuchung", "gesundheitsdienst-nord", "Schuleingangsuntersuchung", "Vor der Einschulung untersucht der Gesundheitsdienst alle Kinder und berät die Eltern.", "3-6", "GE", "kinder eltern", "de en ar", when="im Jahr vor der Einschulung, mit Einladung"),
    entry("zahngesundheit", "gesundheitsdienst-nord", "Zahnärztlicher Dienst in Kitas und Schulen", "Zahnärztinnen des Gesundheitsdienstes schauen Kindern in Kita und Schule in den Mund.", "3-6 6-10", "GE", "kinder", "de", when="einmal im Jahr"),
    entry("impfberatung", "gesundheitsdienst-nord", "Impfberatung", "Kostenlose Beratung und Impfungen für alle, die keinen Hausarzt haben.", "erwachsene 0-3 3-6", "GE", "gefluechtete neuzugewanderte", "de ar uk ru ti", when="donnerstags 14–16 Uhr"),
    entry("psychosoziale-beratung", "gesundheitsdienst-nord", "Psychosoziale Beratung für Geflüchtete", "Gespräche bei Sorgen, Schlafproblemen und belastenden Erfahrungen, mit Sprachmittlung.", "erwachsene", "GE", "gefluechtete", "de ar fa ku uk", when="nach Vereinbarung"),
    entry("sturzpraevention", "gesundheitsdienst-nord", "Sturzprävention für Ältere", "Übungen für Kraft und Gleichgewicht, damit Sie sicher auf den Beinen bleiben.", "aeltere", "GE SF", "menschen-mit-behinderung", "de", at="buergerhaus-euchen", when="freitags 10–11 Uhr"),
    entry("sexualpaedagogik", "gesundheitsdienst-nord", "Sexualpädagogik in Schulen", "Workshops über Körper, Liebe und Verhütung in den Klassen 6 bis 9.", "10-16", "GE", "jugendliche", when="nach Anfrage der Schulen", due=True),
    entry("gesundheitslotsinnen", "gesundheitsdienst-nord", "Gesundheitslotsinnen", "Frauen aus vielen Ländern erklären, wie das deutsche Gesundheitssystem funktioniert.", "erwachsene", "GE SW", "neuzugewanderte frauen-und-maedchen", "de ar tr ru ro bg", when="Informationsabende nach Anfrage"),
    # SV Pley 1921 e. V.
    entry("fussball-bambini", "sv-pley", "Fußball für Bambini", "Erste Schritte am Ball für Kinder von 4 bis 6 Jahren.", "3-6", "SF", "kinder", when="samstags 10–11 Uhr", fee="Vereinsbeitrag 8 € im Monat"),
    entry("fussball-maedchen", "sv-pley", "Mädchenfußball", "Training für Mädchen von 8 bis 14 Jahren, Probetraining jederzeit.", "6-10 10-16", "SF", "kinder jugendliche frauen-und-maedchen", when="dienstags und donnerstags 17–18:30 Uhr", fee="Vereinsbeitrag 8 € im Monat"),
    entry("fussball-jugend", "sv-pley", "Jugendfußball", "Training für die D- bis A-Jugend, mit Spielen in der Kreisliga.", "10-16 16-27", "SF", "jugendliche", when="montags und mittwochs 17:30–19 Uhr", fee="Vereinsbeitrag 10 € im Monat"),
    entry("walking-football", "sv-pley", "Walking Football für Ältere", "Fußball ohne Rennen: für Menschen ab 55, die in Bewegung bleiben wollen.", "aeltere", "SF GE", "", when="freitags 10–11:30 Uhr", fee="Vereinsbeitrag 6 € im Monat"),
    entry("willkommen-im-sport", "sv-pley", "Willkommen im Sport", "Zugewanderte Kinder und Jugendliche trainieren ein Jahr beitragsfrei mit.", "6-10 10-16", "SF RD", "kinder jugendliche gefluechtete", "de ar uk", at="jugendheim-pley", when="zu allen Trainingszeiten"),
    entry("jugendheim-pley", "sv-pley", "Jugendraum Pley", "Ein Treffpunkt für Jugendliche aus Pley, mit Kicker und Spielen.", "10-16", "SF SW", "jugendliche", at="jugendheim-pley", when="freitags 17–21 Uhr"),
    # TV Bardenberg e. V.
    entry("eltern-kind-turnen", "tv-bardenberg", "Eltern-Kind-Turnen", "Klettern, Rollen, Balancieren: Turnen für Kinder von 1 bis 3 Jahren mit ihren Eltern.", "0-3", "SF", "kinder eltern", when="montags 16–17 Uhr", fee="Vereinsbeitrag 6 € im Monat"),
    entry("kinderturnen", "tv-bardenberg", "Kinderturnen", "Turnen, Spielen und Bewegen für Kinder von 3 bis 6 Jahren.", "3-6", "SF", "kinder", at="halle-bardenberg", when="dienstags 15–16 Uhr", fee="Vereinsbeitrag 6 € im Monat"),
    entry("leichtathletik", "tv-bardenberg", "Leichtathletik für Kinder", "Laufen, Springen, Werfen für Kinder von 6 bis 12 Jahren.", "6-10 10-16", "SF", "kinder", at="halle-bardenberg", when="donnerstags 16:30–18 Uhr", fee="Vereinsbeitrag 8 € im Monat"),
    entry("inklusiver-sport", "tv-bardenberg", "Inklusive Sportgruppe", "Sport für Kinder und Jugendliche mit und ohne Behinderung.", "6-10 10-16", "SF", "kinder jugendliche menschen-mit-behinderung", at="halle-bardenberg", when="samstags 10–11:30 Uhr", fee="Vereinsbeitrag 6 € im Monat"),
    entry("seniorengymnastik", "tv-bardenberg", "Seniorengymnastik", "Beweglich bleiben im Alter, mit sanften Übungen, auch auf dem Stuhl.", "aeltere", "SF GE", "", when="mittwochs 10–11 Uhr", fee="Vereinsbeitrag 6 € im Monat"),
    entry("selbstbehauptung-maedchen", "tv-bardenberg", "Selbstbehauptung für Mädchen", "Grenzen setzen, Nein sagen, sich wehren: ein Kurs für Mädchen von 10 bis 14 Jahren.", "10-16", "SF RD", "jugendliche frauen-und-maedchen", at="halle-bardenberg", when="Kurs mit 6 Terminen, samstags 12–14 Uhr", fee="30 € für den Kurs"),
    entry("tischtennis-weiden", "tv-bardenberg", "Tischtennis für alle", "Offenes Tischtennis für Jung und Alt, Schläger werden gestellt.", "10-16 erwachsene aeltere", "SF", "", at="turnhalle-weiden", when="montags 18–20 Uhr"),
    # Schwimmfreunde Würselen e. V. (Linden-Neusen)
    entry("seepferdchen", "schwimmfreunde-wuerselen", "Schwimmkurs Seepferdchen", "Schwimmen lernen in kleinen Gruppen, vom ersten Kontakt mit dem Wasser bis zum Seepferdchen.", "3-6 6-10", "SF", "kinder", at="hallenbad", when="Kurs mit 10 Terminen, samstags 9–10 Uhr", fee="70 € für 10 Termine, mit Würselen-Pass 10 €"),
    entry("schwimmen-maedchen", "schwimmfreunde-wuerselen", "Schwimmkurs für Mädchen", "Schwimmen lernen nur mit Mädchen und Trainerinnen, in einem geschützten Rahmen.", "6-10 10-16", "SF RD", "kinder jugendliche frauen-und-maedchen", "de ar tr", at="hallenbad", when="sonntags 9–10 Uhr", fee="40 € im Halbjahr"),
    entry("frauenschwimmen", "schwimmfreunde-wuerselen", "Frauenschwimmen", "Schwimmzeit nur für Frauen, mit weiblichem Badepersonal und Sichtschutz.", "erwachsene", "SF", "frauen-und-maedchen", "de ar tr fa", at="hallenbad", when="sonntags 10–12 Uhr", fee="Eintritt 3 €"),
    entry("schwimmkurs-erwachsene", "schwimmfreunde-wuerselen", "Schwimmkurs für Erwachsene", "Es ist nie zu spät, schwimmen zu lernen: Kurs für Erwachsene ohne Vorkenntnisse.", "erwachsene", "SF", "neuzugewanderte", "de en", at="hallenbad", when="Kurs mit 8 Terminen, mittwochs 20–21 Uhr", fee="60 € für 8 Termine"),
    entry("babyschwimmen", "schwimmfreunde-wuerselen", "Babyschwimmen", "Wassergewöhnung für Babys von 4 bis 18 Monaten mit Mama oder Papa.", "0-3", "SF", "kinder eltern", at="hallenbad", when="freitags 10–10:45 Uhr", fee="75 € für 10 Termine", status="paused"),
    entry("aquafitness", "schwimmfreunde-wuerselen", "Aquafitness für Ältere", "Gelenkschonende Gymnastik im Wasser.", "aeltere", "SF GE", "", at="hallenbad", when="dienstags 9–10 Uhr", fee="4 € pro Termin"),
    # Musikschule Wurmtal e. V.
    entry("musikgarten", "musikschule-wurmtal", "Musikgarten für Kleinkinder", "Singen, Bewegen und erste Instrumente für Kinder von 1 bis 3 Jahren mit einem Elternteil.", "0-3", "KR SF", "kinder eltern", when="montags 10–10:45 Uhr", fee="28 € im Monat"),
    entry("musikalische-frueherziehung", "musikschule-wurmtal", "Musikalische Früherziehung", "Musik entdecken mit Liedern, Rhythmus und Instrumenten für Kinder von 4 bis 6 Jahren.", "3-6", "KR SB", "kinder", when="dienstags 15–16 Uhr", fee="32 € im Monat, Ermäßigung möglich"),
    entry("kinderchor", "musikschule-wurmtal", "Kinderchor", "Gemeinsam singen, ohne Noten lesen zu müssen, mit Liedern aus vielen Ländern.", "6-10", "KR", "kinder", "de tr ar uk", when="mittwochs 16–17 Uhr"),
    entry("instrumentenkarussell", "musikschule-wurmtal", "Instrumentenkarussell an Grundschulen", "Kinder probieren in der Schule ein Jahr lang verschiedene Instrumente aus.", "6-10", "KR SB", "kinder", at="stadtbibliothek", when="im Schuljahr, einmal in der Woche"),
    entry("band-workshop", "musikschule-wurmtal", "Bandworkshop in den Ferien", "Eine Woche lang mit anderen eine Band gründen und am Ende auftreten.", "10-16 16-27", "KR SF", "jugendliche", when="in den Herbstferien", fee="50 €, ermäßigt 10 €"),
    # Deutsch-Arabischer Kulturverein (Mitte)
    entry("arabisch-muttersprache", "deutsch-arabischer-kulturverein", "Arabisch für Kinder", "Kinder lernen Lesen und Schreiben in ihrer Familiensprache Arabisch.", "6-10 10-16", "SB KR", "kinder", "ar de", when="samstags 10–12 Uhr", fee="10 € im Monat"),
    entry("hausaufgaben-kulturverein", "deutsch-arabischer-kulturverein", "Hausaufgabenhilfe auf Arabisch und Deutsch", "Studierende helfen bei den Hausaufgaben und erklären auf Arabisch, wenn nötig.", "6-10 10-16", "SB", "kinder jugendliche", "ar de", when="montags und mittwochs 15–17 Uhr"),
    entry("elternabend-schule-arabisch", "deutsch-arabischer-kulturverein", "Elternabend: Schule in Deutschland", "Wie funktioniert das Schulsystem? Ein Abend auf Arabisch für Eltern.", "6-10 10-16 erwachsene", "SB", "eltern neuzugewanderte", "ar de", when="zweimal im Jahr, abends"),
    entry("frauenfruehstueck", "deutsch-arabischer-kulturverein", "Frauenfrühstück", "Frauen frühstücken zusammen und sprechen über Gesundheit, Schule und Alltag.", "erwachsene", "SW KR", "frauen-und-maedchen", "ar de", when="jeden ersten Sonntag im Monat, 10–12 Uhr"),
    entry("kulturfest", "deutsch-arabischer-kulturverein", "Fest der Kulturen", "Musik, Essen und Tanz aus vielen Ländern auf dem Lindenplatz.", "6-10 erwachsene aeltere", "KR RD", "", "de ar tr uk", at="rathaus", when="einmal im Jahr im September"),
    entry("rassismus-workshop", "deutsch-arabischer-kulturverein", "Workshop: Was tun gegen Rassismus?", "Erfahrungen teilen und lernen, wie man sich gegen Rassismus im Alltag wehren kann.", "16-27 erwachsene", "RD", "jugendliche gefluechtete", "de ar", when="viermal im Jahr, samstags 14–17 Uhr", status="ended"),
    # Ukrainische Gemeinschaft Würselen (Broichweiden)
    entry("ukrainisch-treff", "ukrainische-gemeinschaft", "Treffpunkt für Ukrainerinnen und Ukrainer", "Austausch, Hilfe bei Fragen und gegenseitige Unterstützung.", "erwachsene aeltere", "SW", "gefluechtete", "uk ru de", at="zentrum-broichweiden", when="samstags 14–17 Uhr"),
    entry("ukrainische-samstagsschule", "ukrainische-gemeinschaft", "Ukrainische Samstagsschule", "Ukrainisch, Mathematik und Geschichte für Kinder, die den Kontakt zur Heimat halten wollen.", "6-10 10-16", "SB KR", "kinder", "uk", at="zentrum-broichweiden", when="samstags 10–13 Uhr"),
    entry("ukraine-kinder-sport", "ukrainische-gemeinschaft", "Sport und Spiel für ukrainische Kinder", "Bewegung, Spiele und Freundschaften mit Kindern aus Broichweiden.", "6-10", "SF", "kinder gefluechtete", "uk de", at="zentrum-broichweiden", when="mittwochs 16–17:30 Uhr"),
    entry("ukraine-beratung", "ukrainische-gemeinschaft", "Beratung auf Ukrainisch", "Ehrenamtliche helfen bei Anträgen für Jobcenter, Schule und Wohnung.", "erwachsene", "SW", "gefluechtete", "uk ru de", at="zentrum-broichweiden", when="dienstags 17–19 Uhr", stale=True),
    # Moscheegemeinde Wurmtal (Morsbach)
    entry("moschee-offen", "moscheegemeinde-wurmtal", "Tag der offenen Moschee", "Führung durch die Moschee, Gespräche und Tee für alle Interessierten.", "erwachsene 10-16 aeltere", "KR RD", "", "de tr ar", when="jedes Jahr am 3. Oktober"),
    entry("moschee-hausaufgaben", "moscheegemeinde-wurmtal", "Lernhilfe in der Moscheegemeinde", "Nachhilfe in Mathe, Deutsch und Englisch für Schülerinnen und Schüler.", "10-16", "SB", "jugendliche", "de tr", when="samstags 13–15 Uhr"),
    entry("moschee-frauen", "moscheegemeinde-wurmtal", "Frauengruppe", "Frauen treffen sich zu Gesprächen, Vorträgen und gemeinsamen Ausflügen.", "erwachsene", "KR SW", "frauen-und-maedchen", "tr de", when="donnerstags 10–12 Uhr"),
    entry("moschee-jugend", "moscheegemeinde-wurmtal", "Jugendgruppe", "Sport, Ausflüge und Gespräche über Glauben und Alltag für Jugendliche.", "10-16 16-27", "KR SF", "jugendliche", "tr de", when="freitags 18–20 Uhr"),
    entry("moschee-senioren", "moscheegemeinde-wurmtal", "Treff für ältere Gemeindemitglieder", "Tee, Gespräche und Informationen zu Rente, Pflege und Gesundheit.", "aeltere", "KR SW", "", "tr de", when="dienstags 14–16 Uhr"),
    # Evangelische Gemeinde Broichweiden
    entry("krabbelgruppe-ev", "ev-gemeinde-broichweiden", "Krabbelgruppe im Gemeindezentrum", "Eltern mit Kindern bis 2 Jahre spielen und singen zusammen.", "0-3", "SF SW", "eltern kinder", at="zentrum-broichweiden", when="donnerstags 9:30–11 Uhr"),
    entry("seniorentreff-ev", "ev-gemeinde-broichweiden", "Seniorentreff", "Gesellige Nachmittage mit Kaffee, Kuchen und Gesprächen.", "aeltere", "SW KR", "", at="zentrum-broichweiden", when="jeden zweiten Mittwoch, 14:30–17 Uhr"),
    entry("sprachcafe-ev", "ev-gemeinde-broichweiden", "Sprachcafé im Gemeindezentrum", "Deutsch sprechen üben mit Ehrenamtlichen, bei Kaffee und Kuchen.", "erwachsene", "SB KR", "neuzugewanderte gefluechtete", "de uk ar", at="zentrum-broichweiden", when="montags 16–17:30 Uhr"),
    entry("tafel-broichweiden", "ev-gemeinde-broichweiden", "Lebensmittelausgabe", "Lebensmittel für Menschen mit wenig Geld, gegen einen kleinen Beitrag.", "erwachsene aeltere", "SW", "alleinerziehende gefluechtete", when="freitags 11–13 Uhr", elig="Nachweis über Bürgergeld, Rente oder geringes Einkommen", fee="2 € pro Einkauf"),
    entry("konfirmandenfreizeit", "ev-gemeinde-broichweiden", "Jugendfreizeit im Sommer", "Eine Woche Zeltlager mit Spielen, Lagerfeuer und Gesprächen.", "10-16", "SF KR", "jugendliche", when="in den Sommerferien", fee="180 €, Zuschuss möglich"),
    # Katholische Pfarrei Wurmtal (Bardenberg)
    entry("familiencafe-pfarrei", "pfarrei-wurmtal", "Familiencafé im Pfarrheim", "Familien treffen sich nach dem Gottesdienst zu Kaffee und Spielen.", "0-3 3-6 erwachsene", "SW KR", "eltern", at="pfarrheim-bissen", when="jeden zweiten Sonntag, 11–13 Uhr"),
    entry("kinderchor-pfarrei", "pfarrei-wurmtal", "Kinderchor St. Sebastian", "Singen für Kinder von 6 bis 12 Jahren, mit Auftritten in den Gottesdiensten.", "6-10 10-16", "KR", "kinder", when="donnerstags 16:30–17:30 Uhr"),
    entry("seniorentreff-pfarrei", "pfarrei-wurmtal", "Seniorentreff Bardenberg", "Spielenachmittage, Vorträge und Ausflüge für ältere Menschen.", "aeltere", "SW KR", "", when="dienstags 14–17 Uhr"),
    entry("besuchsdienst", "pfarrei-wurmtal", "Besuchsdienst für Ältere", "Ehrenamtliche besuchen ältere Menschen, die allein leben, zu Hause oder im Heim.", "aeltere", "SW", "menschen-mit-behinderung", when="nach Vereinbarung"),
    entry("interreligioeser-dialog", "pfarrei-wurmtal", "Gesprächskreis der Religionen", "Christinnen, Muslime und andere Gläubige sprechen miteinander über Glauben und Alltag.", "erwachsene aeltere", "KR RD", "", "de tr ar", at="pfarrheim-bissen", when="jeden letzten Montag im Monat, 19–21 Uhr"),
    entry("messdiener", "pfarrei-wurmtal", "Messdienergruppe", "Gemeinschaft, Gruppenstunden und Fahrten für Kinder ab der Erstkommunion.", "6-10 10-16", "KR SF", "kinder jugendliche", when="freitags 17–18:30 Uhr", due=True),
    # Bäckerei Kornblume GmbH (Euchen)
    entry("ausbildung-baeckerei", "baeckerei-kornblume", "Ausbildung zur Bäckerin und zum Bäcker", "Ausbildungsplätze im Bäckerhandwerk, auch für junge Zugewanderte mit Sprachförderung.", "16-27", "AM", "jugendliche neuzugewanderte", "de", when="Beginn jedes Jahr im August"),
    entry("praktikum-baeckerei", "baeckerei-kornblume", "Schnupperpraktikum in der Backstube", "Eine Woche das Bäckerhandwerk ausprobieren, ab Klasse 8.", "10-16", "AM", "jugendliche", when="in den Ferien und nach Absprache"),
    entry("backkurs-kinder", "baeckerei-kornblume", "Backen mit Kindern", "Kinder backen Brötchen und Plätzchen in der Backstube.", "6-10", "SF", "kinder", at="buergerhaus-euchen", when="jeden ersten Samstag im Monat, 10–12 Uhr", fee="8 € für Zutaten"),
    # Logistikzentrum Aachener Kreuz (Weiden)
    entry("einstieg-logistik", "logistik-aachener-kreuz", "Einstiegsqualifizierung Lager und Logistik", "Sechs Monate Praktikum mit Lohn als Einstieg in die Ausbildung zur Fachkraft für Lagerlogistik.", "16-27", "AM", "jugendliche gefluechtete", "de ar uk", when="Beginn jederzeit"),
    entry("jobinfo-logistik", "logistik-aachener-kreuz", "Infotag Arbeit in der Logistik", "Arbeitsplätze und Teilzeitstellen kennenlernen, mit Führung durch das Lager.", "erwachsene", "AM", "alleinerziehende neuzugewanderte", "de ru pl", when="jeden ersten Montag im Monat, 10 Uhr"),
    entry("deutsch-am-arbeitsplatz", "logistik-aachener-kreuz", "Deutsch am Arbeitsplatz", "Deutschkurs für Beschäftigte, im Betrieb und während der Arbeitszeit.", "erwachsene", "AM SB", "neuzugewanderte", "de ro bg pl", when="dienstags 14–15:30 Uhr"),
    # Integrationsrat (Demo)
    entry("integrationsrat-sprechstunde", "integrationsrat-demo", "Bürgersprechstunde des Integrationsrates", "Mitglieder des Integrationsrates hören Anliegen von Menschen mit Einwanderungsgeschichte.", "erwachsene 16-27", "RD SW", "neuzugewanderte", "de tr ar", at="rathaus", when="jeden ersten Montag im Monat, 17–18 Uhr"),
    entry("wahlinfo", "integrationsrat-demo", "Infoabend: Wählen und Mitbestimmen", "Wer darf wählen? Wie arbeitet der Integrationsrat? Ein Abend in einfacher Sprache.", "erwachsene 16-27", "RD KR", "neuzugewanderte jugendliche", "de tr ar uk", at="rathaus", when="vor jeder Wahl"),
    entry("woche-gegen-rassismus", "integrationsrat-demo", "Internationale Wochen gegen Rassismus", "Lesungen, Filme und Gespräche im März, an vielen Orten in Würselen.", "10-16 16-27 erwachsene", "RD KR", "jugendliche", "de", at="stadtbibliothek", when="jedes Jahr im März"),
    # Nachbarschaftshilfe Bissen e. V.
    entry("nachbarschaftshilfe", "nachbarschaftshilfe-bissen", "Nachbarschaftshilfe", "Nachbarn helfen Nachbarn: beim Einkaufen, mit Besuchen, bei kleinen Reparaturen.", "aeltere erwachsene", "SW", "menschen-mit-behinderung", when="Telefon montags bis freitags 9–12 Uhr"),
    entry("seniorentreff-bissen", "nachbarschaftshilfe-bissen", "Seniorentreff Bissen", "Kaffee, Kuchen und Gesellschaft im Pfarrheim.", "aeltere", "SW KR", "", at="pfarrheim-bissen", when="donnerstags 14:30–17 Uhr"),
    entry("fahrdienst", "nachbarschaftshilfe-bissen", "Fahrdienst zum Arzt", "Ehrenamtliche fahren ältere Menschen zu Arztterminen und Behörden.", "aeltere", "SW GE", "menschen-mit-behinderung", when="nach Vereinbarung, mindestens zwei Tage vorher", fee="Spende für das Benzin"),
    entry("repaircafe", "nachbarschaftshilfe-bissen", "Repair-Café", "Gemeinsam reparieren statt wegwerfen: Toaster, Fahrrad, Kleidung.", "erwachsene aeltere 10-16", "SW", "", at="pfarrheim-bissen", when="jeden letzten Samstag im Monat, 10–13 Uhr"),
    entry("spielplatzpaten", "nachbarschaftshilfe-bissen", "Spielplatzpatenschaft Bissen", "Ehrenamtliche kümmern sich um den Spielplatz und organisieren ein Spielfest.", "3-6 6-10", "SW SF", "kinder eltern", at="pfarrheim-bissen", when="Spielfest einmal im Jahr im Sommer"),
    entry("hausaufgaben-bissen", "nachbarschaftshilfe-bissen", "Hausaufgabenhilfe Bissen", "Ehrenamtliche helfen Grundschulkindern aus Bissen bei den Hausaufgaben.", "6-10", "SB", "kinder", at="pfarrheim-bissen", when="dienstags und donnerstags 14–15:30 Uhr"),
    entry("eltern-kind-bissen", "nachbarschaftshilfe-bissen", "Spielgruppe Bissen", "Eltern mit Kleinkindern treffen sich im Pfarrheim zum Spielen.", "0-3 3-6", "SF SW", "eltern kinder", at="pfarrheim-bissen", when="mittwochs 9:30–11 Uhr"),
    # More places in the districts, so that each has offerings of its own
    entry("sprachkurs-frauen-weiden", "bildungswerk-wurmtal", "Sprachkurs für Frauen mit Kinderbetreuung", "Deutsch lernen am Vormittag, während die Kinder nebenan spielen.", "erwachsene", "SB", "frauen-und-maedchen neuzugewanderte eltern", "de ar fa ku", at="turnhalle-weiden", when="montags und mittwochs 9–11:30 Uhr"),
    entry("elterncafe-pley", "familienzentrum-sonnenblume", "Elterncafé Pley", "Elterncafé im Jugendheim Pley, mit Spielecke und Beratung.", "0-3 3-6 erwachsene", "SW", "eltern", "de tr", at="jugendheim-pley", when="jeden zweiten Dienstag, 9–10:30 Uhr"),
    entry("hebamme-scherberg", "hebammenpraxis-lindenplatz", "Hebammensprechstunde in Scherberg", "Außensprechstunde der Hebammenpraxis in der Begegnungsstätte Scherberg.", "schwangerschaft 0-3", "GE", "eltern frauen-und-maedchen", "de ar", at="treff-scherberg", when="jeden ersten Montag im Monat, 14–16 Uhr"),
    entry("beratung-gefluechtete-linden", "integrationsagentur-wurmtal", "Beratung für Geflüchtete in Linden-Neusen", "Außensprechstunde im Bürgertreff, mit Sprachmittlung für Arabisch und Tigrinya.", "erwachsene", "SW", "gefluechtete", "de ar ti", at="buergertreff-linden", when="jeden zweiten Mittwoch, 10–12 Uhr"),
    entry("lernfoerderung-euchen", "bildungswerk-wurmtal", "Lernförderung Mathematik für die Klassen 5 bis 10", "Förderunterricht in kleinen Gruppen im Bürgerhaus Euchen.", "10-16", "SB", "jugendliche", at="buergerhaus-euchen", when="montags und donnerstags 15–16:30 Uhr", fee="über das Bildungs- und Teilhabepaket oder 8 € pro Termin"),
    entry("seniorentreff-euchen", "sozialdienst-wurmtal", "Seniorentreff Euchen", "Spielen, Singen und Erzählen für ältere Menschen aus Euchen.", "aeltere", "SW", "", at="buergerhaus-euchen", when="montags 14–16:30 Uhr"),
    entry("jugendtreff-weiden", "jugendtreff-scherberg", "Mobile Jugendarbeit Weiden", "Jugendarbeiterinnen sind auf Plätzen und Spielplätzen in Weiden unterwegs.", "10-16 16-27", "SW", "jugendliche", "de ar tr", at="turnhalle-weiden", when="dienstags und freitags 16–20 Uhr"),
    entry("familienpaten", "sozialdienst-wurmtal", "Familienpatenschaften", "Ehrenamtliche Patinnen unterstützen Familien im Alltag, ein paar Stunden in der Woche.", "0-3 3-6 6-10", "SW", "eltern alleinerziehende", "de en", at="buergertreff-linden", when="nach Vereinbarung"),
    entry("schwimmen-grundschule", "schwimmfreunde-wuerselen", "Schwimmförderung für Grundschulkinder", "Kinder, die am Ende der 2. Klasse noch nicht schwimmen können, lernen es in den Ferien.", "6-10", "SF", "kinder", "de ar uk", at="hallenbad", when="in den Osterferien, täglich 10–11 Uhr"),
    entry("sprachpaten-morsbach", "integrationsagentur-wurmtal", "Sprachpatenschaften", "Ehrenamtliche treffen sich einmal in der Woche mit Neuzugewanderten zum Deutschsprechen.", "erwachsene 16-27", "SB SW", "neuzugewanderte gefluechtete", "de ar uk fa", at="stadtteilbuero-morsbach", when="nach Vereinbarung"),
    entry("gesundheitstag-bardenberg", "gesundheitsdienst-nord", "Gesundheitstag für Familien", "Blutdruck messen, Zähne zeigen, Fragen stellen: Gesundheit zum Mitmachen für die ganze Familie.", "3-6 6-10 erwachsene", "GE", "eltern kinder", "de tr ar", at="halle-bardenberg", when="einmal im Jahr im Frühjahr", status="paused"),
]
# fmt: on


class MissingDemoData(LookupError):
    """The organisations or vocabularies the demo offerings need are not there."""


def _index(model, slugs, what):
    found = dict(model.objects.filter(slug__in=slugs).values_list("slug", "id"))
    missing = sorted(set(slugs) - set(found))
    if missing:
        raise MissingDemoData(
            f"Demo offerings need these {what}, which are missing: {', '.join(missing)}. "
            "Run `manage.py load_demo` (it creates them before the offerings)."
        )
    return found


def _all(key):
    return {slug for offering in OFFERINGS for slug in offering[key]}


@transaction.atomic
def load(stdout=None):
    """Create or update the demo offerings; returns how many there are.

    Raises MissingDemoData when a demo organisation or vocabulary is missing.
    """
    organisations = {
        org.slug: org for org in Organisation.objects.filter(slug__in=ORGANISATION_DISTRICTS)
    }
    missing = sorted(set(ORGANISATION_DISTRICTS) - set(organisations))
    if missing:
        raise MissingDemoData(
            f"Demo offerings need these organisations, which are missing: {', '.join(missing)}. "
            "Run `manage.py load_demo` (it creates them before the offerings)."
        )
    districts = _index(District, {d for *_, d in PLACES} | set(ORGANISATION_DISTRICTS.values()), "districts")  # fmt: skip
    phases = _index(LifePhase, _all("phases"), "life phases")
    forums = _index(Forum, _all("forums"), "forums")
    targets = _index(TargetGroup, _all("targets"), "target groups")
    languages = dict(Language.objects.filter(code__in=_all("langs")).values_list("code", "id"))
    if missing := sorted(_all("langs") - set(languages)):
        raise MissingDemoData(f"Demo offerings need these languages: {', '.join(missing)}.")

    places = {}
    for slug, org in organisations.items():
        places[slug], _created = Location.objects.update_or_create(
            external_id=f"{PREFIX}loc-{slug}",
            defaults={
                "name": org.name,
                "organisation": org,
                "street": org.street,
                "postal_code": org.postal_code or POSTAL_CODE,
                "city": org.city or CITY,
                "district_id": districts[ORGANISATION_DISTRICTS[slug]],
            },
        )
    for key, name, street, district in PLACES:
        places[key], _created = Location.objects.update_or_create(
            external_id=f"{PREFIX}loc-{key}",
            defaults={
                "name": name,
                "organisation": None,
                "street": street,
                "postal_code": POSTAL_CODE,
                "city": CITY,
                "district_id": districts[district],
            },
        )

    today = timezone.localdate()
    stale_days = settings.OFFERING_CONFIRM_AFTER_DAYS + settings.OFFERING_STALE_GRACE_DAYS + 30
    due_days = settings.OFFERING_CONFIRM_AFTER_DAYS + 20
    ids = []
    for number, item in enumerate(OFFERINGS):
        # Confirmed at different times over the last months; fixed per offering.
        days = stale_days if item.get("stale") else due_days if item.get("due") else 5 + number * 37 % 300  # fmt: skip
        fee = item.get("fee", "")
        offering, _created = Offering.objects.update_or_create(
            external_id=f"{PREFIX}{item['key']}",
            defaults={
                "name": item["name"],
                "short_description": item["short"],
                "description": item.get("desc", ""),
                "organisation": organisations[item["org"]],
                "contact_name": item.get("contact", ""),
                "contact_email": f"{item['key']}@example.org",
                "contact_phone": f"02405 {90000 + number * 7}",
                "schedule": item.get("when", ""),
                "is_free": not fee,
                "fee": fee,
                "eligibility": item.get("elig", ""),
                "accessibility": item.get("access", ""),
                "status": item.get("status", Offering.Status.ACTIVE),
                "last_confirmed": today - timedelta(days=days),
                "is_public": True,
            },
        )
        offering.locations.set([places[item.get("at", item["org"])]])
        offering.life_phases.set([phases[slug] for slug in item["phases"]])
        offering.forums.set([forums[slug] for slug in item["forums"]])
        offering.target_groups.set([targets[slug] for slug in item["targets"]])
        offering.languages.set([languages[code] for code in item["langs"]])
        ids.append(offering.pk)
    refresh_search_index(ids)
    if stdout is not None:
        stdout.write(
            _("Angebote: %(offerings)d Demo-Angebote an %(places)d Orten")
            % {"offerings": len(ids), "places": len(places)}
        )
    return len(ids)
