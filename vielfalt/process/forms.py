from django import forms
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from vielfalt.forums.models import Forum
from vielfalt.lib.forms import (
    CONSENT_REQUIRED,
    EMAIL_ERRORS,
    HONEYPOT_FIELD,
    LENGTH_MESSAGE,
    NAME_ERRORS,
)

from .models import InterestRequest

CONSENT_TEXT = _(
    "Ich bin einverstanden, dass die Koordination des Netzwerks meine Angaben speichert, "
    "um mit mir Kontakt aufzunehmen und mich in das Netzwerk aufzunehmen. Meine Kontaktdaten "
    "werden nicht veröffentlicht. Ich kann diese Einwilligung jederzeit widerrufen."
)


class JoinForm(forms.ModelForm):
    """The public join form (Mitmachen). Owns every check of what people type."""

    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": CONSENT_REQUIRED},
    )

    class Meta:
        model = InterestRequest
        fields = ["name", "email", "organisation_name", "forums", "new_topic", "message"]
        labels = {
            "name": _("Ihr Name"),
            "email": _("Ihre E-Mail-Adresse"),
            "organisation_name": _("Organisation, Verein oder Einrichtung (freiwillig)"),
            "forums": _("In welchen Foren möchten Sie mitmachen?"),
            "new_topic": _("Ein neues Thema vorschlagen (freiwillig)"),
            "message": _("Ihre Nachricht an uns (freiwillig)"),
        }
        help_texts = {
            "email": _("An diese Adresse schicken wir einen Link zum Bestätigen."),
            "organisation_name": _("Zum Beispiel Ihr Träger, Ihre Schule oder Ihr Verein."),
            "new_topic": _("Ein Thema, für das es noch kein Forum gibt."),
            "message": _("Höchstens 2000 Zeichen."),
        }
        widgets = {
            "forums": forms.CheckboxSelectMultiple,
            "message": forms.Textarea(attrs={"rows": 6}),
        }
        error_messages = {
            "name": NAME_ERRORS,
            "email": EMAIL_ERRORS,
            "organisation_name": {"max_length": LENGTH_MESSAGE},
            "new_topic": {"max_length": LENGTH_MESSAGE},
            "message": {"max_length": LENGTH_MESSAGE},
        }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        # Closed forums are not offered; dormant and proposed ones are.
        self.fields["forums"].queryset = Forum.objects.public()
        self.fields["forums"].error_messages["invalid_choice"] = _(
            "Dieses Forum gibt es nicht (mehr). Bitte wählen Sie ein anderes."
        )
        self.fields["consent"].help_text = format_html(
            gettext('Mehr dazu lesen Sie in der <a href="{url}">Datenschutzerklärung</a>.'),
            url=reverse("pages:privacy"),
        )
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["organisation_name"].widget.attrs["autocomplete"] = "organization"

    def clean(self):
        cleaned = super().clean()
        chose_something = any(cleaned.get(name) for name in ("forums", "new_topic", "message"))
        # Only when the three fields had no error of their own (e.g. too long).
        own_errors = any(name in self.errors for name in ("forums", "new_topic", "message"))
        if not chose_something and not own_errors:
            raise forms.ValidationError(
                _(
                    "Bitte wählen Sie mindestens ein Forum, schlagen Sie ein neues Thema vor "
                    "oder schreiben Sie uns eine Nachricht."
                ),
                code="nothing_chosen",
            )
        return cleaned

    def is_bot(self):
        """True when the hidden honeypot field was filled in: only bots do that."""
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    def forum_groups(self):
        """The forum checkboxes grouped by status: [(status, label, [(forum, checkbox)])]."""
        groups = {
            status: []
            for status in (Forum.Status.ACTIVE, Forum.Status.DORMANT, Forum.Status.PROPOSED)
        }
        for checkbox in self["forums"]:
            forum = checkbox.data["value"].instance
            groups.setdefault(forum.status, []).append((forum, checkbox))
        labels = {
            Forum.Status.ACTIVE: _("Aktive Foren"),
            Forum.Status.DORMANT: _("Ruhende Foren"),
            Forum.Status.PROPOSED: _("Vorgeschlagene Themen"),
        }
        return [(status, labels[status], items) for status, items in groups.items() if items]

    def error_summary(self):
        """Every error, in the order of the fields, with the id of the place it belongs to."""
        summary = []
        for field in self:
            if field.name == "forums":
                summary += [("forums-group", error) for error in self.non_field_errors()]
            label = _("Einwilligung") if field.name == "consent" else field.label
            anchor = "forums-group" if field.name == "forums" else field.auto_id
            summary += [(anchor, f"{label}: {error}") for error in field.errors]
        return summary

    def save(self, commit=True):
        request = super().save(commit=False)
        request.consent_given_at = timezone.now()
        request.consent_text = str(CONSENT_TEXT)
        request.language = translation.get_language() or "de"
        if commit:
            request.save()
            self.save_m2m()
        return request
