"""What meetings add to a forum's workspace: the "Treffen" tab and the overview section."""

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from vielfalt.forums import sections
from vielfalt.forums.models import Forum

from .models import ActionItem, Meeting


def workspace_section(request: HttpRequest, forum: Forum) -> sections.Part | None:
    """The next meeting and the forum's open action items (two queries)."""
    if not request.user.has_perm("meetings.view_meeting", forum):
        return None
    next_meeting = Meeting.objects.filter(forum=forum).upcoming(timezone.now()).first()
    open_items = list(
        ActionItem.objects.open()
        .filter(meeting__forum=forum)
        .select_related("meeting__forum", "responsible")
        .order_by("due_on", "pk")
    )
    return sections.Part(
        "meetings/workspace_section.html",
        {
            "forum": forum,
            "next_meeting": next_meeting,
            "open_items": open_items,
            "today": timezone.localdate(),
        },
    )


def register() -> None:
    # A lazy label, so that the tab speaks the language of each request.
    label: str = _("Treffen")  # type: ignore[assignment]
    sections.register_tab(sections.Tab(label, "meetings:list", position=20))
    sections.register_section(
        sections.Section(
            name="meetings",
            page=sections.WORKSPACE,
            position=20,
            render=workspace_section,
        )
    )
