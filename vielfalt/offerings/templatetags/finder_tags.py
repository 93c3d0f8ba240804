"""The finder's filter groups and the count beside each value, rendered in Python.

A finder page shows some fifty values with their counts (and a partial
update as many counts again). As template loops and includes they took a
quarter of the page's time (bench/README.md); here the parts of a value that
are the same on every page (its checkbox and label) are escaped once per
worker and language and kept with the filter group, and a page only joins
them with its counts and checked boxes.
"""

from django import template
from django.utils.html import conditional_escape, escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext

from ..cards import language_in_own_name

register = template.Library()

OOB = ' data-hx-swap-oob="true"'
_words = {}  # (language, count) -> "Angebot" / "Angebote" in that language's plural form
WORDS_KEPT = 1000  # for counts below (the plural form of larger ones is looked up each time)


def _count_html(key, slug, count, oob=False):
    """``slug`` and ``key`` come escaped; ``count`` is an int."""
    language = get_language()
    word = _words.get((language, count))
    if word is None:
        word = escape(ngettext("Angebot", "Angebote", count))
        if count < WORDS_KEPT:
            _words[language, count] = word
    return (
        f'<span class="facet-count" id="count-{key}-{slug}"{OOB if oob else ""}>'
        f'({count}<span class="visually-hidden"> {word}</span>)</span>'
    )


@register.simple_tag
def facet_count(key, slug, count, oob=False):
    """``(12 Angebote)`` with the word for screen readers only; ``oob``: an htmx out-of-band swap."""
    return mark_safe(_count_html(escape(key), escape(slug), int(count), oob))  # noqa: S308 (escaped)


def _value_label(key, option):
    if key != "language":
        return conditional_escape(option.label)
    # A language in its own name (as on the cards), the site's name beside it.
    label = mark_safe(language_in_own_name(option))  # noqa: S308 (escaped there)
    if option.native_name and option.native_name != option.label:
        label = format_html('{} <span class="facet-aside">({})</span>', label, option.label)
    return label


def _value_parts(facet):
    """Per value: the checkbox up to ``checked``, the rest up to the count, and the escaped slug."""
    language = get_language()
    parts = facet.html.get(language)
    if parts is None:
        key = escape(facet.key)
        parts = facet.html[language] = [
            (
                f'<label class="choice">\n<input type="checkbox" name="{key}" value="{escape(option.slug)}"',
                f">\n<span>{_value_label(facet.key, option)}\n",
                escape(option.slug),
            )
            for option in facet.options
        ]
    return parts


def _values(group):
    """(escaped key, the value's fixed parts, its count and checked state) per value of a group."""
    facet = group["facet"]
    key = escape(facet.key)
    for parts, item in zip(_value_parts(facet), group["options"], strict=True):
        yield key, parts, item


@register.simple_tag
def facet_groups(groups):
    """A fieldset per filter group (``groups`` as the finder view builds them), a checkbox per value."""
    html = []
    for group in groups:
        html.append(
            '<fieldset class="facet" aria-describedby="finder-logic">\n'
            f"<legend>{conditional_escape(group['facet'].legend)}</legend>\n"
        )
        for key, (checkbox, label, slug), item in _values(group):
            html += [
                checkbox,
                " checked" if item["checked"] else "",
                label,
                _count_html(key, slug, int(item["count"])),
                "</span>\n</label>\n",
            ]
        html.append("</fieldset>\n")
    return mark_safe("".join(html))  # noqa: S308 (every part escaped above)


@register.simple_tag
def facet_counts_oob(groups):
    """The counts of every value as htmx out-of-band swaps (a partial update of the finder)."""
    html = [
        _count_html(key, slug, int(item["count"]), oob=True)
        for group in groups
        for key, (_checkbox, _label, slug), item in _values(group)
    ]
    return mark_safe("".join(html))  # noqa: S308 (every part escaped above)
