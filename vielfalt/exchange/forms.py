from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from . import files


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Datei"),
        required=False,
        error_messages={"empty": _("Die Datei ist leer.")},
        help_text=_("CSV, Excel (.xlsx) oder HSDS-JSON, höchstens 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx,.json,.txt"}),
    )
    encoding = forms.ChoiceField(
        label=_("Zeichenkodierung (nur für CSV)"),
        choices=files.ENCODING_CHOICES,
        initial="auto",
        help_text=_("„Automatisch“ erkennt UTF-8 und Windows-1252 (Excel-Export)."),
    )

    def __init__(self, *args: Any, oversize: int = 0, **kwargs: Any) -> None:
        """oversize: the size of an upload that was refused before it was read (-1: unknown)."""
        super().__init__(*args, **kwargs)
        self.oversize = oversize
        self.kind: str | None = None
        self.content = b""

    def clean_file(self) -> UploadedFile[bytes]:
        upload: UploadedFile[bytes] | None = self.cleaned_data.get("file")
        try:
            if self.oversize:
                files.check_size(self.oversize)
            if not upload:
                raise forms.ValidationError(_("Bitte wählen Sie eine Datei aus."))
            files.check_size(
                upload.size or 0
            )  # Django sets it for every upload; the read below checks again
            self.content = upload.read(files.MAX_FILE_BYTES + 1)
            files.check_size(len(self.content))
            self.kind = files.detect_kind(upload.name, self.content)
        except files.FileProblem as problem:
            raise forms.ValidationError(str(problem)) from problem
        return upload
