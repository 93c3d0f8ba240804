"""The finder's result cards: rendered in Python, each once per worker, language and data version.

A finder page lists twenty offerings. Loading them as models with their
provider, phases, languages, texts and locations took five queries, and
rendering twenty cards with the template engine about as long again: most
of a page's time when its offerings were not shown before (bench/README.md).

So a card is kept in a per-worker cache (``caches["cards"]``, beside the
page parts of vielfalt/pages/fragments.py) under what the
offering's own page is keyed by: the version that every change of the data
it shows counts up, the fields that ``update()`` changes without a signal
(status and confirmation) and the day (a card says when an offering has not
been confirmed for long). One query reads those for the page's offerings.
The missing cards read only the columns they show (one query each for the
offerings, their translations, phases, languages and districts, their SQL
built once; the names of the values come from the finder's filter groups)
and are written as strings.
"""

from datetime import date, timedelta

from django.conf import settings
from django.core.cache import caches
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext

from vielfalt.lib import versions
from vielfalt.lib.compiled import CompiledQuery

from .models import Location, Offering, OfferingText
from .search import OFFERING_PAGES_VERSION
from .texts import SOURCE_LANGUAGE, ShownField, base_code


def result_cards(page_ids, facets):
    """The cards (``<li>``) of the public offerings ``page_ids``, in that order;
    ``facets``: the finder's filter groups (``finder_facets()``), for the values' names."""
    states = {pk: state for pk, *state in _rows(_states, page_ids)}
    if not states:
        return []
    day = timezone.localdate().isoformat()
    language = get_language()
    keys = {
        pk: f"finder-card:{language}:{pk}:{'-'.join(str(part) for part in state)}:{day}"
        for pk, state in states.items()
    }
    cache = caches["cards"]
    cards = cache.get_many(list(keys.values()))
    missing = [pk for pk in page_ids if pk in keys and keys[pk] not in cards]
    if missing:
        rendered = {keys[pk]: card for pk, card in render_cards(missing, facets).items()}
        cache.set_many(rendered)
        cards.update(rendered)
    # Escaped part by part in render_cards.
    return [mark_safe(cards[keys[pk]]) for pk in page_ids if keys.get(pk) in cards]  # noqa: S308


# The queries of a page's cards, each for up to BATCH offerings (a finder page
# shows 20), their SQL built once (lib/compiled.py) and sent with the ids.
BATCH = 20
URL_SENTINEL = 987654321987  # an id in the pattern of an offering's URL, replaced per card


def _for_ids(build):
    return CompiledQuery(build, *range(-1, -BATCH - 1, -1))


def _rows(query, ids):
    """The rows of ``query`` for ``ids``, BATCH ids a query (padded with 0, no offering's id)."""
    found = []
    for start in range(0, len(ids), BATCH):
        batch = list(ids[start : start + BATCH])
        found += query.rows(*batch, *[0] * (BATCH - len(batch)))
    return found


# What a card is keyed by.
_states = _for_ids(
    lambda *ids: (
        Offering.objects.public()
        .filter(pk__in=ids)
        .annotate(version=versions.number(OFFERING_PAGES_VERSION))
        .values_list("pk", "version", "status", "last_confirmed", "provider_confirmed")
    )
)
# What a card shows.
_offerings = _for_ids(
    lambda *ids: (
        Offering.objects.public()
        .filter(pk__in=ids)
        .values_list(
            "pk",
            "name",
            "short_description",
            "status",
            "last_confirmed",
            "is_free",
            "fee",
            "organisation__name",
        )
    )
)
_texts = _for_ids(
    lambda *ids: OfferingText.objects.filter(offering_id__in=ids).values_list(
        "offering_id", "language", "name", "short_description"
    )
)
_phases = _for_ids(
    lambda *ids: Offering.life_phases.through.objects.filter(offering_id__in=ids).values_list(
        "offering_id", "lifephase_id"
    )
)
_languages = _for_ids(
    lambda *ids: Offering.languages.through.objects.filter(offering_id__in=ids).values_list(
        "offering_id", "language_id"
    )
)
_districts = _for_ids(
    lambda *ids: Location.offerings.through.objects.filter(
        offering_id__in=ids, location__district__isnull=False
    ).values_list("offering_id", "location__district_id")
)


def _grouped(query, ids):
    """Offering id -> the set of value ids of the relation ``query`` reads."""
    found = {}
    for offering_id, value_id in _rows(query, ids):
        found.setdefault(offering_id, set()).add(value_id)
    return found


def render_cards(ids, facets):
    """Offering id -> its card's HTML, for the public offerings ``ids``."""
    page_language = base_code(get_language())
    rows = _rows(_offerings, ids)
    translations = {}
    if page_language != SOURCE_LANGUAGE:
        for offering_id, code, name, short in _rows(_texts, ids):
            if base_code(code) == page_language:
                translations[offering_id] = (name, short)
    phases = _grouped(_phases, ids)
    languages = _grouped(_languages, ids)
    districts = _grouped(_districts, ids)
    # Per filter group: (value id, its name as the card shows it), in the group's order.
    values = {
        facet.key: [(value.pk, _value_html(facet.key, value)) for value in facet.options]
        for facet in facets
    }
    url_pattern = escape(reverse("offerings:detail", args=[URL_SENTINEL]))
    words = {
        "paused": escape(gettext("pausiert zurzeit")),
        "stale": escape(gettext("nicht kürzlich bestätigt")),
        "phase": escape(gettext("Lebensphasen")),
        "district": escape(gettext("Stadtteile")),
        "language": escape(gettext("Sprachen")),
        "costs": escape(gettext("Kosten")),
        "free": escape(gettext("kostenlos")),
        "paid": escape(gettext("kostenpflichtig")),
    }
    stale_before = timezone.localdate() - timedelta(
        days=settings.OFFERING_CONFIRM_AFTER_DAYS + settings.OFFERING_STALE_GRACE_DAYS
    )
    cards = {}
    for pk, name, short, status, confirmed, is_free, fee, provider in rows:
        translated_name, translated_short = translations.get(pk, ("", ""))
        name = _shown(translated_name, name, page_language)
        short = _shown(translated_short, short, page_language)
        html = [
            '<li class="card offering-card">\n',
            f'<h3><a href="{url_pattern.replace(str(URL_SENTINEL), str(pk))}"{name.attrs}>'
            f"{escape(name.value)}</a></h3>\n",
            f'<p class="offering-provider">{escape(provider)}</p>\n',
        ]
        if isinstance(confirmed, str):  # SQLite's driver returns dates as text
            confirmed = date.fromisoformat(confirmed)
        paused, stale = status == Offering.Status.PAUSED, confirmed < stale_before
        if paused or stale:
            html.append('<p class="offering-marks">\n')
            if paused:
                html.append(f'<span class="badge badge-offering-paused">{words["paused"]}</span>\n')
            if stale:
                html.append(f'<span class="badge badge-stale">{words["stale"]}</span>\n')
            html.append("</p>\n")
        html.append(f"<p{short.attrs}>{escape(short.value)}</p>\n")
        html.append('<dl class="offering-facts">\n')
        for key, found, separator in (
            ("phase", phases, "; "),
            ("district", districts, ", "),
            ("language", languages, ", "),
        ):
            held = found.get(pk)
            if held:
                names = separator.join(html for value, html in values[key] if value in held)
                html.append(f"<div><dt>{words[key]}</dt><dd>{names}</dd></div>\n")
        cost = words["free"] if is_free else (escape(fee) if fee else words["paid"])
        html.append(f"<div><dt>{words['costs']}</dt><dd>{cost}</dd></div>\n</dl>\n</li>\n")
        cards[pk] = "".join(html)
    return cards


def _value_html(key, value):
    """A value's name on a card: a language in its own name."""
    return language_in_own_name(value) if key == "language" else escape(value.label)


def language_in_own_name(language):
    """A language in its own name, marked as that language for screen readers (escaped)."""
    return f'<span lang="{escape(language.code)}">{escape(language.native_name or language.name)}</span>'


def _shown(translated, source, page_language):
    """The text as the reader sees it: the translation where there is one, else the German."""
    if translated:
        return ShownField(translated, page_language, page_language)
    return ShownField(source, SOURCE_LANGUAGE, page_language)
