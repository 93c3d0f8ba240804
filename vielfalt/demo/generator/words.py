"""Word pools of the generator: sentences, names, streets, organisation names."""

import random

from .kinds import ADM, ASSOC, DAYCARE, EMPLOYER, FREE, HEALTH, MIGRANT, RELIGIOUS, SCHOOL

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


def organisation_name(rng: random.Random, kind: str, districts: list[str]) -> str:
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
