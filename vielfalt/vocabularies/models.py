"""The shared, ordered vocabularies that each municipality configures."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from vielfalt.lib.i18n import localized


class Vocabulary(models.Model):
    name = models.CharField(_("Name"), max_length=120, unique=True)
    name_en = models.CharField(_("Name (Englisch)"), max_length=120, blank=True)
    # The name in the other languages of the site (lib/i18n.localized); a page
    # in a language without one shows the German name.
    name_tr = models.CharField(_("Name (Türkisch)"), max_length=120, blank=True)
    name_ar = models.CharField(_("Name (Arabisch)"), max_length=120, blank=True)
    name_uk = models.CharField(_("Name (Ukrainisch)"), max_length=120, blank=True)
    slug = models.SlugField(_("Kürzel"), max_length=60, unique=True)
    position = models.PositiveIntegerField(_("Reihenfolge"), default=0)
    description = models.TextField(_("Beschreibung"), blank=True)

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    @property
    def label(self):
        return localized(self, "name")


class LifePhase(Vocabulary):
    """An ordered stage of life, from pregnancy to older age."""

    min_age = models.PositiveSmallIntegerField(_("Alter von"), null=True, blank=True)
    max_age = models.PositiveSmallIntegerField(_("Alter bis"), null=True, blank=True)
    in_prevention_chain = models.BooleanField(
        _("Teil der Präventionskette"),
        default=True,
        help_text=_("Phasen von der Schwangerschaft bis zum Eintritt ins Berufsleben."),
    )

    class Meta(Vocabulary.Meta):
        verbose_name = _("Lebensphase")
        verbose_name_plural = _("Lebensphasen")


class District(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("Stadtteil")
        verbose_name_plural = _("Stadtteile")


class CrossCuttingTheme(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("Querschnittsthema")
        verbose_name_plural = _("Querschnittsthemen")


class TargetGroup(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("Zielgruppe")
        verbose_name_plural = _("Zielgruppen")


class Language(Vocabulary):
    code = models.CharField(
        _("Sprachcode"), max_length=12, unique=True, help_text=_("BCP 47, z. B. de, ar, uk")
    )
    native_name = models.CharField(_("Eigenbezeichnung"), max_length=120, blank=True)

    class Meta(Vocabulary.Meta):
        verbose_name = _("Sprache")
        verbose_name_plural = _("Sprachen")
