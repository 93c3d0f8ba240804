"""From answers to work: a free-text answer becomes an impulse in a forum's
triage inbox. The impulse carries the answer's text and a link to the answer,
never the respondent."""

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from vielfalt.collection.models import Impulse, Source
from vielfalt.forums.models import Forum

from .models import Answer


class ImpulseForm(forms.Form):
    forum = forms.ModelChoiceField(
        label=_("Für welches Forum?"),
        queryset=Forum.objects.none(),
        empty_label=_("Bitte wählen"),
        error_messages={
            "required": _("Bitte wählen Sie ein Forum."),
            "invalid_choice": _("Dieses Forum gibt es nicht (mehr). Bitte wählen Sie ein anderes."),
        },
    )
    title = forms.CharField(
        label=_("Titel des Impulses"),
        max_length=200,
        error_messages={"required": _("Bitte geben Sie einen Titel ein.")},
    )

    def __init__(self, answer: Answer, *args, **kwargs) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.answer = answer
        self.fields["forum"].queryset = Forum.objects.public().order_by("position", "name")
        if answer.response.forum_id:
            self.fields["forum"].initial = answer.response.forum_id
        self.fields["title"].initial = _short(answer.text)

    def existing_impulses(self) -> QuerySet[Impulse]:
        return Impulse.objects.filter(
            source_type=ContentType.objects.get_for_model(Answer), source_id=self.answer.pk
        ).select_related("forum")

    def clean_forum(self):
        forum = self.cleaned_data["forum"]
        if self.existing_impulses().filter(forum=forum).exists():
            raise forms.ValidationError(_("Diese Antwort ist schon ein Impuls für dieses Forum."))
        return forum

    @transaction.atomic
    def save(self, user) -> Impulse:
        survey = self.answer.response.survey
        return Impulse.objects.create(
            forum=self.cleaned_data["forum"],
            title=self.cleaned_data["title"],
            text=self.answer.text,
            source=Source.SURVEY,
            source_note=survey.title[:200],
            source_object=self.answer,
            status=Impulse.Status.OPEN,
        )


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"
