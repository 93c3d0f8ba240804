"""The forms of the triage inbox: filter, the three decisions, and a new impulse.

Each decision form owns its checks (a forum the person may not sort into, an
entry of another forum, an unknown kind are refused with a message) and makes
the decision with a conditional update, so that of two people deciding the
same impulse at once only one wins and nothing is stored half.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from vielfalt.forums.models import Forum
from vielfalt.lib.forms import LENGTH_MESSAGE

from .models import Entry, Impulse, Source
from .triage_rules import moderated_forums

WITHOUT_FORUM = "-"


class ImpulseFilterForm(forms.Form):
    """The inbox filters (GET): forum, source and status; all optional."""

    forum = forms.ChoiceField(label=_("Forum"), required=False)
    source = forms.ChoiceField(
        label=_("Quelle"), required=False, choices=[("", _("alle Quellen")), *Source.choices]
    )
    status = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, *args: Any, forums: list[Forum], with_unassigned: bool, **kwargs: Any):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        choices = [("", gettext("alle Foren"))]
        if with_unassigned:
            choices.append((WITHOUT_FORUM, gettext("ohne Forum")))
        self.fields["forum"].choices = choices + [(forum.slug, forum.label) for forum in forums]
        self.fields["status"].choices = [("", _("alle")), *decided_or_open_statuses()]
        for name in self.fields:
            self.fields[name].error_messages["invalid_choice"] = _(
                "Diese Auswahl gibt es nicht. Bitte wählen Sie aus der Liste."
            )

    def filter(self, impulses: models.QuerySet[Impulse]) -> models.QuerySet[Impulse]:
        if not self.is_valid():
            return impulses
        forum = self.cleaned_data["forum"]
        if forum == WITHOUT_FORUM:
            impulses = impulses.filter(forum__isnull=True)
        elif forum:
            impulses = impulses.filter(forum__slug=forum)
        if self.cleaned_data["source"]:
            impulses = impulses.filter(source=self.cleaned_data["source"])
        if self.cleaned_data["status"]:
            impulses = impulses.filter(status=self.cleaned_data["status"])
        return impulses


def decided_or_open_statuses() -> list[tuple[str, str]]:
    return [(value, label) for value, label in Impulse.Status.choices if value != "unconfirmed"]


def already_decided_message(impulse: Impulse) -> str:
    """What a person reads who tries to decide an impulse that is decided already."""
    if impulse.decided_at is None:
        return gettext(
            "Dieser Impuls ist schon entschieden (%(status)s). Es hat sich nichts geändert."
        ) % {"status": impulse.get_status_display()}
    return gettext(
        "Dieser Impuls wurde schon entschieden (%(status)s, am %(date)s von %(name)s). "
        "Es hat sich nichts geändert."
    ) % {
        "status": impulse.get_status_display(),
        "date": formats.date_format(
            timezone.localtime(impulse.decided_at), "SHORT_DATETIME_FORMAT"
        ),
        "name": impulse.decided_by.name if impulse.decided_by else gettext("unbekannt"),
    }


def claim(impulse: Impulse, status: str, user: Any, **fields: Any) -> bool:
    """Decide an open impulse, or return False (and change nothing) when it is not open.

    A conditional update: of two people deciding at once only one wins. Call
    it inside a transaction together with whatever else the decision stores.
    """
    now = timezone.now()
    person = user.linked_person
    changed = Impulse.objects.filter(pk=impulse.pk, status=Impulse.Status.OPEN).update(
        status=status, decided_at=now, decided_by=person, **fields
    )
    if not changed:
        impulse.refresh_from_db()
        return False
    impulse.status, impulse.decided_at, impulse.decided_by = status, now, person
    for name, value in fields.items():
        setattr(impulse, name, value)
    return True


class DecisionForm(forms.Form):
    """A decision about one impulse by one person."""

    def __init__(self, *args: Any, impulse: Impulse, user: Any, **kwargs: Any):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.impulse = impulse
        self.user = user

    def decide(self) -> bool:
        """Store the decision; False when someone else decided the impulse first."""
        raise NotImplementedError


class SortForm(DecisionForm):
    """Sort an impulse into a forum's collection as inventory, need or approach."""

    prefix = "sort"

    forum = forms.ModelChoiceField(
        label=_("Forum"),
        queryset=Forum.objects.none(),
        empty_label=None,
        error_messages={
            "required": _("Bitte wählen Sie ein Forum."),
            "invalid_choice": _(
                "In dieses Forum können Sie nicht einsortieren. Bitte wählen Sie eines aus der Liste."
            ),
        },
    )
    kind = forms.ChoiceField(
        label=_("Als"),
        choices=Entry.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Bitte wählen Sie: Bestand, Bedarf oder Lösungsansatz."),
            "invalid_choice": _(
                "Diese Art von Eintrag gibt es nicht. Bitte wählen Sie: Bestand, Bedarf oder Lösungsansatz."
            ),
        },
    )
    title = forms.CharField(
        label=_("Titel des Eintrags"),
        max_length=200,
        error_messages={
            "required": _("Bitte geben Sie einen Titel ein."),
            "max_length": LENGTH_MESSAGE,
        },
    )
    description = forms.CharField(
        label=_("Beschreibung"),
        required=False,
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"max_length": LENGTH_MESSAGE},
    )

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        forums = moderated_forums(self.user).exclude(status=Forum.Status.CLOSED)
        self.fields["forum"].queryset = forums.order_by("position", "name")
        self.fields["forum"].label_from_instance = lambda forum: forum.label
        self.initial.setdefault("forum", self.impulse.forum_id)
        self.initial.setdefault("title", self.impulse.title)
        self.initial.setdefault("description", self.impulse.text)

    def decide(self) -> bool:
        data = self.cleaned_data
        impulse = self.impulse
        with transaction.atomic():
            if not claim(impulse, Impulse.Status.SORTED, self.user):
                return False
            is_approach = data["kind"] == Entry.Kind.APPROACH
            entry = Entry.objects.create(
                forum=data["forum"],
                kind=data["kind"],
                title=data["title"],
                description=data["description"],
                status=Entry.Status.IDEA if is_approach else "",
                source=impulse.source,
                source_note=impulse.source_note,
                source_type=impulse.source_type,
                source_id=impulse.source_id,
                created_by=self.user.linked_person,
            )
            impulse.entry = entry
            impulse.forum = data["forum"]
            impulse.save()  # records the decision in the impulse's history
        return True


class MergeForm(DecisionForm):
    """Merge an impulse with an existing entry of its forum."""

    prefix = "merge"

    entry = forms.ModelChoiceField(
        label=_("Mit welchem Eintrag?"),
        queryset=Entry.objects.none(),
        error_messages={
            "required": _("Bitte wählen Sie einen Eintrag."),
            "invalid_choice": _(
                "Diesen Eintrag gibt es in diesem Forum nicht. Bitte wählen Sie einen aus der Liste."
            ),
        },
    )
    append_text = forms.BooleanField(
        label=_("Den Text des Impulses an die Beschreibung des Eintrags anhängen"),
        required=False,
        initial=True,
        help_text=_("Ohne Haken wird der Impuls nur mit dem Eintrag verknüpft."),
    )

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["entry"].queryset = merge_candidates(self.impulse)
        self.fields["entry"].label_from_instance = entry_label

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        entry = cleaned.get("entry")
        if entry is not None and cleaned.get("append_text"):
            limit = Entry._meta.get_field("description").max_length or 10000
            if len(merged_description(entry, self.impulse)) > limit:
                raise forms.ValidationError(
                    _(
                        "Die Beschreibung des Eintrags würde zu lang. Verknüpfen Sie den Impuls "
                        "nur (ohne Haken) oder kürzen Sie zuerst die Beschreibung."
                    ),
                    code="too_long",
                )
        return cleaned

    def decide(self) -> bool:
        entry = self.cleaned_data["entry"]
        with transaction.atomic():
            if not claim(self.impulse, Impulse.Status.MERGED, self.user):
                return False
            if self.cleaned_data["append_text"]:
                # Locked, so that a parallel merge into the same entry appends too.
                entry = Entry.objects.select_for_update().get(pk=entry.pk)
                entry.description = merged_description(entry, self.impulse)
                entry.save()
            self.impulse.entry = entry
            self.impulse.save()
        return True


def merge_candidates(impulse: Impulse) -> models.QuerySet[Entry]:
    """The entries an impulse may be merged with: those of its forum (all, without a forum)."""
    entries = Entry.objects.select_related("forum").order_by("kind", "title")
    if impulse.forum_id is not None:
        return entries.filter(forum_id=impulse.forum_id)
    return entries.order_by("forum__position", "forum__name", "kind", "title")


def entry_label(entry: Entry) -> str:
    return f"{entry.get_kind_display()}: {entry.title}"


def merged_description(entry: Entry, impulse: Impulse) -> str:
    heading = gettext("Aus dem Impuls „%(title)s“ vom %(date)s:") % {
        "title": impulse.title,
        "date": formats.date_format(timezone.localtime(impulse.created), "SHORT_DATE_FORMAT"),
    }
    return f"{entry.description.rstrip()}\n\n{heading}\n{impulse.text}".strip()


class DismissForm(DecisionForm):
    """Dismiss an impulse, with a reason that everybody who looks at it reads."""

    prefix = "dismiss"

    reason = forms.CharField(
        label=_("Grund"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": _("Bitte schreiben Sie, warum der Impuls verworfen wird."),
            "max_length": LENGTH_MESSAGE,
        },
    )

    def clean_reason(self) -> str:
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(
                _("Bitte schreiben Sie, warum der Impuls verworfen wird."), code="required"
            )
        return reason

    def decide(self) -> bool:
        with transaction.atomic():
            reason = self.cleaned_data["reason"]
            if not claim(self.impulse, Impulse.Status.DISMISSED, self.user, dismiss_reason=reason):
                return False
            self.impulse.save()
        return True


def meeting_model() -> type[models.Model] | None:
    """The forum meetings' model, where the meetings app provides one with a forum.

    Looked up by name: meetings are a sibling source, linked generically.
    """
    try:
        model = apps.get_model("meetings", "Meeting")
    except LookupError:
        return None
    if not any(field.name == "forum" for field in model._meta.get_fields()):
        return None
    return model


class ImpulseForm(forms.ModelForm):
    """A new impulse by hand, e.g. from a meeting's minutes or a conversation."""

    meeting = forms.ModelChoiceField(
        label=_("Aus welchem Forumstreffen? (freiwillig)"),
        queryset=Impulse.objects.none(),
        required=False,
        error_messages={
            "invalid_choice": _(
                "Dieses Treffen gibt es nicht (mehr). Bitte wählen Sie eines aus der Liste."
            )
        },
    )

    class Meta:
        model = Impulse
        fields = ["forum", "title", "text", "source", "source_note"]
        widgets = {"text": forms.Textarea(attrs={"rows": 6})}
        error_messages = {
            "forum": {
                "invalid_choice": _(
                    "Für dieses Forum können Sie keine Impulse anlegen. "
                    "Bitte wählen Sie eines aus der Liste."
                )
            },
            "title": {
                "required": _("Bitte geben Sie einen Titel ein."),
                "max_length": LENGTH_MESSAGE,
            },
            "text": {
                "required": _("Bitte beschreiben Sie den Impuls."),
                "max_length": LENGTH_MESSAGE,
            },
            "source": {
                "invalid_choice": _("Diese Quelle gibt es nicht. Bitte wählen Sie aus der Liste.")
            },
            "source_note": {"max_length": LENGTH_MESSAGE},
        }

    def __init__(self, *args: Any, user: Any, **kwargs: Any):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.user = user
        forums = moderated_forums(user).exclude(status=Forum.Status.CLOSED)
        forum_field = self.fields["forum"]
        forum_field.queryset = forums.order_by("position", "name")
        forum_field.label_from_instance = lambda forum: forum.label
        if user.is_coordinator:
            forum_field.empty_label = gettext("noch ohne Forum (die Koordination ordnet zu)")
            forum_field.help_text = _("Leer: die Koordination ordnet den Impuls später zu.")
        else:
            forum_field.required = True
            forum_field.empty_label = None
            forum_field.help_text = ""
        forum_field.error_messages["required"] = _("Bitte wählen Sie ein Forum.")
        # Public suggestions come through the forum page, with the sender's consent.
        self.fields["source"].choices = [
            (value, label) for value, label in Source.choices if value != Source.PUBLIC
        ]
        model = meeting_model()
        if model is None:
            del self.fields["meeting"]
        else:
            meeting_field = self.fields["meeting"]
            meeting_field.queryset = model._default_manager.filter(forum__in=forums).select_related(
                "forum"
            )
            meeting_field.label_from_instance = lambda meeting: f"{meeting.forum.label}: {meeting}"

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        meeting = cleaned.get("meeting")
        if meeting is not None:
            if meeting.forum_id != getattr(cleaned.get("forum"), "pk", None):
                self.add_error(
                    "meeting",
                    _("Dieses Treffen gehört zu einem anderen Forum. Bitte wählen Sie passend."),
                )
            else:
                cleaned["source"] = Source.MEETING
        return cleaned

    def save(self, commit: bool = True) -> Impulse:
        impulse = super().save(commit=False)
        impulse.status = Impulse.Status.OPEN
        meeting = self.cleaned_data.get("meeting")
        if meeting is not None:
            impulse.source = Source.MEETING
            impulse.source_type = ContentType.objects.get_for_model(meeting)
            impulse.source_id = meeting.pk
        if commit:
            impulse.save()
        return impulse
