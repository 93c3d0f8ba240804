"""The coordinators' forms: a survey's settings, its sections and questions."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Choice, Question, Section, Survey

DATETIME_WIDGET = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class SurveyForm(forms.ModelForm):
    class Meta:
        model = Survey
        fields = ["title", "intro", "opens_at", "closes_at", "is_anonymous", "allows_editing"]
        widgets = {
            "intro": forms.Textarea(attrs={"rows": 4}),
            "opens_at": DATETIME_WIDGET,
            "closes_at": DATETIME_WIDGET,
        }
        help_texts = {
            "opens_at": _("Leer: Die Abfrage ist noch nicht offen."),
            "closes_at": _("Leer: Die Abfrage bleibt offen, bis Sie ein Ende eintragen."),
        }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["title"].error_messages["required"] = _("Bitte geben Sie einen Titel ein.")

    def clean(self):
        cleaned = super().clean()
        opens, closes = cleaned.get("opens_at"), cleaned.get("closes_at")
        if opens and closes and closes <= opens:
            self.add_error("closes_at", _("Das Ende muss nach dem Beginn liegen."))
        return cleaned


class SectionForm(forms.ModelForm):
    class Meta:
        model = Section
        fields = ["title"]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["title"].error_messages["required"] = _("Bitte geben Sie eine Überschrift ein.")


class QuestionForm(forms.ModelForm):
    choices_text = forms.CharField(
        label=_("Antwortmöglichkeiten"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Nur bei Auswahlfragen: eine Antwortmöglichkeit pro Zeile."),
    )

    class Meta:
        model = Question
        fields = [
            "kind",
            "text",
            "help_text",
            "required",
            "scale_min",
            "scale_max",
            "scale_min_label",
            "scale_max_label",
        ]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["text"].error_messages["required"] = _("Bitte geben Sie die Frage ein.")
        if self.instance.pk:
            self.fields["choices_text"].initial = "\n".join(
                choice.label for choice in self.instance.choices.all()
            )

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        labels = [line.strip() for line in cleaned.get("choices_text", "").splitlines()]
        labels = list(dict.fromkeys(label for label in labels if label))
        if kind in (Question.Kind.SINGLE, Question.Kind.MULTIPLE):
            if len(labels) < 2:
                self.add_error(
                    "choices_text", _("Bitte geben Sie mindestens zwei Antwortmöglichkeiten ein.")
                )
            elif any(len(label) > 200 for label in labels):
                self.add_error(
                    "choices_text", _("Eine Antwortmöglichkeit hat höchstens 200 Zeichen.")
                )
        if kind == Question.Kind.SCALE:
            low, high = cleaned.get("scale_min"), cleaned.get("scale_max")
            if low is not None and high is not None and not (1 <= high - low <= 10):
                self.add_error("scale_max", _("Eine Skala hat zwei bis elf Stufen."))
        cleaned["choice_labels"] = labels
        return cleaned

    def save(self, commit=True):
        question = super().save(commit=True)
        labels = self.cleaned_data["choice_labels"] if question.has_choices else []
        existing = {choice.label: choice for choice in question.choices.all()}
        question.choices.exclude(label__in=labels).delete()
        for position, label in enumerate(labels):
            choice = existing.get(label) or Choice(question=question, label=label)
            choice.position = position
            choice.save()
        return question
