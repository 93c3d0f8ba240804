"""Reviving the dormant forums: pledges to take them up, and one proposed topic.

All fictional (example.org). People of the network pledge as themselves; the
public pledges carry a name and an address, confirmed as after the link."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.db.models.functions import Lower
from django.utils.translation import gettext as _

from vielfalt.forums.models import Forum, Pledge
from vielfalt.network.models import Person
from vielfalt.process.models import TopicProposal

from . import upsert

BERLIN = ZoneInfo("Europe/Berlin")
CONSENT = (
    "Ich bin einverstanden, dass die Koordination des Netzwerks meinen Namen und meine "
    "E-Mail-Adresse speichert, um mich zu benachrichtigen, wenn dieses Forum wieder startet."
)

# forum slug, e-mail, name (None: a person of the network), message, date
PLEDGES = [
    ("arbeitsmarkt", "ralf.peters@example.org", None, "", datetime(2024, 5, 22, 18, 5)),
    ("arbeitsmarkt", "sandra.koch@example.org", None, "", datetime(2024, 6, 3, 9, 40)),
    (
        "arbeitsmarkt",
        "tobias.lenz@example.org",
        "Tobias Lenz",
        "Ich begleite junge Geflüchtete in die Ausbildung und kenne einige Betriebe.",
        datetime(2024, 6, 11, 20, 15),
    ),
    ("kultur-und-religion", "daniel.wolf@example.org", None, "", datetime(2024, 4, 8, 11, 0)),
    (
        "kultur-und-religion",
        "irene.vogt@example.org",
        "Irene Vogt",
        "Unsere Gemeinde würde gern ein Fest der Kulturen mit ausrichten.",
        datetime(2024, 5, 30, 17, 30),
    ),
]

PROPOSAL = {
    "title": "Digitale Teilhabe im Alter",
    "name": "Gisela Brandt",
    "email": "gisela.brandt@example.org",
    "language": "de",
    "created": datetime(2024, 6, 18, 10, 20, tzinfo=BERLIN),
}


def load(stdout):
    forums = {f.slug: f for f in Forum.objects.filter(slug__in={p[0] for p in PLEDGES})}
    emails = [email for _slug, email, name, _message, _date in PLEDGES if name is None]
    people = {
        p.email.lower(): p
        for p in Person.objects.annotate(email_lower=Lower("email")).filter(email_lower__in=emails)
    }
    count = 0
    for slug, email, name, message, when in PLEDGES:
        forum, person = forums[slug], people.get(email) if name is None else None
        moment = when.replace(tzinfo=BERLIN)
        upsert(
            Pledge,
            [{"forum": forum, "email__iexact": email}],
            {
                "forum": forum,
                "person": person,
                "name": person.name if person else name,
                "email": email,
                "language": "de",
                "message": message,
                "consent_given_at": None if person else moment,
                "consent_text": "" if person else CONSENT,
                "created": moment,
                "confirmed_at": moment,
            },
        )
        count += 1
    upsert(TopicProposal, [{"email": PROPOSAL["email"], "title": PROPOSAL["title"]}], PROPOSAL)
    stdout.write(
        _("Wiederbelebung: %(pledges)d Zusagen für ruhende Foren, 1 Themenvorschlag")
        % {"pledges": count}
    )
