"""Parts of a forum's pages that apps above forums contribute.

A forum's public page and its workspace show what higher apps hold about the
forum (its meetings, its collection of inventory, needs and approaches), but
forums may not import them. Each such app registers, in its AppConfig.ready(),
a section: a function of (request, forum) that returns the template to include
and its context, or None when the person may not see it. The forum's views
render whatever is registered, in the order of `position`.

A public section must look the same for every visitor: the forum page caches
it (forums/views.py), and bumps the page's version on changes of the models
that vielfalt/pages/fragments.py lists; a new section adds its models there.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.http import HttpRequest

from .models import Forum

# Where a section appears: the public forum page, or the members' workspace.
PUBLIC = "public"
WORKSPACE = "workspace"


@dataclass(frozen=True)
class Part:
    template: str
    context: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Section:
    name: str
    page: str
    position: int
    render: Callable[[HttpRequest, Forum], Part | None]


@dataclass(frozen=True)
class Tab:
    """A page of a forum's workspace that a higher app serves (its URL takes the slug)."""

    label: str
    url_name: str
    position: int


_sections: dict[str, Section] = {}
_tabs: dict[str, Tab] = {}


def register_section(section: Section) -> None:
    _sections[section.name] = section


def register_tab(tab: Tab) -> None:
    _tabs[tab.url_name] = tab


def parts(request: HttpRequest, forum: Forum, page: str) -> list[Part]:
    """The parts to include on `page` for this request, in order."""
    found = []
    for section in sorted(_sections.values(), key=lambda s: s.position):
        if section.page != page:
            continue
        part = section.render(request, forum)
        if part is not None:
            found.append(part)
    return found


def tabs() -> list[Tab]:
    return sorted(_tabs.values(), key=lambda t: t.position)
