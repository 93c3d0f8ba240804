"""An entry's history for people: who changed what, when, from what to what.

simple-history records every save and every change of a many-to-many field.
Records whose author was erased keep ``history_change_reason == ERASED_AUTHOR``
(set by ``personal_data.erase`` before the login is deleted) and show as
"gelöschte Person".
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.utils.translation import gettext as _
from simple_history.utils import get_m2m_reverse_field_name  # type: ignore[import-untyped]

from vielfalt.network.models import Organisation
from vielfalt.vocabularies.models import CrossCuttingTheme, District, LifePhase

from .models import CrossCuttingNote, Entry

# Records this close together, by the same person, come from one save.
SAME_SAVE = timedelta(seconds=5)
# Stored in the history, so not translated.
ERASED_AUTHOR = "erased-person"

SCALAR_FIELDS = [
    "kind",
    "title",
    "description",
    "status",
    "progress",
    "discard_reason",
    "is_published",
    "source",
    "source_note",
]
M2M_MODELS: dict[str, Any] = {
    "life_phases": LifePhase,
    "districts": District,
    "needs": Entry,
    "organisations": Organisation,
}


@dataclass
class Change:
    label: str
    old: str
    new: str


@dataclass
class Step:
    when: datetime
    who: str
    created: bool
    changes: list[Change] = field(default_factory=list)


def author(record: Any) -> str:
    if record.history_user is not None:
        return str(record.history_user.name or record.history_user.email)
    if record.history_change_reason == ERASED_AUTHOR:
        return _("gelöschte Person")
    return _("ohne Anmeldung (System)")


def _display(name: str, value: Any) -> str:
    if value in ("", None):
        return "–"
    if name == "kind":
        return str(Entry.Kind(value).label) if value in Entry.Kind.values else value
    if name == "status":
        return str(Entry.Status(value).label) if value in Entry.Status.values else value
    if name == "source":
        from .models import Source

        return str(Source(value).label) if value in Source.values else value
    if name == "is_published":
        return _("ja") if value else _("nein")
    if name == "progress":
        return f"{value} %"
    text = str(value)
    return text if len(text) <= 120 else text[:119] + "…"


def _m2m_accessors() -> dict[str, str]:
    """Per many-to-many field, the historical record's accessor of its recorded rows."""
    history_model = Entry.history.model
    prefix = history_model._meta.model_name + "_"
    return {
        rel.related_model._meta.model_name.removeprefix(prefix): rel.get_accessor_name()
        for rel in history_model._meta.related_objects
        if rel.related_model._meta.model_name.startswith(prefix)
    }


def _m2m_ids(record: Any, name: str, accessor: str) -> set[int]:
    target = get_m2m_reverse_field_name(Entry._meta.get_field(name))
    return {getattr(row, f"{target}_id") for row in getattr(record, accessor).all()}


def entry_history(entry: Entry) -> list[Step]:
    """The steps of ``entry``'s history, newest first, each with its changes."""
    accessors = _m2m_accessors()
    records = list(
        entry.history.select_related("history_user")
        .prefetch_related(*(accessors[name] for name in M2M_MODELS))
        .order_by("history_date", "history_id")
    )
    m2m = {name: [_m2m_ids(r, name, accessors[name]) for r in records] for name in M2M_MODELS}
    wanted = {name: set().union(*ids) if ids else set() for name, ids in m2m.items()}
    names = {
        name: dict(
            M2M_MODELS[name]
            .objects.filter(pk__in=wanted[name])
            .values_list("pk", "title" if name == "needs" else "name")
        )
        for name in M2M_MODELS
        if wanted[name]
    }
    labels = {
        f.name: str(f.verbose_name) for f in Entry._meta.get_fields() if hasattr(f, "verbose_name")
    }
    steps = []
    for index, record in enumerate(records):
        step = Step(when=record.history_date, who=author(record), created=index == 0)
        if index > 0:
            before = records[index - 1]
            for name in SCALAR_FIELDS:
                old, new = getattr(before, name), getattr(record, name)
                if old != new:
                    step.changes.append(
                        Change(labels[name], _display(name, old), _display(name, new))
                    )
            for name in M2M_MODELS:
                old_ids, new_ids = m2m[name][index - 1], m2m[name][index]
                if old_ids != new_ids:
                    lookup = names.get(name, {})

                    def show(ids: set[int], lookup: dict[int, str] = lookup) -> str:
                        found = sorted(lookup.get(i, _("gelöscht")) for i in ids)
                        return ", ".join(found) or "–"

                    step.changes.append(Change(labels[name], show(old_ids), show(new_ids)))
            if not step.changes:
                continue
        steps.append(step)
    steps.extend(note_steps(entry))
    return merged(sorted(steps, key=lambda step: step.when))


def note_steps(entry: Entry) -> list[Step]:
    """The changes of the entry's notes on the cross-cutting themes."""
    records = list(
        CrossCuttingNote.history.filter(entry_id=entry.pk)
        .select_related("history_user")
        .order_by("history_date", "history_id")
    )
    themes = dict(CrossCuttingTheme.objects.values_list("pk", "name"))
    previous: dict[int, Any] = {}
    steps = []
    for record in records:
        before = previous.get(record.id)
        previous[record.id] = record
        theme = themes.get(record.theme_id, _("gelöscht"))
        step = Step(when=record.history_date, who=author(record), created=False)
        old_considered = before.considered if before else None
        old_note = before.note if before else ""
        if record.history_type == "-":
            continue
        if old_considered != record.considered:
            step.changes.append(
                Change(
                    _("%(theme)s: berücksichtigt") % {"theme": theme},
                    _display("is_published", old_considered) if old_considered is not None else "–",
                    _display("is_published", record.considered),
                )
            )
        if old_note != record.note:
            step.changes.append(
                Change(
                    _("%(theme)s: Notiz") % {"theme": theme},
                    _display("note", old_note),
                    _display("note", record.note),
                )
            )
        if step.changes:
            steps.append(step)
    return steps


def merged(steps: list[Step]) -> list[Step]:
    """Newest first; what one person saved at once (the entry, then its many-to-many
    fields and notes, each recorded on its own) shown as one step."""
    result: list[Step] = []
    for step in steps:
        last = result[-1] if result else None
        if last and last.who == step.who and step.when - last.when < SAME_SAVE:
            last.changes.extend(step.changes)
            continue
        result.append(step)
    result.reverse()
    return result
