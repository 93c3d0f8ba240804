"""The demo collection: inventory, needs and approaches of each active forum.

The texts are in ``collection_inventory``, ``collection_needs`` and
``collection_approaches``. Entries are found again by forum, kind
and title, notes by entry and theme, updates by approach and date, so loading
twice changes nothing (``upsert`` saves only what differs, and setting the
same many-to-many rows again writes nothing, so no history is added either).
"""

from datetime import UTC, datetime

from django.utils.translation import gettext as _

from vielfalt.collection.models import ApproachUpdate, CrossCuttingNote, Entry, Source
from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.network.models import Organisation
from vielfalt.offerings.models import Offering
from vielfalt.vocabularies.models import CrossCuttingTheme, District, LifePhase, TargetGroup

from . import upsert
from .collection_approaches import APPROACHES, MAY_2024, NOT_YET, THEME_NOTES
from .collection_inventory import INVENTORY
from .collection_needs import NEEDS

# The first entries of each list were gathered at the May 2024 network meeting.
FROM_MAY_2024 = {Entry.Kind.INVENTORY: 4, Entry.Kind.NEED: 3, Entry.Kind.APPROACH: 1}
# Published on the forum page: the first needs and approaches.
PUBLISHED = {Entry.Kind.INVENTORY: 0, Entry.Kind.NEED: 3, Entry.Kind.APPROACH: 3}


# When the entries were collected: at the May 2024 network meeting, from the
# providers' survey of 2023, or at a forum meeting in the autumn of 2024.
COLLECTED = {
    Source.WORKSHOP: datetime(2024, 5, 16, 11, 0, tzinfo=UTC),
    Source.OTHER: datetime(2024, 5, 16, 11, 0, tzinfo=UTC),
    Source.SURVEY: datetime(2023, 3, 1, 9, 0, tzinfo=UTC),
    Source.MEETING: datetime(2024, 11, 12, 17, 0, tzinfo=UTC),
}


def _source(kind, index):
    if index < FROM_MAY_2024[kind]:
        return (Source.WORKSHOP if kind != Entry.Kind.APPROACH else Source.OTHER), MAY_2024
    if index % 2:
        return Source.SURVEY, "Abfrage unter den Trägern, 2023"
    return Source.MEETING, "Forumstreffen"


class Loader:
    def __init__(self):
        self.phases = {p.slug: p for p in LifePhase.objects.all()}
        self.districts = {d.slug: d for d in District.objects.all()}
        self.groups = {g.slug: g for g in TargetGroup.objects.all()}
        self.themes = list(CrossCuttingTheme.objects.order_by("position"))
        self.organisations = {o.slug: o for o in Organisation.objects.all()}
        self.count = 0
        self.created = []

    def entry(self, forum, kind, index, title, text, phases, districts, groups, author, **extra):
        source, note = _source(kind, index)
        is_new = not Entry.objects.filter(forum=forum, kind=kind, title=title).exists()
        entry = upsert(
            Entry,
            [{"forum": forum, "kind": kind, "title": title}],
            {
                "forum": forum,
                "kind": kind,
                "title": title,
                "description": text,
                "source": source,
                "source_note": note,
                "created": COLLECTED[source],
                "is_published": index < PUBLISHED[kind],
                "created_by": author,
                "status": "",
                **extra,
            },
        )
        entry.life_phases.set([self.phases[s] for s in phases])
        entry.districts.set([self.districts[s] for s in districts])
        entry.target_groups.set([self.groups[s] for s in groups])
        self.count += 1
        if is_new:
            self.created.append(entry)
        return entry

    def notes(self, entry, left_open=""):
        """Notes on every theme; ``left_open`` (a theme slug) is not considered yet."""
        for theme in self.themes:
            considered = theme.slug != left_open
            upsert(
                CrossCuttingNote,
                [{"entry": entry, "theme": theme}],
                {
                    "entry": entry,
                    "theme": theme,
                    "considered": considered,
                    "note": THEME_NOTES.get(theme.slug, "") if considered else NOT_YET,
                },
            )

    def forum(self, forum):
        author = (
            ForumMembership.objects.filter(forum=forum, role=ForumMembership.Role.MODERATOR)
            .select_related("person")
            .order_by("pk")
            .first()
        )
        author = author.person if author else None
        offerings = list(
            Offering.objects.filter(forums=forum, external_id__startswith="demo-").order_by("name")
        )
        for index, (title, text, phases, districts, groups) in enumerate(INVENTORY[forum.slug]):
            entry = self.entry(
                forum, Entry.Kind.INVENTORY, index, title, text, phases, districts, groups, author
            )
            entry.offerings.set(offerings[index * 2 : index * 2 + 2] if index < 4 else [])
            # Most entries have notes on the themes; the last inventory has none yet.
            if index < 7:
                self.notes(entry)
        needs = []
        for index, (title, text, phases, districts, groups, left_open) in enumerate(
            NEEDS[forum.slug]
        ):
            need = self.entry(
                forum, Entry.Kind.NEED, index, title, text, phases, districts, groups, author
            )
            self.notes(need, left_open)
            needs.append(need)
        for index, row in enumerate(APPROACHES[forum.slug]):
            title, text, status, progress, answered, carriers, updates, reason = row
            # An approach concerns the phases and districts of the needs it answers.
            phases = sorted({p.slug for i in answered for p in needs[i].life_phases.all()})
            districts = sorted({d.slug for i in answered for d in needs[i].districts.all()})
            approach = self.entry(
                forum,
                Entry.Kind.APPROACH,
                index,
                title,
                text,
                phases,
                districts,
                [],
                author,
                status=status,
                progress=progress,
                discard_reason=reason,
            )
            approach.needs.set([needs[i] for i in answered])
            approach.organisations.set([self.organisations[s] for s in carriers])
            self.notes(approach)
            for day, update_text, update_status, update_progress in updates:
                upsert(
                    ApproachUpdate,
                    [{"approach": approach, "date": day}],
                    {
                        "approach": approach,
                        "date": day,
                        "text": update_text,
                        "status": update_status,
                        "progress": update_progress,
                        "author": author,
                    },
                )


def load(stdout):
    loader = Loader()
    forums = Forum.objects.filter(status=Forum.Status.ACTIVE, slug__in=list(INVENTORY))
    for forum in forums.order_by("position"):
        loader.forum(forum)
    # The history of a new entry starts when it was collected, not at loading.
    for entry in loader.created:
        entry.history.update(history_date=entry.created)
        CrossCuttingNote.history.filter(entry_id=entry.pk).update(history_date=entry.created)
    stdout.write(
        _("Sammlung: %(entries)d Einträge in %(forums)d Foren")
        % {"entries": loader.count, "forums": forums.count()}
    )
