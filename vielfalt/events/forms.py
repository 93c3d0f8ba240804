"""The forms of events: registration, the organisers' message, committee feedback."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from vielfalt.forums.models import Forum
from vielfalt.lib.forms import EMAIL_ERRORS, LENGTH_MESSAGE, NAME_ERRORS

from .booking import Applicant
from .models import Briefing, Event, Registration

CONSENT_TEXT = _(
    "Ich bin einverstanden, dass die Koordination des Netzwerks meine Angaben speichert, "
    "um die Veranstaltung zu organisieren. Angaben zu Barrierefreiheit und Ernährung werden "
    "nach der Veranstaltung gelöscht. Ich kann mich jederzeit über den Link in der "
    "Bestätigungsmail abmelden."
)
PREFERENCE_LABELS = [_("Erster Wunsch"), _("Zweiter Wunsch"), _("Dritter Wunsch")]


class RegistrationForm(forms.ModelForm):  # type: ignore[type-arg]
    """Register for an event; at a kickoff, choose up to three forums in order."""

    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={
            "required": _("Bitte stimmen Sie zu, damit wir Ihre Anmeldung speichern dürfen.")
        },
    )

    class Meta:
        model = Registration
        fields = ["name", "email", "organisation_name", "needs"]
        labels = {
            "name": _("Ihr Name"),
            "email": _("Ihre E-Mail-Adresse"),
            "organisation_name": _("Organisation, Verein oder Einrichtung (freiwillig)"),
            "needs": _("Brauchen Sie etwas, um gut teilnehmen zu können? (freiwillig)"),
        }
        help_texts = {
            "email": _("An diese Adresse schicken wir die Bestätigung."),
            "needs": _(
                "Zum Beispiel Gebärdensprache, stufenloser Zugang oder vegetarisches Essen. "
                "Wir löschen diese Angabe nach der Veranstaltung."
            ),
        }
        widgets = {"needs": forms.Textarea(attrs={"rows": 3})}
        error_messages = {
            "name": NAME_ERRORS,
            "email": EMAIL_ERRORS,
            "organisation_name": {"max_length": LENGTH_MESSAGE},
            "needs": {"max_length": LENGTH_MESSAGE},
        }

    def __init__(self, *args: Any, event: Event, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.event = event
        self.preference_fields: list[str] = []
        if event.asks_forum_preferences:
            choices = Forum.objects.public()
            for number, label in enumerate(PREFERENCE_LABELS, start=1):
                name = f"forum_{number}"
                self.fields[name] = forms.ModelChoiceField(
                    queryset=choices,
                    required=False,
                    label=label,
                    empty_label=_("– kein Forum –"),
                    error_messages={"invalid_choice": _("Dieses Forum gibt es nicht (mehr).")},
                )
                self.preference_fields.append(name)

    def preference_bound_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.preference_fields]

    def clean_email(self) -> str:
        return str(self.cleaned_data["email"]).strip().lower()

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        chosen = [cleaned.get(name) for name in self.preference_fields]
        picked = [forum for forum in chosen if forum]
        if len({forum.pk for forum in picked}) < len(picked):
            self.add_error(
                self.preference_fields[-1],
                _("Bitte wählen Sie jedes Forum nur einmal."),
            )
        cleaned["forums"] = picked
        return cleaned

    def applicant(self) -> Applicant:
        data = self.cleaned_data
        return Applicant(
            name=data["name"],
            email=data["email"],
            organisation_name=data.get("organisation_name", ""),
            needs=data.get("needs", ""),
            consent_text=str(CONSENT_TEXT),
            forums=data.get("forums", []),
        )


class MinutesForm(forms.ModelForm):  # type: ignore[type-arg]
    """The minutes of an event, written by its organisers afterwards (Markdown)."""

    class Meta:
        model = Event
        fields = ["minutes"]
        labels = {"minutes": _("Protokoll (Markdown)")}
        widgets = {"minutes": forms.Textarea(attrs={"rows": 16})}
        error_messages = {"minutes": {"max_length": LENGTH_MESSAGE}}


class MessageForm(forms.Form):
    """A message from the organisers to everyone registered."""

    subject = forms.CharField(label=_("Betreff"), max_length=200)
    body = forms.CharField(label=_("Nachricht"), max_length=5000, widget=forms.Textarea)
    include_waiting = forms.BooleanField(label=_("Auch an die Warteliste schicken"), required=False)


class ParticipantFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("alle außer Abgemeldeten")), *Registration.Status.choices],
    )
    forum = forms.ModelChoiceField(
        label=_("Forumswunsch"),
        required=False,
        queryset=Forum.objects.public(),
        empty_label=_("alle"),
    )
    attended = forms.ChoiceField(
        label=_("Anwesenheit"),
        required=False,
        choices=[("", _("alle")), ("yes", _("anwesend")), ("no", _("nicht erfasst"))],
    )
    q = forms.CharField(label=_("Name oder Organisation"), required=False, max_length=100)


class FeedbackForm(forms.Form):
    """Feedback of a committee: recorded on the briefing and sent to a forum as an impulse."""

    feedback = forms.CharField(
        label=_("Rückmeldung des Gremiums"), max_length=10000, widget=forms.Textarea
    )
    forum = forms.ModelChoiceField(
        label=_("An welches Forum geht die Rückmeldung?"),
        queryset=Forum.objects.public(),
        error_messages={"invalid_choice": _("Dieses Forum gibt es nicht (mehr).")},
    )
    title = forms.CharField(label=_("Titel des Impulses"), max_length=200)

    def __init__(self, *args: Any, briefing: Briefing, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["title"].initial = f"{briefing.committee}: {briefing.topic}"[:200]
        self.fields["feedback"].initial = briefing.feedback
        first = briefing.forums.first()
        if first:
            self.fields["forum"].initial = first.pk


class AssignmentForm(forms.Form):
    """How many of each participant's preferences become memberships."""

    choices_per_person = forms.TypedChoiceField(
        label=_("Wie viele Wünsche je Person übernehmen?"),
        choices=[(1, _("nur den ersten Wunsch")), (2, _("die ersten zwei")), (3, _("alle drei"))],
        coerce=int,
        initial=1,
    )
