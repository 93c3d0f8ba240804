"""Organisations, people and the demo logins.

The town and its coordination office are real, with the contact exactly as
the town publishes it. Every other organisation carries "(Demo)" in its name,
every other person is invented and has an address @example.org.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.utils.translation import gettext as _

from vielfalt.accounts.models import User
from vielfalt.network.models import Organisation, Person
from vielfalt.vocabularies.models import District

from . import upsert
from .people import DEMO_LOGINS, MODERATOR_CONSENT_TEXT, MODERATOR_CONSENTS, PEOPLE
from .wuerselen import CITY, POSTAL_CODE

BERLIN = ZoneInfo("Europe/Berlin")

# The password of the three demo logins. They exist only in the demo.
DEMO_PASSWORD = "Vielfalt-Demo-2024!"  # noqa: S105 (printed on purpose: demo only)

# slug, name, kind, districts (main first), street, phone, website, description
ORGANISATIONS = [
    (
        "stadt-wuerselen",
        "Stadt Würselen – Koordinierungsstelle Prävention und Integration",
        "administration",
        ["mitte"],
        "Morlaixplatz 1",
        "",
        "https://www.wuerselen.de/",
        "Die Koordinierungsstelle Prävention und Integration der Stadt Würselen "
        "koordiniert das Netzwerk #vielfaltgestalten: die Präventionskette und das "
        "Integrationskonzept.",
    ),
    (
        "uebergangsbuero",
        "Übergangsbüro Schule–Beruf (Demo)",
        "administration",
        ["mitte"],
        "Am Rathausplatz 4",
        "02405 90410",
        "https://example.org/uebergangsbuero/",
        "Beratung für junge Menschen zwischen Schule und Beruf: Praktikum, Ausbildung, "
        "Studium und Hilfen auf dem Weg dorthin.",
    ),
    (
        "familienzentrum-sonnenblume",
        "Familienzentrum Sonnenblume (Demo)",
        "daycare",
        ["morsbach"],
        "Sonnenweg 12",
        "02405 90420",
        "https://example.org/familienzentrum-sonnenblume/",
        "Kita und Familienzentrum mit Elterncafé, Sprechstunden und Kursen für Familien "
        "aus dem Stadtteil.",
    ),
    (
        "kita-regenbogen",
        "Kita Regenbogen (Demo)",
        "daycare",
        ["broichweiden"],
        "Regenbogenstraße 3",
        "02405 90430",
        "",
        "Kita mit vier Gruppen. Viele Kinder wachsen mit mehreren Sprachen auf; "
        "Sprachförderung gehört zum Alltag.",
    ),
    (
        "kita-pusteblume",
        "Kita Pusteblume (Demo)",
        "daycare",
        ["bardenberg"],
        "Wiesenpfad 8",
        "02405 90440",
        "",
        "Kleine Kita mit viel Bewegung draußen und einer Gruppe für Kinder unter drei Jahren.",
    ),
    (
        "grundschule-lindenplatz",
        "Grundschule am Lindenplatz (Demo)",
        "school",
        ["mitte"],
        "Schulgasse 2",
        "02405 90450",
        "https://example.org/grundschule-lindenplatz/",
        "Grundschule mit Offenem Ganztag und Förderung in Deutsch als Zweitsprache.",
    ),
    (
        "grundschule-morsbach",
        "Grundschule Morsbach (Demo)",
        "school",
        ["morsbach"],
        "Kastanienallee 21",
        "02405 90460",
        "",
        "Grundschule im Stadtteil Morsbach mit Offenem Ganztag und Schulsozialarbeit.",
    ),
    (
        "gesamtschule-wurmtal",
        "Gesamtschule Wurmtal (Demo)",
        "school",
        ["broichweiden", "linden-neusen"],
        "Am Schulzentrum 10",
        "02405 90470",
        "https://example.org/gesamtschule-wurmtal/",
        "Gesamtschule mit Klassen 5 bis 13, Schulsozialarbeit und Berufsorientierung.",
    ),
    (
        "berufskolleg-nord",
        "Berufskolleg Würselen-Nord (Demo)",
        "school",
        ["scherberg"],
        "Werkstattstraße 15",
        "02405 90480",
        "https://example.org/berufskolleg-nord/",
        "Berufskolleg mit Ausbildungsklassen, Berufsvorbereitung und einer "
        "Internationalen Förderklasse für neu zugewanderte Jugendliche.",
    ),
    (
        "familienberatung-wurmtal",
        "Familien- und Erziehungsberatung Wurmtal (Demo)",
        "free_provider",
        ["mitte"],
        "Brunnengasse 6",
        "02405 90490",
        "https://example.org/familienberatung-wurmtal/",
        "Beratung für Eltern, Kinder und Jugendliche bei Sorgen in Familie, Erziehung "
        "und Trennung. Kostenlos und vertraulich, auch auf Farsi und Arabisch.",
    ),
    (
        "jugendtreff-scherberg",
        "Offener Jugendtreff Scherberg (Demo)",
        "free_provider",
        ["scherberg"],
        "Hügelstraße 30",
        "02405 90500",
        "https://example.org/jugendtreff-scherberg/",
        "Offener Treff für Jugendliche von 10 bis 21 Jahren: Freizeit, Sport, "
        "Hausaufgabenhilfe und ein offenes Ohr.",
    ),
    (
        "sozialdienst-wurmtal",
        "Sozialdienst Wurmtal e. V. (Demo)",
        "free_provider",
        ["weiden", "bissen"],
        "Weidener Ring 14",
        "02405 90510",
        "https://example.org/sozialdienst-wurmtal/",
        "Freier Träger mit Migrationsberatung, Flüchtlingsberatung und Quartiersarbeit.",
    ),
    (
        "integrationsagentur-wurmtal",
        "Integrationsagentur Wurmtal (Demo)",
        "free_provider",
        ["mitte"],
        "Marktstraße 9",
        "02405 90520",
        "https://example.org/integrationsagentur-wurmtal/",
        "Stärkt Ehrenamt und Begegnung, berät bei Diskriminierung und unterstützt "
        "Migrantenorganisationen.",
    ),
    (
        "bildungswerk-wurmtal",
        "Bildungswerk Wurmtal (Demo)",
        "free_provider",
        ["mitte"],
        "Lernweg 1",
        "02405 90530",
        "https://example.org/bildungswerk-wurmtal/",
        "Sprachkurse, Integrationskurse und Elternkurse für Erwachsene.",
    ),
    (
        "hebammenpraxis-lindenplatz",
        "Hebammenpraxis am Lindenplatz (Demo)",
        "health",
        ["mitte"],
        "Lindengasse 5",
        "02405 90540",
        "",
        "Hebammen für Vorsorge, Geburtsvorbereitung und Wochenbett; Familienhebamme "
        "für Familien mit besonderem Bedarf.",
    ),
    (
        "kinderarztpraxis-morsbach",
        "Kinderarztpraxis Morsbach (Demo)",
        "health",
        ["morsbach"],
        "Kastanienallee 4",
        "02405 90550",
        "",
        "Kinder- und Jugendarztpraxis mit Vorsorgeuntersuchungen und Impfungen.",
    ),
    (
        "gesundheitsdienst-nord",
        "Gesundheitsdienst Nord (Demo)",
        "health",
        ["euchen"],
        "Euchener Feld 2",
        "02405 90560",
        "https://example.org/gesundheitsdienst-nord/",
        "Frühe Hilfen, Gesundheitsberatung und Gesundheitslotsen in mehreren Sprachen.",
    ),
    (
        "sv-pley",
        "SV Pley 1921 e. V. (Demo)",
        "association",
        ["pley"],
        "Am Sportplatz 1",
        "02405 90570",
        "https://example.org/sv-pley/",
        "Sportverein mit Fußball für alle Altersgruppen und einem offenen Training "
        "für Kinder und Jugendliche.",
    ),
    (
        "tv-bardenberg",
        "TV Bardenberg e. V. (Demo)",
        "association",
        ["bardenberg"],
        "Turnhallenweg 7",
        "02405 90580",
        "https://example.org/tv-bardenberg/",
        "Turnverein mit Kinderturnen, Gymnastik und Sport für Ältere.",
    ),
    (
        "schwimmfreunde-wuerselen",
        "Schwimmfreunde Würselen e. V. (Demo)",
        "association",
        ["linden-neusen"],
        "Badstraße 11",
        "02405 90590",
        "",
        "Schwimmkurse für Kinder und Erwachsene, auch Kurse nur für Frauen.",
    ),
    (
        "musikschule-wurmtal",
        "Musikschule Wurmtal e. V. (Demo)",
        "association",
        ["mitte"],
        "Klanggasse 3",
        "02405 90600",
        "https://example.org/musikschule-wurmtal/",
        "Musikunterricht, Chor und Bandprojekte für Kinder, Jugendliche und Erwachsene.",
    ),
    (
        "deutsch-arabischer-kulturverein",
        "Deutsch-Arabischer Kulturverein (Demo)",
        "migrant_organisation",
        ["mitte"],
        "Gartenstraße 17",
        "02405 90610",
        "",
        "Verein für Begegnung, Arabischunterricht für Kinder und Hilfe beim Ankommen.",
    ),
    (
        "ukrainische-gemeinschaft",
        "Ukrainische Gemeinschaft Würselen (Demo)",
        "migrant_organisation",
        ["broichweiden"],
        "Birkenweg 9",
        "",
        "",
        "Gruppe von Ehrenamtlichen, die Menschen aus der Ukraine beim Ankommen hilft: "
        "Sprachmittlung, Treffen, Informationen.",
    ),
    (
        "moscheegemeinde-wurmtal",
        "Moscheegemeinde Wurmtal (Demo)",
        "religious_community",
        ["morsbach"],
        "Mühlenstraße 25",
        "02405 90630",
        "",
        "Moscheegemeinde mit Jugendgruppe, Frauengruppe und Hausaufgabenhilfe.",
    ),
    (
        "ev-gemeinde-broichweiden",
        "Evangelische Gemeinde Broichweiden (Demo)",
        "religious_community",
        ["broichweiden"],
        "Kirchplatz 2",
        "02405 90640",
        "https://example.org/ev-gemeinde-broichweiden/",
        "Evangelische Kirchengemeinde mit Café International und Kleiderstube.",
    ),
    (
        "pfarrei-wurmtal",
        "Katholische Pfarrei Wurmtal (Demo)",
        "religious_community",
        ["bardenberg", "pley"],
        "Pfarrgasse 1",
        "02405 90650",
        "https://example.org/pfarrei-wurmtal/",
        "Katholische Pfarrei mit Jugendarbeit, Seniorentreff und Familienfreizeiten.",
    ),
    (
        "baeckerei-kornblume",
        "Bäckerei Kornblume GmbH (Demo)",
        "employer",
        ["euchen"],
        "Gewerbering 5",
        "02405 90660",
        "",
        "Bäckerei mit sechs Filialen; bildet jedes Jahr Bäcker:innen und "
        "Verkäufer:innen aus, auch junge Geflüchtete.",
    ),
    (
        "logistik-aachener-kreuz",
        "Logistikzentrum Aachener Kreuz (Demo)",
        "employer",
        ["weiden"],
        "Logistikallee 20",
        "02405 90670",
        "",
        "Logistikbetrieb mit Ausbildungsplätzen für Fachkräfte für Lagerlogistik.",
    ),
    (
        "integrationsrat-demo",
        "Integrationsrat (Demo)",
        "politics",
        ["mitte"],
        "Am Rathausplatz 4",
        "",
        "",
        "Gewählte Vertretung der Menschen mit Einwanderungsgeschichte in der Politik der Stadt.",
    ),
    (
        "nachbarschaftshilfe-bissen",
        "Nachbarschaftshilfe Bissen e. V. (Demo)",
        "association",
        ["bissen"],
        "Dorfstraße 19",
        "02405 90690",
        "",
        "Nachbarinnen und Nachbarn helfen sich: Fahrdienst, Einkaufshilfe, "
        "Hausaufgabenhilfe und ein Nachbarschaftscafé.",
    ),
]

# The coordination office, exactly as the town publishes it on its website.
COORDINATION_POSITION = "Koordinierungsstelle Prävention und Integration"
COORDINATORS = [
    ("Andrea Schmidt", "andrea.schmidt@wuerselen.de", "02405 67-5007"),
    ("Nathalie Thomé", "nathalie.thome@wuerselen.de", "02405 67-5164"),
]
COORDINATOR_CONSENT_AT = datetime(2024, 5, 1, 9, 0, tzinfo=BERLIN)
COORDINATOR_CONSENT_TEXT = (
    "Die Stadt Würselen veröffentlicht diesen Kontakt der Koordinierungsstelle "
    "Prävention und Integration auf ihrer Website (#vielfaltgestalten). "
    "Diese Demo zeigt ihn so, wie er dort steht."
)

# The back office asks coordinators for a second factor. The demo coordinator's is
# published on purpose (README, `make demo`): add the key to an authenticator app,
# or sign in with one of the recovery codes (each once; `make demo` renews them).
DEMO_TOTP_SECRET = "VIELFALTDEMOKOORDINATIONWURSELEN"  # noqa: S105 (demo only)
DEMO_RECOVERY_SEED = "vielfalt-demo-recovery-codes"


def demo_recovery_codes():
    """The demo coordinator's recovery codes, as printed by `make demo`."""
    authenticator = Authenticator(
        type=Authenticator.Type.RECOVERY_CODES, data={"seed": DEMO_RECOVERY_SEED, "used_mask": 0}
    )
    return RecoveryCodes(authenticator).generate_codes()


def set_demo_second_factor(user):
    Authenticator.objects.update_or_create(
        user=user, type=Authenticator.Type.TOTP, defaults={"data": {"secret": DEMO_TOTP_SECRET}}
    )
    Authenticator.objects.update_or_create(
        user=user,
        type=Authenticator.Type.RECOVERY_CODES,
        defaults={"data": {"seed": DEMO_RECOVERY_SEED, "used_mask": 0}},
    )


def load(stdout):
    districts = {d.slug: d for d in District.objects.all()}
    organisations = {}
    for slug, name, kind, district_slugs, street, phone, website, text in ORGANISATIONS:
        organisation = upsert(
            Organisation,
            [{"slug": slug}],
            {
                "slug": slug,
                "name": name,
                "kind": kind,
                "description": text,
                "street": street,
                "postal_code": POSTAL_CODE,
                "city": CITY,
                "website": website,
                "email": "" if slug == "stadt-wuerselen" else f"{slug}@example.org",
                "phone": phone,
                "is_public": True,
            },
        )
        organisation.districts.set([districts[s] for s in district_slugs])
        organisations[slug] = organisation

    for name, email, phone in COORDINATORS:
        upsert_person(
            email,
            name=name,
            organisation=organisations["stadt-wuerselen"],
            position=COORDINATION_POSITION,
            phone=phone,
            is_coordinator=True,
            public_contact=True,
            consent_given_at=COORDINATOR_CONSENT_AT,
            consent_text=COORDINATOR_CONSENT_TEXT,
        )

    for name, email, organisation, position, expert, multiplier in PEOPLE:
        consent_at, phone = MODERATOR_CONSENTS.get(email, (None, ""))
        upsert_person(
            email,
            name=name,
            organisation=organisations[organisation],
            position=position,
            phone=phone,
            is_expert=expert,
            is_multiplier=multiplier,
            is_coordinator=False,
            public_contact=consent_at is not None,
            consent_given_at=consent_at,
            consent_text=MODERATOR_CONSENT_TEXT if consent_at else "",
        )

    for email, name, organisation, position, is_coordinator in DEMO_LOGINS:
        user = upsert_demo_user(email, name)
        # A login belongs to one person; take it back if someone relinked it.
        Person.objects.filter(user=user).exclude(email__iexact=email).update(user=None)
        upsert_person(
            email,
            name=name,
            organisation=organisations[organisation],
            position=position,
            is_coordinator=is_coordinator,
            public_contact=False,
            consent_given_at=None,
            consent_text="",
            user=user,
        )
        if is_coordinator:
            set_demo_second_factor(user)

    people = len(COORDINATORS) + len(PEOPLE) + len(DEMO_LOGINS)
    stdout.write(
        _(
            "Netzwerk: %(organisations)d Organisationen, %(people)d Personen "
            "(davon %(coordinators)d Koordinatorinnen mit öffentlichem Kontakt), "
            "%(logins)d Demo-Zugänge"
        )
        % {
            "organisations": len(ORGANISATIONS),
            "people": people,
            "coordinators": len(COORDINATORS),
            "logins": len(DEMO_LOGINS),
        }
    )


def upsert_person(email, **fields):
    """Create or update the person with this e-mail (compared without case)."""
    return upsert(Person, [{"email__iexact": email}], {"email": email, **fields})


def upsert_demo_user(email, name):
    """Create the demo login, or reset it to the demo password and name."""
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        return User.objects.create_user(email=email, password=DEMO_PASSWORD, name=name)
    user.name = name
    user.is_active = True
    if not user.check_password(DEMO_PASSWORD):
        user.set_password(DEMO_PASSWORD)
    user.save()
    return user
