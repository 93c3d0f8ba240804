"""The collection in a forum's workspace: the board, an entry, adding and editing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vielfalt.forums.views import workspace_forum_for
from vielfalt.vocabularies.models import District, LifePhase

from . import board
from .forms import (
    ApproachUpdateForm,
    BoardFilterForm,
    EntryForm,
    ThemeNotesForm,
    municipality_themes,
)
from .history import entry_history
from .models import Entry

PER_PAGE = 50


@login_required
def collection_board(request, slug):
    forum = workspace_forum_for(request, slug)
    themes = list(municipality_themes())
    form = BoardFilterForm(
        request.GET or None,
        phases=LifePhase.objects.order_by("position", "name"),
        districts=District.objects.order_by("position", "name"),
        themes=municipality_themes(),
    )
    filters = form.filters() if request.GET else {}
    entries = board.filtered_entries(forum, filters, len(themes))
    page = Paginator(board.board_page_entries(entries), PER_PAGE).get_page(request.GET.get("seite"))
    page.object_list = list(page.object_list)
    board.attach_theme_counts(page.object_list)
    counts = board.kind_counts(forum, filters, len(themes))
    query = request.GET.copy()
    query.pop("seite", None)
    return render(
        request,
        "collection/board.html",
        {
            "forum": forum,
            "form": form,
            "page": page,
            "theme_count": len(themes),
            "kind_counts": [(kind, label, counts[kind]) for kind, label in Entry.Kind.choices],
            "total": sum(counts.values()),
            "query": query.urlencode(),
            "can_add": request.user.has_perm("collection.add_entry", forum),
            "kinds": Entry.Kind.choices,
        },
    )


def forum_entry(request, slug, entry_id, perm="collection.view_entry"):
    """The entry named in the URL, in the forum named in the URL: 404 for
    whoever may not see the forum's workspace; 403 for members without ``perm``."""
    forum = workspace_forum_for(request, slug)
    entry = get_object_or_404(
        Entry.objects.select_related("forum", "created_by", "source_type"), forum=forum, pk=entry_id
    )
    if not request.user.has_perm("collection.view_entry", entry):
        raise Http404
    if not request.user.has_perm(perm, entry):
        raise PermissionDenied
    return entry


def source_link(entry):
    """The URL of the thing the entry came from, where it exists and has a page."""
    if entry.source_type_id is None or entry.source_id is None:
        return None
    try:
        source = entry.source_object
    except Exception:  # the source's model was removed
        return None
    url = getattr(source, "get_absolute_url", None)
    return (source, url()) if source is not None and url else None


@login_required
def entry_detail(request, slug, entry_id):
    entry = forum_entry(request, slug, entry_id)
    notes = {note.theme_id: note for note in entry.theme_notes.all()}
    theme_notes = [(theme, notes.get(theme.pk)) for theme in municipality_themes()]
    return render(
        request,
        "collection/entry_detail.html",
        {
            "forum": entry.forum,
            "entry": entry,
            "theme_notes": theme_notes,
            "source_link": source_link(entry),
            "life_phases": entry.life_phases.all(),
            "districts": entry.districts.all(),
            "target_groups": entry.target_groups.all(),
            "offerings": entry.offerings.select_related("organisation").order_by("name"),
            "needs": entry.needs.order_by("title"),
            "organisations": entry.organisations.order_by("name"),
            "updates": entry.updates.select_related("author"),
            "answering_approaches": entry.approaches.order_by("title"),
            "impulses": entry.impulses.order_by("-created"),
            "history": entry_history(entry),
            "can_change": request.user.has_perm("collection.change_entry", entry),
            "can_publish": entry.kind != Entry.Kind.INVENTORY
            and request.user.has_perm("collection.publish_entry", entry),
            "update_form": ApproachUpdateForm(approach=entry) if entry.is_approach else None,
        },
    )


def person_of(user):
    return user.linked_person


def edit_entry(request, forum, kind, entry=None):
    """Create or change an entry with its cross-cutting notes, all or nothing."""
    data = request.POST if request.method == "POST" else None
    form = EntryForm(data, instance=entry, forum=forum, kind=kind)
    notes_form = ThemeNotesForm(data, themes=municipality_themes(), entry=entry)
    if data is not None and form.is_valid() and notes_form.is_valid():
        with transaction.atomic():
            if entry is None:
                form.instance.created_by = person_of(request.user)
            saved = form.save()
            notes_form.save(saved)
        messages.success(request, _("Der Eintrag ist gespeichert."))
        return redirect(saved.get_absolute_url())
    return render(
        request,
        "collection/entry_form.html",
        {
            "forum": forum,
            "entry": entry,
            "kind_label": Entry.Kind(kind).label,
            "form": form,
            "notes_form": notes_form,
        },
    )


@login_required
def entry_create(request, slug, kind):
    forum = workspace_forum_for(request, slug)
    if kind not in Entry.Kind.values or not request.user.has_perm("collection.add_entry", forum):
        raise Http404
    return edit_entry(request, forum, kind)


@login_required
def entry_edit(request, slug, entry_id):
    entry = forum_entry(request, slug, entry_id, "collection.change_entry")
    return edit_entry(request, entry.forum, entry.kind, entry)


@login_required
@require_POST
def approach_update(request, slug, entry_id):
    entry = forum_entry(request, slug, entry_id, "collection.change_entry")
    if not entry.is_approach:
        raise Http404
    form = ApproachUpdateForm(request.POST, approach=entry)
    if form.is_valid():
        form.save_for(person_of(request.user))
        messages.success(request, _("Der Fortschritt ist eingetragen."))
        return redirect(entry.get_absolute_url() + "#verlauf")
    return render(
        request,
        "collection/update_form.html",
        {"forum": entry.forum, "entry": entry, "update_form": form},
    )


@login_required
@require_POST
def entry_publish(request, slug, entry_id):
    entry = forum_entry(request, slug, entry_id, "collection.publish_entry")
    if entry.kind == Entry.Kind.INVENTORY:
        raise Http404  # the forum page shows needs and approaches only
    publish = request.POST.get("publish") == "1"
    if entry.is_published != publish:
        entry.is_published = publish
        entry.save()
    if publish:
        messages.success(request, _("Der Eintrag steht jetzt auf der öffentlichen Forumsseite."))
    else:
        messages.success(request, _("Der Eintrag ist nicht mehr öffentlich."))
    return redirect(entry.get_absolute_url())
