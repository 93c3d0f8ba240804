"""The seven forums of the seed page and who takes part in them."""

from datetime import date

from django.db.models.functions import Lower
from django.utils.translation import gettext as _

from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.network.models import Person

from . import upsert

# slug, name, name_en, status, description, description_en; in the order of the page
FORUMS = [
    (
        "sprache-und-bildung",
        "Sprache und Bildung",
        "Language and education",
        Forum.Status.ACTIVE,
        "Deutsch lernen, Mehrsprachigkeit und gute Bildung von der Kita bis zum Beruf. "
        "Hier treffen sich Kitas, Schulen, Sprachkursträger und Vereine.",
        "Learning German, growing up with several languages, and good education from "
        "daycare to work. Daycare centres, schools, language course providers and "
        "associations meet here.",
    ),
    (
        "sport-und-freizeit",
        "Sport und Freizeit",
        "Sport and leisure",
        Forum.Status.ACTIVE,
        "Sport, Bewegung und Freizeit für alle: Vereine, Jugendtreffs und Schulen "
        "machen ihre Angebote bekannter und offener.",
        "Sports, exercise and leisure for everyone: clubs, youth centres and schools "
        "make their activities better known and more open.",
    ),
    (
        "gesundheit",
        "Gesundheit",
        "Health",
        Forum.Status.ACTIVE,
        "Gesund aufwachsen und gesund bleiben: Hebammen, Ärztinnen und Ärzte, Frühe Hilfen "
        "und Beratungsstellen arbeiten zusammen.",
        "Growing up healthy and staying healthy: midwives, doctors, early support "
        "services and counselling centres work together.",
    ),
    (
        "sozialraum-und-wohnen",
        "Sozialraum und Wohnen",
        "Neighbourhood and housing",
        Forum.Status.ACTIVE,
        "Gutes Zusammenleben in den Stadtteilen: Nachbarschaft, Treffpunkte, Wohnen und "
        "Hilfe im Alltag.",
        "Living together well in the districts: neighbourhood, meeting places, housing "
        "and help in everyday life.",
    ),
    (
        "rassismus-und-diskriminierung",
        "Rassismus und Diskriminierung",
        "Racism and discrimination",
        Forum.Status.ACTIVE,
        "Rassismus und Diskriminierung erkennen, darüber sprechen und etwas dagegen tun. "
        "Mit Beratung, Fortbildung und Begegnung.",
        "Recognising racism and discrimination, talking about them and acting against "
        "them, with counselling, training and encounters.",
    ),
    (
        "arbeitsmarkt",
        "Arbeitsmarkt",
        "Labour market",
        Forum.Status.DORMANT,
        "Wege in Ausbildung und Arbeit, besonders für junge und neu zugewanderte Menschen. "
        "Das Forum ruht zurzeit und kann jederzeit wieder aufgegriffen werden.",
        "Ways into training and work, especially for young people and newcomers. The "
        "forum is dormant at the moment and can be taken up again at any time.",
    ),
    (
        "kultur-und-religion",
        "Kultur und Religion",
        "Culture and religion",
        Forum.Status.DORMANT,
        "Begegnung zwischen Kulturen und Religionen, Feste und gemeinsame Projekte. "
        "Das Forum ruht zurzeit und kann jederzeit wieder aufgegriffen werden.",
        "Encounters between cultures and religions, celebrations and joint projects. The "
        "forum is dormant at the moment and can be taken up again at any time.",
    ),
]

# Most people joined a forum at the Auftaktworkshop in August 2023.
JOINED_ON = date(2023, 9, 1)

# forum slug: (moderators, members), as e-mail addresses of the network's people
MEMBERSHIPS = {
    "sprache-und-bildung": (
        ["moderation@example.org", "petra.krueger@example.org"],
        [
            "jonas.becker@example.org",
            "aylin.kaya@example.org",
            "fatma.oeztuerk@example.org",
            "katharina.wagner@example.org",
            "oleksandra.kovalenko@example.org",
            "hamza.al-masri@example.org",
            "julia.neumann@example.org",
            "stefan.richter@example.org",
            "martina.vogel@example.org",
            "helga.fischer@example.org",
            "ahmad.karimi@example.org",
            "olena.bondarenko@example.org",
            "esther.mensah@example.org",
        ],
    ),
    "sport-und-freizeit": (
        ["kevin.schmitz@example.org", "monika.schaefer@example.org"],
        [
            "mitglied@example.org",
            "thomas.schulz@example.org",
            "mehmet.demir@example.org",
            "andreas.keller@example.org",
            "zeynep.arslan@example.org",
            "werner.hahn@example.org",
            "tarek.nasser@example.org",
            "luca.romano@example.org",
            "heike.jansen@example.org",
            "svetlana.morozova@example.org",
            "emre.celik@example.org",
            "teresa.nowak@example.org",
            "adriana.popescu@example.org",
        ],
    ),
    "gesundheit": (
        ["sabine.hoffmann@example.org", "susanne.klein@example.org"],
        [
            "fatma.oeztuerk@example.org",
            "maria.rossi@example.org",
            "claudia.lange@example.org",
            "ali.rahimi@example.org",
            "anna.weber@example.org",
            "elif.yilmaz@example.org",
            "markus.braun@example.org",
            "rania.saleh@example.org",
            "giorgos.papadopoulos@example.org",
            "nour.aziz@example.org",
            "hatice.sahin@example.org",
        ],
    ),
    "sozialraum-und-wohnen": (
        ["birgit.zimmermann@example.org"],
        [
            "leyla.hosseini@example.org",
            "yusuf.haddad@example.org",
            "natalia.wisniewska@example.org",
            "miriam.adler@example.org",
            "irina.volkova@example.org",
            "olena.bondarenko@example.org",
            "christian.meyer@example.org",
            "gabriele.roth@example.org",
            "michael.schneider@example.org",
            "amina.diallo@example.org",
            "ursula.schmitt@example.org",
            "goran.petrovic@example.org",
            "wojciech.kowalski@example.org",
        ],
    ),
    "rassismus-und-diskriminierung": (
        ["leyla.hosseini@example.org", "miriam.adler@example.org"],
        [
            "hamza.al-masri@example.org",
            "ali.rahimi@example.org",
            "zeynep.arslan@example.org",
            "yusuf.haddad@example.org",
            "samuel.tesfaye@example.org",
            "khaled.ibrahim@example.org",
            "taras.melnyk@example.org",
            "emre.celik@example.org",
            "gabriele.roth@example.org",
            "buelent.aydin@example.org",
            "amina.diallo@example.org",
        ],
    ),
    # Dormant forums: a few people who would take the topic up again.
    "arbeitsmarkt": (
        [],
        [
            "martina.vogel@example.org",
            "ralf.peters@example.org",
            "sandra.koch@example.org",
        ],
    ),
    "kultur-und-religion": (
        [],
        ["daniel.wolf@example.org", "khaled.ibrahim@example.org"],
    ),
}


def load(stdout):
    forums = {}
    for position, (slug, name, name_en, status, text, text_en) in enumerate(FORUMS, start=1):
        forums[slug] = upsert(
            Forum,
            [{"slug": slug}, {"name": name}],
            {
                "slug": slug,
                "name": name,
                "name_en": name_en,
                "status": status,
                "position": position,
                "description": text,
                "description_en": text_en,
            },
        )

    emails = {e for moderators, members in MEMBERSHIPS.values() for e in moderators + members}
    people = {
        p.email.lower(): p
        for p in Person.objects.annotate(email_lower=Lower("email")).filter(email_lower__in=emails)
    }
    count = 0
    for slug, (moderators, members) in MEMBERSHIPS.items():
        roles = [(e, ForumMembership.Role.MODERATOR) for e in moderators]
        roles += [(e, ForumMembership.Role.MEMBER) for e in members]
        for email, role in roles:
            forum, person = forums[slug], people[email]
            upsert(
                ForumMembership,
                [{"forum": forum, "person": person}],
                {"forum": forum, "person": person, "role": role, "joined_on": JOINED_ON},
            )
            count += 1

    stdout.write(
        _("Foren: %(forums)d Foren mit %(memberships)d Mitgliedschaften")
        % {"forums": len(FORUMS), "memberships": count}
    )
