"""The finder's count beside each filter value, rendered without an include.

A finder page shows some fifty of them (and a partial update as many again);
as an ``{% include %}`` each cost a template lookup and a context push.
"""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import ngettext

register = template.Library()


@register.simple_tag
def facet_count(key, slug, count, oob=False):
    """``(12 Angebote)`` with the word for screen readers only; ``oob``: an htmx out-of-band swap."""
    word = ngettext("Angebot", "Angebote", count)
    return format_html(
        '<span class="facet-count" id="count-{}-{}"{}>({}<span class="visually-hidden"> {}</span>)</span>',
        key,
        slug,
        mark_safe(' data-hx-swap-oob="true"') if oob else "",  # noqa: S308 (a constant)
        count,
        word,
    )
