"""The stored search columns of offerings and the table of their words, kept in bulk.

``refresh_search_index`` recomputes an offering's ``search_name`` and
``search_text`` and adds its words to
``SearchWord`` (the suggestions' source); see search.py for how they are matched.
"""

import re
from collections import defaultdict

from django.db import connection, transaction
from django.db.models import Q

from .facets import invalidate
from .folding import normalise, normalise_sql
from .models import Offering, OfferingText
from .search_words import MAX_WORD_LENGTH, MIN_WORD_LENGTH, SearchWord


def refresh_search_index(offering_ids=None, organisation=None):
    """Recompute the stored search columns of the given offerings, in bulk.

    ``offering_ids=None`` refreshes every offering (or every offering of
    ``organisation`` when given). On PostgreSQL one set-based UPDATE per
    1,000 ids (a single one for all); elsewhere the text is folded in Python
    and written with one executemany. Offering.save() and changes of an
    offering's topics, target groups or organisation keep single offerings
    current; call this after bulk_create, bulk_update or raw changes.
    The words of the refreshed public offerings are added to ``SearchWord``;
    a refresh of every offering rebuilds that table.
    """
    everything = offering_ids is None and organisation is None
    if offering_ids is not None:
        ids = sorted({int(pk) for pk in offering_ids})
        batches = [Q(pk__in=ids[start : start + 1000]) for start in range(0, len(ids), 1000)]
    elif organisation is not None:
        batches = [Q(organisation=organisation)]
    else:
        batches = [Q()]
    refresh = _refresh_postgresql if connection.vendor == "postgresql" else _refresh_python
    invalidate()  # bulk changes send no signals; the finder's counts must follow them
    for batch in batches:
        refresh(batch, add_words=not everything)
    if everything:
        rebuild_search_words()


def rebuild_search_words():
    """Fill ``SearchWord`` anew from every public offering (exact counts, no words of old ones).

    The words are gathered first, without locks (half a minute at 100,000
    offerings on PostgreSQL), then swapped in by one short transaction, so
    that saving an offering meanwhile never waits for the rebuild.
    """
    if connection.vendor == "postgresql":
        sql, params = _words_sql(Q())
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL jit = off")
            cursor.execute(sql, params)
            rows = cursor.fetchall()
    else:
        rows = _words_python(_raw_texts(Q(pk__in=Offering.objects.public().values("pk"))))
    with transaction.atomic():
        SearchWord.objects.all().delete()
        SearchWord.objects.bulk_create(
            [
                SearchWord(word=word, spelling=spelling, count=count)
                for word, spelling, count in rows
            ],
            batch_size=2000,
        )


def _public_ids_sql(condition):
    return (
        Offering.objects.public().filter(condition).order_by().values("pk").query.sql_with_params()
    )


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


def _provider_sql(table):
    organisation = Offering._meta.get_field("organisation").related_model._meta.db_table
    return (
        f"COALESCE((SELECT o.name FROM {organisation} o WHERE o.id = {table}.organisation_id), '')"  # noqa: S608
    )


def _text_sql(table):
    """The whole searchable text of an offering, before folding."""
    tags = f"{_m2m_sql('forums', table)} || ' ' || {_m2m_sql('target_groups', table)}"
    translations = _texts_sql(table, ["name", "short_description", "description"])
    return (
        f"name || ' ' || short_description || ' ' || description || ' ' || {_provider_sql(table)} "
        f"|| ' ' || {tags} || ' ' || {translations}"
    )


def _refresh_postgresql(condition, add_words=True):
    # Table and column names come from the models, values are parameters:
    # nothing from outside is formatted into the SQL.
    table = Offering._meta.db_table
    names = f"name || ' ' || {_texts_sql(table, ['name'])}"
    ids_sql, ids_params = (
        Offering.objects.filter(condition).order_by().values("pk").query.sql_with_params()
    )
    sql = (
        f"UPDATE {table} SET "  # noqa: S608
        f"search_name = {normalise_sql(names)}, "
        f"search_text = {normalise_sql(_text_sql(table))} "
        f"WHERE id IN ({ids_sql})"
    )
    # JIT compiling each batch's UPDATE costs more than the update itself.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL jit = off")
        cursor.execute(sql, ids_params)
        if add_words:
            _add_words_postgresql(cursor, condition)


def _words_sql(condition):
    """SQL for (folded word, spelling, number of offerings) of the public offerings matching ``condition``.

    The text parser of to_tsvector('simple') splits and lower-cases the words
    of any script; words with digits or signs (e-mail addresses, "9:30") and
    the whole of a hyphenated word are left out (its parts are kept). Counted
    per lexeme first and folded afterwards, once per distinct word. In word
    order, so that refreshes in parallel take the rows' locks in one order.
    """
    table = Offering._meta.db_table
    ids_sql, ids_params = _public_ids_sql(condition)
    sql = (
        f"SELECT {normalise_sql('lexeme')} AS folded, MIN(lexeme), SUM(n) FROM ("  # noqa: S608
        f"SELECT w.lexeme, COUNT(*) AS n "
        f"FROM {table}, unnest(to_tsvector('simple', {_text_sql(table)})) w "
        f"WHERE {table}.id IN ({ids_sql}) "
        "AND char_length(w.lexeme) BETWEEN %s AND %s AND w.lexeme !~ '[0-9@./_:-]' "
        "GROUP BY w.lexeme) lexemes "
        f"GROUP BY folded HAVING char_length({normalise_sql('MIN(lexeme)')}) <= %s "
        "ORDER BY folded"
    )
    return sql, [*ids_params, MIN_WORD_LENGTH, MAX_WORD_LENGTH, MAX_WORD_LENGTH]


def _add_words_postgresql(cursor, condition):
    """Add the words of the public offerings matching ``condition`` that are not in the table yet."""
    sql, params = _words_sql(condition)
    words = SearchWord._meta.db_table
    cursor.execute(
        f"INSERT INTO {words} (word, spelling, count) {sql} ON CONFLICT (word) DO NOTHING",  # noqa: S608
        params,
    )


def _translations_by_offering(ids):
    """Offering id -> its translations' (name, short description, description) rows."""
    found = defaultdict(list)
    for batch in range(0, len(ids), 1000):
        for row in OfferingText.objects.filter(
            offering_id__in=ids[batch : batch + 1000]
        ).values_list("offering_id", "name", "short_description", "description"):
            found[row[0]].append(row[1:])
    return found


def _raw_texts(condition):
    """(id, name with its translations, whole text) of the offerings matching ``condition``."""
    rows = list(
        Offering.objects.filter(condition).values_list(
            "pk", "name", "short_description", "description", "organisation__name"
        )
    )
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
    return [
        (
            pk,
            " ".join([name, *(text[0] for text in translations[pk])]),
            " ".join(
                [
                    name,
                    short,
                    description,
                    provider or "",
                    *tags[pk],
                    *(part for text in translations[pk] for part in text),
                ]
            ),
        )
        for pk, name, short, description, provider in rows
    ]


def _refresh_python(condition, add_words=True):
    texts = _raw_texts(condition)
    if not texts:
        return
    updates = [(normalise(names), normalise(text), pk) for pk, names, text in texts]
    table = Offering._meta.db_table
    with connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE {table} SET search_name = %s, search_text = %s WHERE id = %s",  # noqa: S608
            updates,
        )
    if not add_words:
        return
    public = set(Offering.objects.public().filter(condition).values_list("pk", flat=True))
    _add_words_python([row for row in texts if row[0] in public])


_WORD = re.compile(r"[^\W\d_]+")


def _words_python(texts):
    """(folded word, spelling, number of offerings) of ``texts`` ((id, names, text) rows)."""
    spellings = {}
    counts = defaultdict(int)
    for _pk, _names, text in texts:
        for spelling in set(_WORD.findall(text.lower())):
            folded = normalise(spelling)
            if len(spelling) >= MIN_WORD_LENGTH and len(folded) <= MAX_WORD_LENGTH:
                spellings[folded] = min(spelling, spellings.get(folded, spelling))
                counts[folded] += 1
    return [(folded, spelling, counts[folded]) for folded, spelling in sorted(spellings.items())]


def _add_words_python(texts):
    """Add the words of ``texts`` that are not in the table yet."""
    SearchWord.objects.bulk_create(
        [
            SearchWord(word=word, spelling=spelling, count=count)
            for word, spelling, count in _words_python(texts)
        ],
        ignore_conflicts=True,
        batch_size=1000,
    )
