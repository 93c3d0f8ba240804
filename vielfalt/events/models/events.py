"""Events of the network: workshops, network meetings, forum meetings, information evenings."""

from __future__ import annotations

from datetime import datetime

from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from vielfalt.forums.models import Forum
from vielfalt.network.models import Organisation, Person
from vielfalt.process.models import Milestone


class EventQuerySet(models.QuerySet["Event"]):
    def public(self) -> EventQuerySet:
        return self.filter(is_public=True)

    def visible_to(self, user: object) -> EventQuerySet:
        """Public events for everyone; members-only events for people with a login too."""
        if getattr(user, "is_authenticated", False):
            return self
        return self.public()

    def upcoming(self, now: datetime | None = None) -> EventQuerySet:
        return self.filter(ends_at__gte=now or timezone.now()).order_by("starts_at")

    def past(self, now: datetime | None = None) -> EventQuerySet:
        return self.filter(ends_at__lt=now or timezone.now()).order_by("-starts_at")

    def with_counts(self) -> EventQuerySet:
        """Annotate ``confirmed_count`` and ``waiting_count`` (one query for any number)."""
        from .registrations import Registration

        return self.annotate(
            confirmed_count=Count(
                "registrations",
                filter=Q(registrations__status=Registration.Status.CONFIRMED),
                distinct=True,
            ),
            waiting_count=Count(
                "registrations",
                filter=Q(registrations__status=Registration.Status.WAITING),
                distinct=True,
            ),
        )

    def for_lists(self) -> EventQuerySet:
        return self.with_counts().prefetch_related("forums")


class Event(models.Model):
    class Kind(models.TextChoices):
        WORKSHOP = "workshop", _("Workshop")
        NETWORK_MEETING = "network_meeting", _("Netzwerktreffen")
        FORUM_MEETING = "forum_meeting", _("Forumstreffen")
        INFORMATION_EVENING = "information_evening", _("Informationsabend")

    kind = models.CharField(_("Art"), max_length=24, choices=Kind.choices)
    title = models.CharField(_("Titel"), max_length=200)
    description = models.TextField(_("Beschreibung"), blank=True, max_length=10000)
    starts_at = models.DateTimeField(_("Beginn"))
    ends_at = models.DateTimeField(_("Ende"))
    place = models.CharField(_("Ort"), max_length=300, blank=True)
    accessibility_notes = models.TextField(
        _("Hinweise zur Barrierefreiheit"),
        blank=True,
        max_length=2000,
        help_text=_("Zum Beispiel: stufenloser Zugang, Induktionsschleife, Gebärdensprache."),
    )
    online_url = models.URLField(_("Online-Link"), blank=True)
    capacity = models.PositiveIntegerField(
        _("Plätze"), null=True, blank=True, help_text=_("Leer: ohne Begrenzung.")
    )
    registration_opens = models.DateTimeField(_("Anmeldung ab"), null=True, blank=True)
    registration_closes = models.DateTimeField(_("Anmeldung bis"), null=True, blank=True)
    is_public = models.BooleanField(
        _("öffentlich"), default=True, help_text=_("Sonst nur für angemeldete Mitglieder.")
    )
    organiser_person = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="organised_events",
        verbose_name=_("Organisiert von (Person)"),
    )
    organiser_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="organised_events",
        verbose_name=_("Organisiert von (Organisation)"),
    )
    forums = models.ManyToManyField(
        Forum, blank=True, related_name="events", verbose_name=_("betroffene Foren")
    )
    asks_forum_preferences = models.BooleanField(
        _("fragt nach Forumswünschen"),
        default=False,
        help_text=_("Bei der Anmeldung wählen die Teilnehmenden bis zu drei Foren (Auftakt)."),
    )
    agenda = models.TextField(_("Tagesordnung"), blank=True, max_length=20000)
    minutes = models.TextField(_("Protokoll"), blank=True, max_length=100000)
    milestone = models.ForeignKey(
        Milestone,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("Meilenstein"),
    )
    created = models.DateTimeField(_("angelegt"), auto_now_add=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = _("Veranstaltung")
        verbose_name_plural = _("Veranstaltungen")
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gte=models.F("starts_at")), name="event_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("events:detail", args=[self.pk])

    @property
    def is_over(self) -> bool:
        return self.ends_at < timezone.now()

    def registration_state(self, now: datetime | None = None) -> str:
        """``open``, ``not_yet``, ``closed`` (window over or event over) or ``none``."""
        now = now or timezone.now()
        if self.registration_opens is None and self.registration_closes is None:
            return "none"
        if self.registration_opens and now < self.registration_opens:
            return "not_yet"
        if (self.registration_closes and now > self.registration_closes) or self.ends_at < now:
            return "closed"
        return "open"

    @property
    def is_registration_open(self) -> bool:
        return self.registration_state() == "open"

    def places_left(self, confirmed: int) -> int | None:
        if self.capacity is None:
            return None
        return max(0, self.capacity - confirmed)
