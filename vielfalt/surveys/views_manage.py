"""The survey builder for coordinators: settings, sections, questions, order,
preview, copy and the public link."""

from django.contrib import messages
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vielfalt.accounts.decorators import coordinator_required
from vielfalt.forums.models import Forum

from .answering import AnswerForm
from .forms import QuestionForm, SectionForm, SurveyForm
from .models import Question, Section, Survey, new_token


def _person(request):
    return getattr(request.user, "linked_person", None)


@coordinator_required
def survey_list(request: HttpRequest) -> HttpResponse:
    surveys = Survey.objects.with_counts().select_related("copied_from")
    return render(request, "surveys/manage/list.html", {"surveys": surveys})


@coordinator_required
def survey_create(request: HttpRequest) -> HttpResponse:
    form = SurveyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        survey = form.save(commit=False)
        survey.created_by = _person(request)
        survey.save()
        messages.success(
            request, _("Die Abfrage ist angelegt. Fügen Sie jetzt Abschnitte und Fragen hinzu.")
        )
        return redirect(survey)
    return render(request, "surveys/manage/survey_form.html", {"form": form})


@coordinator_required
def survey_edit(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_object_or_404(Survey, pk=pk)
    form = SurveyForm(request.POST or None, instance=survey)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Die Einstellungen sind gespeichert."))
        return redirect(survey)
    return render(request, "surveys/manage/survey_form.html", {"form": form, "survey": survey})


@coordinator_required
def survey_detail(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_object_or_404(Survey.objects.with_counts(), pk=pk)
    sections = survey.sections.prefetch_related("questions__choices")
    return render(
        request,
        "surveys/manage/detail.html",
        {
            "survey": survey,
            "sections": sections,
            "section_form": SectionForm(),
            "kinds": Question.Kind.choices,
        },
    )


@coordinator_required
def preview(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_object_or_404(Survey, pk=pk)
    forums = list(Forum.objects.public().order_by("position", "name"))
    form = AnswerForm(list(survey.questions()), forums)
    return render(
        request, "surveys/answer/form.html", {"survey": survey, "form": form, "preview": True}
    )


@require_POST
@coordinator_required
def survey_copy(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_object_or_404(Survey, pk=pk)
    copy = survey.copy(by=_person(request))
    messages.success(
        request, _("Die Abfrage ist kopiert. Tragen Sie Beginn und Ende der neuen Abfrage ein.")
    )
    return redirect(copy)


@require_POST
@coordinator_required
def public_link(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_object_or_404(Survey, pk=pk)
    if request.POST.get("action") == "remove":
        survey.public_token = None
        messages.success(request, _("Der öffentliche Link ist abgeschaltet."))
    else:
        survey.public_token = new_token()
        messages.success(request, _("Der öffentliche Link ist angelegt."))
    survey.save(update_fields=["public_token"])
    return redirect(survey)


@require_POST
@coordinator_required
def section_add(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_object_or_404(Survey, pk=pk)
    form = SectionForm(request.POST)
    if form.is_valid():
        section = form.save(commit=False)
        section.survey = survey
        section.position = survey.sections.count()
        section.save()
        messages.success(request, _("Der Abschnitt ist angelegt."))
    else:
        messages.error(request, _("Bitte geben Sie eine Überschrift für den Abschnitt ein."))
    return redirect(survey)


@coordinator_required
def section_edit(request: HttpRequest, pk: int, section_pk: int) -> HttpResponse:
    section = get_object_or_404(Section, pk=section_pk, survey_id=pk)
    form = SectionForm(request.POST or None, instance=section)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Der Abschnitt ist gespeichert."))
        return redirect(section.survey)
    return render(request, "surveys/manage/section_form.html", {"form": form, "section": section})


@require_POST
@coordinator_required
def section_delete(request: HttpRequest, pk: int, section_pk: int) -> HttpResponse:
    section = get_object_or_404(Section, pk=section_pk, survey_id=pk)
    section.delete()
    messages.success(request, _("Der Abschnitt ist gelöscht."))
    return redirect("surveys:detail", pk)


@require_POST
@coordinator_required
def section_move(request: HttpRequest, pk: int, section_pk: int) -> HttpResponse:
    section = get_object_or_404(Section, pk=section_pk, survey_id=pk)
    _move(Section.objects.filter(survey_id=pk), section, request.POST.get("direction"))
    return redirect(f"{section.survey.get_absolute_url()}#section-{section.pk}")


@coordinator_required
def question_add(request: HttpRequest, pk: int, section_pk: int) -> HttpResponse:
    section = get_object_or_404(
        Section.objects.select_related("survey"), pk=section_pk, survey_id=pk
    )
    initial = {"kind": request.GET.get("kind", Question.Kind.SHORT_TEXT)}
    form = QuestionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.instance.section = section
            form.instance.position = section.questions.count()
            question = form.save()
        messages.success(request, _("Die Frage ist angelegt."))
        return redirect(f"{section.survey.get_absolute_url()}#question-{question.pk}")
    return render(request, "surveys/manage/question_form.html", {"form": form, "section": section})


@coordinator_required
def question_edit(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    question = get_object_or_404(
        Question.objects.select_related("section__survey"), pk=question_pk, section__survey_id=pk
    )
    form = QuestionForm(request.POST or None, instance=question)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
        messages.success(request, _("Die Frage ist gespeichert."))
        return redirect(f"{question.section.survey.get_absolute_url()}#question-{question.pk}")
    return render(
        request,
        "surveys/manage/question_form.html",
        {"form": form, "section": question.section, "question": question},
    )


@require_POST
@coordinator_required
def question_delete(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    question = get_object_or_404(Question, pk=question_pk, section__survey_id=pk)
    question.delete()
    messages.success(request, _("Die Frage ist gelöscht."))
    return redirect("surveys:detail", pk)


@require_POST
@coordinator_required
def question_move(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    question = get_object_or_404(Question, pk=question_pk, section__survey_id=pk)
    _move(
        Question.objects.filter(section_id=question.section_id),
        question,
        request.POST.get("direction"),
    )
    return redirect(f"{Survey(pk=pk).get_absolute_url()}#question-{question.pk}")


@transaction.atomic
def _move(siblings: QuerySet, item, direction: str | None) -> None:
    """Swap ``item`` with its neighbour above ("up") or below ("down")."""
    ordered = list(siblings.select_for_update().order_by("position", "pk"))
    index = next(i for i, row in enumerate(ordered) if row.pk == item.pk)
    other = index - 1 if direction == "up" else index + 1
    if direction not in ("up", "down") or not 0 <= other < len(ordered):
        return
    ordered[index], ordered[other] = ordered[other], ordered[index]
    for position, row in enumerate(ordered):
        if row.position != position:
            row.position = position
            row.save(update_fields=["position"])
