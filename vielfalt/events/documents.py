"""Uploaded briefing documents: only PDF and office files, checked by their content."""

from __future__ import annotations

import filetype
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

ALLOWED = {"pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp"}
MAX_BYTES = 20 * 1024 * 1024


def check_document(upload: UploadedFile) -> None:  # type: ignore[type-arg]
    """Refuse files that are too large or whose content is not an allowed document type."""
    if upload.size is not None and upload.size > MAX_BYTES:
        raise ValidationError(_("Die Datei ist zu groß (höchstens 20 MB)."))
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    extension = upload.name.rsplit(".", 1)[-1].lower() if upload.name and "." in upload.name else ""
    if kind is None or kind.extension not in ALLOWED or extension != kind.extension:
        raise ValidationError(
            _(
                "Bitte laden Sie ein PDF- oder Office-Dokument hoch (PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP)."
            )
        )
