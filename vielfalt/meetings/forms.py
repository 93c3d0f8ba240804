"""The forms of meetings: each owns its validation (dates, members, file types)."""

import filetype
from django import forms
from django.db.models import Q
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from vielfalt.forums.models import Forum
from vielfalt.network.models import Person

from .models import ActionItem, Attachment, Meeting
from .storage import max_attachment_bytes

# The types a meeting may carry, recognised by content (not by the file's name).
ALLOWED_TYPES = {
    "application/pdf": "PDF",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX",
    "image/png": "PNG",
    "image/jpeg": "JPEG",
}
# filetype recognises a DOCX or XLSX from the first few kilobytes of the archive.
SNIFF_BYTES = 65536


class DateTimeLocalInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):  # type: ignore[no-untyped-def]
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):  # type: ignore[no-untyped-def]
        super().__init__(attrs, format="%Y-%m-%d")


class MeetingForm(forms.ModelForm):
    online_url = forms.URLField(
        label=Meeting._meta.get_field("online_url").verbose_name,
        required=False,
        assume_scheme="https",
        max_length=200,
    )

    class Meta:
        model = Meeting
        fields = [
            "title",
            "starts_at",
            "ends_at",
            "place",
            "online_url",
            "agenda",
            "minutes",
            "decisions",
        ]
        widgets = {
            "starts_at": DateTimeLocalInput(),
            "ends_at": DateTimeLocalInput(),
            "agenda": forms.Textarea(attrs={"rows": 8}),
            "minutes": forms.Textarea(attrs={"rows": 14}),
            "decisions": forms.Textarea(attrs={"rows": 6}),
        }


def forum_people(forum: Forum, keep: int | None = None):  # type: ignore[no-untyped-def]
    """The people who may be responsible for an action item of ``forum``: its members,
    and ``keep`` (the one responsible so far, even if they have left the forum)."""
    found = Q(forum_memberships__forum=forum)
    if keep is not None:
        found |= Q(pk=keep)
    return Person.objects.filter(found).order_by("name").distinct()


class ActionItemForm(forms.ModelForm):
    class Meta:
        model = ActionItem
        fields = ["what", "responsible", "responsible_name", "due_on"]
        widgets = {"due_on": DateInput()}

    def __init__(self, forum: Forum, *args, **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        field = self.fields["responsible"]
        field.queryset = forum_people(forum, keep=self.instance.responsible_id)
        field.empty_label = _("– niemand aus dem Forum –")
        field.error_messages["invalid_choice"] = _(
            "Zuständig kann nur ein Mitglied dieses Forums sein."
        )

    def clean(self):  # type: ignore[no-untyped-def]
        cleaned = super().clean()
        person = cleaned.get("responsible")
        name = (cleaned.get("responsible_name") or "").strip()
        if "responsible" in self.errors:
            return cleaned
        if person and name:
            self.add_error(
                "responsible_name",
                _("Bitte wählen Sie ein Mitglied oder schreiben Sie einen Namen, nicht beides."),
            )
        elif not person and not name:
            self.add_error(
                "responsible",
                _("Wer ist zuständig? Wählen Sie ein Mitglied oder schreiben Sie einen Namen."),
            )
        return cleaned


class AttachmentForm(forms.Form):
    file = forms.FileField(
        label=_("Datei"),
        help_text=_("PDF, Word (DOCX), Excel (XLSX), PNG oder JPEG."),
    )

    def clean_file(self):  # type: ignore[no-untyped-def]
        upload = self.cleaned_data["file"]
        limit = max_attachment_bytes()
        if upload.size > limit:
            raise forms.ValidationError(
                _("Die Datei ist %(size)s groß; erlaubt sind höchstens %(limit)s.")
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
            )
        upload.seek(0)
        head = upload.read(SNIFF_BYTES)
        upload.seek(0)
        kind = filetype.guess(head) if head else None
        if kind is None or kind.mime not in ALLOWED_TYPES:
            raise forms.ValidationError(
                _(
                    "Diese Datei ist kein PDF-, Word- (DOCX), Excel- (XLSX), PNG- oder "
                    "JPEG-Dokument und wird nicht gespeichert. Geprüft wird der Inhalt der "
                    "Datei, nicht ihr Name."
                )
            )
        upload.detected_type = kind.mime
        return upload

    def save(self, meeting: Meeting, person: Person | None) -> Attachment:
        upload = self.cleaned_data["file"]
        attachment = Attachment(
            meeting=meeting,
            original_name=upload.name[:255],
            content_type=upload.detected_type,
            size=upload.size,
            uploaded_by=person,
        )
        attachment.file.save(upload.name, upload, save=False)
        attachment.save()
        return attachment
