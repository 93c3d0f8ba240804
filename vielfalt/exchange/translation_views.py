"""Coordinators hand offering texts to a translator and take the translations back."""

from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from vielfalt.accounts.decorators import coordinator_required
from vielfalt.accounts.requests import AuthenticatedRequest
from vielfalt.offerings.text_forms import translation_languages

from . import files, translations

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class ExportForm(forms.Form):
    sprache = forms.ChoiceField(label=gettext_lazy("Zielsprache"), choices=())
    format = forms.ChoiceField(
        label=gettext_lazy("Format"),
        choices=[
            ("xlsx", gettext_lazy("Excel (.xlsx)")),
            ("xliff", gettext_lazy("XLIFF 1.2 (für Übersetzungsprogramme)")),
        ],
        initial="xlsx",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        language = self.fields["sprache"]
        assert isinstance(language, forms.ChoiceField)
        language.choices = translation_languages()


class TranslationUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Datei"),
        help_text=gettext_lazy("Die ausgefüllte Excel- oder XLIFF-Datei aus dem Export."),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.xlf,.xliff,.xml"}),
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        try:
            files.check_size(upload.size or 0)
        except files.FileProblem as problem:
            raise forms.ValidationError(str(problem)) from problem
        return upload


@coordinator_required
def translations_page(request: AuthenticatedRequest) -> HttpResponse:
    """Download the untranslated texts of one language; upload the translated file."""
    export_form = ExportForm(request.GET or None)
    if request.GET and export_form.is_valid():
        return _download(export_form.cleaned_data["sprache"], export_form.cleaned_data["format"])
    upload_form = TranslationUploadForm()
    problems = None
    status = 200
    if request.method == "POST":
        upload_form = TranslationUploadForm(request.POST, request.FILES)
        if upload_form.is_valid():
            upload = upload_form.cleaned_data["file"]
            try:
                parsed = translations.read_file(upload.name, upload.read())
                outcome = translations.store(parsed)
            except files.FileProblem as problem:
                upload_form.add_error("file", str(problem))
            else:
                if not outcome.problems:
                    messages.success(
                        request,
                        _(
                            "Übersetzungen gespeichert: %(changed)d Texte neu oder geändert, "
                            "%(unchanged)d unverändert."
                        )
                        % {"changed": outcome.changed, "unchanged": outcome.unchanged},
                    )
                    return redirect("exchange:translations")
                problems = outcome.problems
        status = 400 if upload_form.errors else 200
    return render(
        request,
        "exchange/translations.html",
        {"export_form": export_form, "upload_form": upload_form, "problems": problems},
        status=status,
    )


def _download(language: str, fmt: str) -> HttpResponse:
    units = translations.untranslated(language)
    if fmt == "xliff":
        response = HttpResponse(
            translations.write_xliff(language, units),
            content_type="application/x-xliff+xml; charset=utf-8",
        )
        response["Content-Disposition"] = (
            f'attachment; filename="angebote-uebersetzung-{language}.xlf"'
        )
        return response
    response = HttpResponse(
        translations.write_xlsx(language, units).getvalue(), content_type=XLSX_TYPE
    )
    response["Content-Disposition"] = (
        f'attachment; filename="angebote-uebersetzung-{language}.xlsx"'
    )
    return response
