"""The change history of a meeting and its action items, as people read it.

The author of a change is kept as a plain user id (see models.history): an id
whose user no longer exists is a person who was erased.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _

from .models import ActionItem, Meeting

# Long texts: the history says that they changed, not the whole text twice.
LONG_FIELDS = {"agenda", "minutes", "decisions"}
SKIPPED_FIELDS = {"done_at"}


@dataclass
class Change:
    when: datetime
    who: str
    what: str
    details: list[str] = field(default_factory=list)


def _value(record, name: str) -> str:  # type: ignore[no-untyped-def]
    value = getattr(record, name)
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return _("ja") if value else _("nein")
    return str(value)


def _details(model, new, old) -> list[str]:  # type: ignore[no-untyped-def]
    if old is None:
        return []
    lines = []
    for change in new.diff_against(old).changes:
        if change.field in SKIPPED_FIELDS:
            continue
        label = str(model._meta.get_field(change.field).verbose_name)
        if change.field in LONG_FIELDS or change.field == "responsible":
            lines.append(_("%(field)s geändert") % {"field": label})
        else:
            lines.append(
                _("%(field)s: %(old)s → %(new)s")
                % {
                    "field": label,
                    "old": _value(old, change.field),
                    "new": _value(new, change.field),
                }
            )
    return lines


def _pairs(records: list[Any]) -> Iterator[tuple[Any, Any]]:
    """(record, the one before it of the same object) in order of time."""
    previous: dict[int, Any] = {}
    for record in sorted(records, key=lambda r: (r.history_date, r.history_id)):
        yield record, previous.get(record.id)
        previous[record.id] = record


def meeting_history(meeting: Meeting) -> list[Change]:
    """Every recorded change of ``meeting`` and its action items, newest first (three queries)."""
    meeting_records = list(meeting.history.all())
    item_records = list(ActionItem.history.filter(meeting_id=meeting.pk))
    user_ids = {r.history_user_id for r in meeting_records + item_records if r.history_user_id}
    users = get_user_model().objects.in_bulk(user_ids)

    def who(record) -> str:  # type: ignore[no-untyped-def]
        if record.history_user_id is None:
            return _("automatisch")
        user = users.get(record.history_user_id)
        return user.get_full_name() if user else _("gelöschte Person")

    changes = []
    for record, old in _pairs(meeting_records):
        what = {
            "+": _("Treffen angelegt"),
            "~": _("Treffen geändert"),
            "-": _("Treffen gelöscht"),
        }[record.history_type]
        changes.append(
            Change(record.history_date, who(record), what, _details(Meeting, record, old))
        )
    for record, old in _pairs(item_records):
        template = {
            "+": _("Aufgabe angelegt: %(what)s"),
            "~": _("Aufgabe geändert: %(what)s"),
            "-": _("Aufgabe gelöscht: %(what)s"),
        }[record.history_type]
        changes.append(
            Change(
                record.history_date,
                who(record),
                template % {"what": record.what},
                _details(ActionItem, record, old),
            )
        )
    changes.sort(key=lambda c: c.when, reverse=True)
    return changes
