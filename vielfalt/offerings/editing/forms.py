"""Forms with which providers keep their offerings current."""

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from vielfalt.forums.models import Forum
from vielfalt.network.models import Organisation

from ..models import Location, Offering


class ManageFilterForm(forms.Form):
    """The coordinators' filter over all offerings."""

    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.only("pk", "name"),
        required=False,
        empty_label=_("alle Organisationen"),
    )
    needs_confirmation = forms.BooleanField(
        label=_("nur Angebote, die eine Bestätigung brauchen"), required=False
    )

    def filter(self, offerings):
        if not self.is_valid():
            return offerings
        if self.cleaned_data["organisation"]:
            offerings = offerings.filter(organisation=self.cleaned_data["organisation"])
        if self.cleaned_data["needs_confirmation"]:
            offerings = offerings.needing_confirmation()
        return offerings


class StatusForm(forms.Form):
    """One of the actions on the list: pause, resume, end or confirm an offering."""

    ACTIONS = {
        "pause": _("Das Angebot ist jetzt pausiert."),
        "resume": _("Das Angebot ist wieder aktiv."),
        "end": _("Das Angebot ist beendet. Es erscheint nicht mehr in der Suche."),
        "confirm": _("Danke! Die Angaben sind als aktuell bestätigt."),
    }
    # Which status each action may start from.
    ALLOWED_FROM = {
        "pause": {Offering.Status.ACTIVE},
        "resume": {Offering.Status.PAUSED, Offering.Status.ENDED},
        "end": {Offering.Status.ACTIVE, Offering.Status.PAUSED},
        "confirm": {Offering.Status.ACTIVE, Offering.Status.PAUSED},
    }

    action = forms.ChoiceField(
        label=_("Aktion"),
        choices=[(key, key) for key in ACTIONS],
        error_messages={"invalid_choice": _("Diese Aktion gibt es nicht.")},
    )

    def __init__(self, *args, offering, **kwargs):
        super().__init__(*args, **kwargs)
        self.offering = offering

    def clean_action(self):
        action = self.cleaned_data["action"]
        if self.offering.status not in self.ALLOWED_FROM[action]:
            raise forms.ValidationError(
                _("Das geht bei einem Angebot mit dem Status „%(status)s“ nicht."),
                params={"status": self.offering.get_status_display()},
            )
        return action

    def save(self):
        """Apply the action; returns the message for the person."""
        action = self.cleaned_data["action"]
        offerings = Offering.objects.filter(pk=self.offering.pk)
        if action == "confirm":
            offerings.mark_confirmed()
        else:
            status = {
                "pause": Offering.Status.PAUSED,
                "resume": Offering.Status.ACTIVE,
                "end": Offering.Status.ENDED,
            }[action]
            offerings.set_status(status)
        return self.ACTIONS[action]


class OfferingForm(forms.ModelForm):
    """All details a provider maintains.

    Members always edit for their own organisation; coordinators choose it.
    Locations can only be chosen from the provider's own places (and those
    the offering already has), so IDs of other organisations' places fail.
    """

    url = Offering._meta.get_field("url").formfield(assume_scheme="https")

    class Meta:
        model = Offering
        fields = [
            "organisation",
            "name",
            "short_description",
            "description",
            "contact_name",
            "contact_email",
            "contact_phone",
            "url",
            "life_phases",
            "forums",
            "target_groups",
            "languages",
            "locations",
            "is_free",
            "fee",
            "eligibility",
            "schedule",
            "accessibility",
            "is_public",
        ]
        widgets = {
            "short_description": forms.Textarea(attrs={"rows": 3}),
            "description": forms.Textarea(attrs={"rows": 8}),
            "eligibility": forms.Textarea(attrs={"rows": 3}),
            "schedule": forms.Textarea(attrs={"rows": 3}),
            "accessibility": forms.Textarea(attrs={"rows": 3}),
            "life_phases": forms.CheckboxSelectMultiple,
            "forums": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
            "locations": forms.CheckboxSelectMultiple,
        }
        help_texts = {
            "is_public": _("Nur öffentliche Angebote erscheinen in der Angebotssuche."),
            "locations": _("Orte Ihrer Organisation. Einen neuen Ort können Sie unten hinzufügen."),
        }

    def __init__(self, *args, organisation=None, **kwargs):
        """``organisation``: fixed provider for members; None lets a coordinator choose."""
        super().__init__(*args, **kwargs)
        if organisation is not None:
            del self.fields["organisation"]
            self.instance.organisation = organisation
        else:
            self.fields["organisation"].queryset = Organisation.objects.only("pk", "name")
        # Closed forums are not offered, but an offering keeps the ones it has.
        current_forums = self.instance.forums.all() if self.instance.pk else Forum.objects.none()
        self.fields["forums"].queryset = Forum.objects.filter(
            Q(pk__in=Forum.objects.public()) | Q(pk__in=current_forums)
        )
        self.fields["forums"].label_from_instance = lambda forum: forum.label
        self.fields["locations"].queryset = self.location_choices(organisation)
        self.fields["locations"].error_messages["invalid_choice"] = _(
            "Bitte wählen Sie nur Orte des Anbieters aus."
        )

    def location_choices(self, organisation):
        if organisation is None:
            organisation = self.chosen_organisation()
        own = Q(organisation=organisation) if organisation else Q(pk__in=[])
        current = Q(pk__in=self.instance.locations.all()) if self.instance.pk else Q(pk__in=[])
        return Location.objects.filter(own | current).distinct()

    def chosen_organisation(self):
        """The provider a coordinator picked (posted, initial or the saved one)."""
        field = self.fields["organisation"]
        value = self.data.get(self.add_prefix("organisation")) if self.is_bound else None
        if value is None:
            value = self.initial.get("organisation") or self.instance.organisation_id
        try:
            return field.clean(value) if value else None
        except forms.ValidationError:
            return None

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("is_free") and "fee" in cleaned and not cleaned["fee"].strip():
            self.add_error(
                "fee",
                _("Das Angebot kostet etwas. Bitte schreiben Sie, wie viel (z. B. 10 € im Monat)."),
            )
        return cleaned

    def save(self, commit=True):
        # Saving the form counts as confirming that the details are right.
        self.instance.last_confirmed = timezone.localdate()
        self.instance.confirmation_requested_at = None
        self.instance.provider_confirmed = True
        return super().save(commit)


class NewLocationForm(forms.ModelForm):
    """An optional new place, added in the same form as the offering."""

    class Meta:
        model = Location
        fields = ["name", "street", "postal_code", "city", "district"]
        labels = {"name": _("Name des neuen Ortes")}
        help_texts = {"name": _("z. B. Gemeindehaus, Turnhalle der Grundschule")}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("prefix", "new_location")
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.required = False

    def clean(self):
        cleaned = super().clean()
        filled = any(cleaned.get(name) for name in self.fields if name != "name")
        if filled and not (cleaned.get("name") or "").strip():
            self.add_error(
                "name", _("Bitte geben Sie dem neuen Ort einen Namen, z. B. „Gemeindehaus“.")
            )
        return cleaned

    def save_for(self, organisation):
        """Store the new place for the provider; returns None if nothing was entered."""
        if not self.cleaned_data.get("name"):
            return None
        self.instance.organisation = organisation
        return self.save()
