"""Full-text search over offerings that understands German word forms.

The German snowball stemmer maps "Sprachkurs" and "Sprachkurse" to different
stems and never splits compounds, so a german tsvector alone misses
"Beratung" in "Familienberatung". Matching therefore works on a stored,
normalised text (lower case, umlauts and accents folded, "ue" read as "ü"):
every query term is normalised the same way, reduced by the stemmer and must
occur in that text as a substring (all terms must match). On PostgreSQL a
trigram GIN index makes the substring match fast; the finder matches the same
way from each worker's index of the offerings' words (text_index.py) and asks
the database only while that index is being built. Both rank the offerings
whose name holds most of the query's words first, then by name.
"""

import re
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import (
    Case,
    IntegerField,
    Q,
    Value,
    When,
)
from django.utils.translation import gettext_lazy as _

from vielfalt.forums.models import Forum
from vielfalt.lib import versions
from vielfalt.vocabularies.models import District, Language, LifePhase, TargetGroup

from .facets import current_index
from .folding import normalise, stem, turkish_stem, words
from .language_terms import language_words
from .models import Offering
from .search_index import refresh_search_index
from .synonyms import current_synonyms
from .text_index import score_tiers

__all__ = [
    "find",
    "finder_facets",
    "normalise",
    "query_terms",
    "ranked",
    "refresh_search_index",
    "search",
]

MAX_TERMS = 8
# Counted up by every change of an offering or of a value the finder lists
# (vielfalt/pages/fragments.py; named in views.py as PAGE_VERSION).
OFFERING_PAGES_VERSION = "offerings:pages"


def query_terms(query):
    """The substrings a query is matched by: one stem per word, stopwords left out.

    A stem shorter than four letters says too little ("Eltern" stems to "elt",
    which is in "Welt"), so then the whole word is used.
    """
    terms = []
    for word in words(query):
        term = stem(word)
        if term not in terms:
            terms.append(term)
    return terms[:MAX_TERMS]


def text_units(query):
    """The query's terms grouped with the coordinators' synonyms: one unit per word or phrase.

    Each unit is a list of alternatives (the words themselves first), each
    alternative a tuple of terms that must all occur; any alternative of a
    unit will do, every unit must match.
    """
    terms = query_terms(query or "")
    return current_synonyms().units(terms) if terms else []


def _alternatives(query):
    """Query term -> a Turkish stem that also matches it (only where one is found)."""
    found = {}
    for raw in re.findall(r"\w+", query):
        word = normalise(raw)
        alternative = turkish_stem(raw.lower(), stem(word))
        if alternative:
            found[stem(word)] = alternative
    return found


def _language_ids_by_term(query):
    """Query term -> ids of the languages its word names ("Türkisch" -> Turkish)."""
    names = language_words(normalise, stem)
    found = {}
    for word in words(query):
        ids = names.get(word) or names.get(stem(word))
        if ids:
            found.setdefault(stem(word), set()).update(ids)
    return found


def _any_of(alternatives, term_condition):
    """OR of the alternatives, each the AND of its terms' conditions."""
    condition = None
    for alternative in alternatives:
        part = Q()
        for term in alternative:
            part &= term_condition(term)
        condition = part if condition is None else condition | part
    return condition


def search(queryset, query):
    """Offerings of ``queryset`` that match every word of ``query`` (all when it has no words).

    A word also matches what its synonyms match (``synonyms.py``), and a word
    that names a language also matches the offerings held in it.
    """
    units = text_units(query)
    if not units:
        return queryset.all()
    languages = _language_ids_by_term(query)
    alternatives = _alternatives(query)
    held_in = Offering.languages.through.objects

    def term_condition(term):
        condition = Q(search_text__contains=term)
        if term in alternatives:
            condition |= Q(search_text__contains=alternatives[term])
        if term in languages:
            offerings_held_in = held_in.filter(language_id__in=languages[term])
            condition |= Q(pk__in=offerings_held_in.values("offering_id"))
        return condition

    condition = Q()
    for unit in units:
        condition &= _any_of(unit, term_condition)
    return queryset.filter(condition)


def ranked(queryset, query):
    """``queryset`` ordered best match first: most of the query's words in the name, then by name.

    The finder ranks the same way from its index of words (``find()``).
    """
    units = text_units(query)
    if not units:
        return queryset.order_by("name", "pk")
    name_hits = sum(
        (
            Case(
                When(_any_of(unit, lambda term: Q(search_name__contains=term)), then=Value(1)),
                default=Value(0),
            )
            for unit in units
        ),
        start=Value(0, output_field=IntegerField()),
    )
    return queryset.annotate(rank=name_hits).order_by("-rank", "name", "pk")


@dataclass
class Facet:
    """One filter group of the finder: its URL parameter, its label and its values."""

    key: str
    legend: str
    options: list
    # Language code -> the values' HTML that does not change per request
    # (templatetags/finder_tags.py), made once per worker and language.
    html: dict = field(default_factory=dict, repr=False, compare=False)


# The values the finder filters by and an offering's page names, by model.
VALUE_MODELS = (LifePhase, Forum, District, TargetGroup, Language)
# As last read in this worker: (version, {model: {id: row}}, the finder's facets).
_values: tuple = (None, {}, [])


def _read_values(version=None, anew=False):
    """The kept values and facets of ``version`` (the current one when None), read
    once per worker and version of the offerings' pages, which every change of a
    value or a forum counts up (vielfalt/pages/fragments.py), or ``anew``."""
    global _values
    if version is None:
        version = versions.get(OFFERING_PAGES_VERSION)
    kept_version, tables, facets = _values
    if anew or kept_version != version:
        # One query per model, each model's rows in its order.
        tables = {model: {row.pk: row for row in model.objects.all()} for model in VALUE_MODELS}
        forums = tables[Forum].values()
        facets = [
            Facet("phase", _("Lebensphase"), list(tables[LifePhase].values())),
            # Forum.objects.public(): all but closed ones.
            Facet("topic", _("Thema"), [f for f in forums if f.status != Forum.Status.CLOSED]),
            Facet("district", _("Stadtteil"), list(tables[District].values())),
            Facet("group", _("Zielgruppe"), list(tables[TargetGroup].values())),
            Facet("language", _("Sprache"), list(tables[Language].values())),
        ]
        _values = (version, tables, facets)  # replaced whole: a thread reads the old or the new
    return tables, facets


def finder_facets():
    """The finder's filter groups with their values (kept per worker, see
    ``_read_values``). Callers only read them."""
    return _read_values()[1]


def kept_values(version=None, anew=False):
    """Every life phase, forum, district, target group and language: model -> {id: row},
    in the model's order (kept per worker, see ``_read_values``). Callers only read them."""
    return _read_values(version, anew)[0]


@dataclass
class FinderResult:
    page_ids: list  # the page's offering ids, best first
    total: int
    free_count: int
    counts: dict  # facet key -> {option id: count}
    page: int
    num_pages: int
    offerings_start: int
    professional_count: int = 0  # offerings for professionals the other filters leave

    @cached_property
    def offerings(self):
        """The page's offerings with what a result card shows (read when first asked for)."""
        return load_offerings(self.page_ids)


def load_offerings(ids):
    """The public offerings ``ids`` in that order, with everything their page shows."""
    by_id = Offering.objects.public().with_texts().in_bulk(ids)
    return [by_id[pk] for pk in ids if pk in by_id]


def _ranked_ids(index, query):
    """Ids of the public offerings matching ``query``, best match first.

    Kept per build of the index (``index.searches``, bounded in bytes):
    refining a search by clicking filters (each click a new request) runs
    the same text search again and again.
    """
    key = query.lower()
    ids = index.searches.get(key)
    if ids is None:
        queryset = ranked(search(Offering.objects.public(), query), query)
        ids = index.searches.put(key, queryset.values_list("pk", flat=True))
    return ids


def _any_of_bitmaps(alternatives, bitmap_of, everything):
    """OR of the alternatives, each the AND of its terms' bitmaps (as ``_any_of`` in SQL)."""
    found = 0
    for alternative in alternatives:
        part = everything
        for term in alternative:
            part &= bitmap_of(term)
        found |= part
    return found


def _text_bitmaps(index, query, units):
    """The offerings matching ``units`` (as ``search()``) and, per unit, those whose name holds it.

    From the worker's index of words (text_index.py), kept per build of the
    index in ``index.searches`` (bounded in bytes): refining a search by
    clicking filters (each click a request) asks for the same text again.
    """
    key = f"words:{query.lower()}"
    bitmaps = index.searches.get(key)
    if bitmaps is not None:
        return bitmaps[0], list(bitmaps[1:])
    languages = _language_ids_by_term(query)
    alternatives = _alternatives(query)
    words = index.text

    def in_text(term):
        bitmap = words.text.matching(term)
        if term in alternatives:
            bitmap |= words.text.matching(alternatives[term])
        if term in languages:
            bitmap |= index.any_of("language", languages[term])
        return bitmap

    found = index.everything
    for unit in units:
        found &= _any_of_bitmaps(unit, in_text, index.everything)
    in_name = [_any_of_bitmaps(unit, words.name.matching, index.everything) for unit in units]
    index.searches.put(key, (found, *in_name))
    return found, in_name


def find(facets, selected, query="", free=False, page=1, per_page=20, professionals=False):
    """Run the finder: the page of offerings, the total and the count beside every value.

    ``selected`` maps a facet key to the chosen option ids (OR within a facet,
    AND across facets). A value's count is the number of offerings that the
    other groups' filters (and the search) leave and that have this value.
    The finder shows the offerings for families (what the Präventionskette
    counts, paused ones included and marked), or with ``professionals`` only
    those for professionals (further training, conferences).
    The counts come from the in-memory facet index and a text search from
    its index of words (the database only while those are being read); the
    page's offerings are read when ``FinderResult.offerings`` is first asked for.
    """
    index = current_index()
    units = text_units(query)
    ranked_ids = in_name = None
    if not units:
        found = index.everything
    elif index.text is not None:
        found, in_name = _text_bitmaps(index, query, units)
    else:  # the words are still being read (a large index, just built): ask the database
        ranked_ids = _ranked_ids(index, query)
        found = index.bitmap_of(ranked_ids)
    audience = index.professional if professionals else index.families
    filters = {
        facet.key: index.any_of(facet.key, selected[facet.key])
        for facet in facets
        if selected.get(facet.key)
    }

    def filtered(except_key=None):
        bitmap = found
        for key, condition in filters.items():
            if key != except_key:
                bitmap &= condition
        return bitmap

    counts = {
        facet.key: index.counts(facet.key, filtered(facet.key) & audience) for facet in facets
    }
    matching = filtered()
    professional_count = (matching & index.professional).bit_count()
    matching &= audience
    free_count = (matching & index.free).bit_count()
    if free:
        matching &= index.free
    total = matching.bit_count()
    num_pages = max(1, -(-total // per_page))
    page = min(max(1, page), num_pages)
    start = (page - 1) * per_page
    if in_name is not None:
        page_ids = index.ids_in_tiers(score_tiers(in_name, matching), start, start + per_page)
    elif ranked_ids is None:
        page_ids = index.ids_in_order(matching, start, start + per_page)
    else:
        page_ids = index.ids_among(ranked_ids, matching, start, start + per_page)
    return FinderResult(
        page_ids,
        total,
        free_count,
        counts,
        page,
        num_pages,
        start + 1,
        professional_count,
    )
