"""The process steps of the seed page, as the public timeline's milestones."""

from datetime import date

from django.utils.translation import gettext as _

from vielfalt.process.models import Milestone

from . import upsert

MONTH = Milestone.Precision.MONTH
NONE = Milestone.Precision.NONE

# date, precision, title, title_en, description, description_en; in the order of the page.
# Steps without a date on the page get one that sorts them between their neighbours.
MILESTONES = [
    (
        date(2023, 1, 1),
        MONTH,
        "Abfrage an Expert:innen und Multiplikator:innen",
        "Survey of experts and multipliers",
        "Die Expert:innen und Multiplikator:innen der Integrations- und Präventionsarbeit "
        "in Würselen wurden befragt: Was hat sich gut entwickelt? Was wird gebraucht? "
        "Welche Ideen gibt es aus ihren Arbeitsbereichen?",
        "The experts and multipliers in integration and prevention work in Würselen were "
        "asked: What has developed well? What is needed? Which ideas come from their "
        "fields of work?",
    ),
    (
        date(2023, 3, 1),
        NONE,
        "Information der Ausschüsse, Gremien und Netzwerke",
        "Briefing committees, boards and networks",
        "Die politischen Ausschüsse sowie Gremien und Netzwerke innerhalb und außerhalb "
        "der Verwaltung wurden über die Zusammenarbeit informiert und um Rückmeldung gebeten.",
        "The political committees and boards and networks inside and outside the town "
        "administration were informed about the cooperation and asked for feedback.",
    ),
    (
        date(2023, 5, 1),
        NONE,
        "Weitere Akteur:innen kommen dazu",
        "More partners join",
        "Weitere Akteur:innen der Integrations- und Präventionsarbeit wurden in den "
        "Prozess einbezogen.",
        "More people and organisations from integration and prevention work were "
        "brought into the process.",
    ),
    (
        date(2023, 8, 1),
        MONTH,
        "Auftaktworkshop mit ca. 60 Teilnehmenden",
        "Kick-off workshop with about 60 participants",
        "Rund 60 Teilnehmende haben sich vernetzt und sich themenspezifischen Foren "
        "zugeordnet, in denen sie seitdem zusammenarbeiten.",
        "About 60 participants got to know each other and chose topic forums in which "
        "they have worked together since.",
    ),
    (
        date(2023, 10, 1),
        NONE,
        "Sammlung von Bestand, Bedarfen und Lösungsansätzen in 7 Foren",
        "Collecting what exists, what is needed and possible solutions in 7 forums",
        "In sieben themenspezifischen Foren sammeln die Teilnehmenden, was es schon gibt "
        "(Bestand), was fehlt (Bedarfe) und was helfen kann (Lösungsansätze).",
        "In seven topic forums the participants collect what already exists, what is "
        "missing (needs) and what can help (approaches).",
    ),
    (
        date(2024, 5, 1),
        MONTH,
        "1. Netzwerktreffen",
        "First network meeting",
        "Beim ersten Netzwerktreffen haben sich alle Foren über Bestand und Bedarfe ausgetauscht.",
        "At the first network meeting all forums shared what exists and what is needed.",
    ),
]


def load(stdout):
    for position, row in enumerate(MILESTONES, start=1):
        when, precision, title, title_en, text, text_en = row
        # Milestones have no slug: find the step by its title in either language,
        # or, if a coordinator retitled it, by its date and place in the demo.
        upsert(
            Milestone,
            [{"title": title}, {"title_en": title_en}, {"date": when, "position": position}],
            {
                "date": when,
                "precision": precision,
                "position": position,
                "title": title,
                "title_en": title_en,
                "description": text,
                "description_en": text_en,
                "is_done": True,
                "link": "",
            },
        )
    stdout.write(_("Prozess: %(count)d Meilensteine") % {"count": len(MILESTONES)})
