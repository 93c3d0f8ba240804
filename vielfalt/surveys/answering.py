"""The form a respondent fills in, built from the survey's questions, and
how its answers are stored (as a draft, or submitted once)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from vielfalt.forums.models import Forum
from vielfalt.lib.forms import LENGTH_MESSAGE

from .models import Answer, Question, Response

OTHER = "other"
NOT_OFFERED = _("Diese Antwort steht nicht zur Auswahl. Bitte wählen Sie eine der genannten.")
REQUIRED = _("Bitte beantworten Sie diese Frage.")


def field_name(question: Question) -> str:
    return f"q{question.pk}"


class AnswerForm(forms.Form):
    """One field per question (``q<id>``); the field of work has a second, free one.

    ``draft=True`` checks lengths and offered choices but not required questions,
    so that a half-filled form can be stored as it is.
    """

    def __init__(
        self,
        questions: list[Question],
        forums: list[Forum],
        *args: Any,
        draft: bool = False,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.questions = questions
        self.forums = forums
        self.draft = draft
        for question in questions:
            self.fields[field_name(question)] = self._field_for(question)
            if question.kind == Question.Kind.FIELD_OF_WORK:
                self.fields[f"{field_name(question)}_other"] = forms.CharField(
                    label=_("Anderes Arbeitsfeld"),
                    required=False,
                    max_length=question.text_limit,
                    error_messages={"max_length": LENGTH_MESSAGE},
                )

    def _field_for(self, question: Question) -> forms.Field:
        required = question.required and not self.draft
        messages = {
            "required": REQUIRED,
            "invalid_choice": NOT_OFFERED,
            "max_length": LENGTH_MESSAGE,
        }
        common = {
            "label": question.text,
            "help_text": question.help_text,
            "required": required,
            "error_messages": messages,
        }
        kind = question.kind
        if kind in (Question.Kind.SHORT_TEXT, Question.Kind.LONG_TEXT):
            widget = (
                forms.Textarea(attrs={"rows": 6})
                if kind == Question.Kind.LONG_TEXT
                else forms.TextInput
            )
            return forms.CharField(max_length=question.text_limit, widget=widget, **common)
        if kind == Question.Kind.SINGLE:
            choices = [(str(c.pk), c.label) for c in question.choices.all()]
            return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
        if kind == Question.Kind.MULTIPLE:
            choices = [(str(c.pk), c.label) for c in question.choices.all()]
            return forms.MultipleChoiceField(
                choices=choices, widget=forms.CheckboxSelectMultiple, **common
            )
        if kind == Question.Kind.SCALE:
            choices = [(str(v), str(v)) for v in question.scale_values()]
            return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
        if kind == Question.Kind.YES_NO:
            choices = [("1", _("Ja")), ("0", _("Nein"))]
            return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
        choices = [("", _("Bitte wählen"))]
        choices += [(str(f.pk), _("Forum %(name)s") % {"name": f.label}) for f in self.forums]
        choices += [(OTHER, _("Anderes Arbeitsfeld (bitte unten angeben)"))]
        return forms.ChoiceField(choices=choices, **common)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        for question in self.questions:
            if question.kind != Question.Kind.FIELD_OF_WORK:
                continue
            name = field_name(question)
            other = cleaned.get(f"{name}_other", "")
            if cleaned.get(name) == OTHER and not other and not self.draft:
                self.add_error(f"{name}_other", _("Bitte nennen Sie Ihr Arbeitsfeld."))
        return cleaned

    def rows(self) -> list[dict[str, Any]]:
        """The questions with their fields and section titles, for the template."""
        rows = []
        section = None
        for question in self.questions:
            name = field_name(question)
            bound = self[name]
            other = self[f"{name}_other"] if question.kind == Question.Kind.FIELD_OF_WORK else None
            rows.append(
                {
                    "question": question,
                    "field": bound,
                    "other": other,
                    "new_section": question.section if question.section_id != section else None,
                    "grouped": question.kind
                    in (
                        Question.Kind.SINGLE,
                        Question.Kind.MULTIPLE,
                        Question.Kind.SCALE,
                        Question.Kind.YES_NO,
                    ),
                }
            )
            section = question.section_id
        return rows

    def error_summary(self) -> list[tuple[str, str]]:
        summary = []
        for question in self.questions:
            name = field_name(question)
            for sub in (name, f"{name}_other"):
                if sub in self.errors:
                    anchor = f"group-{name}" if sub == name else self[sub].auto_id
                    summary += [(anchor, f"{question.text}: {e}") for e in self.errors[sub]]
        return summary


def initial_from(response: Response | None, questions: list[Question]) -> dict[str, Any]:
    """What the respondent stored so far, as the form's initial data."""
    if response is None or response.pk is None:
        return {}
    answers = {a.question_id: a for a in response.answers.prefetch_related("choices")}
    initial: dict[str, Any] = {}
    for question in questions:
        answer = answers.get(question.pk)
        name = field_name(question)
        if question.kind == Question.Kind.FIELD_OF_WORK:
            if response.forum_id:
                initial[name] = str(response.forum_id)
            elif response.field_of_work_text:
                initial[name] = OTHER
                initial[f"{name}_other"] = response.field_of_work_text
            continue
        if answer is None:
            continue
        if question.kind == Question.Kind.MULTIPLE:
            initial[name] = [str(c.pk) for c in answer.choices.all()]
        elif question.kind == Question.Kind.SINGLE:
            chosen = list(answer.choices.all())
            if chosen:
                initial[name] = str(chosen[0].pk)
        elif question.kind in (Question.Kind.SCALE, Question.Kind.YES_NO):
            if answer.number is not None:
                initial[name] = str(answer.number)
        else:
            initial[name] = answer.text
    return initial


@transaction.atomic
def store_answers(response: Response, form: AnswerForm) -> None:
    """Store every valid field of ``form`` (``cleaned_data`` holds only those);
    an emptied field removes its answer. Invalid fields keep what was stored."""
    cleaned = form.cleaned_data
    if response.pk is None:
        response.save()
    existing = {a.question_id: a for a in response.answers.all()}
    forums = {str(f.pk): f for f in form.forums}
    response_changed = False
    for question in form.questions:
        name = field_name(question)
        if name not in cleaned:
            continue
        value = cleaned[name]
        text, number, choice_ids = "", None, []
        if question.kind == Question.Kind.FIELD_OF_WORK:
            if f"{name}_other" not in cleaned:
                continue
            forum = forums.get(value)
            response.forum = forum
            response.field_of_work_text = cleaned[f"{name}_other"] if value == OTHER else ""
            response_changed = True
            text = str(forum.label) if forum else response.field_of_work_text
        elif question.kind == Question.Kind.MULTIPLE:
            choice_ids = [int(v) for v in value]
        elif question.kind == Question.Kind.SINGLE:
            choice_ids = [int(value)] if value else []
        elif question.kind in (Question.Kind.SCALE, Question.Kind.YES_NO):
            number = int(value) if value != "" else None
        else:
            text = value.strip()
        answer = existing.get(question.pk)
        if not text and number is None and not choice_ids:
            if answer is not None:
                answer.delete()
            continue
        if answer is None:
            answer = Answer(response=response, question=question)
        answer.text, answer.number = text, number
        answer.save()
        if question.has_choices:
            answer.choices.set(choice_ids)
    if response_changed:
        response.save(update_fields=["forum", "field_of_work_text", "updated_at"])
    else:
        response.save(update_fields=["updated_at"])
