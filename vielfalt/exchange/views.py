"""Import (coordinators) and export (public) of offerings."""

from django.conf import settings
from django.contrib import messages
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.db import DatabaseError
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBase,
    StreamingHttpResponse,
)
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_safe

from vielfalt.accounts.decorators import coordinator_required
from vielfalt.accounts.requests import AuthenticatedRequest

from . import files, hsds_export, jobs, pending, tabular, tabular_export
from .columns import Column
from .forms import UploadForm
from .importer import Problem, Report, Vocabularies
from .models import ImportJob
from .parse import parse_file

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Room for the other form fields and the multipart framing around the file.
UPLOAD_OVERHEAD = 64 * 1024


class SizeLimitHandler(FileUploadHandler):
    """Stops an upload as soon as it passes the limit, before it is stored anywhere."""

    def __init__(self, request: HttpRequest | None = None) -> None:
        super().__init__(request)
        self.received = 0

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        self.received += len(raw_data)
        if self.received > files.MAX_FILE_BYTES:
            raise StopUpload(connection_reset=False)
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None


def export_filename(extension: str) -> str:
    return f"angebote-{timezone.localdate().isoformat()}.{extension}"


@require_safe
def export(request: HttpRequest, fmt: str) -> StreamingHttpResponse:
    """All public offerings as CSV, XLSX or HSDS 3.0 JSON (open data, no login)."""
    if fmt == "csv":
        rows = (
            tabular_export.offering_row(o)
            for o in tabular_export.export_queryset().iterator(chunk_size=500)
        )
        response: StreamingHttpResponse = StreamingHttpResponse(
            tabular_export.csv_lines(rows), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{export_filename("csv")}"'
    elif fmt == "xlsx":
        rows = (
            tabular_export.offering_row(o)
            for o in tabular_export.export_queryset().iterator(chunk_size=500)
        )
        response = FileResponse(
            tabular_export.write_xlsx(rows),
            as_attachment=True,
            filename=export_filename("xlsx"),
            content_type=XLSX_TYPE,
        )
    elif fmt == "json":
        response = StreamingHttpResponse(
            hsds_export.document_chunks(
                hsds_export.export_queryset().iterator(chunk_size=500),
                hsds_export.organisations_queryset().iterator(chunk_size=500),
            ),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = f'inline; filename="{export_filename("json")}"'
    else:
        raise Http404
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def import_template(request: HttpRequest, fmt: str) -> HttpResponseBase:
    """The empty file to fill in: the columns and one example row."""
    if fmt == "csv":
        response = HttpResponse(
            tabular_export.csv_template(), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = 'attachment; filename="angebote-vorlage.csv"'
        return response
    if fmt == "xlsx":
        return FileResponse(
            tabular_export.write_xlsx([tabular_export.example_row()], with_notes=True),
            as_attachment=True,
            filename="angebote-vorlage.xlsx",
            content_type=XLSX_TYPE,
        )
    raise Http404


@csrf_exempt
@coordinator_required
def import_start(request: AuthenticatedRequest) -> HttpResponse:
    """Upload a file. CSRF is checked in _import_start, after the size limit is in place:
    the limit must be set before anything reads the request body."""
    if request.method == "POST":
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
        if declared > files.MAX_FILE_BYTES + UPLOAD_OVERHEAD:
            # Refused without reading the body at all.
            form = UploadForm({"encoding": "auto"}, oversize=declared)
            form.is_valid()
            return render_start(request, form, status=413)
        handler = SizeLimitHandler(request)
        request.upload_handlers.insert(0, handler)
        return _import_start(request, handler)
    return render_start(request, UploadForm())


@csrf_protect
def _import_start(request: AuthenticatedRequest, handler: SizeLimitHandler) -> HttpResponse:
    data, uploads = request.POST, request.FILES  # parsed here, through the handler
    oversize = -1 if handler.received > files.MAX_FILE_BYTES else 0  # stopped: size unknown
    form = UploadForm(data, uploads, oversize=oversize)
    if not form.is_valid():
        return render_start(request, form, status=413 if oversize else 200)
    encoding = form.cleaned_data["encoding"]
    kind = form.kind
    assert kind is not None  # clean_file sets it for every valid form
    background = jobs.is_large(len(form.content))
    report = None
    if not background:
        parsed = parse_file(kind, form.content, encoding)
        if parsed.problems:
            return render_start(request, form, problems=parsed.problems)
        try:
            report = jobs.check(parsed)
        except DatabaseError:
            report = jobs.failed(
                _("Die Datei konnte nicht geprüft werden. Bitte versuchen Sie es erneut.")
            )
    filename = form.cleaned_data["file"].name
    ImportJob.sweep()
    token = pending.keep(request, form.content, filename=filename, kind=kind, encoding=encoding)
    job = ImportJob.objects.create(
        token=token,
        user=request.user,
        filename=filename[:200],
        kind=kind,
        encoding=encoding,
        language=get_language() or settings.LANGUAGE_CODE,
        size=len(form.content),
        background=background,
        state=ImportJob.State.QUEUED if background else ImportJob.State.CHECKED,
        preview=report.to_dict() if report else None,
    )
    if background:
        jobs.check_import.enqueue(job.pk)
    return redirect("exchange:import_preview", token=token)


def column_help() -> list[tuple[Column, str]]:
    vocabularies = Vocabularies()
    return [
        (column, vocabularies.choices(column.vocab) if column.vocab else "")
        for column in tabular.COLUMNS
    ]


def render_start(
    request: AuthenticatedRequest,
    form: UploadForm,
    problems: list[Problem] | None = None,
    status: int = 200,
) -> HttpResponse:
    return render(
        request,
        "exchange/import_start.html",
        {
            "form": form,
            "problems": problems,
            "columns": column_help(),
            "jobs": ImportJob.objects.filter(
                token__in=pending.tokens(request), user=request.user
            ).exclude(state=ImportJob.State.CANCELLED),
        },
        status=status,
    )


def expired(request: HttpRequest) -> HttpResponse:
    messages.error(
        request,
        _("Dieser Import ist abgelaufen oder unbekannt. Bitte laden Sie die Datei erneut hoch."),
    )
    return redirect("exchange:import")


@coordinator_required
def import_preview(request: AuthenticatedRequest, token: str) -> HttpResponse:
    """The stored check of an upload (or its progress); POST confirms or cancels.

    GET never parses the file: it shows what the check stored in the job.
    """
    if not pending.owns(request, token):
        return expired(request)
    job = ImportJob.objects.filter(token=token, user=request.user).first()
    if job is None:
        return expired(request)
    action = request.POST.get("action") if request.method == "POST" else None
    if action == "cancel":
        cancelled = ImportJob.objects.filter(
            pk=job.pk, state__in=[ImportJob.State.QUEUED, ImportJob.State.CHECKED]
        ).update(state=ImportJob.State.CANCELLED)
        if cancelled or job.state == ImportJob.State.FAILED:
            pending.discard(request, token)
            messages.info(request, _("Import abgebrochen. Es wurde nichts gespeichert."))
            return redirect("exchange:import")
        job.refresh_from_db()
    elif action == "confirm":
        return confirm(request, job)
    return render_job(request, job)


def confirm(request: HttpRequest, job: ImportJob) -> HttpResponse:
    preview = Report.from_dict(job.preview) if job.preview else None
    if preview is None or preview.problems:
        return redirect("exchange:import_preview", token=job.token)
    # A conditional update: two clicks (or two tabs) cannot import the file twice.
    started = ImportJob.objects.filter(pk=job.pk, state=ImportJob.State.CHECKED).update(
        state=ImportJob.State.IMPORTING
    )
    if not started:
        return redirect("exchange:import_preview", token=job.token)
    if job.background:
        job.state = ImportJob.State.IMPORTING
        jobs.apply_import.enqueue(job.pk)
        return redirect("exchange:import_preview", token=job.token)
    report = jobs.apply(job)
    if not report.applied:
        ImportJob.objects.filter(pk=job.pk).update(
            state=ImportJob.State.FAILED, result=report.to_dict()
        )
        job.refresh_from_db()
        return render_job(request, job)
    ImportJob.objects.filter(pk=job.pk).update(state=ImportJob.State.DONE, result=report.to_dict())
    pending.discard(request, job.token)
    messages.success(request, _("Import abgeschlossen: {summary}").format(summary=report.summary()))
    return redirect("exchange:import")


def render_job(request: HttpRequest, job: ImportJob) -> HttpResponse:
    report = None
    if job.state in (ImportJob.State.DONE, ImportJob.State.FAILED) and job.result:
        report = Report.from_dict(job.result)
    elif job.preview:
        report = Report.from_dict(job.preview)
    progress = pending.read_progress(job.token) if job.is_running else None
    return render(
        request,
        "exchange/import_preview.html",
        {
            "upload": job,
            "job": job,
            "report": report,
            "problems": report.problems if report else [],
            "progress": progress,
        },
    )
