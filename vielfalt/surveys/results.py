"""A survey's results: counts per question, free-text answers, and the rows
of the exports. Each function runs a fixed number of queries, however many
responses there are."""

from __future__ import annotations

import csv
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from vielfalt.forums.models import Forum

from .models import Answer, Question, Response, Survey

CHUNK = 1000
BAR_HEIGHT = 28


@dataclass
class Bar:
    label: str
    count: int
    share: float  # 0..100, of the submitted responses

    @property
    def width(self) -> float:
        return round(self.share * 3, 1)  # of a 300 px wide chart


@dataclass
class QuestionResult:
    question: Question
    answered: int = 0
    bars: list[Bar] = field(default_factory=list)

    @property
    def chart_height(self) -> int:
        return BAR_HEIGHT * len(self.bars)

    @property
    def chart_summary(self) -> str:
        return "; ".join(f"{bar.label}: {bar.count} ({bar.share:.0f} %)" for bar in self.bars)


def submitted(survey: Survey) -> QuerySet[Response]:
    return Response.objects.filter(survey=survey).submitted()


def question_results(survey: Survey, questions: list[Question], total: int) -> list[QuestionResult]:
    """Counts and shares per question (five queries in all)."""
    answers = Answer.objects.filter(response__in=submitted(survey))
    answered = dict(
        answers.values_list("question_id").annotate(n=Count("pk")).values_list("question_id", "n")
    )
    by_choice = dict(
        Answer.choices.through.objects.filter(answer__in=answers)
        .values_list("choice_id")
        .annotate(n=Count("pk"))
        .values_list("choice_id", "n")  # type: ignore[misc]
    )
    by_number: dict[int, dict[int, int]] = defaultdict(dict)
    for question_id, number, n in (
        answers.filter(number__isnull=False)
        .values_list("question_id", "number")
        .annotate(n=Count("pk"))
        .values_list("question_id", "number", "n")
    ):
        if number is not None:
            by_number[question_id][number] = n
    by_forum = list(
        submitted(survey)
        .values_list("forum_id")
        .annotate(n=Count("pk"), other=Count("pk", filter=~Q(field_of_work_text="")))
        .values_list("forum_id", "n", "other")
    )
    forum_names = {
        f.pk: str(f.label) for f in Forum.objects.filter(pk__in=[r[0] for r in by_forum if r[0]])
    }

    def share(n: int) -> float:
        return 100 * n / total if total else 0.0

    results = []
    for question in questions:
        result = QuestionResult(question, answered.get(question.pk, 0))
        if question.has_choices:
            for choice in question.choices.all():
                n = by_choice.get(choice.pk, 0)
                result.bars.append(Bar(choice.label, n, share(n)))
        elif question.kind == Question.Kind.SCALE:
            for value in question.scale_values():
                n = by_number[question.pk].get(value, 0)
                result.bars.append(Bar(str(value), n, share(n)))
        elif question.kind == Question.Kind.YES_NO:
            for value, label in ((1, _("Ja")), (0, _("Nein"))):
                n = by_number[question.pk].get(value, 0)
                result.bars.append(Bar(label, n, share(n)))
        elif question.kind == Question.Kind.FIELD_OF_WORK:
            other = 0
            rows = sorted((r for r in by_forum if r[0]), key=lambda r: forum_names.get(r[0], ""))
            for forum_id, n, _other in rows:
                result.bars.append(
                    Bar(_("Forum %(name)s") % {"name": forum_names[forum_id]}, n, share(n))
                )
            other = sum(r[2] for r in by_forum if not r[0])
            result.bars.append(Bar(_("anderes Arbeitsfeld"), other, share(other)))
            result.answered = sum(r[1] for r in rows) + other
        results.append(result)
    return results


def free_text_answers(
    survey: Survey, forum: str = "", search: str = "", question: str = ""
) -> QuerySet[Answer]:
    """The submitted text answers, newest first, filtered by field of work and words."""
    answers = (
        Answer.objects.filter(
            response__in=submitted(survey),
            question__kind__in=[Question.Kind.SHORT_TEXT, Question.Kind.LONG_TEXT],
        )
        .exclude(text="")
        .select_related("question", "response__forum")
        .order_by(
            "question__section__position", "question__position", "-response__submitted_at", "pk"
        )
    )
    if forum == "other":
        answers = answers.filter(response__forum__isnull=True)
    elif forum.isdigit():
        answers = answers.filter(response__forum_id=int(forum))
    if question.isdigit():
        answers = answers.filter(question_id=int(question))
    if search.strip():
        answers = answers.filter(text__icontains=search.strip()[:100])
    return answers


# --- Exports: a row per response -------------------------------------------


def guard(value: Any) -> Any:
    """Keep a spreadsheet from reading an answer as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def header(survey: Survey, questions: list[Question]) -> list[str]:
    columns = [_("Nr."), _("abgeschickt am"), _("Arbeitsfeld")]
    if not survey.is_anonymous:
        columns += [_("Name"), _("E-Mail")]
    return columns + [question.text for question in questions]


def response_rows(survey: Survey, questions: list[Question]) -> Iterator[list[Any]]:
    """One row per submitted response, read in chunks (memory stays flat)."""
    labels = {c.pk: c.label for q in questions for c in q.choices.all()}
    yes_no = {1: _("Ja"), 0: _("Nein")}
    forum_names = {f.pk: str(f.label) for f in Forum.objects.all()}
    responses = submitted(survey).order_by("pk")
    fields = ["pk", "submitted_at", "forum_id", "field_of_work_text"]
    if not survey.is_anonymous:
        fields += ["invitation__name", "invitation__email"]
    last = 0
    while True:
        chunk = list(responses.filter(pk__gt=last).values_list(*fields)[:CHUNK])
        if not chunk:
            return
        last = chunk[-1][0]
        ids = [row[0] for row in chunk]
        values: dict[tuple[int, int], tuple[str, int | None]] = {}
        answer_keys: dict[int, tuple[int, int]] = {}
        for pk, response_id, question_id, text, number in Answer.objects.filter(
            response_id__in=ids
        ).values_list("pk", "response_id", "question_id", "text", "number"):
            answer_keys[pk] = (response_id, question_id)
            values[(response_id, question_id)] = (text, number)
        chosen: dict[tuple[int, int], list[str]] = defaultdict(list)
        for answer_id, choice_id in Answer.choices.through.objects.filter(
            answer__response_id__in=ids
        ).values_list("answer_id", "choice_id"):
            chosen[answer_keys[answer_id]].append(labels.get(choice_id, ""))
        for row in chunk:
            response_id, submitted_at, forum_id, free = row[:4]
            out: list[Any] = [
                response_id,
                timezone.localtime(submitted_at).replace(tzinfo=None) if submitted_at else "",
                forum_names.get(forum_id, free),
            ]
            out += list(row[4:])
            for question in questions:
                key = (response_id, question.pk)
                text, number = values.get(key, ("", None))
                if question.has_choices:
                    out.append(", ".join(chosen.get(key, [])))
                elif question.kind == Question.Kind.SCALE:
                    out.append("" if number is None else number)
                elif question.kind == Question.Kind.YES_NO:
                    out.append(yes_no.get(number, "") if number is not None else "")
                else:
                    out.append(text)
            yield [guard(v) for v in out]


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_lines(survey: Survey, questions: list[Question]) -> Iterator[str]:
    writer = csv.writer(_Echo(), delimiter=";")
    yield "\ufeff"
    yield writer.writerow(header(survey, questions))
    for row in response_rows(survey, questions):
        yield writer.writerow(row)


def write_xlsx(
    survey: Survey, questions: list[Question], rows: Iterable[list[Any]] | None = None
) -> IO[bytes]:
    """An XLSX file (a rewound temporary file) written in openpyxl's write-only mode."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Antworten"))
    sheet.append(header(survey, questions))
    for row in rows if rows is not None else response_rows(survey, questions):
        sheet.append(row)
    output = tempfile.TemporaryFile()  # noqa: SIM115 - the response closes it
    workbook.save(output)
    output.seek(0)
    return output
