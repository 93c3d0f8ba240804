"""The forums' collection: what exists, what is missing, what could be done.

A forum collects entries of three kinds: inventory (Bestand), needs (Bedarfe)
and approaches (Lösungsansätze). Each entry says how every cross-cutting theme
of the municipality was considered. Impulses (ideas from surveys, meetings,
committees or the public) wait in a triage inbox until someone sorts them into
an entry, merges them with one, or dismisses them with a reason.

Sources that live in higher apps (a survey answer, a committee's feedback) or
in siblings (a forum meeting) are linked generically, so this app never
imports them.
"""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from vielfalt.forums.models import Forum
from vielfalt.network.models import Organisation, Person
from vielfalt.offerings.models import Offering
from vielfalt.vocabularies.models import CrossCuttingTheme, District, LifePhase, TargetGroup


class Source(models.TextChoices):
    """Where an impulse or an entry came from."""

    SURVEY = "survey", _("Abfrage")
    WORKSHOP = "workshop", _("Workshop")
    MEETING = "meeting", _("Forumstreffen")
    COMMITTEE = "committee", _("Gremium")
    PUBLIC = "public", _("Vorschlag aus der Öffentlichkeit")
    OTHER = "other", _("Sonstiges")


class SourceLink(models.Model):
    """A generic link to the thing an item came from, where it exists in Vielfalt."""

    source = models.CharField(
        _("Quelle"), max_length=16, choices=Source.choices, default=Source.OTHER
    )
    source_note = models.CharField(
        _("Quelle (Angabe)"),
        max_length=200,
        blank=True,
        help_text=_("Zum Beispiel: Netzwerktreffen Mai 2024, Gespräch mit dem Jugendamt."),
    )
    source_type = models.ForeignKey(
        ContentType, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    source_id = models.PositiveBigIntegerField(null=True, blank=True)
    source_object = GenericForeignKey("source_type", "source_id")

    class Meta:
        abstract = True


class EntryQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def needs(self):
        return self.filter(kind=Entry.Kind.NEED)

    def approaches(self):
        return self.filter(kind=Entry.Kind.APPROACH)

    def inventory(self):
        return self.filter(kind=Entry.Kind.INVENTORY)

    def needs_without_approach(self):
        """Needs that no approach (other than a discarded one) answers."""
        return self.needs().exclude(
            approaches__in=Entry.objects.approaches().exclude(status=Entry.Status.DISCARDED)
        )


class Entry(SourceLink):
    """One item of a forum's collection: inventory, a need or an approach."""

    class Kind(models.TextChoices):
        INVENTORY = "inventory", _("Bestand")
        NEED = "need", _("Bedarf")
        APPROACH = "approach", _("Lösungsansatz")

    class Status(models.TextChoices):
        """How far an approach has come (needs and inventory have none)."""

        IDEA = "idea", _("Idee")
        PLANNED = "planned", _("geplant")
        IN_PROGRESS = "in_progress", _("in Umsetzung")
        IMPLEMENTED = "implemented", _("umgesetzt")
        DISCARDED = "discarded", _("verworfen")

    forum = models.ForeignKey(
        Forum, on_delete=models.CASCADE, related_name="entries", verbose_name=_("Forum")
    )
    kind = models.CharField(_("Art"), max_length=16, choices=Kind.choices)
    title = models.CharField(_("Titel"), max_length=200)
    description = models.TextField(_("Beschreibung"), blank=True, max_length=10000)
    life_phases = models.ManyToManyField(
        LifePhase, blank=True, related_name="entries", verbose_name=_("Lebensphasen")
    )
    districts = models.ManyToManyField(
        District, blank=True, related_name="entries", verbose_name=_("Sozialräume")
    )
    target_groups = models.ManyToManyField(
        TargetGroup, blank=True, related_name="entries", verbose_name=_("Zielgruppen")
    )
    # Inventory: the offerings that make it up.
    offerings = models.ManyToManyField(
        Offering, blank=True, related_name="collection_entries", verbose_name=_("Angebote")
    )
    # Approaches: the needs they answer, who carries them, how far they are.
    needs = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="approaches",
        limit_choices_to={"kind": "need"},
        verbose_name=_("beantwortete Bedarfe"),
    )
    organisations = models.ManyToManyField(
        Organisation, blank=True, related_name="approaches", verbose_name=_("Träger")
    )
    status = models.CharField(_("Stand"), max_length=16, choices=Status.choices, blank=True)
    progress = models.PositiveSmallIntegerField(
        _("Fortschritt (%)"), default=0, validators=[MaxValueValidator(100)]
    )
    discard_reason = models.TextField(_("Grund für das Verwerfen"), blank=True, max_length=2000)
    is_published = models.BooleanField(
        _("öffentlich"),
        default=False,
        help_text=_("Veröffentlichte Bedarfe und Lösungsansätze stehen auf der Forumsseite."),
    )
    created_by = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="collection_entries",
        verbose_name=_("angelegt von"),
    )
    created = models.DateTimeField(_("angelegt"), default=timezone.now)
    updated = models.DateTimeField(_("geändert"), auto_now=True)
    history = HistoricalRecords(
        excluded_fields=["updated"], m2m_fields=[life_phases, districts, needs, organisations]
    )

    objects = EntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("Eintrag der Sammlung")
        verbose_name_plural = _("Einträge der Sammlung")
        ordering = ["forum", "kind", "title"]
        indexes = [models.Index(fields=["forum", "kind", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind="approach") | models.Q(status=""),
                name="only_approaches_have_a_status",
            ),
            models.CheckConstraint(
                condition=~models.Q(kind="approach") | ~models.Q(status=""),
                name="approaches_have_a_status",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("collection:entry", args=[self.forum.slug, self.pk])

    @property
    def is_approach(self) -> bool:
        return self.kind == self.Kind.APPROACH


class CrossCuttingNote(models.Model):
    """How an entry considered one cross-cutting theme, or that it has not yet."""

    entry = models.ForeignKey(
        Entry, on_delete=models.CASCADE, related_name="theme_notes", verbose_name=_("Eintrag")
    )
    theme = models.ForeignKey(
        CrossCuttingTheme,
        on_delete=models.CASCADE,
        related_name="notes",
        verbose_name=_("Querschnittsthema"),
    )
    considered = models.BooleanField(_("berücksichtigt"), default=False)
    note = models.TextField(_("Wie berücksichtigt?"), blank=True, max_length=2000)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Notiz zum Querschnittsthema")
        verbose_name_plural = _("Notizen zu den Querschnittsthemen")
        ordering = ["theme__position", "theme__name"]
        constraints = [
            models.UniqueConstraint(fields=["entry", "theme"], name="one_note_per_theme"),
        ]

    def __str__(self) -> str:
        return f"{self.entry.title} – {self.theme}"


class ApproachUpdate(models.Model):
    """A dated step in an approach's log: what happened, and where it stands."""

    approach = models.ForeignKey(
        Entry,
        on_delete=models.CASCADE,
        related_name="updates",
        limit_choices_to={"kind": "approach"},
        verbose_name=_("Lösungsansatz"),
    )
    date = models.DateField(_("Datum"), default=timezone.localdate)
    text = models.TextField(_("Was ist passiert?"), max_length=4000)
    status = models.CharField(_("Stand"), max_length=16, choices=Entry.Status.choices)
    progress = models.PositiveSmallIntegerField(
        _("Fortschritt (%)"), validators=[MaxValueValidator(100)]
    )
    author = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("von"),
    )

    class Meta:
        verbose_name = _("Fortschritt eines Lösungsansatzes")
        verbose_name_plural = _("Fortschritte der Lösungsansätze")
        ordering = ["approach", "-date", "-pk"]

    def __str__(self) -> str:
        return f"{self.approach.title} ({self.date})"


class ImpulseQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=Impulse.Status.OPEN)


class Impulse(SourceLink):
    """An idea or suggestion before it is sorted into a forum's collection."""

    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("noch nicht bestätigt")
        OPEN = "open", _("offen")
        SORTED = "sorted", _("einsortiert")
        MERGED = "merged", _("zusammengeführt")
        DISMISSED = "dismissed", _("verworfen")

    forum = models.ForeignKey(
        Forum,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="impulses",
        verbose_name=_("Forum"),
        help_text=_("Leer: die Koordination ordnet den Impuls einem Forum zu."),
    )
    title = models.CharField(_("Titel"), max_length=200)
    text = models.TextField(_("Text"), max_length=10000)
    status = models.CharField(
        _("Status"), max_length=16, choices=Status.choices, default=Status.OPEN
    )
    entry = models.ForeignKey(
        Entry,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="impulses",
        verbose_name=_("daraus wurde"),
    )
    dismiss_reason = models.TextField(_("Grund für das Verwerfen"), blank=True, max_length=2000)
    created = models.DateTimeField(_("eingegangen"), default=timezone.now)
    decided_at = models.DateTimeField(_("entschieden am"), null=True, blank=True)
    decided_by = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("entschieden von"),
    )
    history = HistoricalRecords()

    objects = ImpulseQuerySet.as_manager()

    class Meta:
        verbose_name = _("Impuls")
        verbose_name_plural = _("Impulse")
        ordering = ["-created"]
        indexes = [models.Index(fields=["status", "forum"])]

    def __str__(self) -> str:
        return self.title


# --- Public suggestions (triage) ------------------------------------------------


class PublicSuggestion(models.Model):
    """Who sent an impulse from a forum's public page, and their consent.

    Kept apart from the impulse so that the impulse's history holds no
    address, and so that erasing the person leaves the suggestion itself.
    Until the address is confirmed (double opt-in) the impulse is unconfirmed
    and nobody sees it in the inbox.
    """

    CONFIRM_SALT = "vielfalt.collection.public-suggestion.confirm"

    impulse = models.OneToOneField(
        Impulse,
        on_delete=models.CASCADE,
        related_name="suggestion",
        verbose_name=_("Impuls"),
    )
    name = models.CharField(_("Name"), max_length=200, blank=True)
    email = models.EmailField(_("E-Mail"))
    consent_given_at = models.DateTimeField(_("Einwilligung am"))
    consent_text = models.TextField(_("Wortlaut der Einwilligung"))
    language = models.CharField(_("Sprache"), max_length=10, default="de")
    confirmed_at = models.DateTimeField(_("bestätigt am"), null=True, blank=True)

    class Meta:
        verbose_name = _("Vorschlag aus der Öffentlichkeit")
        verbose_name_plural = _("Vorschläge aus der Öffentlichkeit")
        indexes = [models.Index(fields=["email"])]

    def __str__(self) -> str:
        return f"{self.name or self.email}: {self.impulse_id}"
