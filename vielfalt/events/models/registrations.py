"""Who registered for an event, in which order, and which forums they would like to join."""

from __future__ import annotations

from django.core import signing
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from vielfalt.forums.models import Forum
from vielfalt.network.models import Person

from .events import Event


class RegistrationQuerySet(models.QuerySet["Registration"]):
    def active(self) -> RegistrationQuerySet:
        """Confirmed or waiting: everyone who has not cancelled."""
        return self.exclude(status=Registration.Status.CANCELLED)

    def confirmed(self) -> RegistrationQuerySet:
        return self.filter(status=Registration.Status.CONFIRMED)

    def waiting(self) -> RegistrationQuerySet:
        return self.filter(status=Registration.Status.WAITING).order_by("created", "pk")

    def with_preferences(self) -> RegistrationQuerySet:
        return self.prefetch_related("preferences__forum")


class Registration(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("angemeldet")
        WAITING = "waiting", _("Warteliste")
        CANCELLED = "cancelled", _("abgemeldet")

    CANCEL_SALT = "vielfalt.events.registration.cancel"

    event = models.ForeignKey(
        Event,
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name=_("Veranstaltung"),
    )
    name = models.CharField(_("Name"), max_length=200)
    email = models.EmailField(_("E-Mail"), max_length=254)
    organisation_name = models.CharField(_("Organisation"), max_length=200, blank=True)
    needs = models.TextField(
        _("Barrierefreiheit oder Ernährung"),
        blank=True,
        max_length=1000,
        help_text=_("Wird nach der Veranstaltung gelöscht."),
    )
    status = models.CharField(
        _("Status"), max_length=16, choices=Status.choices, default=Status.CONFIRMED
    )
    attended = models.BooleanField(_("anwesend"), default=False)
    person = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="event_registrations",
        verbose_name=_("Person im Netzwerk"),
    )
    consent_text = models.TextField(_("Wortlaut der Einwilligung"))
    consent_given_at = models.DateTimeField(_("Einwilligung am"), default=timezone.now)
    language = models.CharField(_("Sprache"), max_length=8, default="de")
    created = models.DateTimeField(_("angemeldet am"), default=timezone.now)
    promoted_at = models.DateTimeField(_("nachgerückt am"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("abgemeldet am"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("Anmeldung")
        verbose_name_plural = _("Anmeldungen")
        ordering = ["created", "pk"]
        constraints = [
            # The same address once per event (a cancelled registration frees it).
            models.UniqueConstraint(
                Lower("email"),
                "event",
                condition=~Q(status="cancelled"),
                name="one_active_registration_per_email",
            )
        ]
        indexes = [models.Index(fields=["event", "status"])]

    def __str__(self) -> str:
        return f"{self.name} – {self.event}"

    @property
    def cancel_token(self) -> str:
        return signing.dumps(self.pk, salt=self.CANCEL_SALT)

    @property
    def cancel_url(self) -> str:
        return reverse("events:cancel", args=[self.cancel_token])

    @classmethod
    def from_cancel_token(cls, token: str) -> Registration | None:
        try:
            pk = signing.loads(token, salt=cls.CANCEL_SALT)
        except signing.BadSignature:
            return None
        return cls.objects.select_related("event").filter(pk=pk).first()

    def ranked_forums(self) -> list[Forum]:
        return [p.forum for p in sorted(self.preferences.all(), key=lambda p: p.rank)]


class ForumPreference(models.Model):
    """A forum a participant would like to join, ranked 1 (first choice) to 3."""

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="preferences"
    )
    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, related_name="+")
    rank = models.PositiveSmallIntegerField(_("Rang"))

    class Meta:
        verbose_name = _("Forumswunsch")
        verbose_name_plural = _("Forumswünsche")
        ordering = ["rank"]
        constraints = [
            models.UniqueConstraint(fields=["registration", "rank"], name="one_forum_per_rank"),
            models.UniqueConstraint(fields=["registration", "forum"], name="each_forum_once"),
        ]

    def __str__(self) -> str:
        return f"{self.rank}. {self.forum}"
