"""Answering a survey: by a personal link, or by the survey's public link.

Every save stores what is valid and keeps the rest in the form, so a
validation error, a reload or a closed tab loses nothing; the same link
resumes the draft. Submitting is a conditional update (``Response.submit``).
"""

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from vielfalt.forums.models import Forum
from vielfalt.lib.client_ip import limit_ip
from vielfalt.lib.forms import HONEYPOT_FIELD
from vielfalt.lib.limits import Limit, consume, hashed

from .answering import AnswerForm, initial_from, store_answers
from .models import Invitation, Response, Survey

PUBLIC_WINDOW_SECONDS = 60 * 60


def answer(request: HttpRequest, token: str) -> HttpResponse:
    invitation = Invitation.objects.select_related("survey").filter(token=token).first()
    if invitation is None or invitation.revoked:
        return _unavailable(request, "unknown", status=404)
    survey = invitation.survey
    if not survey.is_open():
        response = Response.objects.filter(invitation=invitation).first()
        return _not_open(request, survey, response)
    if request.method != "POST":
        response = Response.objects.filter(invitation=invitation).first()
        return _show(request, survey, response)
    with transaction.atomic():
        # One response per invitation, also under a double click.
        Invitation.objects.select_for_update().filter(pk=invitation.pk).first()
        response = Response.objects.filter(invitation=invitation).first()
        if response is None:
            response = Response(survey=survey, invitation=invitation)
        return _save(request, survey, response)


def answer_public(request: HttpRequest, public_token: str) -> HttpResponse:
    survey = Survey.objects.filter(public_token=public_token).first()
    if survey is None:
        return _unavailable(request, "unknown", status=404)
    key = f"surveys:public:{survey.pk}"
    response_id = request.session.get(key)
    if not survey.is_open():
        response = Response.objects.filter(pk=response_id, survey=survey).first()
        return _not_open(request, survey, response)
    if request.method != "POST":
        response = Response.objects.filter(pk=response_id, survey=survey).first()
        return _show(request, survey, response, public=True)
    if request.POST.get(HONEYPOT_FIELD):
        # Same answer as a success, so that a bot learns nothing.
        return render(request, "surveys/answer/thanks.html", {"survey": survey})
    with transaction.atomic():
        response = (
            Response.objects.select_for_update().filter(pk=response_id, survey=survey).first()
        )
        if response is None:
            if not _consume_public(request):
                return _show(request, survey, None, status=429, rate_limited=True, public=True)
            response = Response(survey=survey)
        result = _save(request, survey, response)
        if response.pk:
            request.session[key] = response.pk
        return result


def _consume_public(request: HttpRequest) -> bool:
    amount = getattr(settings, "JOIN_RATE_LIMIT", 5)
    limit = Limit("surveys:public:" + hashed(limit_ip(request)), amount, PUBLIC_WINDOW_SECONDS)
    usage, _refused = consume(limit)
    return usage is not None


def _questions_and_forums(survey: Survey) -> tuple[list, list]:
    forums = list(Forum.objects.public().order_by("position", "name"))
    return list(survey.questions()), forums


def _show(request, survey, response, form=None, status=200, public=False, **extra) -> HttpResponse:
    if response is not None and response.submitted_at and not survey.allows_editing:
        return render(request, "surveys/answer/thanks.html", {"survey": survey, "already": True})
    if form is None:
        questions, forums = _questions_and_forums(survey)
        if request.method == "POST":
            form = AnswerForm(questions, forums, request.POST, draft=True)
            form.is_valid()
        else:
            form = AnswerForm(questions, forums, initial=initial_from(response, questions))
    context = {
        "survey": survey,
        "form": form,
        "response": response,
        "honeypot_field": HONEYPOT_FIELD,
        "public": public,
        **extra,
    }
    return render(request, "surveys/answer/form.html", context, status=status)


def _save(request: HttpRequest, survey: Survey, response: Response) -> HttpResponse:
    if response.submitted_at and not survey.allows_editing:
        # A second click or a replayed request: the first one counted.
        return render(request, "surveys/answer/thanks.html", {"survey": survey, "already": True})
    questions, forums = _questions_and_forums(survey)
    draft = request.POST.get("action") == "draft"
    form = AnswerForm(questions, forums, request.POST, draft=draft)
    valid = form.is_valid()
    store_answers(response, form)
    if draft and request.htmx:
        return render(
            request,
            "surveys/answer/draft_status.html",
            {"saved_at": timezone.now(), "valid": valid},
        )
    if draft or not valid:
        return _show(
            request,
            survey,
            response,
            form=form,
            public=response.invitation_id is None,
            draft_saved=draft and valid,
        )
    first_time = response.submit()
    return render(
        request,
        "surveys/answer/thanks.html",
        {"survey": survey, "edited": not first_time, "response": response},
    )


def _not_open(request, survey, response) -> HttpResponse:
    reason = "closed" if survey.has_closed() else "not_yet"
    if reason == "closed" and response is not None and response.submitted_at:
        return render(request, "surveys/answer/thanks.html", {"survey": survey, "already": True})
    return _unavailable(request, reason, survey=survey, status=410 if reason == "closed" else 200)


def _unavailable(request, reason, survey=None, status=200) -> HttpResponse:
    return render(
        request,
        "surveys/answer/unavailable.html",
        {"reason": reason, "survey": survey},
        status=status,
    )
