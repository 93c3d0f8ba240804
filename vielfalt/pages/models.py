"""Editable pages of the site, such as the imprint and the privacy notice."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from vielfalt.lib.i18n import localized


class Page(models.Model):
    class Slug(models.TextChoices):
        IMPRINT = "impressum", _("Impressum")
        PRIVACY = "datenschutz", _("Datenschutz")
        ACCESSIBILITY = "barrierefreiheit", _("Barrierefreiheit")

    slug = models.SlugField(_("Seite"), max_length=40, unique=True, choices=Slug.choices)
    title = models.CharField(_("Titel"), max_length=200)
    title_en = models.CharField(_("Titel (Englisch)"), max_length=200, blank=True)
    body = models.TextField(
        _("Text"), help_text=_("Absätze durch eine Leerzeile trennen; Links werden erkannt.")
    )
    body_en = models.TextField(_("Text (Englisch)"), blank=True)
    updated = models.DateTimeField(_("geändert"), auto_now=True)

    class Meta:
        verbose_name = _("Seite")
        verbose_name_plural = _("Seiten")
        ordering = ["slug"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        # Each page has its own fixed address (see pages/urls.py).
        return reverse(PAGE_URL_NAMES[self.slug])

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
}
