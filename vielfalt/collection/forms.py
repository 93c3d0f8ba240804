"""Forms of the collection: an entry (fields by kind), its cross-cutting notes,
an approach's update, and the board's filter."""

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from vielfalt.forums.models import Forum
from vielfalt.network.models import Organisation
from vielfalt.offerings.models import Offering
from vielfalt.vocabularies.models import CrossCuttingTheme

from .models import ApproachUpdate, CrossCuttingNote, Entry

COMMON_FIELDS = [
    "title",
    "description",
    "life_phases",
    "districts",
    "target_groups",
    "source",
    "source_note",
]
FIELDS_BY_KIND = {
    Entry.Kind.INVENTORY: [*COMMON_FIELDS, "offerings"],
    Entry.Kind.NEED: COMMON_FIELDS,
    Entry.Kind.APPROACH: [
        *COMMON_FIELDS,
        "needs",
        "organisations",
        "status",
        "progress",
        "discard_reason",
    ],
}
STATUS_INVALID = _("Diesen Stand gibt es nicht. Wählen Sie einen Stand aus der Liste.")
DISCARD_NEEDS_REASON = _("Bitte geben Sie einen Grund an, warum der Ansatz verworfen wird.")


class EntryForm(forms.ModelForm):
    """An entry of one kind in one forum; the forum and kind come from the URL,
    never from the form, so a forged forum id changes nothing."""

    class Meta:
        model = Entry
        fields = sorted({name for names in FIELDS_BY_KIND.values() for name in names})
        widgets = {
            "life_phases": forms.CheckboxSelectMultiple,
            "districts": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "organisations": forms.SelectMultiple(attrs={"size": 8}),
            "offerings": forms.SelectMultiple(attrs={"size": 8}),
            "needs": forms.CheckboxSelectMultiple,
            "description": forms.Textarea(attrs={"rows": 6}),
            "discard_reason": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, forum: Forum, kind: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.forum = forum
        self.kind = kind
        for name in list(self.fields):
            if name not in FIELDS_BY_KIND[kind]:
                del self.fields[name]
        for name in ("life_phases", "districts", "target_groups"):
            if name in self.fields:
                self.fields[name].label_from_instance = vocabulary_label
        if "needs" in self.fields:
            needs = self.fields["needs"]
            needs.queryset = Entry.objects.needs().filter(forum=forum).order_by("title")
            needs.error_messages["invalid_choice"] = _(
                "Es lassen sich nur Bedarfe dieses Forums verknüpfen."
            )
            needs.help_text = _("Welche Bedarfe dieses Forums beantwortet der Ansatz?")
            needs.label_from_instance = lambda need: need.title
        if "organisations" in self.fields:
            self.fields["organisations"].queryset = Organisation.objects.order_by("name")
            self.fields["organisations"].help_text = _(
                "Mehrere wählen Sie mit gedrückter Strg-Taste (Mac: Befehlstaste) aus."
            )
            self.fields["organisations"].error_messages["invalid_choice"] = _(
                "Diese Organisation gibt es nicht."
            )
        if "offerings" in self.fields:
            self.fields["offerings"].queryset = (
                Offering.objects.filter(forums=forum)
                .select_related("organisation")
                .order_by("name")
            )
            self.fields["offerings"].error_messages["invalid_choice"] = _(
                "Es lassen sich nur Angebote zum Thema dieses Forums verknüpfen."
            )
            self.fields["offerings"].label_from_instance = lambda o: (
                f"{o.name} ({o.organisation.name})"
            )
        if "status" in self.fields:
            status = self.fields["status"]
            status.required = True
            status.choices = Entry.Status.choices
            status.error_messages["invalid_choice"] = STATUS_INVALID
            if not self.instance.pk:
                self.initial.setdefault("status", Entry.Status.IDEA)

    def clean_progress(self):
        progress = self.cleaned_data.get("progress")
        if progress is not None and progress > 100:
            raise forms.ValidationError(_("Der Fortschritt liegt zwischen 0 und 100 %."))
        return progress

    def clean(self):
        data = super().clean()
        if (
            self.kind == Entry.Kind.APPROACH
            and data.get("status") == Entry.Status.DISCARDED
            and not (data.get("discard_reason") or "").strip()
        ):
            self.add_error("discard_reason", DISCARD_NEEDS_REASON)
        return data

    def save(self, commit=True):
        entry = super().save(commit=False)
        entry.forum = self.forum
        entry.kind = self.kind
        if self.kind != Entry.Kind.APPROACH:
            entry.status = ""
        if commit:
            entry.save()
            self.save_m2m()
        return entry


class ThemeNotesForm(forms.Form):
    """One checkbox and one note for every cross-cutting theme of the municipality."""

    def __init__(self, *args, themes, entry: Entry | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.themes = list(themes)
        existing = {}
        if entry is not None and entry.pk:
            existing = {note.theme_id: note for note in entry.theme_notes.all()}
        self.rows = []
        for theme in self.themes:
            note = existing.get(theme.pk)
            considered = f"theme_{theme.pk}_considered"
            text = f"theme_{theme.pk}_note"
            self.fields[considered] = forms.BooleanField(
                label=_("%(theme)s: berücksichtigt") % {"theme": theme.name},
                required=False,
                initial=note.considered if note else False,
            )
            self.fields[text] = forms.CharField(
                label=_("%(theme)s: wie berücksichtigt, oder warum noch nicht?")
                % {"theme": theme.name},
                required=False,
                max_length=2000,
                initial=note.note if note else "",
                widget=forms.Textarea(attrs={"rows": 2}),
            )
            self.rows.append((theme, considered, text))

    def theme_rows(self):
        return [(theme, self[considered], self[text]) for theme, considered, text in self.rows]

    def save(self, entry: Entry) -> None:
        for theme, considered, text in self.rows:
            values = {
                "considered": self.cleaned_data[considered],
                "note": self.cleaned_data[text].strip(),
            }
            note = CrossCuttingNote.objects.filter(entry=entry, theme=theme).first()
            if note is None:
                if values["considered"] or values["note"]:
                    CrossCuttingNote.objects.create(entry=entry, theme=theme, **values)
            elif (note.considered, note.note) != (values["considered"], values["note"]):
                note.considered, note.note = values["considered"], values["note"]
                note.save()


class ApproachUpdateForm(forms.ModelForm):
    """A dated step in an approach's log; it also moves the approach on."""

    class Meta:
        model = ApproachUpdate
        fields = ["date", "text", "status", "progress"]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "text": forms.Textarea(attrs={"rows": 4}),
        }
        labels = {"status": _("neuer Stand"), "progress": _("neuer Fortschritt (%)")}

    def __init__(self, *args, approach: Entry, **kwargs):
        super().__init__(*args, **kwargs)
        self.approach = approach
        self.initial.setdefault("status", approach.status)
        self.initial.setdefault("progress", approach.progress)
        self.fields["status"].error_messages["invalid_choice"] = STATUS_INVALID

    def clean_progress(self):
        progress = self.cleaned_data.get("progress")
        if progress is not None and progress > 100:
            raise forms.ValidationError(_("Der Fortschritt liegt zwischen 0 und 100 %."))
        return progress

    def save_for(self, author) -> ApproachUpdate:
        with transaction.atomic():
            update = super().save(commit=False)
            update.approach = self.approach
            update.author = author
            update.save()
            approach = self.approach
            approach.status = update.status
            approach.progress = update.progress
            if update.status == Entry.Status.DISCARDED and not approach.discard_reason:
                approach.discard_reason = update.text
            approach.save()
        return update


THEME_STATES = [
    ("", _("alle")),
    ("considered", _("berücksichtigt")),
    ("not_considered", _("noch nicht berücksichtigt")),
]


class BoardFilterForm(forms.Form):
    """The board's filters (GET). Invalid values are reported and ignored."""

    kind = forms.ChoiceField(
        label=_("Art"), required=False, choices=[("", _("alle")), *Entry.Kind.choices]
    )
    phase = forms.ModelChoiceField(
        label=_("Lebensphase"),
        required=False,
        queryset=None,
        to_field_name="slug",
        empty_label=_("alle"),
    )
    district = forms.ModelChoiceField(
        label=_("Sozialraum"),
        required=False,
        queryset=None,
        to_field_name="slug",
        empty_label=_("alle"),
    )
    theme = forms.ModelChoiceField(
        label=_("Querschnittsthema"),
        required=False,
        queryset=None,
        to_field_name="slug",
        empty_label=_("alle"),
    )
    theme_state = forms.ChoiceField(
        label=_("berücksichtigt?"), required=False, choices=THEME_STATES
    )
    status = forms.ChoiceField(
        label=_("Stand (Lösungsansätze)"),
        required=False,
        choices=[("", _("alle")), *Entry.Status.choices],
    )

    def __init__(self, *args, phases, districts, themes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phase"].queryset = phases
        self.fields["district"].queryset = districts
        self.fields["theme"].queryset = themes
        for name in ("phase", "district", "theme"):
            self.fields[name].label_from_instance = vocabulary_label

    def filters(self) -> dict:
        """The valid filters (an invalid one is left out)."""
        self.is_valid()
        return {k: v for k, v in self.cleaned_data.items() if v}


def vocabulary_label(item) -> str:
    """A phase, district, theme or target group in the reader's language."""
    return str(item.label)


def municipality_themes():
    return CrossCuttingTheme.objects.order_by("position", "name")
