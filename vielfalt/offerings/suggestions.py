""" "Meinten Sie …?": the nearest known words for a query that finds nothing or little.

A query word counts as unknown when no word of the public offerings contains
its stem (``SearchWord``), and it is neither a synonym nor a language name.
For each unknown word the nearest words by trigram similarity are proposed,
from the offerings' words and the coordinators' synonym terms: on PostgreSQL
with pg_trgm (``similarity()`` and the ``%`` operator on a trigram GIN
index), elsewhere the same measure computed in Python over the table.
"""

import re

from django.db import connection

from .folding import STOPWORDS, normalise, stem
from .language_terms import language_words
from .search_words import MIN_WORD_LENGTH, SearchWord
from .synonyms import current_synonyms, term_key

FEW_RESULTS = 3  # fewer results than this and the finder suggests other words
MAX_SUGGESTIONS = 3
CANDIDATES = 5
SIMILARITY = 0.3  # pg_trgm's default threshold for ``%``


def trigrams(text):
    """The trigrams of ``text`` as pg_trgm counts them: per word, padded by two spaces before, one after."""
    found = set()
    for word in re.findall(r"\w+", text.lower()):
        padded = f"  {word} "
        found.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return found


def similarity(first, second):
    """pg_trgm's ``similarity()``: shared trigrams over all trigrams of both."""
    a, b = trigrams(first), trigrams(second)
    return len(a & b) / len(a | b) if a and b else 0.0


def nearest_words(folded, limit=CANDIDATES):
    """(score, spelling) of the offerings' words nearest to the folded word, best first."""
    if connection.vendor == "postgresql":
        table = SearchWord._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT similarity(word, %s) AS score, spelling FROM {table} "  # noqa: S608
                "WHERE word %% %s ORDER BY score DESC, count DESC, word LIMIT %s",
                [folded, folded, limit],
            )
            return [(score, spelling) for score, spelling in cursor.fetchall()]
    scored = [
        (similarity(folded, word), -count, spelling)
        for word, spelling, count in SearchWord.objects.values_list("word", "spelling", "count")
    ]
    best = sorted((item for item in scored if item[0] >= SIMILARITY), key=lambda i: (-i[0], i[1:]))
    return [(score, spelling) for score, _count, spelling in best[:limit]]


def _is_known(term):
    """Whether a word of the public offerings contains ``term`` (as the search would find it)."""
    return SearchWord.objects.filter(word__contains=term).exists()


def _candidates(folded, synonym_terms):
    """Spellings near the folded word, best first, one per stem, never the word's own stem."""
    scored = nearest_words(folded)
    scored += [
        (score, term)
        for term in synonym_terms
        if (score := similarity(folded, normalise(term))) >= SIMILARITY
    ]
    scored.sort(key=lambda item: -item[0])
    # A word that contains an earlier one's term finds a part of what it finds.
    found, terms = [], [stem(folded)]
    for _score, spelling in scored:
        key = term_key(spelling)
        if key and not any(term in normalise(spelling) for term in terms):
            terms.append(key[-1])
            found.append(spelling)
    return found[:CANDIDATES]


def suggest(query, limit=MAX_SUGGESTIONS):
    """Up to ``limit`` queries like ``query`` with its unknown words replaced by the nearest known ones."""
    synonyms = current_synonyms()
    known_terms = {term for key in synonyms.equivalents for term in key}
    languages = language_words(normalise, stem)
    known_terms.update(languages)
    raw_words = re.findall(r"\w+", query)
    replacements = {}
    for position, raw in enumerate(raw_words):
        folded = normalise(raw)
        if len(folded) < MIN_WORD_LENGTH or folded in STOPWORDS or folded.isdigit():
            continue
        if folded in known_terms or stem(stem(folded)) in known_terms:
            continue
        if _is_known(stem(folded)):
            continue
        candidates = _candidates(folded, synonyms.terms)
        if candidates:
            if raw[:1].isupper():
                candidates = [word[:1].upper() + word[1:] for word in candidates]
            replacements[position] = candidates
    suggestions = []
    for position, candidates in replacements.items():
        for candidate in candidates:
            chosen = {other: words[0] for other, words in replacements.items()}
            chosen[position] = candidate
            suggestion = _replaced(query, chosen)
            if suggestion not in suggestions:
                suggestions.append(suggestion)
    return suggestions[:limit]


def _replaced(query, chosen):
    """``query`` with its words number ``position`` replaced by ``chosen[position]``."""
    counter = iter(range(len(query)))
    return re.sub(r"\w+", lambda match: chosen.get(next(counter), match.group()), query)
