"""Benchmark of a survey's results page and XLSX export: 10,000 responses to a
20-question survey on PostgreSQL.

    createdb -h 127.0.0.1 -U postgres vielfalt_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/vielfalt_bench DEBUG=1 \
        .venv/bin/python bench/survey_results.py

It migrates, creates the survey and its responses unless they exist (marked by
the title ``BENCH_TITLE``), then prints the time of the results page (through
Django's test client, as a signed-in coordinator, best and median of five),
its number of queries, and the time and peak memory of the XLSX export (time
measured without tracing; peak of Python allocations by tracemalloc in a
second run, and the process's peak RSS). Targets: page < 1 s, export < 10 s,
memory < 500 MB. Exit status 0 when they are met.
"""

import os
import random
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vielfalt.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from vielfalt.accounts.models import User  # noqa: E402
from vielfalt.conftest import pass_second_factor  # noqa: E402
from vielfalt.forums.models import Forum  # noqa: E402
from vielfalt.network.models import Person  # noqa: E402
from vielfalt.surveys.models import Answer, Choice, Question, Response, Section, Survey  # noqa: E402
from vielfalt.surveys.results import write_xlsx  # noqa: E402

RESPONSES = int(os.environ.get("BENCH_RESPONSES", "10000"))
BENCH_TITLE = f"Benchmark: {RESPONSES} Antworten auf 20 Fragen"
KINDS = (
    ["field_of_work"]
    + ["long_text"] * 5
    + ["short_text"] * 3
    + ["single"] * 4
    + ["multiple"] * 3
    + ["scale"] * 2
    + ["yes_no"] * 2
)
WORDS = [
    "Sprachkurs",
    "Kita",
    "Schule",
    "Verein",
    "Beratung",
    "Treffpunkt",
    "Jugend",
    "Eltern",
    "Nachbarschaft",
    "Wohnen",
    "Gesundheit",
    "Sport",
    "Ausbildung",
    "Arbeit",
    "Kultur",
    "Begegnung",
    "Fortbildung",
    "Ehrenamt",
    "Stadtteil",
]


def build(rng: random.Random) -> Survey:
    survey = Survey.objects.create(title=BENCH_TITLE, opens_at=timezone.now(), is_anonymous=True)
    section = Section.objects.create(survey=survey, title="Fragen")
    for position, kind in enumerate(KINDS):
        question = Question.objects.create(
            section=section, kind=kind, text=f"Frage {position + 1} ({kind})", position=position
        )
        if question.has_choices:
            Choice.objects.bulk_create(
                [
                    Choice(question=question, label=f"Möglichkeit {i + 1}", position=i)
                    for i in range(5)
                ]
            )
    forums = list(Forum.objects.all()) or [
        Forum.objects.create(name="Sprache und Bildung", slug="sprache-und-bildung")
    ]
    questions = list(survey.questions())
    now = timezone.now()
    batch = 500
    for start in range(0, RESPONSES, batch):
        with transaction.atomic():
            responses = Response.objects.bulk_create(
                [
                    Response(
                        survey=survey,
                        forum=rng.choice(forums) if rng.random() < 0.9 else None,
                        field_of_work_text="" if rng.random() < 0.9 else "Verwaltung",
                        submitted_at=now,
                    )
                    for _ in range(min(batch, RESPONSES - start))
                ]
            )
            answers, picks = [], []
            for response in responses:
                for question in questions:
                    answer = Answer(response=response, question=question)
                    if question.is_text or question.kind == "field_of_work":
                        answer.text = " ".join(rng.choices(WORDS, k=rng.randint(3, 40)))
                    elif question.kind == "scale":
                        answer.number = rng.randint(1, 5)
                    elif question.kind == "yes_no":
                        answer.number = rng.randint(0, 1)
                    answers.append(answer)
                    if question.has_choices:
                        chosen = rng.sample(
                            list(question.choices.all()),
                            1 if question.kind == "single" else rng.randint(1, 3),
                        )
                        picks.append((answer, chosen))
            Answer.objects.bulk_create(answers)
            Answer.choices.through.objects.bulk_create(
                [
                    Answer.choices.through(answer_id=answer.pk, choice_id=choice.pk)
                    for answer, chosen in picks
                    for choice in chosen
                ]
            )
        print(f"  {start + len(responses)} / {RESPONSES} responses", flush=True)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE")
    return survey


def main() -> int:
    if connection.vendor != "postgresql":
        print("Note: not PostgreSQL; the figures are not comparable.")
    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    survey = Survey.objects.filter(title=BENCH_TITLE).first()
    if survey is not None and survey.responses.count() != RESPONSES:
        survey.delete()  # left half by an interrupted run
        survey = None
    if survey is None:
        print(f"Generating {RESPONSES} responses ...")
        survey = build(random.Random(42))  # noqa: S311 - test data
    user = User.objects.filter(email="bench-coordinator@example.org").first()
    if user is None:
        user = User.objects.create_user(
            email="bench-coordinator@example.org", password="x" * 20, name="Bench"
        )
        Person.objects.create(name="Bench", email=user.email, user=user, is_coordinator=True)
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    pass_second_factor(client, user)
    url = f"/umfragen/verwalten/{survey.pk}/ergebnisse/"

    assert client.get(url).status_code == 200  # warm-up
    times = []
    for _ in range(5):
        start = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            page = client.get(url)
        times.append(time.perf_counter() - start)
        assert page.status_code == 200
    page_time = min(times)
    print(
        f"Results page: best {page_time * 1000:.0f} ms, median {statistics.median(times) * 1000:.0f} ms, "
        f"{len(queries)} queries ({survey.responses.count()} responses, 20 questions)"
    )

    questions = list(survey.questions())
    start = time.perf_counter()
    output = write_xlsx(survey, questions)
    export_time = time.perf_counter() - start
    size = output.seek(0, 2)
    output.close()
    tracemalloc.start()
    write_xlsx(survey, questions).close()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"XLSX export: {export_time:.1f} s, {size / 1e6:.1f} MB file, "
        f"peak Python allocations {peak / 1e6:.0f} MB, peak RSS of the process {rss:.0f} MB"
    )
    ok = page_time < 1 and export_time < 10 and peak / 1e6 < 500 and rss < 500
    print("Targets met." if ok else "Targets NOT met.")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
