"""Language names in a search: "Türkisch", "Turkish" or "Türkçe" find the offerings held in Turkish.

A family looking for help in their language types the language's name, in
German, in English or in the language itself. Such a word matches, besides
the texts that contain it, every offering whose languages include that
language. German is left out: nearly every offering is held in German, and
"Deutsch" in a query means a German course, not every offering. The names come from the site's Language vocabulary (its German,
English and own names) and from the CLDR (Babel) in German, English, the
interface languages and the language itself, so a municipality that adds a
language needs to add nothing else.
"""

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError
from django.conf import settings

from vielfalt.vocabularies.models import Language


@lru_cache(maxsize=256)
def cldr_names(code: str) -> frozenset[str]:
    """The CLDR names of the language ``code`` in German, English, the site's languages and itself."""
    try:
        language = Locale.parse(code.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return frozenset()
    names = set()
    for display in {"de", "en", code, *(c for c, _name in settings.LANGUAGES)}:
        try:
            name = language.get_display_name(Locale.parse(display.replace("-", "_")))
        except (ValueError, UnknownLocaleError):
            continue
        if name:
            names.add(name)
    return frozenset(names)


def language_words(
    normalise: Callable[[str], str], stem: Callable[[str], str]
) -> dict[str, set[int]]:
    """Folded single-word language names (and their stems) -> ids of the Language rows.

    One query; the words are worked out once per distinct set of rows (the
    stemming costs tens of milliseconds). The answer is shared: read it only.
    """
    languages = Language.objects.exclude(code__in=["de", "de-DE"])
    rows = tuple(languages.values_list("pk", "code", "name", "name_en", "native_name"))
    return _words_of(rows, normalise, stem)


@lru_cache(maxsize=16)
def _words_of(
    rows: tuple[tuple[Any, ...], ...],
    normalise: Callable[[str], str],
    stem: Callable[[str], str],
) -> dict[str, set[int]]:
    words: dict[str, set[int]] = {}
    for pk, code, *names in rows:
        for name in {*names, *cldr_names(code)}:
            folded = normalise(name or "").strip()
            if not folded or " " in folded:
                continue
            for word in {folded, stem(folded)}:
                words.setdefault(word, set()).add(pk)
    return words
