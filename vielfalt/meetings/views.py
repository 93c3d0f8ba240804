"""A forum's meetings, in its workspace: list, detail, editing, action items, attachments.

Who may not see the forum's workspace learns nothing (404); members who may
see but not edit get 403 on the editing pages. A meeting, action item or
attachment of another forum is not found (404), whatever its id.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Prefetch, Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vielfalt.forums.views import workspace_forum_for

from .forms import ActionItemForm, AttachmentForm, MeetingForm
from .history import meeting_history
from .models import ActionItem, Attachment, Meeting
from .storage import max_attachment_bytes

LIST_TAB = "meetings:list"


def editable_forum_for(request, slug):  # type: ignore[no-untyped-def]
    forum = workspace_forum_for(request, slug)
    if not request.user.has_perm("meetings.change_meeting", forum):
        raise PermissionDenied
    return forum


def meetings_with_counts(forum):  # type: ignore[no-untyped-def]
    return Meeting.objects.filter(forum=forum).annotate(
        open_items=Count("action_items", filter=Q(action_items__done=False)),
        attachment_count=Count("attachments", distinct=True),
    )


@login_required
def meeting_list(request, slug):  # type: ignore[no-untyped-def]
    forum = workspace_forum_for(request, slug)
    now = timezone.now()
    meetings = meetings_with_counts(forum)
    return render(
        request,
        "meetings/meeting_list.html",
        {
            "forum": forum,
            "active_tab": LIST_TAB,
            "upcoming": list(meetings.upcoming(now)),
            "past": list(meetings.past(now)),
            "can_change": request.user.has_perm("meetings.change_meeting", forum),
        },
    )


def forum_meeting(forum, pk):  # type: ignore[no-untyped-def]
    return get_object_or_404(Meeting.objects.select_related("forum"), pk=pk, forum=forum)


@login_required
def meeting_detail(request, slug, pk):  # type: ignore[no-untyped-def]
    forum = workspace_forum_for(request, slug)
    meeting = get_object_or_404(
        Meeting.objects.select_related("forum", "created_by").prefetch_related(
            Prefetch("action_items", queryset=ActionItem.objects.select_related("responsible")),
            Prefetch("attachments", queryset=Attachment.objects.select_related("uploaded_by")),
        ),
        pk=pk,
        forum=forum,
    )
    items = list(meeting.action_items.all())
    for item in items:
        item.can_mark = request.user.has_perm("meetings.mark_actionitem_done", item)
    return render(
        request,
        "meetings/meeting_detail.html",
        {
            "forum": forum,
            "meeting": meeting,
            "items": items,
            "active_tab": LIST_TAB,
            "today": timezone.localdate(),
            "changes": meeting_history(meeting),
            "can_change": request.user.has_perm("meetings.change_meeting", forum),
        },
    )


@login_required
def meeting_edit(request, slug, pk=None):  # type: ignore[no-untyped-def]
    forum = editable_forum_for(request, slug)
    meeting = forum_meeting(forum, pk) if pk else Meeting(forum=forum)
    form = MeetingForm(request.POST or None, instance=meeting)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            if meeting.pk is None:
                form.instance.created_by = request.user.linked_person
            meeting = form.save()
        messages.success(request, _("Das Treffen ist gespeichert."))
        return redirect(meeting.get_absolute_url())
    return render(
        request,
        "meetings/meeting_form.html",
        {"forum": forum, "meeting": meeting, "form": form, "active_tab": LIST_TAB},
    )


@login_required
def item_edit(request, slug, pk, item_pk=None):  # type: ignore[no-untyped-def]
    forum = workspace_forum_for(request, slug)
    if not request.user.has_perm("meetings.change_actionitem", forum):
        raise PermissionDenied
    meeting = forum_meeting(forum, pk)
    item = (
        get_object_or_404(ActionItem, pk=item_pk, meeting=meeting)
        if item_pk
        else ActionItem(meeting=meeting)
    )
    form = ActionItemForm(forum, request.POST or None, instance=item)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
        messages.success(request, _("Die Aufgabe ist gespeichert."))
        return redirect(f"{meeting.get_absolute_url()}#aufgaben")
    return render(
        request,
        "meetings/item_form.html",
        {"forum": forum, "meeting": meeting, "item": item, "form": form, "active_tab": LIST_TAB},
    )


@login_required
@require_POST
def item_done(request, slug, pk, item_pk):  # type: ignore[no-untyped-def]
    forum = workspace_forum_for(request, slug)
    meeting = forum_meeting(forum, pk)
    item = get_object_or_404(
        ActionItem.objects.select_related("meeting__forum"), pk=item_pk, meeting=meeting
    )
    if not request.user.has_perm("meetings.mark_actionitem_done", item):
        raise PermissionDenied
    done = request.POST.get("done") == "1"
    item.mark(done)
    if done:
        messages.success(request, _("„%(what)s“ ist erledigt.") % {"what": item.what})
    else:
        messages.success(request, _("„%(what)s“ ist wieder offen.") % {"what": item.what})
    next_url = request.POST.get("next")
    if next_url == "dashboard":
        return redirect("dashboard:dashboard")
    return redirect(f"{meeting.get_absolute_url()}#aufgaben")


@login_required
def attachment_add(request, slug, pk):  # type: ignore[no-untyped-def]
    forum = workspace_forum_for(request, slug)
    if not request.user.has_perm("meetings.change_attachment", forum):
        raise PermissionDenied
    meeting = forum_meeting(forum, pk)
    form = AttachmentForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            attachment = form.save(meeting, request.user.linked_person)
        messages.success(
            request, _("„%(name)s“ ist angehängt.") % {"name": attachment.original_name}
        )
        return redirect(f"{meeting.get_absolute_url()}#anhaenge")
    return render(
        request,
        "meetings/attachment_form.html",
        {
            "forum": forum,
            "meeting": meeting,
            "form": form,
            "active_tab": LIST_TAB,
            "max_size": max_attachment_bytes(),
        },
    )


def forum_attachment(forum, pk, attachment_pk):  # type: ignore[no-untyped-def]
    return get_object_or_404(
        Attachment.objects.select_related("meeting__forum"),
        pk=attachment_pk,
        meeting_id=pk,
        meeting__forum=forum,
    )


def attachment_download(request, slug, pk, attachment_pk):  # type: ignore[no-untyped-def]
    """The file, only for who may read the forum's meetings; anyone else: 404."""
    forum = workspace_forum_for(request, slug)
    if not request.user.has_perm("meetings.view_attachment", forum):
        raise Http404
    attachment = forum_attachment(forum, pk, attachment_pk)
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def attachment_delete(request, slug, pk, attachment_pk):  # type: ignore[no-untyped-def]
    forum = workspace_forum_for(request, slug)
    if not request.user.has_perm("meetings.change_attachment", forum):
        raise PermissionDenied
    attachment = forum_attachment(forum, pk, attachment_pk)
    meeting = attachment.meeting
    if request.method == "POST":
        name, stored = attachment.original_name, attachment.file.name
        storage = attachment.file.storage
        with transaction.atomic():
            attachment.delete()
            transaction.on_commit(lambda: storage.delete(stored))
        messages.success(request, _("„%(name)s“ ist gelöscht.") % {"name": name})
        return redirect(f"{meeting.get_absolute_url()}#anhaenge")
    return render(
        request,
        "meetings/attachment_delete.html",
        {"forum": forum, "meeting": meeting, "attachment": attachment, "active_tab": LIST_TAB},
    )
