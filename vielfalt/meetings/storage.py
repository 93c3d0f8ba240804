"""Where meeting attachments live: outside MEDIA_ROOT and the static files.

Nothing serves this directory; the files reach people only through
``meetings:attachment``, which checks the forum's permission first.
"""

import os
import uuid
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible

# 10 MB unless the settings say otherwise.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def attachment_root() -> Path:
    return Path(getattr(settings, "MEETINGS_ATTACHMENT_ROOT", settings.VAR_DIR / "attachments"))


def max_attachment_bytes() -> int:
    return int(getattr(settings, "MEETINGS_ATTACHMENT_MAX_BYTES", DEFAULT_MAX_BYTES))


@deconstructible
class AttachmentStorage(FileSystemStorage):
    """A file system storage without a URL, whose place follows the settings."""

    @property
    def base_location(self) -> str:
        return str(attachment_root())

    @property
    def location(self) -> str:
        return os.path.abspath(self.base_location)

    @property
    def base_url(self) -> None:  # type: ignore[override]
        return None


def attachment_path(instance: object, filename: str) -> str:
    """A random name on disk: the uploaded name is kept only in the database."""
    extension = os.path.splitext(filename)[1].lower()[:8]
    return f"meetings/{uuid.uuid4().hex}{extension}"
