"""The forums' collection as it stood on a cut-off date, for the Integrationskonzept draft.

Rules (the same data and date give the same document, also after later changes):

- An entry belongs to the draft if it was created on or before the cut-off
  (its `created` date) and still exists. A deleted entry is left out even if
  it existed on the cut-off date: deletion removes mistakes, duplicates and
  personal data, which must not come back with an old draft.
- Its forum, kind, title, status, progress, carriers and life phases are those
  of its latest history record up to the end of the cut-off day; without one,
  those of its earliest record (the state in which it was first recorded, which
  later changes do not move); without any history, its current values.
- An approach's status and progress come from its latest progress entry
  (`ApproachUpdate`) dated on or before the cut-off, unless the history holds
  a later change up to the cut-off (the status is also edited in the entry's
  form): then from that record. An update and a record of the same day: the
  update (recording an update saves the entry too).
- An approach discarded on the cut-off date is left out; one discarded later
  shows the status it had.
- A cross-cutting note counts as its latest history record up to the cut-off;
  one first recorded after the cut-off did not exist yet.

Each step is one query, whatever the number of entries.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from django.apps import apps
from django.db.models import Case, F, Q, QuerySet, When, Window
from django.db.models.functions import RowNumber
from django.utils import timezone

from vielfalt.collection.models import ApproachUpdate, CrossCuttingNote, Entry
from vielfalt.forums.models import Forum
from vielfalt.network.models import Organisation

ENTRY_FIELDS = ["forum_id", "kind", "title", "status", "progress"]
STATUS_LABELS = dict(Entry.Status.choices)


@dataclass
class EntryAtCutoff:
    """An entry of the collection with the values it had on the cut-off date."""

    pk: int
    forum_id: int
    kind: str
    title: str
    status: str
    progress: int
    carriers: list[Organisation] = field(default_factory=list)
    life_phase_ids: set[int] = field(default_factory=set)

    @property
    def status_label(self) -> str:
        return str(STATUS_LABELS.get(self.status, ""))

    @property
    def is_discarded(self) -> bool:
        return self.status == Entry.Status.DISCARDED


@dataclass
class NoteAtCutoff:
    theme_id: int
    entry: EntryAtCutoff
    forum: Forum
    note: str


def states_at(history: QuerySet, end: datetime, fields: list[str]) -> dict[int, dict]:
    """Per object id, its latest history record up to `end`, else its earliest one."""
    recorded_before = Case(When(history_date__lte=end, then=F("history_date")))
    rank = Window(
        RowNumber(),
        partition_by=F("id"),
        order_by=[
            recorded_before.desc(nulls_last=True),
            F("history_date").asc(),
            F("history_id").desc(),
        ],
    )
    rows = history.annotate(rank=rank).filter(rank=1)
    return {
        row["id"]: row
        for row in rows.values("id", "history_id", "history_date", "history_type", *fields)
    }


def entries_at(forums: list[Forum], until: date, end: datetime) -> list[EntryAtCutoff]:
    """The entries of the chosen forums as they stood on the cut-off date, discarded ones too."""
    history_model = Entry.history.model
    chosen = {forum.pk for forum in forums}
    candidates = _candidates(forums, end)
    current = {row["pk"]: row for row in candidates.values("pk", *ENTRY_FIELDS)}
    recorded = states_at(
        history_model.objects.filter(id__in=candidates.values("pk")), end, ENTRY_FIELDS
    )
    entries = {}
    for pk, row in current.items():
        state = recorded.get(pk, row)
        entries[pk] = EntryAtCutoff(pk, *(state[name] for name in ENTRY_FIELDS))
    _apply_updates(entries, candidates, until, recorded, end)
    _add_relations(entries, candidates, {pk: row["history_id"] for pk, row in recorded.items()})
    return sorted(
        (entry for entry in entries.values() if entry.forum_id in chosen),
        key=lambda entry: (entry.title, entry.pk),
    )


def _candidates(forums: list[Forum], end: datetime) -> QuerySet:
    """Entries created by the cut-off that are or were in one of the forums."""
    in_forums = Entry.history.model.objects.filter(forum__in=forums).values("id")
    return Entry.objects.filter(created__lte=end).filter(Q(forum__in=forums) | Q(pk__in=in_forums))


def _apply_updates(entries: dict, candidates: QuerySet, until: date, recorded: dict, end) -> None:
    rank = Window(
        RowNumber(), partition_by=F("approach_id"), order_by=[F("date").desc(), F("pk").desc()]
    )
    latest = (
        ApproachUpdate.objects.filter(approach__in=candidates, date__lte=until)
        .annotate(rank=rank)
        .filter(rank=1)
        .values_list("approach_id", "date", "status", "progress")
    )
    for pk, day, status, progress in latest:
        entry, record = entries[pk], recorded.get(pk)
        changed_later = (
            record is not None
            and record["history_date"] <= end
            and timezone.localdate(record["history_date"]) > day
        )
        if entry.kind == Entry.Kind.APPROACH and not changed_later:
            entry.status, entry.progress = status, progress


def _add_relations(entries: dict, candidates: QuerySet, history_ids: dict[int, int]) -> None:
    """Carriers and life phases from the chosen history records, else the current ones."""
    recorded_pks = set(history_ids)
    chosen_records = list(history_ids.values())
    by_history = {history_id: pk for pk, history_id in history_ids.items()}
    organisations = {}
    for attribute, m2m, target in [
        ("carriers", "organisations", "organisation"),
        ("life_phase_ids", "life_phases", "lifephase"),
    ]:
        recorded = apps.get_model("collection", f"HistoricalEntry_{m2m}").objects.filter(
            history_id__in=chosen_records
        )
        pairs = [(by_history[h], t) for h, t in recorded.values_list("history_id", f"{target}_id")]
        current = getattr(Entry, m2m).through.objects.filter(entry__in=candidates)
        pairs += [
            (pk, t)
            for pk, t in current.values_list("entry_id", f"{target}_id")
            if pk not in recorded_pks
        ]
        if attribute == "carriers":
            ids = {t for _, t in pairs if t is not None}
            organisations = Organisation.objects.in_bulk(ids) if ids else {}
            for pk, t in pairs:
                if t in organisations:
                    entries[pk].carriers.append(organisations[t])
        else:
            for pk, t in pairs:
                entries[pk].life_phase_ids.add(t)
    for entry in entries.values():
        entry.carriers.sort(key=lambda org: (org.name, org.pk))


def notes_at(
    entries: list[EntryAtCutoff], forums: list[Forum], end: datetime
) -> list[NoteAtCutoff]:
    """The considered cross-cutting notes of these entries as they stood on the cut-off date."""
    by_pk = {entry.pk: entry for entry in entries}
    forum_of = {forum.pk: forum for forum in forums}
    current = CrossCuttingNote.objects.filter(entry__in=_candidates(forums, end))
    fields = ("id", "entry_id", "theme_id", "considered", "note")
    rows = {row["id"]: row for row in current.values(*fields)}
    recorded = states_at(
        CrossCuttingNote.history.model.objects.filter(id__in=current.values("pk")),
        end,
        ["considered", "note"],
    )
    notes = []
    for pk, row in rows.items():
        state = recorded.get(pk, row)
        if pk in recorded and state["history_date"] > end and state["history_type"] == "+":
            continue  # first recorded after the cut-off: it did not exist yet
        entry = by_pk.get(row["entry_id"])
        if entry is not None and state["considered"]:
            notes.append(
                NoteAtCutoff(row["theme_id"], entry, forum_of[entry.forum_id], state["note"])
            )
    return notes
