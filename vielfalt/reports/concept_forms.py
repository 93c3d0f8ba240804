from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from vielfalt.forums.models import Forum

from .concept_documents import RENDERERS
from .models import ConceptIntroduction


class ConceptDraftForm(forms.Form):
    forums = forms.ModelMultipleChoiceField(
        Forum.objects.exclude(status__in=[Forum.Status.CLOSED, Forum.Status.PROPOSED]),
        label=_("Foren"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        to_field_name="slug",
        help_text=_("Keins gewählt: alle Foren."),
    )
    until = forms.DateField(
        label=_("Stand der Daten (Stichtag)"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_(
            "Die Einträge der Foren erscheinen, wie sie an diesem Tag waren; "
            "später gelöschte Einträge fehlen."
        ),
    )
    format = forms.ChoiceField(
        label=_("Format"),
        choices=[("docx", _("Word (DOCX)")), ("pdf", _("PDF")), ("html", _("HTML"))],
        initial="docx",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["until"].initial = timezone.localdate()
        assert set(dict(self.fields["format"].choices)) == set(RENDERERS)


class ConceptIntroductionForm(forms.ModelForm):
    class Meta:
        model = ConceptIntroduction
        fields = ["title", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 14})}
