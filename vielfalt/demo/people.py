"""The invented people of the demo network (everyone but the town's coordinators)."""

from datetime import datetime
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")

# name, e-mail, organisation, position, expert, multiplier (all invented)
# fmt: off
PEOPLE = [
    ("Jonas Becker", "jonas.becker@example.org", "uebergangsbuero", "Berater Übergang Schule–Beruf", True, False),
    ("Aylin Kaya", "aylin.kaya@example.org", "uebergangsbuero", "Beraterin Berufsorientierung", True, True),
    ("Sabine Hoffmann", "sabine.hoffmann@example.org", "familienzentrum-sonnenblume", "Leitung Familienzentrum", True, True),
    ("Fatma Öztürk", "fatma.oeztuerk@example.org", "familienzentrum-sonnenblume", "Elternbegleiterin", False, True),
    ("Katharina Wagner", "katharina.wagner@example.org", "kita-regenbogen", "Kita-Leitung", True, False),
    ("Oleksandra Kovalenko", "oleksandra.kovalenko@example.org", "kita-regenbogen", "Erzieherin, Sprachförderung", False, True),
    ("Thomas Schulz", "thomas.schulz@example.org", "kita-pusteblume", "Kita-Leitung", True, False),
    ("Maria Rossi", "maria.rossi@example.org", "kita-pusteblume", "Erzieherin", False, False),
    ("Petra Krüger", "petra.krueger@example.org", "grundschule-lindenplatz", "Schulleiterin", True, False),
    ("Hamza Al-Masri", "hamza.al-masri@example.org", "grundschule-lindenplatz", "Schulsozialarbeiter", False, True),
    ("Julia Neumann", "julia.neumann@example.org", "grundschule-morsbach", "Lehrerin, Deutsch als Zweitsprache", True, False),
    ("Mehmet Demir", "mehmet.demir@example.org", "grundschule-morsbach", "Koordination Offener Ganztag", False, True),
    ("Stefan Richter", "stefan.richter@example.org", "gesamtschule-wurmtal", "Abteilungsleitung Klassen 5 bis 7", True, False),
    ("Leyla Hosseini", "leyla.hosseini@example.org", "gesamtschule-wurmtal", "Schulsozialarbeiterin", True, True),
    ("Andreas Keller", "andreas.keller@example.org", "gesamtschule-wurmtal", "Sportlehrer", False, False),
    ("Martina Vogel", "martina.vogel@example.org", "berufskolleg-nord", "Leitung Internationale Förderklasse", True, False),
    ("Dmytro Shevchenko", "dmytro.shevchenko@example.org", "berufskolleg-nord", "Lehrer Berufsvorbereitung", False, False),
    ("Claudia Lange", "claudia.lange@example.org", "familienberatung-wurmtal", "Psychologin, Erziehungsberatung", True, False),
    ("Ali Rahimi", "ali.rahimi@example.org", "familienberatung-wurmtal", "Berater, auch auf Farsi und Dari", False, True),
    ("Kevin Schmitz", "kevin.schmitz@example.org", "jugendtreff-scherberg", "Leitung Jugendtreff", True, True),
    ("Zeynep Arslan", "zeynep.arslan@example.org", "jugendtreff-scherberg", "Jugendarbeiterin", False, True),
    ("Birgit Zimmermann", "birgit.zimmermann@example.org", "sozialdienst-wurmtal", "Migrationsberatung für Erwachsene", True, False),
    ("Yusuf Haddad", "yusuf.haddad@example.org", "sozialdienst-wurmtal", "Flüchtlingsberatung", True, True),
    ("Natalia Wiśniewska", "natalia.wisniewska@example.org", "sozialdienst-wurmtal", "Quartiersarbeit Weiden", False, True),
    ("Miriam Adler", "miriam.adler@example.org", "integrationsagentur-wurmtal", "Leitung Integrationsagentur", True, False),
    ("Samuel Tesfaye", "samuel.tesfaye@example.org", "integrationsagentur-wurmtal", "Antidiskriminierungsberatung", True, False),
    ("Irina Volkova", "irina.volkova@example.org", "integrationsagentur-wurmtal", "Ehrenamtskoordination", False, True),
    ("Helga Fischer", "helga.fischer@example.org", "bildungswerk-wurmtal", "Programmbereich Deutsch als Zweitsprache", True, False),
    ("Ahmad Karimi", "ahmad.karimi@example.org", "bildungswerk-wurmtal", "Kursleiter Integrationskurse", False, True),
    ("Anna Weber", "anna.weber@example.org", "hebammenpraxis-lindenplatz", "Hebamme", True, False),
    ("Elif Yılmaz", "elif.yilmaz@example.org", "hebammenpraxis-lindenplatz", "Familienhebamme", True, True),
    ("Markus Braun", "markus.braun@example.org", "kinderarztpraxis-morsbach", "Kinder- und Jugendarzt", True, False),
    ("Rania Saleh", "rania.saleh@example.org", "kinderarztpraxis-morsbach", "Medizinische Fachangestellte", False, True),
    ("Susanne Klein", "susanne.klein@example.org", "gesundheitsdienst-nord", "Sozialpädagogin, Frühe Hilfen", True, False),
    ("Giorgos Papadopoulos", "giorgos.papadopoulos@example.org", "gesundheitsdienst-nord", "Gesundheitslotse", False, True),
    ("Werner Hahn", "werner.hahn@example.org", "sv-pley", "Vorsitzender", False, True),
    ("Tarek Nasser", "tarek.nasser@example.org", "sv-pley", "Jugendtrainer", False, True),
    ("Monika Schäfer", "monika.schaefer@example.org", "tv-bardenberg", "Abteilungsleitung Turnen", False, True),
    ("Luca Romano", "luca.romano@example.org", "tv-bardenberg", "Übungsleiter Kinderturnen", False, False),
    ("Heike Jansen", "heike.jansen@example.org", "schwimmfreunde-wuerselen", "Leitung Schwimmkurse", False, False),
    ("Svetlana Morozova", "svetlana.morozova@example.org", "schwimmfreunde-wuerselen", "Trainerin, Schwimmkurse für Frauen", False, True),
    ("Daniel Wolf", "daniel.wolf@example.org", "musikschule-wurmtal", "Leitung Musikschule", True, False),
    ("Adriana Popescu", "adriana.popescu@example.org", "musikschule-wurmtal", "Musikpädagogin", False, False),
    ("Khaled Ibrahim", "khaled.ibrahim@example.org", "deutsch-arabischer-kulturverein", "Vorsitzender", False, True),
    ("Nour Aziz", "nour.aziz@example.org", "deutsch-arabischer-kulturverein", "Elternarbeit", False, True),
    ("Olena Bondarenko", "olena.bondarenko@example.org", "ukrainische-gemeinschaft", "Sprecherin", False, True),
    ("Taras Melnyk", "taras.melnyk@example.org", "ukrainische-gemeinschaft", "Ehrenamt, Sprachmittlung", False, True),
    ("Emre Çelik", "emre.celik@example.org", "moscheegemeinde-wurmtal", "Jugendbeauftragter", False, True),
    ("Hatice Şahin", "hatice.sahin@example.org", "moscheegemeinde-wurmtal", "Leitung Frauengruppe", False, True),
    ("Christian Meyer", "christian.meyer@example.org", "ev-gemeinde-broichweiden", "Pfarrer", False, True),
    ("Gabriele Roth", "gabriele.roth@example.org", "ev-gemeinde-broichweiden", "Diakonie, Café International", False, True),
    ("Michael Schneider", "michael.schneider@example.org", "pfarrei-wurmtal", "Gemeindereferent", False, True),
    ("Teresa Nowak", "teresa.nowak@example.org", "pfarrei-wurmtal", "Jugendarbeit", False, False),
    ("Ralf Peters", "ralf.peters@example.org", "baeckerei-kornblume", "Inhaber", False, False),
    ("Blerina Hoxha", "blerina.hoxha@example.org", "baeckerei-kornblume", "Ausbilderin", True, False),
    ("Sandra Koch", "sandra.koch@example.org", "logistik-aachener-kreuz", "Personalleitung", True, False),
    ("Bülent Aydın", "buelent.aydin@example.org", "integrationsrat-demo", "Vorsitzender", False, True),
    ("Amina Diallo", "amina.diallo@example.org", "integrationsrat-demo", "Mitglied", False, True),
    ("Ursula Schmitt", "ursula.schmitt@example.org", "nachbarschaftshilfe-bissen", "Vorsitzende", False, True),
    ("Goran Petrović", "goran.petrovic@example.org", "nachbarschaftshilfe-bissen", "Ehrenamt, Fahrdienst", False, False),
    ("Esther Mensah", "esther.mensah@example.org", "nachbarschaftshilfe-bissen", "Ehrenamt, Hausaufgabenhilfe", False, False),
    ("Wojciech Kowalski", "wojciech.kowalski@example.org", "nachbarschaftshilfe-bissen", "Ehrenamt, Nachbarschaftscafé", False, False),
]
# fmt: on

# Moderators who agreed that their work contact may be shown on the forum page.
MODERATOR_CONSENT_TEXT = (
    "Ich bin einverstanden, dass mein Name, meine Organisation, meine Funktion und meine "
    "dienstliche E-Mail-Adresse und Telefonnummer als Kontakt für das Forum öffentlich "
    "gezeigt werden. Ich kann diese Einwilligung jederzeit widerrufen."
)
MODERATOR_CONSENTS = {
    "petra.krueger@example.org": (datetime(2023, 9, 14, 16, 5, tzinfo=BERLIN), "02405 90450"),
    "kevin.schmitz@example.org": (datetime(2023, 9, 20, 11, 40, tzinfo=BERLIN), "02405 90500"),
    "sabine.hoffmann@example.org": (datetime(2023, 10, 2, 9, 15, tzinfo=BERLIN), "02405 90420"),
    "leyla.hosseini@example.org": (datetime(2023, 10, 11, 14, 30, tzinfo=BERLIN), "02405 90470"),
}

# Logins for trying the site. They exist only in the demo; their people have
# no public contact, so the public contact block stays exactly the town's two.
# e-mail, name, organisation, position, is_coordinator
DEMO_LOGINS = [
    (
        "koordination@example.org",
        "Lea Berger",
        "stadt-wuerselen",
        "Koordination (Demo-Zugang)",
        True,
    ),
    (
        "moderation@example.org",
        "Murat Yıldız",
        "bildungswerk-wurmtal",
        "Sprachkursleitung (Demo-Zugang Moderation)",
        False,
    ),
    (
        "mitglied@example.org",
        "Paula Schröder",
        "sv-pley",
        "Übungsleiterin (Demo-Zugang Mitglied)",
        False,
    ),
]
