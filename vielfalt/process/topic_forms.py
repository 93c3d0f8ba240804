"""The coordinators' two answers to a proposed topic."""

from django import forms
from django.utils.translation import gettext_lazy as _

from vielfalt.forums.models import Forum
from vielfalt.lib.forms import LENGTH_MESSAGE


class OpenTopicForm(forms.Form):
    name = forms.CharField(
        label=_("Name des Forums"),
        max_length=120,
        error_messages={
            "required": _("Bitte geben Sie dem Forum einen Namen."),
            "max_length": LENGTH_MESSAGE,
        },
    )
    name_en = forms.CharField(
        label=_("Name auf Englisch (freiwillig)"),
        max_length=120,
        required=False,
        error_messages={"max_length": LENGTH_MESSAGE},
    )
    description = forms.CharField(
        label=_("Beschreibung (freiwillig)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Worum soll es im Forum gehen? Sie erscheint auf der Seite des Forums."),
    )
    status = forms.ChoiceField(
        label=_("Status des neuen Forums"),
        choices=[
            (Forum.Status.PROPOSED, _("vorgeschlagen: es sucht noch Mitstreiter:innen")),
            (Forum.Status.ACTIVE, _("aktiv: es startet gleich")),
        ],
        initial=Forum.Status.PROPOSED,
        widget=forms.RadioSelect,
        error_messages={
            "invalid_choice": _("Bitte wählen Sie „vorgeschlagen“ oder „aktiv“."),
            "required": _("Bitte wählen Sie „vorgeschlagen“ oder „aktiv“."),
        },
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        kwargs.setdefault("prefix", "open")
        super().__init__(*args, **kwargs)

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if Forum.objects.filter(name__iexact=name).exists():
            raise forms.ValidationError(
                _("Ein Forum mit diesem Namen gibt es schon. Bitte wählen Sie einen anderen."),
                code="taken",
            )
        return name


class AnswerTopicForm(forms.Form):
    answer = forms.CharField(
        label=_("Ihre Antwort an die Person"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Sie geht per Mail an die Person, die das Thema vorgeschlagen hat."),
        error_messages={
            "required": _("Bitte schreiben Sie eine Antwort."),
            "max_length": LENGTH_MESSAGE,
        },
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        kwargs.setdefault("prefix", "answer")
        super().__init__(*args, **kwargs)
