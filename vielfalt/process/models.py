"""The public process: its milestones, and people asking to take part."""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, models, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.lib.i18n import localized
from vielfalt.network.models import Organisation, Person
from vielfalt.outbox.mail import queue_mail


class Milestone(models.Model):
    class Precision(models.TextChoices):
        DAY = "day", _("Tag")
        MONTH = "month", _("Monat")
        NONE = "none", _("ohne Datum")

    date = models.DateField(
        _("Datum"),
        help_text=_(
            "Bei Monatsgenauigkeit zählt nur Monat und Jahr; das Datum ordnet die Schritte."
        ),
    )
    precision = models.CharField(
        _("Genauigkeit"), max_length=8, choices=Precision.choices, default=Precision.MONTH
    )
    title = models.CharField(_("Titel"), max_length=200)
    title_en = models.CharField(_("Titel (Englisch)"), max_length=200, blank=True)
    description = models.TextField(_("Beschreibung"), blank=True)
    description_en = models.TextField(_("Beschreibung (Englisch)"), blank=True)
    is_done = models.BooleanField(_("erledigt"), default=True)
    link = models.URLField(_("Link"), blank=True)
    position = models.PositiveIntegerField(
        _("Reihenfolge"), default=0, help_text=_("Ordnet Schritte mit gleichem Datum.")
    )

    class Meta:
        verbose_name = _("Meilenstein")
        verbose_name_plural = _("Meilensteine")
        ordering = ["date", "position"]

    def __str__(self):
        return self.title

    @property
    def label(self):
        return localized(self, "title")

    @property
    def date_display(self):
        if self.precision == self.Precision.DAY:
            return formats.date_format(self.date, "DATE_FORMAT")
        if self.precision == self.Precision.MONTH:
            return formats.date_format(self.date, "YEAR_MONTH_FORMAT")
        return ""


def coordinator_emails() -> list[str]:
    """The login addresses of the coordinators who can act on a notice, for
    notices and replies.

    Only coordinators with an active account: they are the ones who can accept
    or decline. A published contact without an account (such as the demo's
    copy of the town's real coordination office) gets no mail.
    """
    return list(
        dict.fromkeys(
            Person.objects.coordinators()
            .filter(user__is_active=True)
            .exclude(user__email="")
            .order_by("pk")
            .values_list("user__email", flat=True)
        )
    )


class InterestRequestQuerySet(models.QuerySet):
    def awaiting_decision(self):
        """Confirmed requests that no coordinator has accepted or declined yet."""
        return self.filter(status=InterestRequest.Status.CONFIRMED)

    def stale_unconfirmed(self):
        """Requests whose confirmation link has expired: nobody can confirm them any more."""
        return self.filter(
            status=InterestRequest.Status.UNCONFIRMED,
            created__lt=timezone.now() - InterestRequest.CONFIRM_MAX_AGE,
        )


class InterestRequest(models.Model):
    """Someone from outside asking to take part (Interessensbekundung).

    The flow: the public form stores it unconfirmed; the person confirms their
    address by the link in a mail (double opt-in); only then do coordinators
    see it and accept or decline it.
    """

    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("nicht bestätigt")
        CONFIRMED = "confirmed", _("bestätigt, wartet auf Entscheidung")
        ACCEPTED = "accepted", _("angenommen")
        DECLINED = "declined", _("abgelehnt")

    CONFIRM_SALT = "vielfalt.process.interest-request.confirm"
    CONFIRM_MAX_AGE = timedelta(days=7)

    name = models.CharField(_("Name"), max_length=200)
    email = models.EmailField(_("E-Mail"))
    organisation_name = models.CharField(
        _("Organisation"),
        max_length=200,
        blank=True,
        help_text=_("So wie die Person sie angegeben hat."),
    )
    forums = models.ManyToManyField(
        "forums.Forum",
        verbose_name=_("Foren"),
        blank=True,
        related_name="interest_requests",
    )
    new_topic = models.CharField(_("neues Thema"), max_length=200, blank=True)
    message = models.TextField(_("Nachricht"), max_length=2000, blank=True)
    consent_given_at = models.DateTimeField(_("Einwilligung am"))
    consent_text = models.TextField(_("Wortlaut der Einwilligung"))
    language = models.CharField(_("Sprache"), max_length=10, default="de")
    status = models.CharField(
        _("Status"), max_length=16, choices=Status.choices, default=Status.UNCONFIRMED
    )
    created = models.DateTimeField(_("eingegangen"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("bestätigt am"), null=True, blank=True)
    decided_at = models.DateTimeField(_("entschieden am"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entschieden von"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    person = models.ForeignKey(
        "network.Person",
        verbose_name=_("Person"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="interest_requests",
        help_text=_("Beim Annehmen angelegt oder verknüpft."),
    )

    objects = InterestRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("Interessensbekundung")
        verbose_name_plural = _("Interessensbekundungen")
        ordering = ["-created"]
        indexes = [models.Index(fields=["status", "created"])]

    def __str__(self):
        return f"{self.name} <{self.email}>"

    @property
    def is_confirmed(self):
        """True once the person confirmed the address, whatever was decided since."""
        return self.status != self.Status.UNCONFIRMED

    @property
    def is_decided(self):
        return self.status in (self.Status.ACCEPTED, self.Status.DECLINED)

    # Double opt-in

    def confirmation_token(self):
        """A signed, timestamped token for the confirmation link."""
        return signing.dumps(self.pk, salt=self.CONFIRM_SALT)

    @classmethod
    def from_token(cls, token):
        """The request a confirmation token names.

        Raises ``signing.SignatureExpired`` for an expired token and
        ``signing.BadSignature`` for anything forged or garbled (also when
        the request no longer exists).
        """
        pk = signing.loads(token, salt=cls.CONFIRM_SALT, max_age=cls.CONFIRM_MAX_AGE)
        try:
            return cls.objects.get(pk=pk)
        except (cls.DoesNotExist, TypeError, ValueError):
            raise signing.BadSignature("No such request.") from None

    def send_confirmation_mail(self):
        queue_mail(
            "process/mail/confirm",
            {"interest": self, "token": self.confirmation_token()},
            [self.email],
            language=self.language,
        )

    def confirm(self):
        """Mark the address as confirmed and tell the coordinators.

        Returns False, and changes nothing, when it was confirmed before.
        """
        now = timezone.now()
        with transaction.atomic():
            # A conditional update: of two clicks at once only one wins.
            changed = (
                type(self)
                .objects.filter(pk=self.pk, status=self.Status.UNCONFIRMED)
                .update(status=self.Status.CONFIRMED, confirmed_at=now)
            )
            if not changed:
                self.refresh_from_db()
                return False
            self.status, self.confirmed_at = self.Status.CONFIRMED, now
            TopicProposal.from_interest(self)
            queue_mail(
                "process/mail/coordinators_notice",
                {"interest": self, "forums": list(self.forums.all())},
                coordinator_emails(),
                language=settings.LANGUAGE_CODE,
            )
        return True

    # The coordinators' decision

    def accept(self, user):
        """Take the person into the network: a Person (new or linked by e-mail),
        memberships in the chosen forums and a welcome mail.

        Only a confirmed, undecided request can be accepted; otherwise it
        returns False and changes nothing.
        """
        now = timezone.now()
        with transaction.atomic():
            if not self._decide(self.Status.ACCEPTED, user, now):
                return False
            person = self._find_or_create_person()
            forums = list(self.forums.exclude(status=Forum.Status.CLOSED))
            ForumMembership.objects.bulk_create(
                [
                    ForumMembership(forum=forum, person=person, role=ForumMembership.Role.MEMBER)
                    for forum in forums
                ],
                ignore_conflicts=True,  # keeps an existing membership (and its role) as it is
            )
            self.person = person
            type(self).objects.filter(pk=self.pk).update(person=person)
            queue_mail(
                "process/mail/welcome",
                {"interest": self, "forums": forums},
                [self.email],
                language=self.language,
                reply_to=coordinator_emails(),
            )
        return True

    def decline(self, user):
        """Decline the request and tell the person in a short mail.

        Returns False, and changes nothing, unless the request is confirmed and undecided.
        """
        now = timezone.now()
        with transaction.atomic():
            if not self._decide(self.Status.DECLINED, user, now):
                return False
            queue_mail(
                "process/mail/declined",
                {"interest": self},
                [self.email],
                language=self.language,
                reply_to=coordinator_emails(),
            )
        return True

    def _decide(self, status, user, now):
        changed = (
            type(self)
            .objects.filter(pk=self.pk, status=self.Status.CONFIRMED)
            .update(status=status, decided_at=now, decided_by=user)
        )
        if not changed:
            self.refresh_from_db()
            return False
        self.status, self.decided_at, self.decided_by = status, now, user
        return True

    def _find_or_create_person(self):
        organisation = self._matching_organisation()
        person = Person.objects.filter(email__iexact=self.email).first()
        if person is None:
            try:
                with transaction.atomic():
                    person = Person.objects.create(
                        name=self.name, email=self.email, organisation=organisation
                    )
            except IntegrityError:
                # Someone created a Person with this address a moment ago.
                person = Person.objects.get(email__iexact=self.email)
        if person.organisation is None and organisation is not None:
            person.organisation = organisation
        if self.organisation_name and (organisation is None or person.organisation != organisation):
            note = gettext("Organisation laut Interessensbekundung vom %(date)s: %(name)s") % {
                "date": formats.date_format(timezone.localtime(self.created), "SHORT_DATE_FORMAT"),
                "name": self.organisation_name,
            }
            person.notes = f"{person.notes}\n{note}".strip()
        person.save()
        return person

    def _matching_organisation(self):
        """The one organisation with exactly this name (any case), if there is exactly one."""
        if not self.organisation_name.strip():
            return None
        matches = list(Organisation.objects.filter(name__iexact=self.organisation_name.strip())[:2])
        return matches[0] if len(matches) == 1 else None


class TopicProposal(models.Model):
    """A new topic someone proposed when joining, for the coordinators to
    open as a forum or to answer.

    It is made when the person confirms their address, so that only confirmed
    proposals reach the coordinators; it is not a forum yet, so that nothing
    the public typed appears on the site before a coordinator decided."""

    class Status(models.TextChoices):
        OPEN = "open", _("offen")
        OPENED = "opened", _("als Forum eröffnet")
        ANSWERED = "answered", _("beantwortet")

    title = models.CharField(_("Thema"), max_length=200)
    interest = models.OneToOneField(
        InterestRequest,
        verbose_name=_("Interessensbekundung"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="topic_proposal",
    )
    name = models.CharField(_("Name"), max_length=200)
    email = models.EmailField(_("E-Mail"))
    language = models.CharField(_("Sprache"), max_length=10, default="de")
    status = models.CharField(
        _("Status"), max_length=16, choices=Status.choices, default=Status.OPEN
    )
    created = models.DateTimeField(_("eingegangen"), default=timezone.now)
    forum = models.ForeignKey(
        "forums.Forum",
        verbose_name=_("eröffnetes Forum"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    answer = models.TextField(_("Antwort"), max_length=2000, blank=True)
    decided_at = models.DateTimeField(_("entschieden am"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entschieden von"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("Themenvorschlag")
        verbose_name_plural = _("Themenvorschläge")
        ordering = ["-created"]

    def __str__(self):
        return self.title

    @property
    def is_open(self):
        return self.status == self.Status.OPEN

    @classmethod
    def from_interest(cls, interest):
        """The proposal of a confirmed join request with a new topic (once)."""
        title = interest.new_topic.strip()
        if not title:
            return None
        proposal, _created = cls.objects.get_or_create(
            interest=interest,
            defaults={
                "title": title,
                "name": interest.name,
                "email": interest.email,
                "language": interest.language,
            },
        )
        return proposal
