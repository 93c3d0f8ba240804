"""Two past meetings of every active forum, with minutes, decisions and action items.

Everything here is fictional (the people are the demo's). Meetings are found
again by forum and title, action items by meeting and task, so loading twice
changes nothing. The demo moderator (moderation@example.org) keeps one open
action item, so that "Mein Bereich" shows it.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.db.models.functions import Lower
from django.utils.translation import gettext as _

from vielfalt.forums.models import Forum
from vielfalt.meetings.models import ActionItem, Meeting
from vielfalt.network.models import Person

from . import upsert

BERLIN = ZoneInfo("Europe/Berlin")


def at(year, month, day, hour, minute=0):  # type: ignore[no-untyped-def]
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


# forum slug: [meeting, ...]; a meeting: title, start, end, place, agenda, minutes,
# decisions, and its action items as (task, responsible e-mail or free-text name,
# due date, done on)
MEETINGS = {
    "sprache-und-bildung": [
        {
            "title": "Forumstreffen Frühjahr 2024",
            "starts_at": at(2024, 3, 12, 16),
            "ends_at": at(2024, 3, 12, 18),
            "place": "Grundschule Lindenplatz, Mehrzweckraum",
            "agenda": (
                "1. Begrüßung und Protokoll der letzten Sitzung\n"
                "2. Sprachkurse für Eltern: was es gibt, was fehlt\n"
                "3. Übergang Kita – Grundschule\n"
                "4. Verschiedenes"
            ),
            "minutes": (
                "Anwesend: 11 Personen aus Kitas, Schulen, Bildungswerk und Vereinen.\n\n"
                "## Sprachkurse für Eltern\n\n"
                "Das Bildungswerk Wurmtal bietet zwei Integrationskurse am Vormittag an. "
                "Mehrere Kitas berichten, dass Mütter mit kleinen Kindern sie ohne "
                "Kinderbetreuung nicht besuchen können. Für Väter, die tagsüber arbeiten, "
                "fehlt ein Abendkurs.\n\n"
                "## Übergang Kita – Grundschule\n\n"
                "Frau Krüger stellt das Patenprojekt der Grundschule vor: Viertklässlerinnen "
                "und Viertklässler begleiten die neuen Erstklässler in den ersten Wochen. "
                "Eltern mit wenig Deutschkenntnissen erreichen die Einladungen zum "
                "Elternabend oft nicht."
            ),
            "decisions": (
                "- Das Forum sammelt bis Mai, welche Kitas Kinderbetreuung während eines "
                "Sprachkurses anbieten könnten.\n"
                "- Die Einladung zum ersten Elternabend wird in fünf Sprachen übersetzt."
            ),
            "items": [
                ("Abfrage bei den Kitas zur Kinderbetreuung während der Sprachkurse", "moderation@example.org", date(2024, 5, 15), date(2024, 5, 10)),
                ("Einladung zum Elternabend in Türkisch, Arabisch, Ukrainisch, Polnisch und Englisch übersetzen lassen", "petra.krueger@example.org", date(2024, 6, 30), date(2024, 6, 21)),
            ],
        },
        {
            "title": "Forumstreffen Herbst 2024",
            "starts_at": at(2024, 9, 24, 16),
            "ends_at": at(2024, 9, 24, 18),
            "place": "Bildungswerk Wurmtal, Seminarraum 1",
            "agenda": (
                "1. Begrüßung\n"
                "2. Ergebnisse der Kita-Abfrage zur Kinderbetreuung\n"
                "3. Abendkurs Deutsch für Berufstätige\n"
                "4. Termine 2025"
            ),
            "minutes": (
                "Anwesend: 9 Personen.\n\n"
                "## Kinderbetreuung während der Sprachkurse\n\n"
                "Drei Kitas können an zwei Vormittagen je sechs Plätze anbieten, wenn der "
                "Kurs im selben Stadtteil stattfindet. Herr Yıldız prüft, ob der "
                "Vormittagskurs nach Broichweiden umziehen kann.\n\n"
                "## Abendkurs\n\n"
                "Ein Abendkurs ab Januar ist möglich, wenn sich mindestens zwölf Personen "
                "anmelden. Die Schulsozialarbeit verteilt die Anmeldung über die Elternbriefe."
            ),
            "decisions": (
                "- Der Vormittagskurs zieht ab Januar 2025 in das Familienzentrum nach "
                "Broichweiden, mit Kinderbetreuung.\n"
                "- Das Forum wirbt gemeinsam für den Abendkurs."
            ),
            "items": [
                ("Raum und Kinderbetreuung für den Vormittagskurs in Broichweiden vereinbaren", "moderation@example.org", date(2024, 11, 30), None),
                ("Anmeldebogen für den Abendkurs über die Elternbriefe verteilen", "hamza.al-masri@example.org", date(2024, 10, 31), date(2024, 10, 28)),
                ("Kursplakat im Stadtteilbüro aushängen", "Frau Lenz (Stadtteilbüro)", date(2024, 11, 15), None),
            ],
        },
    ],
    "sport-und-freizeit": [
        {
            "title": "Forumstreffen Februar 2024",
            "starts_at": at(2024, 2, 20, 18),
            "ends_at": at(2024, 2, 20, 19, 30),
            "place": "Jugendtreff Scherberg",
            "agenda": (
                "1. Begrüßung\n2. Offene Hallenzeiten für Jugendliche\n"
                "3. Vereinsbeiträge und Bildungs- und Teilhabepaket\n4. Verschiedenes"
            ),
            "minutes": (
                "Anwesend: 8 Personen aus Vereinen, Jugendtreff und Schulen.\n\n"
                "Freitagabends gibt es keinen offenen Sportort für Jugendliche. Der "
                "TV Bardenberg könnte die kleine Halle von 18 bis 20 Uhr öffnen, wenn eine "
                "zweite Betreuungsperson dabei ist.\n\n"
                "Viele Familien kennen die Förderung der Vereinsbeiträge über das Bildungs- "
                "und Teilhabepaket nicht."
            ),
            "decisions": (
                "- Versuch „Offene Halle am Freitag“ von April bis Juni.\n"
                "- Ein kurzes Merkblatt zum Bildungs- und Teilhabepaket für Vereine."
            ),
            "items": [
                ("Hallenzeit am Freitag beim Sportamt beantragen", "monika.schaefer@example.org", date(2024, 3, 15), date(2024, 3, 8)),
                ("Merkblatt Bildungs- und Teilhabepaket entwerfen", "kevin.schmitz@example.org", date(2024, 4, 30), date(2024, 5, 6)),
            ],
        },
        {
            "title": "Forumstreffen Juli 2024",
            "starts_at": at(2024, 7, 2, 18),
            "ends_at": at(2024, 7, 2, 19, 30),
            "place": "TV Bardenberg, Vereinsheim",
            "agenda": "1. Rückblick „Offene Halle am Freitag“\n2. Ferienangebote\n3. Verschiedenes",
            "minutes": (
                "Anwesend: 7 Personen.\n\n"
                "Zur offenen Halle kamen im Schnitt 14 Jugendliche, viele zum ersten Mal in "
                "einem Verein. Zwei Jugendliche haben sich inzwischen im Basketball "
                "angemeldet. Die Ferienangebote der Vereine sollen gemeinsam beworben werden."
            ),
            "decisions": (
                "- Die offene Halle läuft nach den Sommerferien weiter.\n"
                "- Ein gemeinsamer Ferienkalender aller Vereine."
            ),
            "items": [
                ("Zweite Betreuungsperson für die offene Halle ab September finden", "mitglied@example.org", date(2024, 8, 31), None),
                ("Ferienangebote der Vereine sammeln", "thomas.schulz@example.org", date(2024, 7, 15), date(2024, 7, 12)),
            ],
        },
    ],
    "gesundheit": [
        {
            "title": "Forumstreffen April 2024",
            "starts_at": at(2024, 4, 9, 14),
            "ends_at": at(2024, 4, 9, 16),
            "place": "Familienzentrum Sonnenblume",
            "agenda": (
                "1. Begrüßung\n2. Hebammenversorgung in Würselen\n"
                "3. Frühe Hilfen: Willkommensbesuche\n4. Verschiedenes"
            ),
            "minutes": (
                "Anwesend: 10 Personen.\n\n"
                "Schwangere finden oft keine Hebamme für die Nachsorge, besonders Familien, "
                "die neu in Würselen sind. Die Frühen Hilfen berichten, dass die "
                "Willkommensbesuche gut angenommen werden, wenn eine Dolmetscherin dabei ist."
            ),
            "decisions": (
                "- Eine Liste der Hebammen mit freien Plätzen wird monatlich aktualisiert.\n"
                "- Willkommensbesuche werden mit dem Sprachmittlerpool geplant."
            ),
            "items": [
                ("Hebammen im Kreis nach freien Plätzen fragen", "sabine.hoffmann@example.org", date(2024, 5, 31), date(2024, 5, 29)),
                ("Kontakt zum Sprachmittlerpool herstellen", "susanne.klein@example.org", date(2024, 6, 15), None),
            ],
        },
        {
            "title": "Forumstreffen Oktober 2024",
            "starts_at": at(2024, 10, 15, 14),
            "ends_at": at(2024, 10, 15, 16),
            "place": "online",
            "online_url": "https://example.org/treffen/gesundheit",
            "agenda": "1. Begrüßung\n2. Impfangebote in Kitas\n3. Termine 2025",
            "minutes": (
                "Anwesend: 8 Personen (online).\n\n"
                "Zwei Kitas möchten einen Infonachmittag zu Impfungen mit dem Kinderarzt "
                "anbieten. Eltern wünschen sich Informationen in ihrer Sprache."
            ),
            "decisions": "- Infonachmittag „Impfen“ im Februar 2025 in der Kita Pusteblume.",
            "items": [
                ("Kinderarztpraxis Morsbach für den Infonachmittag anfragen", "maria.rossi@example.org", date(2024, 12, 1), None),
                ("Mehrsprachige Impfinformationen der BZgA bestellen", "sabine.hoffmann@example.org", date(2024, 11, 15), date(2024, 11, 4)),
            ],
        },
    ],
    "sozialraum-und-wohnen": [
        {
            "title": "Forumstreffen März 2024",
            "starts_at": at(2024, 3, 5, 17),
            "ends_at": at(2024, 3, 5, 19),
            "place": "Sozialdienst Wurmtal, Besprechungsraum",
            "agenda": "1. Begrüßung\n2. Nachbarschaftstreff Scherberg\n3. Wohnungssuche\n4. Verschiedenes",
            "minutes": (
                "Anwesend: 9 Personen.\n\n"
                "Im Scherberg fehlt ein Treffpunkt ohne Konsumzwang. Die evangelische "
                "Gemeinde bietet ihren Gemeindesaal dienstags an. Viele Familien suchen "
                "größere Wohnungen und kennen die Beratung zum Wohnberechtigungsschein nicht."
            ),
            "decisions": "- Ein offenes Nachbarschaftscafé dienstags im Gemeindesaal, ab Mai.",
            "items": [
                ("Nutzungsvereinbarung für den Gemeindesaal abstimmen", "christian.meyer@example.org", date(2024, 4, 15), date(2024, 4, 11)),
                ("Flyer zum Nachbarschaftscafé gestalten", "birgit.zimmermann@example.org", date(2024, 4, 30), date(2024, 4, 26)),
            ],
        },
        {
            "title": "Forumstreffen September 2024",
            "starts_at": at(2024, 9, 10, 17),
            "ends_at": at(2024, 9, 10, 19),
            "place": "Ev. Gemeindesaal Broichweiden",
            "agenda": "1. Rückblick Nachbarschaftscafé\n2. Sprechstunde Wohnen\n3. Verschiedenes",
            "minutes": (
                "Anwesend: 10 Personen.\n\n"
                "Das Café hat sich etabliert, jeden Dienstag kommen 15 bis 25 Personen. "
                "Gewünscht wird eine Sprechstunde zu Wohnungssuche und Nebenkosten."
            ),
            "decisions": "- Einmal im Monat eine Sprechstunde Wohnen im Café.",
            "items": [
                ("Sprechstunde Wohnen mit der Wohnberatung verabreden", "birgit.zimmermann@example.org", date(2024, 10, 31), None),
                ("Ehrenamtliche für den Cafédienst gewinnen", "Herr Okafor (Nachbarschaftsverein)", date(2024, 11, 30), None),
            ],
        },
    ],
    "rassismus-und-diskriminierung": [
        {
            "title": "Forumstreffen Mai 2024",
            "starts_at": at(2024, 5, 14, 17),
            "ends_at": at(2024, 5, 14, 19),
            "place": "Integrationsagentur Wurmtal",
            "agenda": "1. Begrüßung\n2. Beratung bei Diskriminierung\n3. Fortbildung für Fachkräfte\n4. Verschiedenes",
            "minutes": (
                "Anwesend: 8 Personen.\n\n"
                "Betroffene wissen oft nicht, wohin sie sich wenden können. Die "
                "Integrationsagentur bietet Erstberatung an, die aber kaum bekannt ist. "
                "Schulen wünschen eine Fortbildung zu Rassismus im Schulalltag."
            ),
            "decisions": (
                "- Ein Wegweiser „Diskriminierung erlebt?“ in leichter Sprache.\n"
                "- Eine Fortbildung für Lehrkräfte und Schulsozialarbeit im Herbst."
            ),
            "items": [
                ("Wegweiser in leichter Sprache entwerfen", "miriam.adler@example.org", date(2024, 7, 31), date(2024, 8, 5)),
                ("Referentin für die Fortbildung anfragen", "leyla.hosseini@example.org", date(2024, 6, 30), date(2024, 6, 20)),
            ],
        },
        {
            "title": "Forumstreffen November 2024",
            "starts_at": at(2024, 11, 12, 17),
            "ends_at": at(2024, 11, 12, 19),
            "place": "Gesamtschule Wurmtal, Raum A 104",
            "agenda": "1. Rückblick Fortbildung\n2. Aktionswochen gegen Rassismus 2025\n3. Verschiedenes",
            "minutes": (
                "Anwesend: 9 Personen.\n\n"
                "An der Fortbildung nahmen 22 Fachkräfte teil; gewünscht wird eine "
                "Fortsetzung. Für die Aktionswochen im März 2025 schlagen die Schulen eine "
                "Ausstellung und einen Begegnungsnachmittag vor."
            ),
            "decisions": "- Das Forum beteiligt sich an den Aktionswochen 2025 mit einer Ausstellung.",
            "items": [
                ("Ausstellungsraum im Rathaus anfragen", "miriam.adler@example.org", date(2024, 12, 15), None),
                ("Schulen zur Beteiligung an der Ausstellung einladen", "hamza.al-masri@example.org", date(2025, 1, 15), None),
            ],
        },
    ],
}  # fmt: skip


def load(stdout):  # type: ignore[no-untyped-def]
    emails = {
        who for meetings in MEETINGS.values() for m in meetings for _t, who, _d, _x in m["items"]
    }
    people = {
        p.email.lower(): p
        for p in Person.objects.annotate(email_lower=Lower("email")).filter(
            email_lower__in={e for e in emails if "@" in e}
        )
    }
    forums = {f.slug: f for f in Forum.objects.filter(slug__in=MEETINGS)}
    meeting_count = item_count = 0
    for slug, meetings in MEETINGS.items():
        forum = forums[slug]
        for data in meetings:
            meeting = upsert(
                Meeting,
                [{"forum": forum, "title": data["title"]}],
                {
                    "forum": forum,
                    "title": data["title"],
                    "starts_at": data["starts_at"],
                    "ends_at": data["ends_at"],
                    "place": data["place"],
                    "online_url": data.get("online_url", ""),
                    "agenda": data["agenda"],
                    "minutes": data["minutes"],
                    "decisions": data["decisions"],
                    "created": data["starts_at"],
                },
            )
            meeting_count += 1
            for what, who, due_on, done_on in data["items"]:
                person = people[who.lower()] if "@" in who else None
                upsert(
                    ActionItem,
                    [{"meeting": meeting, "what": what}],
                    {
                        "meeting": meeting,
                        "what": what,
                        "responsible": person,
                        "responsible_name": "" if "@" in who else who,
                        "due_on": due_on,
                        "done": done_on is not None,
                        "done_at": at(done_on.year, done_on.month, done_on.day, 12)
                        if done_on
                        else None,
                    },
                )
                item_count += 1
            # The history says "created" on the day of the meeting, not on the day
            # the demo was loaded.
            meeting.history.filter(history_type="+").update(history_date=data["starts_at"])
            ActionItem.history.filter(meeting_id=meeting.pk, history_type="+").update(
                history_date=data["starts_at"]
            )
    stdout.write(
        _("Treffen: %(meetings)d Treffen mit %(items)d Aufgaben")
        % {"meetings": meeting_count, "items": item_count}
    )
