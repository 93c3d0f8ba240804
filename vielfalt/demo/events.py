"""The network's events and committee briefings: the August 2023 kickoff with 60
registrations whose forum choices became the forums' memberships, the May 2024
network meeting with minutes, an upcoming meeting open for registration, and
briefings of three committees whose feedback reached forums as impulses.

All people are the demo's fictional ones (``people.py``); their forum choices
are the forums they belong to in ``forums.MEMBERSHIPS``, so turning the choices
into memberships (the organisers' reviewed step, ``events.assignment``) adds no
membership the forums demo does not already hold.
"""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext as _

from vielfalt.collection.models import Impulse, Source
from vielfalt.events import assignment
from vielfalt.events.forms import CONSENT_TEXT
from vielfalt.events.models import Briefing, Committee, Event, ForumPreference, Registration
from vielfalt.forums.models import Forum
from vielfalt.network.models import Person
from vielfalt.process.models import Milestone

from . import upsert
from .forums import MEMBERSHIPS
from .people import DEMO_LOGINS, PEOPLE

BERLIN = ZoneInfo("Europe/Berlin")
KICKOFF_REGISTRATIONS = 60
ORGANISER_EMAIL = "koordination@example.org"

KICKOFF = {
    "title": "Auftaktworkshop #vielfaltgestalten",
    "kind": Event.Kind.WORKSHOP,
    "description": (
        "Der Auftakt des Netzwerks: Wir lernen uns kennen, sammeln Themen und ordnen uns "
        "den Foren zu, in denen wir danach weiterarbeiten."
    ),
    "starts_at": datetime(2023, 8, 30, 14, 0, tzinfo=BERLIN),
    "ends_at": datetime(2023, 8, 30, 18, 0, tzinfo=BERLIN),
    "place": "Rathaus, Ratssaal",
    "accessibility_notes": "Stufenloser Zugang über den Seiteneingang, barrierefreie Toilette.",
    "capacity": 70,
    "registration_opens": datetime(2023, 7, 1, 9, 0, tzinfo=BERLIN),
    "registration_closes": datetime(2023, 8, 25, 23, 59, tzinfo=BERLIN),
    "asks_forum_preferences": True,
    "agenda": (
        "1. Begrüßung\n2. Was wir in der Abfrage gehört haben\n3. Themeninseln\n"
        "4. Zuordnung zu den Foren\n5. Wie es weitergeht"
    ),
    "milestone_title": "Auftaktworkshop mit ca. 60 Teilnehmenden",
}
NETWORK_MEETING = {
    "title": "1. Netzwerktreffen",
    "kind": Event.Kind.NETWORK_MEETING,
    "description": "Alle Foren berichten: Was gibt es schon, was fehlt?",
    "starts_at": datetime(2024, 5, 15, 15, 0, tzinfo=BERLIN),
    "ends_at": datetime(2024, 5, 15, 18, 0, tzinfo=BERLIN),
    "place": "Rathaus, Ratssaal",
    "accessibility_notes": "Stufenloser Zugang über den Seiteneingang.",
    "capacity": 80,
    "registration_opens": datetime(2024, 4, 1, 9, 0, tzinfo=BERLIN),
    "registration_closes": datetime(2024, 5, 12, 23, 59, tzinfo=BERLIN),
    "asks_forum_preferences": False,
    "agenda": "1. Berichte aus den Foren\n2. Querschnittsthemen\n3. Nächste Schritte",
    "minutes": (
        "## Berichte aus den Foren\n\nAlle sieben Foren haben ihren Bestand und ihre Bedarfe "
        "vorgestellt. Mehrere Foren sehen fehlende Angebote für Väter und für Jugendliche "
        "nach der Schule.\n\n## Verabredungen\n\n- Die Foren sammeln bis zum Herbst "
        "Lösungsansätze.\n- Die Koordination berichtet im Jugendhilfeausschuss.\n"
    ),
    "milestone_title": "1. Netzwerktreffen",
}
NETWORK_MEETING_REGISTRATIONS = 42
UPCOMING_REGISTRATIONS = 14

COMMITTEES = [
    ("Jugendhilfeausschuss", Committee.Kind.POLITICAL),
    ("Integrationsrat", Committee.Kind.POLITICAL),
    ("Sozialausschuss", Committee.Kind.POLITICAL),
]
# date, committee, topic, summary, feedback, forum slug the feedback went to, impulse title
BRIEFINGS = [
    (
        date(2023, 3, 7),
        "Jugendhilfeausschuss",
        "Präventionskette und Integrationskonzept: Start der Zusammenarbeit",
        "Die Koordination stellte das Vorhaben und die Ergebnisse der Abfrage vor.",
        "Der Ausschuss bittet darum, Angebote für Väter früh mitzudenken.",
        "gesundheit",
        "Angebote für Väter früh mitdenken",
    ),
    (
        date(2023, 3, 15),
        "Integrationsrat",
        "Integrationskonzept: Beteiligung der Migrantenorganisationen",
        "Vorstellung der Foren und der Wege, sich zu beteiligen.",
        "Der Integrationsrat regt an, Informationen in mehreren Sprachen anzubieten "
        "und Migrantenorganisationen direkt einzuladen.",
        "sprache-und-bildung",
        "Informationen mehrsprachig anbieten",
    ),
    (
        date(2024, 6, 11),
        "Sozialausschuss",
        "Sachstand nach dem 1. Netzwerktreffen",
        "Bericht über Bestand und Bedarfe aus den sieben Foren.",
        "Der Ausschuss fragt nach bezahlbaren Freizeitangeboten für Jugendliche in den Ortsteilen.",
        "sport-und-freizeit",
        "Bezahlbare Freizeitangebote für Jugendliche in den Ortsteilen",
    ),
]


def participants():
    """(name, e-mail) of the demo's fictional people, those in forums first."""
    people = [(name, email) for email, name, *_rest in DEMO_LOGINS]
    people += [(name, email) for name, email, *_rest in PEOPLE]
    in_forums = {e for moderators, members in MEMBERSHIPS.values() for e in moderators + members}
    return sorted(people, key=lambda p: p[1] not in in_forums)


def choices_of(email):
    """The forums a person belongs to in the forums demo, in the forums' order (up to 3)."""
    slugs = [s for s, (mods, members) in MEMBERSHIPS.items() if email in mods + members]
    return slugs[:3]


def load_event(values, organiser):
    values = dict(values)
    milestone = Milestone.objects.filter(title=values.pop("milestone_title", None)).first()
    values.update({"organiser_person": organiser, "milestone": milestone, "is_public": True})
    values.setdefault("minutes", "")
    return upsert(Event, [{"title": values["title"]}], values)


def load_registrations(event, people, when, attended, forums=None):
    for n, (name, email) in enumerate(people):
        registration = upsert(
            Registration,
            [{"event": event, "email": email}],
            {
                "event": event,
                "name": name,
                "email": email,
                "status": Registration.Status.CONFIRMED,
                "attended": attended,
                "consent_text": str(CONSENT_TEXT),
                "consent_given_at": when + timedelta(hours=n),
                "created": when + timedelta(hours=n),
            },
        )
        if forums is None:
            continue
        for rank, slug in enumerate(choices_of(email), start=1):
            upsert(
                ForumPreference,
                [{"registration": registration, "rank": rank}],
                {"registration": registration, "rank": rank, "forum": forums[slug]},
            )


def load_briefings(forums):
    committees = {
        name: upsert(Committee, [{"name": name}], {"name": name, "kind": kind})
        for name, kind in COMMITTEES
    }
    briefing_type = ContentType.objects.get_for_model(Briefing)
    informed = Milestone.objects.filter(date=date(2023, 3, 1)).first()
    for when, committee, topic, summary, feedback, slug, impulse_title in BRIEFINGS:
        briefing = upsert(
            Briefing,
            [{"committee": committees[committee], "topic": topic}],
            {
                "date": when,
                "committee": committees[committee],
                "topic": topic,
                "summary": summary,
                "feedback": feedback,
                "is_public": True,
                "milestone": informed if when.year == 2023 else None,
            },
        )
        briefing.forums.add(forums[slug])
        upsert(
            Impulse,
            [{"source_type": briefing_type, "source_id": briefing.pk}],
            {
                "forum": forums[slug],
                "title": impulse_title,
                "text": feedback,
                "source": Source.COMMITTEE,
                "source_note": f"{committee}, {when:%d.%m.%Y}",
                "source_type": briefing_type,
                "source_id": briefing.pk,
                # Received when the committee met, not when the demo was loaded.
                "created": datetime(when.year, when.month, when.day, 18, tzinfo=BERLIN),
            },
        )


def load(stdout):
    forums = {forum.slug: forum for forum in Forum.objects.all()}
    organiser = Person.objects.filter(email__iexact=ORGANISER_EMAIL).first()
    people = participants()

    kickoff = load_event(KICKOFF, organiser)
    kickoff.forums.set(forums.values())
    load_registrations(
        kickoff,
        people[:KICKOFF_REGISTRATIONS],
        datetime(2023, 7, 3, 9, 0, tzinfo=BERLIN),
        attended=True,
        forums=forums,
    )
    moves = assignment.plan(kickoff, per_person=3)
    assignment.carry_out(moves)

    meeting = load_event(NETWORK_MEETING, organiser)
    meeting.forums.set(forums.values())
    load_registrations(
        meeting,
        people[:NETWORK_MEETING_REGISTRATIONS],
        datetime(2024, 4, 2, 9, 0, tzinfo=BERLIN),
        attended=True,
    )

    # The next meeting lies ahead whenever the demo is loaded.
    start = timezone.localtime().replace(hour=15, minute=0, second=0, microsecond=0)
    start += timedelta(days=45)
    upcoming = load_event(
        {
            "title": "Netzwerktreffen: Lösungsansätze aus den Foren",
            "kind": Event.Kind.NETWORK_MEETING,
            "description": "Die Foren stellen ihre Lösungsansätze vor; wir verabreden, was "
            "wir gemeinsam angehen.",
            "starts_at": start,
            "ends_at": start + timedelta(hours=3),
            "place": "Rathaus, Ratssaal",
            "accessibility_notes": "Stufenloser Zugang über den Seiteneingang.",
            "online_url": "",
            "capacity": 60,
            "registration_opens": start - timedelta(days=50),
            "registration_closes": start - timedelta(days=3),
            "asks_forum_preferences": False,
            "agenda": "1. Lösungsansätze der Foren\n2. Gemeinsame Vorhaben\n3. Verschiedenes",
        },
        organiser,
    )
    upcoming.forums.set(forums.values())
    load_registrations(
        upcoming,
        people[:UPCOMING_REGISTRATIONS],
        start - timedelta(days=40),
        attended=False,
    )

    load_briefings(forums)
    stdout.write(
        _(
            "Veranstaltungen: %(events)d Veranstaltungen, %(registrations)d Anmeldungen "
            "zum Auftakt, daraus %(memberships)d Mitgliedschaften in Foren, %(briefings)d "
            "Berichte an Gremien"
        )
        % {
            "events": 3,
            "registrations": KICKOFF_REGISTRATIONS,
            "memberships": len(moves),
            "briefings": len(BRIEFINGS),
        }
    )
