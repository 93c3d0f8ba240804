"""Open impulses in the forums' triage inboxes: from meeting minutes and from the public.

Everything here is fictional. Impulses are found again by forum and title, so
loading twice changes nothing; one that a coordinator has decided in the
meantime keeps its decision.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _

from vielfalt.collection.models import Impulse, PublicSuggestion, Source
from vielfalt.forums.models import Forum
from vielfalt.meetings.models import Meeting

BERLIN = ZoneInfo("Europe/Berlin")
CONSENT = (
    "Ich bin einverstanden, dass die Koordination meine Angaben speichert, um meinen "
    "Vorschlag zu bearbeiten."
)

# forum slug: [(title, text, source, meeting title or None, public sender's e-mail or None)]
IMPULSES = {
    "sprache-und-bildung": [
        (
            "Abendkurs Deutsch für berufstätige Väter",
            "Im Protokoll vom Herbst 2024 steht, dass ein Abendkurs fehlt. Das Bildungswerk "
            "könnte einen Kurs ab 18 Uhr anbieten, wenn ein Raum in Broichweiden gefunden wird.",
            Source.MEETING,
            "Forumstreffen Herbst 2024",
            None,
        ),
        (
            "Vorlesepaten in mehreren Sprachen",
            "Ich lese gern auf Türkisch und Deutsch vor und würde das in der Stadtbibliothek "
            "einmal im Monat anbieten.",
            Source.PUBLIC,
            None,
            "vorlesen@example.org",
        ),
        (
            "Elternbriefe in einfacher Sprache",
            "Mehrere Schulen schicken Elternbriefe nur auf Deutsch und in langen Sätzen. "
            "Eine Vorlage in einfacher Sprache würde vielen Familien helfen.",
            Source.MEETING,
            "Forumstreffen Frühjahr 2024",
            None,
        ),
    ],
    "sport-und-freizeit": [
        (
            "Schwimmkurs für Mädchen mit Trainerin",
            "Einige Familien melden ihre Töchter nur an, wenn eine Frau den Kurs leitet. "
            "Vielleicht kann das Hallenbad eine Zeit dafür freihalten.",
            Source.PUBLIC,
            None,
            "schwimmen@example.org",
        ),
        (
            "Ferienprogramm auch in Morsbach",
            "Das Ferienprogramm findet fast nur in der Stadtmitte statt; Kinder aus Morsbach "
            "kommen ohne Bus nicht hin.",
            Source.OTHER,
            None,
            None,
        ),
    ],
    "gesundheit": [
        (
            "Hebammensprechstunde mit Dolmetscherin",
            "Schwangere ohne Deutschkenntnisse finden kaum eine Hebamme. Eine Sprechstunde "
            "mit Sprachmittlung im Familienzentrum wäre ein Anfang.",
            Source.PUBLIC,
            None,
            "hebamme@example.org",
        ),
        (
            "Zahnputzaktion in allen Kitas",
            "Der Arbeitskreis Zahngesundheit kommt bisher nur in drei Kitas. Das Forum könnte "
            "die übrigen Kitas ansprechen.",
            Source.OTHER,
            None,
            None,
        ),
    ],
    "sozialraum-und-wohnen": [
        (
            "Treffpunkt für Familien in Scherberg",
            "In Scherberg gibt es keinen Raum, in dem sich Familien ohne Anmeldung treffen "
            "können. Ein offenes Elterncafé im Gemeindezentrum wäre möglich.",
            Source.PUBLIC,
            None,
            "scherberg@example.org",
        ),
    ],
    "rassismus-und-diskriminierung": [
        (
            "Fortbildung für Vereinsvorstände",
            "Mehrere Vereine wünschen sich eine kurze Fortbildung dazu, wie sie bei "
            "rassistischen Äußerungen im Training reagieren können.",
            Source.OTHER,
            None,
            None,
        ),
    ],
}


def load(stdout):  # type: ignore[no-untyped-def]
    forums = Forum.objects.in_bulk(list(IMPULSES), field_name="slug")
    meeting_type = ContentType.objects.get_for_model(Meeting)
    created = 0
    for slug, impulses in IMPULSES.items():
        forum = forums.get(slug)
        if forum is None:
            continue
        for title, text, source, meeting_title, sender in impulses:
            impulse = Impulse.objects.filter(forum=forum, title=title).first()
            if impulse is not None:
                continue
            meeting = (
                Meeting.objects.filter(forum=forum, title=meeting_title).first()
                if meeting_title
                else None
            )
            impulse = Impulse.objects.create(
                forum=forum,
                title=title,
                text=text,
                source=source,
                source_note=meeting.title if meeting else "",
                source_type=meeting_type if meeting else None,
                source_id=meeting.pk if meeting else None,
                created=datetime(2024, 11, 5, 10, tzinfo=BERLIN),
            )
            if sender:
                PublicSuggestion.objects.create(
                    impulse=impulse,
                    email=sender,
                    consent_given_at=impulse.created,
                    consent_text=CONSENT,
                    confirmed_at=impulse.created,
                )
            created += 1
    total = Impulse.objects.filter(forum__slug__in=list(IMPULSES)).count()
    stdout.write(
        _("Impulse: %(total)d in den Eingängen der Foren (%(created)d neu).")
        % {"total": total, "created": created}
    )
