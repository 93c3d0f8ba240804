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

import os
import re
from collections import defaultdict
from dataclasses import dataclass

import snowballstemmer
from django.db import connection, transaction
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

from .facets import current_index, invalidate
from .language_terms import language_words
from .models import Location, Offering, OfferingText

# Folded the same way on both sides (stored text and query terms), so that
# "Müttercafé", "Muettercafe" and "muttercafe" all read "muttercafe": lower
# case, then one letter for each umlaut or accented letter, then "ß" as "ss",
# then "ae", "oe", "ue" read as the umlauts they often stand for. Turkish
# letters fold like the German ones ("İ" lower-cases to "i" plus a combining
# dot, which is dropped); Cyrillic is only lower-cased and Arabic left as it is.
LETTER_FOLDS = {
    accented: plain
    for plain, letters in {
        "a": "äáàâãåą",
        "c": "çćč",
        "e": "éèêëęě",
        "g": "ğ",
        "i": "íìîïı",
        "l": "ł",
        "n": "ñńň",
        "o": "öóòôõø",
        "r": "ř",
        "s": "şșśš",
        "t": "ţțť",
        "u": "üúùûů",
        "y": "ý",
        "z": "źżž",
    }.items()
    for accented in letters
}
STRING_FOLDS = [("\u0307", ""), ("ß", "ss"), ("ae", "a"), ("oe", "o"), ("ue", "u")]
_letter_table = str.maketrans(LETTER_FOLDS)

STOPWORDS = {
    "am", "an", "auch", "auf", "aus", "bei", "bis", "das", "dem", "den", "der", "des", "die",
    "ein", "eine", "einem", "einen", "einer", "es", "fur", "im", "in", "ist", "mit", "nach",
    "oder", "sind", "um", "und", "vom", "von", "zu", "zum", "zur",
}  # fmt: skip
MAX_TERMS = 8
MIN_STEM_LENGTH = 4

_stemmer = snowballstemmer.stemmer("german")
# Turkish words carry their endings ("ödevler", "kursları"); the Turkish stem,
# where shorter than the German one, is matched as well (see _turkish_stem).
_turkish_stemmer = snowballstemmer.stemmer("turkish")


def normalise(text):
    """Lower-case text with umlauts and accents folded, as stored in search_text."""
    text = text.lower().translate(_letter_table)
    for before, after in STRING_FOLDS:
        text = text.replace(before, after)
    return text


def _normalise_sql(expression):
    """normalise() in PostgreSQL."""
    letters = "".join(LETTER_FOLDS)
    plain = "".join(LETTER_FOLDS.values())
    expression = f"TRANSLATE(LOWER({expression}), '{letters}', '{plain}')"
    for before, after in STRING_FOLDS:
        expression = f"REPLACE({expression}, '{before}', '{after}')"
    return expression


def _words(query):
    words = [normalise(word) for word in re.findall(r"\w+", query)]
    words = [word for word in words if len(word) > 1] or words
    return [word for word in words if word not in STOPWORDS] or words


def _stem(word):
    """The German stem where it is a prefix of four letters or more, else the word.

    Only Latin letters are stemmed; Cyrillic and Arabic words pass unchanged.
    """
    stem = _stemmer.stemWord(word)
    if len(stem) < MIN_STEM_LENGTH or not word.startswith(stem):
        return word
    return stem


def _turkish_stem(word, term):
    """A shorter prefix of the folded ``word`` that the Turkish stemmer finds, or None.

    Stemmed before folding ("danışmanlığı" -> "danışmanlık"), then the common
    prefix with the folded word is taken ("danismanli"), so that the Turkish
    text "danışmanlık" matches.
    """
    stem = normalise(_turkish_stemmer.stemWord(word))
    prefix = os.path.commonprefix([normalise(word), stem])
    if len(prefix) >= MIN_STEM_LENGTH and len(prefix) < len(term):
        return prefix
    return None


def query_terms(query):
    """The substrings a query is matched by: one stem per word, stopwords left out.

    A stem shorter than four letters says too little ("Eltern" stems to "elt",
    which is in "Welt"), so then the whole word is used.
    """
    terms = []
    for word in _words(query):
        stem = _stem(word)
        if stem not in terms:
            terms.append(stem)
    return terms[:MAX_TERMS]


def _alternatives(query):
    """Query term -> a Turkish stem that also matches it (only where one is found)."""
    found = {}
    for raw in re.findall(r"\w+", query):
        word = normalise(raw)
        alternative = _turkish_stem(raw.lower(), _stem(word))
        if alternative:
            found[_stem(word)] = alternative
    return found


def _language_ids_by_term(query):
    """Query term -> ids of the languages its word names ("Türkisch" -> Turkish)."""
    words = language_words(normalise, _stem)
    found = {}
    for word in _words(query):
        ids = words.get(word) or words.get(_stem(word))
        if ids:
            found.setdefault(_stem(word), set()).update(ids)
    return found


def search(queryset, query):
    """Offerings of ``queryset`` that match every term of ``query`` (all when it has no words).

    A term that names a language also matches the offerings held in it.
    """
    terms = query_terms(query or "")
    languages = _language_ids_by_term(query) if terms else {}
    alternatives = _alternatives(query) if terms else {}
    held_in = Offering.languages.through.objects
    condition = Q()
    for term in terms:
        term_condition = Q(search_text__contains=term)
        if term in alternatives:
            term_condition |= Q(search_text__contains=alternatives[term])
        if term in languages:
            offerings_held_in = held_in.filter(language_id__in=languages[term])
            term_condition |= Q(pk__in=offerings_held_in.values("offering_id"))
        condition &= term_condition
    return queryset.filter(condition)


def ranked(queryset, query):
    """``queryset`` ordered best match first: name hits, then (PostgreSQL) ts_rank."""
    terms = query_terms(query or "")
    if not terms:
        return queryset.order_by("name", "pk")
    name_hits = sum(
        (Case(When(search_name__contains=term, then=Value(1)), default=Value(0)) for term in terms),
        start=Value(0, output_field=IntegerField()),
    )
    rank = name_hits
    if connection.vendor == "postgresql":
        words = " | ".join(f"{word}:*" for word in re.findall(r"\w+", query.lower())[:MAX_TERMS])
        rank = name_hits + RawSQL(
            "COALESCE(ts_rank(search_vector, to_tsquery('german', %s)), 0)",
            (words,),
            output_field=FloatField(),
        )
    return queryset.annotate(rank=ExpressionWrapper(rank, output_field=FloatField())).order_by(
        "-rank", "name", "pk"
    )


def refresh_search_index(offering_ids=None, organisation=None):
    """Recompute the stored search columns of the given offerings, in bulk.

    ``offering_ids=None`` refreshes every offering (or every offering of
    ``organisation`` when given). On PostgreSQL one set-based UPDATE per
    1,000 ids (a single one for all); elsewhere the text is folded in Python
    and written with one executemany. Offering.save() and changes of an
    offering's topics, target groups or organisation keep single offerings
    current; call this after bulk_create, bulk_update or raw changes.
    """
    if offering_ids is not None:
        ids = sorted({int(pk) for pk in offering_ids})
        batches = [ids[start : start + 1000] for start in range(0, len(ids), 1000)]
    elif organisation is not None:
        batches = [Q(organisation=organisation)]
    else:
        batches = [Q()]
    refresh = _refresh_postgresql if connection.vendor == "postgresql" else _refresh_python
    invalidate()  # bulk changes send no signals; the finder's counts must follow them
    for batch in batches:
        if isinstance(batch, Q):
            refresh(batch)
        else:
            refresh(Q(pk__in=batch))


def _m2m_sql(field, offering_table):
    relation = Offering._meta.get_field(field)
    through = relation.remote_field.through._meta
    target = relation.related_model._meta.db_table
    target_column = through.get_field(relation.m2m_reverse_field_name()).column
    source_column = through.get_field(relation.m2m_field_name()).column
    select = f"SELECT STRING_AGG(v.name, ' ') FROM {through.db_table} x "  # noqa: S608
    join = f"JOIN {target} v ON v.id = x.{target_column} "
    return f"COALESCE(({select}{join}WHERE x.{source_column} = {offering_table}.id), '')"


def _texts_sql(offering_table, columns):
    """Every translation's ``columns`` of the offering, joined by spaces."""
    texts = OfferingText._meta.db_table
    joined = " || ' ' || ".join(f"t.{column}" for column in columns)
    select = f"SELECT STRING_AGG({joined}, ' ') FROM {texts} t"  # noqa: S608
    return f"COALESCE(({select} WHERE t.offering_id = {offering_table}.id), '')"


def _refresh_postgresql(condition):
    # Table and column names come from the models, values are parameters:
    # nothing from outside is formatted into the SQL.
    table = Offering._meta.db_table
    organisation = Offering._meta.get_field("organisation").related_model._meta.db_table
    provider = (
        f"COALESCE((SELECT o.name FROM {organisation} o WHERE o.id = {table}.organisation_id), '')"  # noqa: S608
    )
    tags = f"{_m2m_sql('forums', table)} || ' ' || {_m2m_sql('target_groups', table)}"
    translations = _texts_sql(table, ["name", "short_description", "description"])
    names = f"name || ' ' || {_texts_sql(table, ['name'])}"
    text = (
        f"name || ' ' || short_description || ' ' || description || ' ' || {provider} "
        f"|| ' ' || {tags} || ' ' || {translations}"
    )
    ids_sql, ids_params = (
        Offering.objects.filter(condition).order_by().values("pk").query.sql_with_params()
    )
    sql = (
        f"UPDATE {table} SET "  # noqa: S608
        f"search_name = {_normalise_sql(names)}, "
        f"search_text = {_normalise_sql(text)}, "
        "search_vector = "
        "setweight(to_tsvector('german', name), 'A') || "
        "setweight(to_tsvector('german', short_description), 'B') || "
        f"setweight(to_tsvector('german', description || ' ' || {provider}), 'C') || "
        f"setweight(to_tsvector('german', {tags}), 'D') || "
        f"setweight(to_tsvector('simple', {translations}), 'D') "
        f"WHERE id IN ({ids_sql})"
    )
    # JIT compiling each batch's UPDATE costs more than the update itself.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL jit = off")
        cursor.execute(sql, ids_params)


def _translations_by_offering(ids):
    """Offering id -> its translations' (name, short description, description) rows."""
    found = defaultdict(list)
    for batch in range(0, len(ids), 1000):
        for row in OfferingText.objects.filter(
            offering_id__in=ids[batch : batch + 1000]
        ).values_list("offering_id", "name", "short_description", "description"):
            found[row[0]].append(row[1:])
    return found


def _refresh_python(condition):
    rows = list(
        Offering.objects.filter(condition).values_list(
            "pk", "name", "short_description", "description", "organisation__name"
        )
    )
    if not rows:
        return
    tags = defaultdict(list)
    ids = [row[0] for row in rows]
    for field in ("forums", "target_groups"):
        relation = Offering._meta.get_field(field)
        through = relation.remote_field.through
        target = relation.m2m_reverse_field_name()
        for batch in range(0, len(ids), 1000):
            for offering_id, name in through.objects.filter(
                offering_id__in=ids[batch : batch + 1000]
            ).values_list("offering_id", f"{target}__name"):
                tags[offering_id].append(name)
    translations = _translations_by_offering(ids)
    updates = [
        (
            normalise(" ".join([name, *(text[0] for text in translations[pk])])),
            normalise(
                " ".join(
                    [
                        name,
                        short,
                        description,
                        provider or "",
                        *tags[pk],
                        *(part for text in translations[pk] for part in text),
                    ]
                )
            ),
            pk,
        )
        for pk, name, short, description, provider in rows
    ]
    table = Offering._meta.db_table
    with connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE {table} SET search_name = %s, search_text = %s WHERE id = %s",  # noqa: S608
            updates,
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
