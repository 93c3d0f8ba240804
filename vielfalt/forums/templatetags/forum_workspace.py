"""The navigation of a forum's workspace, for the pages of every app that adds a tab."""

from typing import Any

from django import template

from vielfalt.forums import sections
from vielfalt.forums.models import Forum

register = template.Library()


@register.inclusion_tag("forums/workspace_nav.html", takes_context=True)
def workspace_nav(context: template.Context, forum: Forum, active: str = "") -> dict[str, Any]:
    """Tabs of the workspace: the overview, what higher apps registered, the members.

    ``active`` is the URL name of the page being shown (``aria-current="page"``).
    """
    return {
        "forum": forum,
        "active": active,
        "tabs": sections.tabs(),
        "request": context.get("request"),
    }
