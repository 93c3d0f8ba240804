"""The triage inbox: coordinators and moderators decide what becomes of each impulse.

An impulse is sorted into a forum's collection (as inventory, need or
approach), merged with an entry, or dismissed with a reason. Every impulse
keeps its page, so anyone who may see it reads what became of it.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Value, When
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vielfalt.forums import sections
from vielfalt.forums.models import Forum

from .models import Entry, Impulse
from .triage_forms import (
    DecisionForm,
    DismissForm,
    ImpulseFilterForm,
    ImpulseForm,
    MergeForm,
    SortForm,
    already_decided_message,
)
from .triage_rules import moderated_forums, triageable_impulses

PAGE_SIZE = 50


def inbox_impulses(user: Any):
    """The user's inbox, open impulses first, newest first within each group."""
    return (
        triageable_impulses(user)
        .select_related("forum", "entry", "entry__forum", "decided_by")
        .annotate(
            decided=Case(
                When(status=Impulse.Status.OPEN, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("decided", "-created", "-pk")
    )


def inbox_or_404(request: HttpRequest) -> None:
    if not request.user.has_perm("collection.triage_impulses"):
        raise Http404


def entry_url(entry: Entry | None) -> str | None:
    """The entry's page, where the collection serves one (else no link)."""
    if entry is None:
        return None
    try:
        return entry.get_absolute_url()
    except NoReverseMatch:
        return None


def source_url(impulse: Impulse) -> str | None:
    """The page of what the impulse came from, where that thing has one."""
    if impulse.source_type_id is None or impulse.source_id is None:
        return None
    source = impulse.source_object
    url = getattr(source, "get_absolute_url", None)
    if url is None:
        return None
    try:
        return url()
    except NoReverseMatch:
        return None


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    inbox_or_404(request)
    forums = list(moderated_forums(request.user).order_by("position", "name"))
    is_coordinator = request.user.is_coordinator
    form = ImpulseFilterForm(request.GET or None, forums=forums, with_unassigned=is_coordinator)
    page = Paginator(form.filter(inbox_impulses(request.user)), PAGE_SIZE).get_page(
        request.GET.get("seite")
    )
    for impulse in page:
        impulse.entry_url = entry_url(impulse.entry)
    query = request.GET.copy()
    query.pop("seite", None)
    return render(
        request,
        "collection/triage/inbox.html",
        {"form": form, "page": page, "query": query.urlencode(), "forums": forums},
    )


def visible_impulse(request: HttpRequest, pk: int) -> Impulse:
    """The impulse, if it is in the user's inbox; anyone else learns nothing (404)."""
    inbox_or_404(request)
    return get_object_or_404(
        triageable_impulses(request.user).select_related(
            "forum", "entry", "entry__forum", "decided_by", "source_type", "suggestion"
        ),
        pk=pk,
    )


@login_required
def impulse_detail(request: HttpRequest, pk: int) -> HttpResponse:
    impulse = visible_impulse(request, pk)
    return render_impulse(request, impulse)


def render_impulse(
    request: HttpRequest, impulse: Impulse, failed: DecisionForm | None = None
) -> HttpResponse:
    forms: dict[str, DecisionForm] = {}
    if impulse.status == Impulse.Status.OPEN:
        forms = {
            "sort_form": SortForm(impulse=impulse, user=request.user),
            "merge_form": MergeForm(impulse=impulse, user=request.user),
            "dismiss_form": DismissForm(impulse=impulse, user=request.user),
        }
        if failed is not None:
            forms[f"{failed.prefix}_form"] = failed
    suggestion = getattr(impulse, "suggestion", None)  # only public suggestions have one
    return render(
        request,
        "collection/triage/impulse.html",
        {
            "impulse": impulse,
            "entry_url": entry_url(impulse.entry),
            "source_url": source_url(impulse),
            "suggestion": suggestion,
            "show_contact": request.user.is_coordinator,
            "failed": failed,
            **forms,
        },
        status=400 if failed is not None else 200,
    )


def decide(request: HttpRequest, pk: int, form_class: type[DecisionForm], success: str):
    impulse = visible_impulse(request, pk)
    if impulse.status != Impulse.Status.OPEN:
        messages.warning(request, already_decided_message(impulse))
        return redirect("triage:impulse", impulse.pk)
    form = form_class(request.POST, impulse=impulse, user=request.user)
    if not form.is_valid():
        return render_impulse(request, impulse, failed=form)
    if not form.decide():
        messages.warning(request, already_decided_message(impulse))
        return redirect("triage:impulse", impulse.pk)
    messages.success(request, success % {"title": impulse.title})
    return redirect("triage:impulse", impulse.pk)


@require_POST
@login_required
def sort(request: HttpRequest, pk: int) -> HttpResponse:
    return decide(
        request, pk, SortForm, _("Der Impuls „%(title)s“ ist in die Sammlung einsortiert.")
    )


@require_POST
@login_required
def merge(request: HttpRequest, pk: int) -> HttpResponse:
    return decide(
        request, pk, MergeForm, _("Der Impuls „%(title)s“ ist mit dem Eintrag zusammengeführt.")
    )


@require_POST
@login_required
def dismiss(request: HttpRequest, pk: int) -> HttpResponse:
    return decide(request, pk, DismissForm, _("Der Impuls „%(title)s“ ist verworfen."))


@login_required
def impulse_new(request: HttpRequest) -> HttpResponse:
    inbox_or_404(request)
    initial = {}
    slug = request.GET.get("forum", "")
    if slug:
        initial["forum"] = Forum.objects.filter(slug=slug).values_list("pk", flat=True).first()
    form = ImpulseForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        impulse = form.save()
        messages.success(
            request, _("Der Impuls „%(title)s“ ist im Eingang.") % {"title": impulse.title}
        )
        return redirect("triage:impulse", impulse.pk)
    return render(
        request,
        "collection/triage/impulse_form.html",
        {"form": form},
        status=400 if form.is_bound else 200,
    )


def workspace_section(request: HttpRequest, forum: Forum) -> sections.Part | None:
    """On the forum's workspace, for its moderators and the coordinators: open impulses."""
    if not request.user.has_perm("collection.add_impulse", forum):
        return None
    open_count = Impulse.objects.open().filter(forum=forum).count()
    return sections.Part(
        "collection/triage/section_workspace.html",
        {
            "forum": forum,
            "open_count": open_count,
            "inbox_url": reverse("triage:inbox") + f"?forum={forum.slug}&status=open",
        },
    )
