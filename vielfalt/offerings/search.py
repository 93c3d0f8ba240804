"""Full-text search over offerings that understands German word forms.

The German snowball stemmer maps "Sprachkurs" and "Sprachkurse" to different
stems and never splits compounds, so a german tsvector alone misses
"Beratung" in "Familienberatung". Matching therefore works on a stored,
normalised text (lower case, umlauts and accents folded, "ue" read as "ü"):
every query term is normalised the same way, reduced by the stemmer and must
occur in that text as a substring (all terms must match). On PostgreSQL a
trigram GIN index makes the substring match fast and a weighted german
tsvector (name A, short description B, description and provider C, topics
and target groups D) ranks the results; SQLite matches the same way and
ranks by hits in the name.
"""

import re
from dataclasses import dataclass

from django.db import connection
from django.db.models import (
    Case,
    ExpressionWrapper,
    FloatField,
    IntegerField,
    Prefetch,
    Q,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.utils.translation import gettext_lazy as _

from vielfalt.forums.models import Forum
from vielfalt.vocabularies.models import District, Language, LifePhase, TargetGroup

from .facets import current_index
from .folding import normalise, stem, turkish_stem, words
from .language_terms import language_words
from .models import Location, Offering
from .search_index import refresh_search_index
from .synonyms import current_synonyms

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
    """``queryset`` ordered best match first: name hits, then (PostgreSQL) ts_rank."""
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
    rank = name_hits
    if connection.vendor == "postgresql":
        synonyms = [term for unit in units for other in unit[1:] for term in other]
        found = [*re.findall(r"\w+", query.lower())[:MAX_TERMS], *synonyms[: 2 * MAX_TERMS]]
        rank = name_hits + RawSQL(
            "COALESCE(ts_rank(search_vector, to_tsquery('german', %s)), 0)",
            (" | ".join(f"{word}:*" for word in found),),
            output_field=FloatField(),
        )
    return queryset.annotate(rank=ExpressionWrapper(rank, output_field=FloatField())).order_by(
        "-rank", "name", "pk"
    )


@dataclass
class Facet:
    """One filter group of the finder: its URL parameter, its label and its values."""

    key: str
    legend: str
    options: list


def finder_facets():
    """The finder's filter groups with their values (one query per group)."""
    return [
        Facet("phase", _("Lebensphase"), list(LifePhase.objects.all())),
        Facet("topic", _("Thema"), list(Forum.objects.public())),
        Facet("district", _("Stadtteil"), list(District.objects.all())),
        Facet("group", _("Zielgruppe"), list(TargetGroup.objects.all())),
        Facet("language", _("Sprache"), list(Language.objects.all())),
    ]


@dataclass
class FinderResult:
    offerings: list
    total: int
    free_count: int
    counts: dict  # facet key -> {option id: count}
    page: int
    num_pages: int
    offerings_start: int
    professional_count: int = 0  # offerings for professionals the other filters leave


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


def find(facets, selected, query="", free=False, page=1, per_page=20, professionals=False):
    """Run the finder: the page of offerings, the total and the count beside every value.

    ``selected`` maps a facet key to the chosen option ids (OR within a facet,
    AND across facets). A value's count is the number of offerings that the
    other groups' filters (and the search) leave and that have this value.
    The finder shows the offerings for families (what the Präventionskette
    counts, paused ones included and marked), or with ``professionals`` only
    those for professionals (further training, conferences).
    The counts come from the in-memory facet index; the database is asked
    for the matching ids of a text search (ranked) and for the page's offerings.
    """
    index = current_index()
    ranked_ids = _ranked_ids(index, query) if query_terms(query or "") else None
    found = index.everything if ranked_ids is None else index.bitmap_of(ranked_ids)
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
    if ranked_ids is None:
        page_ids = index.ids_in_order(matching, start, start + per_page)
    else:
        page_ids = index.ids_among(ranked_ids, matching, start, start + per_page)
    by_id = {
        offering.pk: offering
        for offering in Offering.objects.public()
        .filter(pk__in=page_ids)
        .select_related("organisation")
        .prefetch_related(
            "life_phases",
            "languages",
            "texts",
            Prefetch("locations", queryset=Location.objects.select_related("district")),
        )
    }
    offerings = [by_id[pk] for pk in page_ids if pk in by_id]
    return FinderResult(
        offerings,
        total,
        free_count,
        counts,
        page,
        num_pages,
        start + 1,
        professional_count,
    )
