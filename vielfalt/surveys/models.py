"""Surveys of the network's experts and multipliers.

A coordinator builds a survey of sections and questions, invites people by
a personal link (or opens one public link), and evaluates the responses. A
response is a draft until it is submitted; submitting is a conditional
update, so that a double click stores one response.
"""

from __future__ import annotations

import secrets
from datetime import datetime

from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from vielfalt.forums.models import Forum
from vielfalt.network.models import Person
from vielfalt.outbox.models import Mail

TEXT_LIMITS = {"short_text": 300, "long_text": 5000, "field_of_work": 200}


def new_token() -> str:
    return secrets.token_urlsafe(24)


class SurveyQuerySet(models.QuerySet["Survey"]):
    def with_counts(self) -> SurveyQuerySet:
        return self.annotate(
            invitation_count=models.Count("invitations", distinct=True),
            submitted_count=models.Count(
                "responses", filter=models.Q(responses__submitted_at__isnull=False), distinct=True
            ),
        )


class Survey(models.Model):
    title = models.CharField(_("Titel"), max_length=200)
    intro = models.TextField(_("Einleitung"), blank=True, max_length=5000)
    opens_at = models.DateTimeField(_("offen ab"), null=True, blank=True)
    closes_at = models.DateTimeField(_("offen bis"), null=True, blank=True)
    is_anonymous = models.BooleanField(
        _("anonym"),
        default=True,
        help_text=_("Anonym: Die Auswertung zeigt nie, wer geantwortet hat."),
    )
    allows_editing = models.BooleanField(_("Antworten bis zum Ende änderbar"), default=False)
    public_token = models.CharField(max_length=64, unique=True, null=True, blank=True)
    created_by = models.ForeignKey(
        Person, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    copied_from = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="copies"
    )
    created = models.DateTimeField(_("angelegt"), default=timezone.now)

    objects = SurveyQuerySet.as_manager()

    class Meta:
        verbose_name = _("Abfrage")
        verbose_name_plural = _("Abfragen")
        ordering = ["-created", "-pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("surveys:detail", args=[self.pk])

    def is_open(self, now: datetime | None = None) -> bool:
        now = now or timezone.now()
        if self.opens_at is None or self.opens_at > now:
            return False
        return self.closes_at is None or now < self.closes_at

    def has_closed(self, now: datetime | None = None) -> bool:
        now = now or timezone.now()
        return self.closes_at is not None and self.closes_at <= now

    def questions(self) -> models.QuerySet[Question]:
        return (
            Question.objects.filter(section__survey=self)
            .select_related("section")
            .prefetch_related("choices")
            .order_by("section__position", "section__pk", "position", "pk")
        )

    @transaction.atomic
    def copy(self, by: Person | None) -> Survey:
        """A new, unopened survey with the same sections, questions and choices."""
        copy = Survey.objects.create(
            title=_("Kopie von %(title)s") % {"title": self.title},
            intro=self.intro,
            is_anonymous=self.is_anonymous,
            allows_editing=self.allows_editing,
            created_by=by,
            copied_from=self,
        )
        for section in self.sections.prefetch_related("questions__choices"):
            questions = list(section.questions.all())
            section.pk = None
            section.survey = copy
            section.save()
            for question in questions:
                choices = list(question.choices.all())
                question.pk = None
                question.section = section
                question.save()
                Choice.objects.bulk_create(
                    [Choice(question=question, label=c.label, position=c.position) for c in choices]
                )
        return copy


class Section(models.Model):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="sections")
    title = models.CharField(_("Überschrift"), max_length=200)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("Abschnitt")
        verbose_name_plural = _("Abschnitte")
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.title


class Question(models.Model):
    class Kind(models.TextChoices):
        SHORT_TEXT = "short_text", _("kurzer Text")
        LONG_TEXT = "long_text", _("langer Text")
        SINGLE = "single", _("eine Auswahl")
        MULTIPLE = "multiple", _("mehrere Auswahlen")
        SCALE = "scale", _("Skala")
        YES_NO = "yes_no", _("Ja oder Nein")
        FIELD_OF_WORK = "field_of_work", _("Arbeitsfeld (Forum oder freie Angabe)")

    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="questions")
    kind = models.CharField(_("Art der Frage"), max_length=16, choices=Kind.choices)
    text = models.CharField(_("Frage"), max_length=500)
    help_text = models.CharField(_("Hinweis"), max_length=500, blank=True)
    required = models.BooleanField(_("Pflichtfrage"), default=False)
    position = models.PositiveIntegerField(default=0)
    scale_min = models.SmallIntegerField(_("Skala von"), default=1)
    scale_max = models.SmallIntegerField(_("Skala bis"), default=5)
    scale_min_label = models.CharField(
        _("Bedeutung des kleinsten Werts"), max_length=60, blank=True
    )
    scale_max_label = models.CharField(_("Bedeutung des größten Werts"), max_length=60, blank=True)

    class Meta:
        verbose_name = _("Frage")
        verbose_name_plural = _("Fragen")
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.text

    @property
    def has_choices(self) -> bool:
        return self.kind in (self.Kind.SINGLE, self.Kind.MULTIPLE)

    @property
    def is_text(self) -> bool:
        return self.kind in (self.Kind.SHORT_TEXT, self.Kind.LONG_TEXT)

    @property
    def text_limit(self) -> int:
        return TEXT_LIMITS.get(self.kind, 300)

    def scale_values(self) -> list[int]:
        return list(range(self.scale_min, self.scale_max + 1))


class Choice(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices")
    label = models.CharField(_("Antwortmöglichkeit"), max_length=200)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.label


class Invitation(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("wartet auf Versand")
        SENT = "sent", _("verschickt")
        FAILED = "failed", _("Versand fehlgeschlagen")
        ANSWERED = "answered", _("beantwortet")
        REVOKED = "revoked", _("zurückgezogen")

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="invitations")
    person = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="survey_invitations",
    )
    name = models.CharField(_("Name"), max_length=200)
    email = models.EmailField(_("E-Mail"))
    token = models.CharField(max_length=64, unique=True, default=new_token)
    mail = models.ForeignKey(
        Mail, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    revoked = models.BooleanField(_("zurückgezogen"), default=False)
    reminded_at = models.DateTimeField(_("erinnert am"), null=True, blank=True)
    created = models.DateTimeField(_("eingeladen am"), default=timezone.now)

    class Meta:
        verbose_name = _("Einladung")
        verbose_name_plural = _("Einladungen")
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["survey", "email"], name="one_invitation_per_address")
        ]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"

    def get_answer_url(self) -> str:
        return reverse("surveys:answer", args=[self.token])

    def status(self, answered: bool) -> str:
        """The recipient's status; ``answered`` comes from the response (prefetched by the caller)."""
        if self.revoked:
            return self.Status.REVOKED
        if answered:
            return self.Status.ANSWERED
        if self.mail is None:  # the outbox deleted the mail after its retention period
            return self.Status.SENT
        if self.mail.state == Mail.State.SENT:
            return self.Status.SENT
        if self.mail.state == Mail.State.FAILED:
            return self.Status.FAILED
        return self.Status.QUEUED


class ResponseQuerySet(models.QuerySet["Response"]):
    def submitted(self) -> ResponseQuerySet:
        return self.filter(submitted_at__isnull=False)


class Response(models.Model):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    invitation = models.OneToOneField(
        Invitation, on_delete=models.SET_NULL, null=True, blank=True, related_name="response"
    )
    forum = models.ForeignKey(
        Forum,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Arbeitsfeld (Forum)"),
    )
    field_of_work_text = models.CharField(_("Arbeitsfeld (frei)"), max_length=200, blank=True)
    created = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(_("abgeschickt"), null=True, blank=True, db_index=True)

    objects = ResponseQuerySet.as_manager()

    class Meta:
        verbose_name = _("Antwortbogen")
        verbose_name_plural = _("Antwortbögen")
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"{self.survey} #{self.pk}"

    @property
    def field_of_work(self) -> str:
        if self.forum is not None:
            return str(self.forum.label)
        return self.field_of_work_text

    def submit(self) -> bool:
        """Mark as submitted, once: False when it already was (a double click, a replay)."""
        now = timezone.now()
        done = Response.objects.filter(pk=self.pk, submitted_at__isnull=True).update(
            submitted_at=now, updated_at=now
        )
        if done:
            self.submitted_at = now
        return bool(done)


class Answer(models.Model):
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    text = models.TextField(blank=True)
    choices = models.ManyToManyField(Choice, blank=True, related_name="answers")
    number = models.SmallIntegerField(null=True, blank=True)

    class Meta:
        verbose_name = _("Antwort")
        verbose_name_plural = _("Antworten")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["response", "question"], name="one_answer_per_question")
        ]

    def __str__(self) -> str:
        return f"{self.question}: {self.text[:40]}"

    def get_absolute_url(self) -> str:
        """Coordinators only: the answer within the results (never the respondent if anonymous)."""
        return reverse("surveys:answer_detail", args=[self.response.survey_id, self.pk])
