"""What coordinators set for the reports: chain cells that do not apply, the
introduction of the Integrationskonzept."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from vielfalt.forums.models import Forum
from vielfalt.vocabularies.models import LifePhase


class ChainCell(models.Model):
    """A life phase and a forum's topic of the Präventionskette, as the coordinators see it.

    A cell marked "does not apply" (labour market for babies) is shown as such
    and is no gap, whatever offerings it has.
    """

    life_phase = models.ForeignKey(
        LifePhase, on_delete=models.CASCADE, related_name="+", verbose_name=_("Lebensphase")
    )
    forum = models.ForeignKey(
        Forum, on_delete=models.CASCADE, related_name="+", verbose_name=_("Thema (Forum)")
    )
    does_not_apply = models.BooleanField(
        _("trifft nicht zu"),
        default=True,
        help_text=_(
            "Das Thema spielt in dieser Lebensphase keine Rolle; die Zelle ist keine Lücke."
        ),
    )
    reason = models.CharField(_("Begründung"), max_length=300, blank=True)
    updated = models.DateTimeField(_("geändert"), auto_now=True)

    class Meta:
        verbose_name = _("Zelle der Präventionskette")
        verbose_name_plural = _("Zellen der Präventionskette")
        ordering = ["life_phase__position", "forum__position"]
        constraints = [
            models.UniqueConstraint(fields=["life_phase", "forum"], name="one_chain_cell"),
        ]

    def __str__(self) -> str:
        return f"{self.life_phase} × {self.forum}"


class ConceptIntroduction(models.Model):
    """The introduction of the Integrationskonzept draft, written by the coordinators.

    One row; the draft takes the latest.
    """

    title = models.CharField(
        _("Titel des Konzepts"), max_length=200, default=_("Integrationskonzept (Entwurf)")
    )
    text = models.TextField(
        _("Einleitung"),
        max_length=20000,
        help_text=_("Absätze durch eine Leerzeile trennen."),
    )
    updated = models.DateTimeField(_("geändert"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("geändert von"),
    )

    class Meta:
        verbose_name = _("Einleitung des Integrationskonzepts")
        verbose_name_plural = _("Einleitungen des Integrationskonzepts")

    def __str__(self) -> str:
        return str(self.title)

    @property
    def paragraphs(self) -> list[str]:
        return [
            part.strip() for part in self.text.replace("\r\n", "\n").split("\n\n") if part.strip()
        ]
