"""The network's members: organisations and the people who work in them."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from vielfalt.vocabularies.models import District


class PostalAddress(models.Model):
    """Street, postcode and town, and the address they make in one line."""

    street = models.CharField(_("Straße und Hausnummer"), max_length=200, blank=True)
    postal_code = models.CharField(_("Postleitzahl"), max_length=10, blank=True)
    city = models.CharField(_("Ort"), max_length=100, blank=True)

    class Meta:
        abstract = True

    @property
    def address(self):
        place = " ".join(part for part in (self.postal_code, self.city) if part)
        return ", ".join(part for part in (self.street, place) if part)


class Organisation(PostalAddress):
    class Kind(models.TextChoices):
        ADMINISTRATION = "administration", _("Verwaltung")
        FREE_PROVIDER = "free_provider", _("Freier Träger")
        ASSOCIATION = "association", _("Verein")
        SCHOOL = "school", _("Schule")
        DAYCARE = "daycare", _("Kita")
        HEALTH = "health", _("Gesundheitswesen")
        MIGRANT_ORGANISATION = "migrant_organisation", _("Migrantenorganisation")
        RELIGIOUS_COMMUNITY = "religious_community", _("Religionsgemeinschaft")
        EMPLOYER = "employer", _("Arbeitgeber")
        POLITICS = "politics", _("Politik")
        OTHER = "other", _("Sonstige")

    name = models.CharField(_("Name"), max_length=200)
    slug = models.SlugField(_("Kürzel"), max_length=200, unique=True)
    kind = models.CharField(_("Art"), max_length=32, choices=Kind.choices, default=Kind.OTHER)
    description = models.TextField(_("Beschreibung"), blank=True)
    districts = models.ManyToManyField(
        District, verbose_name=_("Stadtteile"), blank=True, related_name="organisations"
    )
    website = models.URLField(_("Website"), blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    phone = models.CharField(_("Telefon"), max_length=40, blank=True)
    is_public = models.BooleanField(
        _("öffentlich sichtbar"),
        default=True,
        help_text=_("Erscheint auf den öffentlichen Seiten, z. B. als Anbieter von Angeboten."),
    )
    created = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated = models.DateTimeField(_("geändert"), auto_now=True)

    class Meta:
        verbose_name = _("Organisation")
        verbose_name_plural = _("Organisationen")
        ordering = [Lower("name")]

    def __str__(self):
        return self.name


class PersonQuerySet(models.QuerySet):
    def public_contacts(self):
        """People who agreed that their contact details may be shown in public."""
        return self.filter(public_contact=True, consent_given_at__isnull=False)

    def coordinators(self):
        return self.filter(is_coordinator=True)

    def public_coordinators(self):
        """The coordinators shown in the public contact block."""
        return self.coordinators().public_contacts()


class Person(models.Model):
    name = models.CharField(_("Name"), max_length=200)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("Organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="people",
    )
    position = models.CharField(
        _("Funktion"), max_length=200, blank=True, help_text=_("z. B. Koordinierungsstelle")
    )
    is_expert = models.BooleanField(_("Expert:in"), default=False)
    is_multiplier = models.BooleanField(_("Multiplikator:in"), default=False)
    is_coordinator = models.BooleanField(
        _("Koordinator:in"),
        default=False,
        help_text=_("Koordinator:innen leiten das Netzwerk und dürfen alles bearbeiten."),
    )
    email = models.EmailField(_("E-Mail"), blank=True)
    phone = models.CharField(_("Telefon"), max_length=40, blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Benutzerkonto"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="person",
    )
    public_contact = models.BooleanField(
        _("Kontakt öffentlich zeigen"),
        default=False,
        help_text=_("Nur mit dokumentierter Einwilligung (Datum und Wortlaut)."),
    )
    consent_given_at = models.DateTimeField(_("Einwilligung am"), null=True, blank=True)
    consent_text = models.TextField(_("Wortlaut der Einwilligung"), blank=True)
    notes = models.TextField(_("interne Notizen"), blank=True)
    created = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated = models.DateTimeField(_("geändert"), auto_now=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        verbose_name = _("Person")
        verbose_name_plural = _("Personen")
        ordering = [Lower("name")]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                condition=~models.Q(email=""),
                name="person_email_unique_ci",
                violation_error_message=_("Es gibt schon eine Person mit dieser E-Mail-Adresse."),
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def shows_contact(self):
        return self.public_contact and self.consent_given_at is not None

    def roles_display(self):
        roles = [
            (self.is_coordinator, _("Koordinator:in")),
            (self.is_expert, _("Expert:in")),
            (self.is_multiplier, _("Multiplikator:in")),
        ]
        return ", ".join(str(label) for flag, label in roles if flag)

    roles_display.short_description = _("Rollen")
