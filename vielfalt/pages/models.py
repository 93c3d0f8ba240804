"""Editable pages of the site, such as the imprint and the privacy notice."""

import os
from pathlib import Path

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from vielfalt.lib.i18n import localized

SIGN_LANGUAGE_DIR = "gebaerdensprache"
VIDEO_TYPES = {"video/mp4", "video/webm"}


def has_sign_language_video() -> bool:
    """Whether a sign language video is uploaded: a look at the media folder, so
    that the header of every page asks the database nothing."""
    try:
        with os.scandir(Path(settings.MEDIA_ROOT) / SIGN_LANGUAGE_DIR) as entries:
            return any(entry.name.endswith((".mp4", ".webm")) for entry in entries)
    except OSError:
        return False


class Page(models.Model):
    class Slug(models.TextChoices):
        IMPRINT = "impressum", _("Impressum")
        PRIVACY = "datenschutz", _("Datenschutz")
        ACCESSIBILITY = "barrierefreiheit", _("Barrierefreiheit")
        EASY_READ = "leichte-sprache", _("Leichte Sprache")

    slug = models.SlugField(_("Seite"), max_length=40, unique=True, choices=Slug.choices)
    title = models.CharField(_("Titel"), max_length=200)
    title_en = models.CharField(_("Titel (Englisch)"), max_length=200, blank=True)
    body = models.TextField(
        _("Text"), help_text=_("Absätze durch eine Leerzeile trennen; Links werden erkannt.")
    )
    body_en = models.TextField(_("Text (Englisch)"), blank=True)
    # German Sign Language (DGS): a video with captions, shown on the Leichte
    # Sprache page (and linked from the header when there is one).
    sign_language_video = models.FileField(
        _("Video in Deutscher Gebärdensprache"),
        upload_to=SIGN_LANGUAGE_DIR,
        blank=True,
        validators=[FileExtensionValidator(["mp4", "webm"])],
        help_text=_("MP4 oder WebM, nur für die Seite „Leichte Sprache“."),
    )
    sign_language_captions = models.FileField(
        _("Untertitel zum Video (WebVTT)"),
        upload_to=SIGN_LANGUAGE_DIR,
        blank=True,
        validators=[FileExtensionValidator(["vtt"])],
        help_text=_("Eine .vtt-Datei mit den Untertiteln; Pflicht, wenn es ein Video gibt."),
    )
    updated = models.DateTimeField(_("geändert"), auto_now=True)

    class Meta:
        verbose_name = _("Seite")
        verbose_name_plural = _("Seiten")
        ordering = ["slug"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # A replaced or removed video leaves no file behind: the header links to
        # the video when a file is there (see has_sign_language_video).
        previous = Page.objects.filter(pk=self.pk).first() if self.pk else None
        super().save(*args, **kwargs)
        if previous is not None:
            for field in ("sign_language_video", "sign_language_captions"):
                old = getattr(previous, field)
                if old and old.name != getattr(self, field).name:
                    old.storage.delete(old.name)

    def get_absolute_url(self):
        # Each page has its own fixed address (see pages/urls.py).
        return reverse(PAGE_URL_NAMES[self.slug])

    def delete(self, *args, **kwargs):
        files = [self.sign_language_video, self.sign_language_captions]
        result = super().delete(*args, **kwargs)
        for file in files:
            if file:
                file.storage.delete(file.name)
        return result

    def clean(self):
        super().clean()
        if self.sign_language_video and self.slug != self.Slug.EASY_READ:
            raise ValidationError(
                {"sign_language_video": _("Ein Video gehört nur auf die Seite „Leichte Sprache“.")}
            )
        if self.sign_language_video and not self.sign_language_captions:
            raise ValidationError(
                {
                    "sign_language_captions": _(
                        "Ein Video braucht Untertitel: Bitte laden Sie eine WebVTT-Datei hoch."
                    )
                }
            )
        video = self.sign_language_video
        if video and not video._committed:
            kind = filetype.guess(video.read(262))
            video.seek(0)
            if kind is None or kind.mime not in VIDEO_TYPES:
                raise ValidationError(
                    {"sign_language_video": _("Das Video muss eine MP4- oder WebM-Datei sein.")}
                )
        captions = self.sign_language_captions
        if captions and not captions._committed:
            start = captions.read(16)
            captions.seek(0)
            if not start.lstrip(b"\xef\xbb\xbf").startswith(b"WEBVTT"):
                raise ValidationError(
                    {
                        "sign_language_captions": _(
                            "Das ist keine WebVTT-Datei (sie beginnt nicht mit WEBVTT)."
                        )
                    }
                )

    @property
    def label(self):
        return localized(self, "title")

    @property
    def text(self):
        return localized(self, "body")


PAGE_URL_NAMES = {
    Page.Slug.IMPRINT: "pages:imprint",
    Page.Slug.PRIVACY: "pages:privacy",
    Page.Slug.ACCESSIBILITY: "pages:accessibility",
    Page.Slug.EASY_READ: "pages:easy_read",
}
