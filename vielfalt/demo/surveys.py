"""The survey that started the network: in January 2023 the experts and
multipliers were asked, for their field of work, about positive developments,
needs and impulses. Fictional responses, spread over the forums' fields; some
impulses are already in the forums' triage inboxes."""

from datetime import datetime, timedelta

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext as _

from vielfalt.collection.models import Impulse, Source
from vielfalt.forums.models import Forum
from vielfalt.network.models import Person
from vielfalt.surveys.models import Answer, Question, Response, Section, Survey

from . import upsert
from .wuerselen import FORUMS

TITLE = "Abfrage der Expertinnen und Experten und Multiplikatorinnen und Multiplikatoren"
INTRO = (
    "Das Netzwerk für Prävention und Integration entsteht. Bevor die Foren beginnen, "
    "möchten wir von Ihnen wissen: Was hat sich in Ihrem Arbeitsfeld positiv entwickelt, "
    "was fehlt, und welche Impulse geben Sie uns mit? Die Abfrage ist anonym."
)
SECTIONS = [
    ("Ihr Arbeitsfeld", [("field_of_work", "In welchem Arbeitsfeld sind Sie tätig?", True)]),
    (
        "Ihre Einschätzung",
        [
            ("long_text", "Welche positiven Entwicklungen sehen Sie in Ihrem Arbeitsfeld?", False),
            ("long_text", "Welche Bedarfe sehen Sie in Ihrem Arbeitsfeld?", True),
            ("long_text", "Welche Impulse möchten Sie dem Netzwerk mitgeben?", False),
        ],
    ),
]

# forum slug: (positive developments, needs, impulses), fictional.
TEXTS = {
    "sprache-und-bildung": (
        [
            "Mehr Sprachkurse mit Kinderbetreuung.",
            "Kitas arbeiten enger mit Familienzentren zusammen.",
            "Ehrenamtliche Lesepatenschaften an Grundschulen.",
        ],
        [
            "Wartelisten für Integrationskurse sind lang.",
            "Es fehlen Sprachmittlerinnen und Sprachmittler für Elterngespräche.",
            "Übergänge von der Kita in die Schule brauchen mehr Begleitung.",
        ],
        [
            "Ein gemeinsamer Kalender aller Sprachangebote.",
            "Sprachcafés in den Stadtteilen, offen für alle.",
            "Fortbildung zu Mehrsprachigkeit für pädagogische Fachkräfte.",
        ],
    ),
    "sport-und-freizeit": (
        [
            "Vereine öffnen sich für neue Mitglieder.",
            "Offene Sporthallen am Wochenende werden gut angenommen.",
            "Mehr Mädchen in den Fußballgruppen.",
        ],
        [
            "Hallenzeiten sind knapp.",
            "Beiträge und Ausrüstung sind für manche Familien zu teuer.",
            "Jugendliche wissen oft nicht, welche Angebote es gibt.",
        ],
        [
            "Ein Schnuppertag aller Vereine im Sommer.",
            "Ein Fonds für Vereinsbeiträge.",
            "Übungsleitungen aus den Communities gewinnen.",
        ],
    ),
    "gesundheit": (
        [
            "Frühe Hilfen erreichen mehr junge Familien.",
            "Gesundheitslotsinnen begleiten zu Arztterminen.",
            "Hebammensprechstunden im Familienzentrum.",
        ],
        [
            "Es fehlen Kinderärztinnen und Kinderärzte, die neue Familien aufnehmen.",
            "Psychosoziale Beratung hat lange Wartezeiten.",
            "Informationen zum Gesundheitssystem gibt es kaum in anderen Sprachen.",
        ],
        [
            "Mehrsprachige Infoabende zur Gesundheitsvorsorge.",
            "Eine Liste der Praxen mit Fremdsprachenkenntnissen.",
            "Bewegungsangebote für Seniorinnen und Senioren im Quartier.",
        ],
    ),
    "sozialraum-und-wohnen": (
        [
            "Nachbarschaftsfeste bringen Menschen zusammen.",
            "Das Quartiersbüro ist gut erreichbar.",
            "Neue Spielplätze werden mit Kindern geplant.",
        ],
        [
            "Bezahlbarer Wohnraum fehlt.",
            "Es gibt zu wenige Treffpunkte ohne Konsumzwang.",
            "Ältere Menschen sind in manchen Stadtteilen isoliert.",
        ],
        [
            "Ein Treffpunkt für Jugendliche am Abend.",
            "Nachbarschaftshilfe digital und analog vernetzen.",
            "Hausbesuche für Neuzugezogene zur Begrüßung.",
        ],
    ),
    "rassismus-und-diskriminierung": (
        [
            "Schulen führen Projekttage gegen Rassismus durch.",
            "Die Beratungsstelle ist bekannter geworden.",
            "Betroffene melden Vorfälle häufiger.",
        ],
        [
            "Es fehlt eine Anlaufstelle vor Ort.",
            "Fachkräfte wünschen sich Fortbildungen zu Diskriminierung.",
            "Vorfälle werden nicht systematisch erfasst.",
        ],
        [
            "Eine Woche gegen Rassismus mit allen Trägern.",
            "Fortbildungsreihe für Verwaltung und Vereine.",
            "Begegnungsformate zwischen Jugendlichen verschiedener Herkunft.",
        ],
    ),
    "arbeitsmarkt": (
        ["Betriebe bieten mehr Praktika an.", "Die Anerkennungsberatung hilft schnell."],
        ["Ausbildung in Teilzeit ist kaum bekannt.", "Berufsbezogene Sprachkurse fehlen vor Ort."],
        ["Eine Ausbildungsbörse mit Betrieben aus der Region.", "Mentoring von Azubis für Azubis."],
    ),
    "kultur-und-religion": (
        [
            "Gemeinden laden gegenseitig zu Festen ein.",
            "Die Stadtbücherei zeigt mehrsprachige Bücher.",
        ],
        [
            "Räume für Kulturvereine sind knapp.",
            "Interreligiöse Angebote erreichen Jugendliche kaum.",
        ],
        ["Ein Fest der Kulturen im Stadtpark.", "Ein Kulturkalender aller Gemeinden und Vereine."],
    ),
}
OTHER_FIELDS = ["Verwaltung", "Jobcenter", "Stadtbücherei", "Polizei (Bezirksdienst)"]
PER_FORUM = {"arbeitsmarkt": 4, "kultur-und-religion": 4}
PER_ACTIVE_FORUM = 7
# Impulses of the first response of these forums are already in their triage inboxes.
SORTED_INTO = [
    "sprache-und-bildung",
    "sport-und-freizeit",
    "gesundheit",
    "sozialraum-und-wohnen",
    "rassismus-und-diskriminierung",
]
OPENS = datetime(2023, 1, 9, 8, 0)


def load(stdout):
    tz = timezone.get_current_timezone()
    opens = timezone.make_aware(OPENS, tz)
    survey = upsert(
        Survey,
        [{"title": TITLE}],
        {
            "title": TITLE,
            "intro": INTRO,
            "opens_at": opens,
            "closes_at": opens + timedelta(days=22),
            "is_anonymous": True,
            "allows_editing": False,
            "created_by": Person.objects.filter(is_coordinator=True).order_by("pk").first(),
        },
    )
    questions = []
    for position, (title, items) in enumerate(SECTIONS):
        section = upsert(
            Section,
            [{"survey": survey, "position": position}],
            {"survey": survey, "position": position, "title": title},
        )
        for q_position, (kind, text, required) in enumerate(items):
            questions.append(
                upsert(
                    Question,
                    [{"section": section, "position": q_position}],
                    {
                        "section": section,
                        "position": q_position,
                        "kind": kind,
                        "text": text,
                        "required": required,
                    },
                )
            )
    if not survey.responses.exists():
        _responses(survey, questions, opens)
    count = survey.responses.submitted().count()
    impulses = Impulse.objects.filter(
        source_type=ContentType.objects.get_for_model(Answer),
        source_id__in=Answer.objects.filter(response__survey=survey).values("pk"),
    ).count()
    stdout.write(
        _(
            "Abfragen: 1 Abfrage mit %(responses)d Antworten, %(impulses)d davon als Impulse in den Foren"
        )
        % {"responses": count, "impulses": impulses}
    )


def _responses(survey, questions, opens):
    field, positive, needs, impulses = questions
    forums = {f.slug: f for f in Forum.objects.filter(slug__in=[row[0] for row in FORUMS])}
    number = 0
    for slug, *_rest in FORUMS:
        forum = forums.get(slug)
        if forum is None:
            continue
        good, missing, ideas = TEXTS[slug]
        for i in range(PER_FORUM.get(slug, PER_ACTIVE_FORUM)):
            number += 1
            submitted = opens + timedelta(days=number % 20, hours=number % 9)
            response = Response.objects.create(
                survey=survey, forum=forum, created=submitted, submitted_at=submitted
            )
            texts = [
                (field, str(forum.label)),
                (positive, good[i % len(good)]),
                (needs, missing[(i + 1) % len(missing)]),
                (impulses, ideas[i % len(ideas)] if i % 3 != 2 else ""),
            ]
            answers = [Answer(response=response, question=q, text=t) for q, t in texts if t]
            Answer.objects.bulk_create(answers)
            if i == 0 and slug in SORTED_INTO:
                idea = Answer.objects.get(response=response, question=impulses)
                Impulse.objects.create(
                    forum=forum,
                    title=idea.text.rstrip("."),
                    text=idea.text,
                    source=Source.SURVEY,
                    source_note=TITLE[:200],
                    source_object=idea,
                    created=submitted + timedelta(days=30),
                )
    for i, other in enumerate(OTHER_FIELDS):
        submitted = opens + timedelta(days=i + 3)
        response = Response.objects.create(
            survey=survey, field_of_work_text=other, created=submitted, submitted_at=submitted
        )
        Answer.objects.bulk_create(
            [
                Answer(response=response, question=field, text=other),
                Answer(
                    response=response,
                    question=needs,
                    text="Mehr Austausch zwischen den Einrichtungen.",
                ),
            ]
        )
