"""Markdown of agendas, minutes and summaries: rendered with markdown-it-py, sanitised with nh3."""

import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


def render_markdown(text: str) -> SafeString:
    html = nh3.clean(_markdown.render(text or ""), link_rel="noopener noreferrer nofollow")
    return mark_safe(html)  # noqa: S308 (sanitised by nh3 just above)
