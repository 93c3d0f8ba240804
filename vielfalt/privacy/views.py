import json

from django.contrib import admin
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from vielfalt.accounts.requests import AuthenticatedRequest

from . import record
from .erasure import account_data


@login_required
def my_data(request: AuthenticatedRequest) -> HttpResponse:
    data = {"exported_at": timezone.now(), **account_data(request.user)}
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="meine-daten.json"'
    return response


def processing_record(request: HttpRequest) -> HttpResponse:
    """The Art. 30 record for coordinators: a table, and downloads as XLSX or CSV."""
    kind = request.GET.get("format", "")
    filename = f"verarbeitungsverzeichnis-{timezone.localdate():%Y-%m-%d}"
    if kind == "xlsx":
        response = HttpResponse(
            record.as_xlsx(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
        return response
    if kind == "csv":
        response = HttpResponse(record.as_csv(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
        return response
    context = {
        **admin.site.each_context(request),
        "title": record.title(),
        "headings": record.headings(),
        "rows": record.rows(),
    }
    return render(request, "privacy/admin/processing_record.html", context)
