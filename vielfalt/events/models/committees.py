"""The bodies the network informs, and what it told them and heard back."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from vielfalt.forums.models import Forum
from vielfalt.process.models import Milestone


class Committee(models.Model):
    class Kind(models.TextChoices):
        POLITICAL = "political", _("politischer Ausschuss")
        ADMINISTRATION = "administration", _("Verwaltung")
        EXTERNAL = "external", _("externes Netzwerk")

    name = models.CharField(_("Name"), max_length=200, unique=True)
    kind = models.CharField(_("Art"), max_length=16, choices=Kind.choices)

    class Meta:
        verbose_name = _("Gremium")
        verbose_name_plural = _("Gremien")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class BriefingQuerySet(models.QuerySet["Briefing"]):
    def public(self) -> BriefingQuerySet:
        return self.filter(is_public=True)

    def for_lists(self) -> BriefingQuerySet:
        return self.select_related("committee").prefetch_related("forums", "documents")


class Briefing(models.Model):
    """A report to a committee (Sachstandsbericht) and the feedback it gave."""

    date = models.DateField(_("Datum"))
    committee = models.ForeignKey(
        Committee, on_delete=models.PROTECT, related_name="briefings", verbose_name=_("Gremium")
    )
    topic = models.CharField(_("Thema"), max_length=200)
    summary = models.TextField(_("Zusammenfassung"), blank=True, max_length=10000)
    feedback = models.TextField(_("Rückmeldung des Gremiums"), blank=True, max_length=10000)
    is_public = models.BooleanField(_("öffentlich"), default=True)
    forums = models.ManyToManyField(
        Forum, blank=True, related_name="briefings", verbose_name=_("betroffene Foren")
    )
    milestone = models.ForeignKey(
        Milestone,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="briefings",
        verbose_name=_("Meilenstein"),
    )

    objects = BriefingQuerySet.as_manager()

    class Meta:
        verbose_name = _("Sachstandsbericht")
        verbose_name_plural = _("Sachstandsberichte")
        ordering = ["-date", "pk"]

    def __str__(self) -> str:
        return f"{self.committee}: {self.topic}"

    def get_absolute_url(self) -> str:
        return reverse("events:briefing", args=[self.pk])


class BriefingDocument(models.Model):
    """A document of a briefing: an uploaded file (PDF or office document) or a link."""

    briefing = models.ForeignKey(Briefing, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("Titel"), max_length=200)
    file = models.FileField(_("Datei"), upload_to="briefings/%Y/", blank=True)
    url = models.URLField(_("Link"), blank=True)

    class Meta:
        verbose_name = _("Dokument")
        verbose_name_plural = _("Dokumente")
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(file="") & ~models.Q(url=""))
                | (~models.Q(file="") & models.Q(url="")),
                name="briefing_document_file_or_link",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def href(self) -> str:
        return self.file.url if self.file else self.url
