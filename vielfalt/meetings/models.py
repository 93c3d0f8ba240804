"""Forum meetings: agenda, minutes and decisions, action items and attachments.

Every change to a meeting or an action item is kept with django-simple-history.
The author of a change is stored as a plain user id (no foreign key), so that
the record survives the erasure of that person and shows as "gelöschte Person".
"""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from vielfalt.forums.models import Forum
from vielfalt.network.models import Person

from .storage import AttachmentStorage, attachment_path

MARKDOWN_HELP = _(
    "Markdown: **fett**, *kursiv*, Listen mit - am Zeilenanfang, Überschriften mit #."
)


def history(**options) -> HistoricalRecords:  # type: ignore[no-untyped-def]
    return HistoricalRecords(
        history_user_id_field=models.BigIntegerField(null=True, blank=True), **options
    )


class MeetingQuerySet(models.QuerySet):
    def upcoming(self, now: datetime | None = None) -> "MeetingQuerySet":
        return self.filter(starts_at__gte=now or timezone.now()).order_by("starts_at")

    def past(self, now: datetime | None = None) -> "MeetingQuerySet":
        return self.filter(starts_at__lt=now or timezone.now()).order_by("-starts_at")


class Meeting(models.Model):
    forum = models.ForeignKey(
        Forum, on_delete=models.CASCADE, related_name="meetings", verbose_name=_("Forum")
    )
    title = models.CharField(_("Titel"), max_length=200)
    starts_at = models.DateTimeField(_("Beginn"))
    ends_at = models.DateTimeField(_("Ende"), null=True, blank=True)
    place = models.CharField(_("Ort"), max_length=200, blank=True)
    online_url = models.URLField(_("Link zum Online-Treffen"), blank=True)
    agenda = models.TextField(
        _("Tagesordnung"), blank=True, max_length=20000, help_text=MARKDOWN_HELP
    )
    minutes = models.TextField(
        _("Protokoll"), blank=True, max_length=50000, help_text=MARKDOWN_HELP
    )
    decisions = models.TextField(
        _("Beschlüsse"), blank=True, max_length=20000, help_text=MARKDOWN_HELP
    )
    created_by = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="meetings_created",
        verbose_name=_("angelegt von"),
    )
    created = models.DateTimeField(_("angelegt"), default=timezone.now)
    updated = models.DateTimeField(_("geändert"), auto_now=True)
    history = history(excluded_fields=["updated", "created"])

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = pgettext_lazy("one meeting", "Treffen")
        verbose_name_plural = _("Treffen")
        ordering = ["-starts_at"]
        indexes = [models.Index(fields=["forum", "starts_at"])]

    def __str__(self) -> str:
        return f"{self.title} ({timezone.localtime(self.starts_at):%d.%m.%Y})"

    def get_absolute_url(self) -> str:
        return reverse("meetings:detail", args=[self.forum.slug, self.pk])

    def clean(self) -> None:
        if self.ends_at and self.starts_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("Das Ende liegt vor dem Beginn.")})


class ActionItemQuerySet(models.QuerySet):
    def open(self) -> "ActionItemQuerySet":
        return self.filter(done=False)

    def for_person(self, person: Person) -> "ActionItemQuerySet":
        return self.filter(responsible=person)


class ActionItem(models.Model):
    """Something someone agreed to do at a meeting."""

    meeting = models.ForeignKey(
        Meeting,
        on_delete=models.CASCADE,
        related_name="action_items",
        verbose_name=pgettext_lazy("one meeting", "Treffen"),
    )
    what = models.CharField(_("Was ist zu tun?"), max_length=300)
    responsible = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="action_items",
        verbose_name=_("Zuständig (Mitglied des Forums)"),
    )
    responsible_name = models.CharField(
        _("Zuständig (Name)"),
        max_length=200,
        blank=True,
        help_text=_("Für Zuständige, die nicht im Forum eingetragen sind."),
    )
    due_on = models.DateField(_("Fällig am"), null=True, blank=True)
    done = models.BooleanField(_("erledigt"), default=False)
    done_at = models.DateTimeField(_("erledigt am"), null=True, blank=True)
    history = history()

    objects = ActionItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("Aufgabe")
        verbose_name_plural = _("Aufgaben")
        ordering = ["done", "due_on", "pk"]

    def __str__(self) -> str:
        return self.what

    @property
    def responsible_label(self) -> str:
        if self.responsible_id:
            return self.responsible.name
        return self.responsible_name or str(_("gelöschte Person"))

    def is_overdue(self, today=None) -> bool:  # type: ignore[no-untyped-def]
        return bool(not self.done and self.due_on and self.due_on < (today or timezone.localdate()))

    def mark(self, done: bool) -> None:
        self.done = done
        self.done_at = timezone.now() if done else None
        self.save(update_fields=["done", "done_at"])


class Attachment(models.Model):
    """A file of a meeting (PDF, DOCX, XLSX, PNG, JPEG), checked by its content."""

    meeting = models.ForeignKey(
        Meeting,
        on_delete=models.CASCADE,
        related_name="attachments",
        verbose_name=pgettext_lazy("one meeting", "Treffen"),
    )
    file = models.FileField(
        _("Datei"), storage=AttachmentStorage(), upload_to=attachment_path, max_length=200
    )
    original_name = models.CharField(_("Dateiname"), max_length=255)
    content_type = models.CharField(_("Dateityp"), max_length=100)
    size = models.PositiveBigIntegerField(_("Größe (Bytes)"))
    uploaded_by = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="meeting_attachments",
        verbose_name=_("hochgeladen von"),
    )
    uploaded_at = models.DateTimeField(_("hochgeladen am"), default=timezone.now)

    class Meta:
        verbose_name = _("Anhang")
        verbose_name_plural = _("Anhänge")
        ordering = ["uploaded_at", "pk"]

    def __str__(self) -> str:
        return self.original_name
