"""Checking and importing an uploaded file, in the request or as a background task.

A small file is checked and imported while the person waits. A large one
(over IMPORT_BACKGROUND_BYTES) is handed to a django-tasks task for each
step; the job row says where it stands and the page shows its progress.
Either way the check runs once and its result is stored in the job, so
showing the preview never parses the file again.
"""

from collections.abc import Callable

from django.conf import settings
from django.db import DatabaseError
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from . import pending
from .importer import Problem, Report
from .models import ImportJob
from .parse import Parsed, parse_file


def is_large(size: int) -> bool:
    """Whether a file of this many bytes is checked and imported in the background."""
    return size > settings.IMPORT_BACKGROUND_BYTES


def failed(message: str) -> Report:
    return Report(problems=[Problem("–", "–", message)])


def check(parsed: Parsed, progress: Callable[[int, int], None] | None = None) -> Report:
    """The dry run of a parsed file, as a report that holds the problems of the file too."""
    if parsed.problems:
        return Report(problems=list(parsed.problems), notes=list(parsed.notes))
    return parsed.run(dry_run=True, progress=progress)


def apply(job: ImportJob, progress: Callable[[int, int], None] | None = None) -> Report:
    """Import the job's file for real: read once more, walked again, stored all or nothing.

    The file is read again because the data may have changed since the check;
    what the browser sent back is never used.
    """
    data = pending.read(job.token)
    if data is None:
        return failed(_("Die Datei ist nicht mehr da. Bitte laden Sie sie erneut hoch."))
    parsed = parse_file(job.kind, data, job.encoding)
    if parsed.problems:
        return Report(problems=list(parsed.problems), notes=list(parsed.notes))
    try:
        return parsed.run(dry_run=False, progress=progress)
    except DatabaseError:
        return failed(_("Die Daten konnten nicht gespeichert werden. Es wurde nichts geändert."))


def progress_writer(job: ImportJob) -> Callable[[int, int], None]:
    def write(done: int, total: int) -> None:
        pending.write_progress(job.token, done, total)

    return write


@task()
def check_import(job_id: int) -> str:
    """Background check (dry run) of a large upload; stores the preview in the job."""
    started = ImportJob.objects.filter(pk=job_id, state=ImportJob.State.QUEUED).update(
        state=ImportJob.State.CHECKING
    )
    if not started:
        return "skipped"
    job = ImportJob.objects.get(pk=job_id)
    with translation.override(job.language):
        data = pending.read(job.token)
        if data is None:
            report = failed(_("Die Datei ist nicht mehr da. Bitte laden Sie sie erneut hoch."))
        else:
            report = check(parse_file(job.kind, data, job.encoding), progress_writer(job))
    state = ImportJob.State.FAILED if report.problems else ImportJob.State.CHECKED
    ImportJob.objects.filter(pk=job_id).update(state=state, preview=report.to_dict())
    if report.problems:
        pending.remove(job.token)
    pending.progress_path(job.token).unlink(missing_ok=True)
    return state


@task()
def apply_import(job_id: int) -> str:
    """Background import of a large upload that was checked and confirmed."""
    job = ImportJob.objects.get(pk=job_id)
    if job.state != ImportJob.State.IMPORTING:
        return "skipped"
    with translation.override(job.language):
        report = apply(job, progress_writer(job))
    state = ImportJob.State.DONE if report.applied else ImportJob.State.FAILED
    ImportJob.objects.filter(pk=job_id).update(state=state, result=report.to_dict())
    pending.remove(job.token)
    return state
