"""The public process: its milestones, and people asking to take part."""

from django.db import models
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from vielfalt.lib.i18n import localized


class Milestone(models.Model):
    class Precision(models.TextChoices):
        DAY = "day", _("Tag")
        MONTH = "month", _("Monat")
        NONE = "none", _("ohne Datum")

    date = models.DateField(
        _("Datum"),
        help_text=_(
            "Bei Monatsgenauigkeit zählt nur Monat und Jahr; das Datum ordnet die Schritte."
        ),
    )
    precision = models.CharField(
        _("Genauigkeit"), max_length=8, choices=Precision.choices, default=Precision.MONTH
    )
    title = models.CharField(_("Titel"), max_length=200)
    title_en = models.CharField(_("Titel (Englisch)"), max_length=200, blank=True)
    description = models.TextField(_("Beschreibung"), blank=True)
    description_en = models.TextField(_("Beschreibung (Englisch)"), blank=True)
    is_done = models.BooleanField(_("erledigt"), default=True)
    link = models.URLField(_("Link"), blank=True)
    position = models.PositiveIntegerField(
        _("Reihenfolge"), default=0, help_text=_("Ordnet Schritte mit gleichem Datum.")
    )

    class Meta:
        verbose_name = _("Meilenstein")
        verbose_name_plural = _("Meilensteine")
        ordering = ["date", "position"]

    def __str__(self):
        return self.title

    @property
    def label(self):
        return localized(self, "title")

    @property
    def date_display(self):
        if self.precision == self.Precision.DAY:
            return formats.date_format(self.date, "DATE_FORMAT")
        if self.precision == self.Precision.MONTH:
            return formats.date_format(self.date, "YEAR_MONTH_FORMAT")
        return ""
