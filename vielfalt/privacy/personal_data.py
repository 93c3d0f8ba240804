"""Personal data that Django's admin keeps: the change history (see vielfalt.lib.personal_data)."""

import datetime
import json
import re
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from vielfalt.lib.personal_data import Category, Subject

# What replaces a name or address in the history; stored, so not translated.
ERASED = "[gelöscht]"


def _scrub(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(ERASED, text)


def _scrub_json(value: Any, pattern: re.Pattern[str]) -> Any:
    if isinstance(value, str):
        return _scrub(value, pattern)
    if isinstance(value, list):
        return [_scrub_json(item, pattern) for item in value]
    if isinstance(value, dict):
        return {key: _scrub_json(item, pattern) for key, item in value.items()}
    return value


def scrub_message(message: str, pattern: re.Pattern[str]) -> str:
    """Replace the subject in a change message, plain text or Django's JSON form."""
    if message.startswith("["):
        try:
            parsed = json.loads(message)
        except ValueError:
            pass
        else:
            return json.dumps(_scrub_json(parsed, pattern))
    return _scrub(message, pattern)


def erase(subject: Subject) -> int:
    """Anonymise the admin history: entries about erased rows and every mention of the person."""
    about_erased = Q(pk__in=[])
    by_model: dict[type, list[str]] = {}
    for model, pk in subject.erased:
        by_model.setdefault(model, []).append(str(pk))
    for model, pks in by_model.items():
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        about_erased |= Q(content_type=content_type, object_id__in=pks)
    needles = sorted(
        {n for n in subject.names | subject.emails if len(n) >= 3}, key=len, reverse=True
    )
    mentions = Q(pk__in=[])
    for needle in needles:
        # Django stores change messages as JSON with non-ASCII letters escaped.
        for form in {needle, json.dumps(needle)[1:-1]}:
            mentions |= Q(object_repr__icontains=form) | Q(change_message__icontains=form)
    pattern = (
        re.compile("|".join(re.escape(n) for n in needles), re.IGNORECASE) if needles else None
    )
    changed = 0
    erased_keys = {(model, str(pk)) for model, pk in subject.erased}
    for entry in LogEntry.objects.filter(about_erased | mentions).select_related("content_type"):
        entry_model = entry.content_type.model_class() if entry.content_type else None
        if (entry_model, entry.object_id) in erased_keys:
            entry.object_repr = ERASED
        elif pattern is not None:
            entry.object_repr = _scrub(entry.object_repr, pattern)[:200]
        if pattern is not None:
            entry.change_message = scrub_message(entry.change_message, pattern)
        entry.save(update_fields=["object_repr", "change_message"])
        changed += 1
    return changed


def purge(now: datetime.datetime) -> int:
    """Delete history entries older than the retention period."""
    cutoff = now - timedelta(days=settings.RETENTION_ADMIN_LOG_DAYS)
    deleted, _rows = LogEntry.objects.filter(action_time__lt=cutoff).delete()
    return deleted


def retention() -> str:
    days = settings.RETENTION_ADMIN_LOG_DAYS
    return ngettext(
        "Gelöscht %(days)d Tag nach der Änderung; bei der Löschung einer Person "
        "werden ihr Name und ihre Adresse sofort unkenntlich gemacht.",
        "Gelöscht %(days)d Tage nach der Änderung; bei der Löschung einer Person "
        "werden ihr Name und ihre Adresse sofort unkenntlich gemacht.",
        days,
    ) % {"days": days}


CATEGORIES = [
    Category(
        key="admin.history",
        name=_("Änderungsverlauf der Verwaltung"),
        data=_(
            "Wer wann welchen Eintrag angelegt, geändert oder gelöscht hat, mit dessen "
            "Bezeichnung (oft ein Name oder eine Adresse)"
        ),
        subjects=_("Koordinierende; Personen, deren Einträge geändert wurden"),
        purpose=_("Nachvollziehbarkeit und Datensicherheit (Rechenschaftspflicht)"),
        legal_basis=_("Art. 6 Abs. 1 lit. c und e DSGVO i. V. m. Art. 5 Abs. 2 und Art. 32 DSGVO"),
        recipients=_("Koordinierungsstelle"),
        retention=retention,
        erase=erase,
        purge=purge,
        late=True,
    )
]
