"""Topic forums and who takes part in them."""

from datetime import timedelta

from django.core import signing
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from vielfalt.lib.i18n import localized
from vielfalt.network.models import Person


class ForumQuerySet(models.QuerySet):
    def public(self):
        """Forums shown to the public: all but closed ones."""
        return self.exclude(status=Forum.Status.CLOSED)


class Forum(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("aktiv")
        DORMANT = "dormant", _("ruhend")
        PROPOSED = "proposed", _("vorgeschlagen")
        CLOSED = "closed", _("beendet")

    name = models.CharField(_("Name"), max_length=120, unique=True)
    name_en = models.CharField(_("Name (Englisch)"), max_length=120, blank=True)
    name_tr = models.CharField(_("Name (Türkisch)"), max_length=120, blank=True)
    name_ar = models.CharField(_("Name (Arabisch)"), max_length=120, blank=True)
    name_uk = models.CharField(_("Name (Ukrainisch)"), max_length=120, blank=True)
    slug = models.SlugField(_("Kürzel"), max_length=120, unique=True)
    description = models.TextField(_("Beschreibung"), blank=True)
    description_en = models.TextField(_("Beschreibung (Englisch)"), blank=True)
    status = models.CharField(
        _("Status"), max_length=16, choices=Status.choices, default=Status.ACTIVE
    )
    position = models.PositiveIntegerField(_("Reihenfolge"), default=0)
    reactivated_on = models.DateField(
        _("wieder belebt am"),
        null=True,
        blank=True,
        help_text=_("Der Tag, an dem die Koordination das ruhende Forum wieder aktiv gesetzt hat."),
    )
    members = models.ManyToManyField(
        Person, through="ForumMembership", related_name="forums", verbose_name=_("Mitglieder")
    )
    created = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated = models.DateTimeField(_("geändert"), auto_now=True)

    objects = ForumQuerySet.as_manager()

    class Meta:
        verbose_name = _("Forum")
        verbose_name_plural = _("Foren")
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("forums:detail", args=[self.slug])

    @property
    def label(self):
        return localized(self, "name")

    @property
    def is_dormant(self):
        return self.status == self.Status.DORMANT


class ForumMembership(models.Model):
    class Role(models.TextChoices):
        MODERATOR = "moderator", _("Moderation")
        MEMBER = "member", _("Mitglied")

    forum = models.ForeignKey(
        Forum, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("Forum")
    )
    person = models.ForeignKey(
        Person,
        on_delete=models.CASCADE,
        related_name="forum_memberships",
        verbose_name=_("Person"),
    )
    role = models.CharField(_("Rolle"), max_length=16, choices=Role.choices, default=Role.MEMBER)
    joined_on = models.DateField(_("dabei seit"), default=timezone.localdate)

    class Meta:
        verbose_name = _("Forumsmitgliedschaft")
        verbose_name_plural = _("Forumsmitgliedschaften")
        ordering = ["forum", "-role", "person__name"]
        constraints = [
            models.UniqueConstraint(fields=["forum", "person"], name="one_membership_per_forum"),
        ]

    def __str__(self):
        return f"{self.person} – {self.forum} ({self.get_role_display()})"


class ForumMembershipRequest(models.Model):
    """A person asks to join a forum; its moderators (or the coordination) decide."""

    class Status(models.TextChoices):
        PENDING = "pending", _("offen")
        ACCEPTED = "accepted", _("angenommen")
        DECLINED = "declined", _("abgelehnt")

    forum = models.ForeignKey(
        Forum,
        on_delete=models.CASCADE,
        related_name="membership_requests",
        verbose_name=_("Forum"),
    )
    person = models.ForeignKey(
        Person,
        on_delete=models.CASCADE,
        related_name="forum_membership_requests",
        verbose_name=_("Person"),
    )
    status = models.CharField(
        _("Status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    language = models.CharField(_("Sprache"), max_length=8, default="de")
    requested_at = models.DateTimeField(_("angefragt am"), default=timezone.now)
    decided_at = models.DateTimeField(_("entschieden am"), null=True, blank=True)
    decided_by = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("entschieden von"),
    )

    class Meta:
        verbose_name = _("Beitrittsanfrage")
        verbose_name_plural = _("Beitrittsanfragen")
        ordering = ["forum", "requested_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["forum", "person"],
                condition=models.Q(status="pending"),
                name="one_pending_request_per_forum",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} – {self.forum} ({self.get_status_display()})"


class PledgeQuerySet(models.QuerySet):
    def confirmed(self) -> "PledgeQuerySet":
        """Pledges whose address is confirmed (logged-in people's count at once)."""
        return self.filter(confirmed_at__isnull=False)

    def stale_unconfirmed(self) -> "PledgeQuerySet":
        """Public pledges whose confirmation link has expired."""
        return self.filter(
            confirmed_at__isnull=True, created__lt=timezone.now() - Pledge.CONFIRM_MAX_AGE
        )


class Pledge(models.Model):
    """ "I would take this forum up": someone offers to revive a dormant forum.

    A pledge is more than interest: it is counted on the forum page, and
    everyone who pledged is told by mail when the coordination reactivates
    the forum. People of the network pledge with one button (``person``);
    the public pledge with name and address and confirm it by a link (double
    opt-in, as when joining)."""

    CONFIRM_SALT = "vielfalt.forums.pledge.confirm"
    CONFIRM_MAX_AGE = timedelta(days=7)

    forum = models.ForeignKey(
        Forum, on_delete=models.CASCADE, related_name="pledges", verbose_name=_("Forum")
    )
    person = models.ForeignKey(
        Person,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="forum_pledges",
        verbose_name=_("Person"),
        help_text=_("Bei Personen des Netzwerks, die angemeldet zugesagt haben."),
    )
    name = models.CharField(_("Name"), max_length=200)
    email = models.EmailField(_("E-Mail"), blank=True)
    language = models.CharField(_("Sprache"), max_length=8, default="de")
    message = models.TextField(_("Nachricht"), max_length=1000, blank=True)
    consent_given_at = models.DateTimeField(_("Einwilligung am"), null=True, blank=True)
    consent_text = models.TextField(_("Wortlaut der Einwilligung"), blank=True)
    created = models.DateTimeField(_("zugesagt am"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("bestätigt am"), null=True, blank=True)
    notified_at = models.DateTimeField(
        _("benachrichtigt am"),
        null=True,
        blank=True,
        help_text=_("Wann die Mail über die Wiederbelebung des Forums verschickt wurde."),
    )

    objects = PledgeQuerySet.as_manager()

    class Meta:
        verbose_name = _("Zusage zum Aufgreifen")
        verbose_name_plural = _("Zusagen zum Aufgreifen")
        ordering = ["forum", "created"]
        constraints = [
            models.UniqueConstraint(
                fields=["forum", "person"], name="one_pledge_per_forum_and_person"
            ),
            models.UniqueConstraint(
                Lower("email"),
                "forum",
                condition=~models.Q(email=""),
                name="one_pledge_per_forum_and_email",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} – {self.forum}"

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None

    def confirmation_token(self) -> str:
        return signing.dumps(self.pk, salt=self.CONFIRM_SALT)

    @classmethod
    def from_token(cls, token: str) -> "Pledge":
        """The pledge a token names; ``signing.SignatureExpired`` or
        ``signing.BadSignature`` (also for a pledge that is gone) otherwise."""
        pk = signing.loads(token, salt=cls.CONFIRM_SALT, max_age=cls.CONFIRM_MAX_AGE)
        try:
            return cls.objects.select_related("forum").get(pk=pk)
        except (cls.DoesNotExist, TypeError, ValueError):
            raise signing.BadSignature("No such pledge.") from None
