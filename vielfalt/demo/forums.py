"""The seven forums of the seed page (``wuerselen.FORUMS``) and who takes part in them."""

from datetime import date

from django.db.models.functions import Lower
from django.utils.translation import gettext as _

from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.network.models import Person

from . import upsert
from .wuerselen import FORUMS, names

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
                **names(slug),
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
