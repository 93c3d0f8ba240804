"""A survey's results for coordinators: counts, charts, free text, exports,
and turning an answer into an impulse for a forum's triage inbox."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import FileResponse, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from vielfalt.accounts.decorators import coordinator_required
from vielfalt.forums.models import Forum

from .impulses import ImpulseForm
from .models import Answer, Survey
from .results import csv_lines, free_text_answers, question_results, submitted, write_xlsx

PER_PAGE = 50
# The PDF report's look (WeasyPrint reads it; the site's CSP does not apply to a PDF).
REPORT_CSS = """
body { font-family: sans-serif; font-size: 10pt; color: #111; }
table { border-collapse: collapse; margin: 0.5em 0 1em; }
th, td { border: 1px solid #999; padding: 2px 6px; text-align: left; }
.survey-chart { width: 14cm; height: auto; }
.survey-chart-bar { fill: #1d5f8a; }
.survey-chart-label, .survey-chart-value { font-size: 12px; fill: #111; }
blockquote { margin: 0.3em 0 0.8em 1em; }
.helptext { color: #444; }
"""


def _results_context(request: HttpRequest, survey: Survey) -> dict:
    questions = list(survey.questions())
    total = submitted(survey).count()
    invited = survey.invitations.filter(revoked=False).count()
    return {
        "survey": survey,
        "total": total,
        "invited": invited,
        "rate": round(100 * total / invited) if invited else None,
        "results": question_results(survey, questions, total),
        "text_questions": [q for q in questions if q.is_text],
    }


@coordinator_required
def results(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_object_or_404(Survey, pk=pk)
    context = _results_context(request, survey)
    forum, search, question = (
        request.GET.get("arbeitsfeld", ""),
        request.GET.get("suche", ""),
        request.GET.get("frage", ""),
    )
    answers = free_text_answers(survey, forum=forum, search=search, question=question)
    page = Paginator(answers, PER_PAGE).get_page(request.GET.get("seite"))
    context.update(
        {
            "page": page,
            "forums": Forum.objects.public().order_by("position", "name"),
            "filters": {"forum": forum, "search": search, "question": question},
            "query": request.GET.copy(),
        }
    )
    return render(request, "surveys/manage/results.html", context)


def _filename(survey: Survey, extension: str) -> str:
    return f"{slugify(survey.title)[:50] or 'abfrage'}-{timezone.localdate():%Y-%m-%d}.{extension}"


@coordinator_required
def export_csv(request: HttpRequest, pk: int) -> StreamingHttpResponse:
    survey = get_object_or_404(Survey, pk=pk)
    response = StreamingHttpResponse(
        csv_lines(survey, list(survey.questions())), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(survey, "csv")}"'
    return response


@coordinator_required
def export_xlsx(request: HttpRequest, pk: int) -> FileResponse:
    survey = get_object_or_404(Survey, pk=pk)
    return FileResponse(
        write_xlsx(survey, list(survey.questions())),
        as_attachment=True,
        filename=_filename(survey, "xlsx"),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


@coordinator_required
def report_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    from weasyprint import CSS, HTML

    survey = get_object_or_404(Survey, pk=pk)
    context = _results_context(request, survey)
    context["answers"] = free_text_answers(survey)[:500]
    html = render_to_string("surveys/manage/report.html", context, request=request)
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf(
        stylesheets=[CSS(string=REPORT_CSS)]
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{_filename(survey, "pdf")}"'
    return response


@coordinator_required
def answer_detail(request: HttpRequest, pk: int, answer_pk: int) -> HttpResponse:
    """One answer in its survey; the page an impulse links to as its source.

    It never shows who answered an anonymous survey.
    """
    answer = get_object_or_404(
        Answer.objects.select_related(
            "question", "response__survey", "response__forum", "response__invitation"
        ),
        pk=answer_pk,
        response__survey_id=pk,
        response__submitted_at__isnull=False,
    )
    survey = answer.response.survey
    form = ImpulseForm(answer, request.POST or None)
    if request.method == "POST" and form.is_valid():
        impulse = form.save(request.user)
        messages.success(
            request,
            _("Die Antwort ist als Impuls beim Forum %(forum)s eingegangen.")
            % {"forum": impulse.forum.label},
        )
        return redirect("surveys:answer_detail", pk, answer.pk)
    respondent = None
    if not survey.is_anonymous and answer.response.invitation:
        respondent = answer.response.invitation.name
    return render(
        request,
        "surveys/manage/answer_detail.html",
        {
            "survey": survey,
            "answer": answer,
            "respondent": respondent,
            "form": form,
            "impulses": form.existing_impulses(),
        },
    )
