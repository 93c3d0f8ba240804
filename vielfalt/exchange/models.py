"""An import that was uploaded: its state, its progress and its checked result."""

from datetime import timedelta

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ImportJob(models.Model):
    """One uploaded file on its way from the check (dry run) to the import.

    The check's result is stored here once (``preview``), so that showing
    the preview never reads the file again. A large file is checked and
    imported by a background task; the page shows the state and progress,
    and the person may leave and come back.
    """

    class State(models.TextChoices):
        QUEUED = "queued", _("wartet auf die Prüfung")
        CHECKING = "checking", _("wird geprüft")
        CHECKED = "checked", _("geprüft")
        IMPORTING = "importing", _("wird importiert")
        DONE = "done", _("importiert")
        FAILED = "failed", _("fehlgeschlagen")
        CANCELLED = "cancelled", _("abgebrochen")

    RUNNING = (State.QUEUED, State.CHECKING, State.IMPORTING)

    token = models.CharField(max_length=32, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hochgeladen von"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    filename = models.CharField(_("Datei"), max_length=200)
    kind = models.CharField(max_length=8)
    encoding = models.CharField(max_length=16, default="auto")
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)
    size = models.PositiveIntegerField(default=0)
    background = models.BooleanField(default=False)
    state = models.CharField(_("Stand"), max_length=16, choices=State.choices)
    preview = models.JSONField(null=True, blank=True, encoder=DjangoJSONEncoder)
    result = models.JSONField(null=True, blank=True, encoder=DjangoJSONEncoder)
    created = models.DateTimeField(_("hochgeladen"), auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Import")
        verbose_name_plural = _("Importe")
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"{self.filename} ({self.get_state_display()})"

    # A job (with its preview of up to 5000 offerings) is kept this long.
    KEEP_FOR = timedelta(days=7)

    @property
    def is_running(self) -> bool:
        return self.state in self.RUNNING

    @classmethod
    def sweep(cls) -> int:
        """Delete jobs older than KEEP_FOR; returns how many."""
        deleted, _per_model = cls.objects.filter(created__lt=timezone.now() - cls.KEEP_FOR).delete()
        return deleted
