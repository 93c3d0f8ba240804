"""The form for one translation of an offering's texts, for providers and coordinators."""

from babel import Locale, UnknownLocaleError
from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from vielfalt.vocabularies.models import Language

from .models import Offering, OfferingText
from .texts import SOURCE_LANGUAGE


def display_name(code: str) -> str:
    """An interface language's name in the language of the page ("Türkisch" on a German page)."""
    try:
        name = Locale.parse(code).get_display_name(Locale.parse(get_language() or "de"))
    except (ValueError, UnknownLocaleError):
        name = None
    return name or dict(settings.LANGUAGES)[code]


def translation_languages() -> list[tuple[str, str]]:
    """(code, name) of the languages an offering's texts may be translated into.

    The site's interface languages and the languages of the Language
    vocabulary, without German (the offering's own fields hold German).
    """
    names = {code: display_name(code) for code, _name in settings.LANGUAGES}
    for code, name, native in Language.objects.values_list("code", "name", "native_name"):
        names.setdefault(code, f"{name} ({native})" if native and native != name else name)
    return sorted(
        ((code, name) for code, name in names.items() if code != SOURCE_LANGUAGE),
        key=lambda item: item[1].lower(),
    )


class OfferingTextForm(forms.ModelForm):
    language = forms.ChoiceField(label=_("Sprache"), choices=())

    class Meta:
        model = OfferingText
        fields = ["language", "name", "short_description", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = translation_languages()
        current = self.instance.language if self.instance.pk else None
        if current and current not in dict(choices):
            choices.append((current, current))  # a language since removed stays editable
        self.fields["language"].choices = [("", "---------"), *choices]


class BaseOfferingTextFormSet(forms.BaseInlineFormSet):
    def clean(self):
        # Before the model formset's own check, whose message names no row.
        seen = set()
        for form in self.forms:
            if not hasattr(form, "cleaned_data") or form.cleaned_data.get("DELETE"):
                continue
            language = form.cleaned_data.get("language")
            if not language:
                continue
            if language in seen:
                form.add_error("language", _("Für diese Sprache gibt es schon eine Übersetzung."))
            seen.add(language)
        if not any(form.errors for form in self.forms):
            super().clean()


OfferingTextFormSet = forms.inlineformset_factory(
    Offering,
    OfferingText,
    form=OfferingTextForm,
    formset=BaseOfferingTextFormSet,
    extra=1,
    can_delete=True,
)
