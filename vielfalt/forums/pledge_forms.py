"""The public's form to pledge to take a dormant forum up."""

from django import forms
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from vielfalt.lib.forms import CONSENT_REQUIRED, HONEYPOT_FIELD, LENGTH_MESSAGE, NAME_ERRORS

from .models import Forum, Pledge

PLEDGE_CONSENT_TEXT = _(
    "Ich bin einverstanden, dass die Koordination des Netzwerks meinen Namen und meine "
    "E-Mail-Adresse speichert, um mich zu benachrichtigen, wenn dieses Forum wieder startet. "
    "Meine Angaben werden nicht veröffentlicht. Ich kann diese Einwilligung jederzeit widerrufen."
)


class PledgeForm(forms.ModelForm):
    consent = forms.BooleanField(
        label=PLEDGE_CONSENT_TEXT,
        error_messages={"required": CONSENT_REQUIRED},
    )

    class Meta:
        model = Pledge
        fields = ["name", "email", "message"]
        labels = {
            "name": _("Ihr Name"),
            "email": _("Ihre E-Mail-Adresse"),
            "message": _("Was möchten Sie einbringen? (freiwillig)"),
        }
        help_texts = {
            "email": _("An diese Adresse schicken wir einen Link zum Bestätigen."),
            "message": _("Höchstens 1000 Zeichen. Nur die Koordination liest das."),
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 4})}
        error_messages = {
            "name": NAME_ERRORS,
            "email": {
                "invalid": _(
                    "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.org."
                ),
                "max_length": LENGTH_MESSAGE,
            },
            "message": {"max_length": LENGTH_MESSAGE},
        }

    def __init__(self, forum: Forum, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.forum = forum
        self.fields["email"].required = True
        self.fields["email"].error_messages["required"] = _(
            "Bitte geben Sie Ihre E-Mail-Adresse ein."
        )
        self.fields["consent"].help_text = format_html(
            gettext('Mehr dazu lesen Sie in der <a href="{url}">Datenschutzerklärung</a>.'),
            url=reverse("pages:privacy"),
        )
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def is_bot(self) -> bool:
        """True when the hidden honeypot field was filled in: only bots do that."""
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    def save(self, commit: bool = False) -> Pledge:
        """The pledge, not yet stored (``revival.save_public_pledge`` stores it)."""
        pledge = super().save(commit=False)
        pledge.forum = self.forum
        pledge.email = pledge.email.strip()
        pledge.consent_given_at = timezone.now()
        pledge.consent_text = str(PLEDGE_CONSENT_TEXT)
        pledge.language = translation.get_language() or "de"
        return pledge
