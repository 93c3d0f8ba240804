"""Offerings along the life course, aligned with the Open Referral HSDS 3.0 "service"."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_init, post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from vielfalt.forums.models import Forum
from vielfalt.network.models import Organisation, PostalAddress
from vielfalt.vocabularies.models import District, Language, LifePhase, TargetGroup


class Location(PostalAddress):
    """A place where offerings happen (HSDS "location" with its physical address)."""

    name = models.CharField(_("Name des Ortes"), max_length=200)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("Organisation"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="locations",
    )
    district = models.ForeignKey(
        District,
        verbose_name=_("Stadtteil"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="locations",
    )
    latitude = models.DecimalField(
        _("Breitengrad"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("Längengrad"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    external_id = models.CharField(_("externe ID"), max_length=100, blank=True)
    # As given by an imported file (HSDS address); empty: the site's own (SITE_STATE, SITE_COUNTRY).
    state_province = models.CharField(_("Bundesland"), max_length=100, blank=True)
    country = models.CharField(
        _("Land"), max_length=2, blank=True, help_text=_("Ländercode nach ISO 3166-1, z. B. DE")
    )

    class Meta:
        verbose_name = pgettext_lazy("Veranstaltungsort", "Ort")
        verbose_name_plural = pgettext_lazy("Veranstaltungsorte", "Orte")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["external_id"],
                condition=~models.Q(external_id=""),
                name="location_external_id_unique",
            ),
        ]

    def __str__(self):
        return f"{self.name}, {self.address}" if self.address else self.name


class OfferingQuerySet(models.QuerySet):
    def public(self):
        """What the public finder shows: public, not ended, from a public provider."""
        return self.filter(is_public=True, organisation__is_public=True).exclude(
            status=Offering.Status.ENDED
        )

    def for_families(self):
        """Public offerings for families: not ended, and not events for professionals."""
        return self.public().filter(for_professionals=False)

    def with_details(self):
        """Everything a page or an export shows of an offering, in a constant number of queries."""
        return self.select_related("organisation").prefetch_related(
            "life_phases",
            "forums",
            "target_groups",
            "languages",
            models.Prefetch("locations", queryset=Location.objects.select_related("district")),
        )

    def with_texts(self):
        """``with_details()`` and the texts in other languages: what an offering's page and
        its card in the finder show."""
        return self.with_details().prefetch_related("texts")

    def with_confirmation_mark(self):
        """Annotate ``needs_confirmation`` with the definition of needing_confirmation()."""
        due = Offering.objects.needing_confirmation().filter(pk=models.OuterRef("pk"))
        return self.annotate(needs_confirmation=models.Exists(due))

    def mark_confirmed(self):
        """The provider confirmed that the details are right: today, and no request pending."""
        return Offering.objects.filter(pk__in=self.values("pk")).update(
            last_confirmed=timezone.localdate(),
            confirmation_requested_at=None,
            provider_confirmed=True,
        )

    def set_status(self, status):
        from .facets import invalidate

        count = Offering.objects.filter(pk__in=self.values("pk")).update(status=status)
        invalidate()  # an update() sends no signal; ended offerings leave the finder
        return count

    def needing_confirmation(self, today=None):
        """Offerings whose last confirmation is older than the confirmation period,
        and imported ones that their provider has not confirmed yet."""
        today = today or timezone.localdate()
        cutoff = today - timedelta(days=settings.OFFERING_CONFIRM_AFTER_DAYS)
        return self.exclude(status=Offering.Status.ENDED).filter(
            models.Q(last_confirmed__lt=cutoff) | models.Q(provider_confirmed=False)
        )


class Offering(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("aktiv")
        PAUSED = "paused", _("pausiert")
        ENDED = "ended", _("beendet")

    name = models.CharField(_("Name"), max_length=200)
    short_description = models.CharField(
        _("Kurzbeschreibung"),
        max_length=300,
        help_text=_("Ein bis zwei Sätze in einfacher Sprache."),
    )
    description = models.TextField(_("Beschreibung"), blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("Anbieter"),
        on_delete=models.CASCADE,
        related_name="offerings",
    )
    contact_name = models.CharField(_("Ansprechperson"), max_length=200, blank=True)
    contact_email = models.EmailField(_("Kontakt-E-Mail"), blank=True)
    contact_phone = models.CharField(_("Kontakt-Telefon"), max_length=40, blank=True)
    url = models.URLField(_("Webseite"), blank=True)
    locations = models.ManyToManyField(
        Location,
        verbose_name=pgettext_lazy("Veranstaltungsorte", "Orte"),
        blank=True,
        related_name="offerings",
    )
    life_phases = models.ManyToManyField(
        LifePhase, verbose_name=_("Lebensphasen"), blank=True, related_name="offerings"
    )
    forums = models.ManyToManyField(
        Forum, verbose_name=_("Themen (Foren)"), blank=True, related_name="offerings"
    )
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("Zielgruppen"), blank=True, related_name="offerings"
    )
    languages = models.ManyToManyField(
        Language, verbose_name=_("Sprachen"), blank=True, related_name="offerings"
    )
    is_free = models.BooleanField(_("kostenlos"), default=True)
    fee = models.CharField(
        _("Kosten"), max_length=300, blank=True, help_text=_("z. B. 10 € im Monat, ermäßigt 5 €")
    )
    fee_amount = models.DecimalField(
        _("Betrag"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(
        _("Währung"), max_length=3, default="EUR", help_text=_("Code nach ISO 4217, z. B. EUR")
    )
    eligibility = models.TextField(_("Voraussetzungen"), blank=True)
    schedule = models.TextField(_("Zeiten"), blank=True, help_text=_("z. B. dienstags 15–17 Uhr"))
    accessibility = models.TextField(_("Barrierefreiheit"), blank=True)
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    last_confirmed = models.DateField(
        _("zuletzt bestätigt"),
        default=timezone.localdate,
        help_text=_("Wann der Anbieter zuletzt bestätigt hat, dass die Angaben stimmen."),
    )
    provider_confirmed = models.BooleanField(
        _("vom Anbieter bestätigt"),
        default=True,
        help_text=_(
            "Nein bei Angaben aus einem Import (HSDS), bis der Anbieter sie bestätigt hat."
        ),
    )
    confirmation_requested_at = models.DateTimeField(
        _("Bestätigung angefragt am"), null=True, blank=True
    )
    is_public = models.BooleanField(_("öffentlich sichtbar"), default=True)
    for_professionals = models.BooleanField(
        _("für Fachkräfte"),
        default=False,
        help_text=_(
            "Ja bei Fortbildungen und Fachtagen: sie zählen in der Präventionskette "
            "nicht als Angebot für Familien."
        ),
    )
    external_id = models.CharField(
        _("externe ID"),
        max_length=100,
        blank=True,
        help_text=_("Kennung aus einer importierten Datei; macht erneute Importe eindeutig."),
    )
    created = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated = models.DateTimeField(_("geändert"), auto_now=True)

    # Search columns, kept by vielfalt.offerings.search_index.refresh_search_index:
    # the name and the whole searchable text lower-cased with umlauts and
    # accents folded (matched by substring, trigram-indexed on PostgreSQL).
    search_name = models.TextField(editable=False, default="")
    search_text = models.TextField(editable=False, default="")

    objects = OfferingQuerySet.as_manager()

    class Meta:
        verbose_name = _("Angebot")
        verbose_name_plural = _("Angebote")
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["external_id"],
                condition=~models.Q(external_id=""),
                name="offering_external_id_unique",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "is_public"]),
            # The finder counts and pages through public offerings: an index-only
            # scan over these replaces reading the wide rows.
            models.Index(
                fields=["id"],
                include=["organisation", "is_free"],
                condition=models.Q(is_public=True) & ~models.Q(status="ended"),
                name="offering_public_idx",
            ),
            models.Index(
                fields=["name", "id"],
                condition=models.Q(is_public=True) & ~models.Q(status="ended"),
                name="offering_public_name_idx",
            ),
            # The coordinators' progress page: the offerings confirmed last and how many
            # were confirmed in the last 30, 90 and 365 days, without reading the wide rows.
            models.Index(
                models.F("last_confirmed").desc(),
                "name",
                condition=~models.Q(status="ended"),
                name="offering_confirmed_idx",
            ),
            # The gaps list's offerings no longer confirmed, in the order of their names:
            # an index-only scan instead of reading and sorting the wide rows.
            models.Index(
                fields=["name", "id"],
                include=["last_confirmed", "provider_confirmed"],
                condition=~models.Q(status="ended"),
                name="offering_current_name_idx",
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        searched = (
            SEARCHED_FIELDS if update_fields is None else SEARCHED_FIELDS & set(update_fields)
        )
        # Only a change of what is searched refreshes the search columns (and
        # with them the finder's index): a save that only confirms an offering
        # or changes its phone number leaves both alone.
        refresh = self._state.adding or self.changed_since_loaded(searched)
        counted = FINDER_COUNTED_FIELDS
        if update_fields is not None:
            counted = counted & set(update_fields)
        # Read by the finder's post_save receiver (offerings.facets).
        self._finder_changed = refresh or self.changed_since_loaded(counted)
        super().save(*args, **kwargs)
        if refresh:
            from .search import refresh_search_index

            refresh_search_index([self.pk])

    def get_absolute_url(self):
        return reverse("offerings:detail", args=[self.pk])

    def changed_since_loaded(self, fields) -> bool:
        """Whether any of ``fields`` differs from its value when the row was loaded
        (True for fields that were not loaded: they may have changed)."""
        loaded = self.__dict__.get("_loaded_values", {})
        return any(
            name not in loaded or loaded[name] != getattr(self, name)
            for name in map(_attname, fields)
        )

    def remember_loaded_values(self):
        """Keep the values of the fields that the finder searches and counts (see save())."""
        self._loaded_values = {
            name: self.__dict__[name]
            for name in map(_attname, SEARCHED_FIELDS | FINDER_COUNTED_FIELDS)
            if name in self.__dict__
        }

    @property
    def districts(self):
        """The districts of the offering's locations, each once (uses prefetched locations)."""
        districts = {loc.district for loc in self.locations.all() if loc.district is not None}
        return sorted(districts, key=lambda district: (district.position, district.name))

    @property
    def is_stale(self):
        """Not confirmed for the confirmation period plus the grace period."""
        days = settings.OFFERING_CONFIRM_AFTER_DAYS + settings.OFFERING_STALE_GRACE_DAYS
        return self.last_confirmed < timezone.localdate() - timedelta(days=days)


# Fields whose change alters the stored search columns.
SEARCHED_FIELDS = {"name", "short_description", "description", "organisation"}
# Fields whose change alters what the finder and the chain count.
FINDER_COUNTED_FIELDS = {"is_public", "status", "is_free", "for_professionals"}


def _attname(name: str) -> str:
    return "organisation_id" if name == "organisation" else name


@receiver(post_init, sender=Offering)
def remember_loaded_values(sender, instance, **kwargs):
    instance.remember_loaded_values()


@receiver(post_save, sender=Offering)
def remember_saved_values(sender, instance, **kwargs):
    instance.remember_loaded_values()


@receiver(m2m_changed, sender=Offering.forums.through)
@receiver(m2m_changed, sender=Offering.target_groups.through)
def refresh_search_after_m2m_change(sender, instance, action, reverse, pk_set, **kwargs):
    """Topic and target group names are part of the searchable text."""
    if reverse and action == "pre_clear":
        # After the clear the relation no longer says which offerings had it.
        instance._offerings_before_clear = list(instance.offerings.values_list("pk", flat=True))
        return
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    from .search import refresh_search_index

    if not reverse:
        refresh_search_index([instance.pk])
    elif action == "post_clear":
        refresh_search_index(instance.__dict__.pop("_offerings_before_clear", []))
    elif pk_set:
        refresh_search_index(list(pk_set))


@receiver(post_save, sender=Organisation)
def refresh_search_after_organisation_change(sender, instance, created, **kwargs):
    """The provider's name is searchable; a renamed organisation updates its offerings."""
    update_fields = kwargs.get("update_fields")
    if created or (update_fields is not None and "name" not in update_fields):
        return
    from .search import refresh_search_index

    refresh_search_index(organisation=instance)


class OfferingText(models.Model):
    """An offering's name, short description and description in one more language.

    The offering's own fields hold the German text (the source); a row here
    holds a translation. Which languages a municipality offers may grow, so a
    language is a code (BCP 47), not a column.
    """

    offering = models.ForeignKey(
        Offering, verbose_name=_("Angebot"), on_delete=models.CASCADE, related_name="texts"
    )
    language = models.CharField(
        _("Sprache"), max_length=12, help_text=_("Sprachcode nach BCP 47, z. B. tr, ar, uk, en")
    )
    name = models.CharField(_("Name"), max_length=200)
    short_description = models.CharField(_("Kurzbeschreibung"), max_length=300, blank=True)
    description = models.TextField(_("Beschreibung"), blank=True)
    updated = models.DateTimeField(_("geändert"), auto_now=True)

    class Meta:
        verbose_name = _("Übersetzung")
        verbose_name_plural = _("Übersetzungen")
        ordering = ["offering", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["offering", "language"], name="offering_text_unique_language"
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.language})"


@receiver(post_save, sender=OfferingText)
@receiver(post_delete, sender=OfferingText)
def refresh_search_after_text_change(sender, instance, **kwargs):
    """Every language's text is searchable; a changed translation updates its offering."""
    from .search import refresh_search_index

    refresh_search_index([instance.offering_id])


# Models of the finder's words, kept beside their logic, registered with the app here.
from .search_words import SearchWord  # noqa: E402, F401
from .synonyms import SynonymGroup  # noqa: E402, F401
