"""How search words are folded and stemmed, the same for stored texts, queries and synonyms.

Folded the same way on both sides (stored text and query terms), so that
"Müttercafé", "Muettercafe" and "muttercafe" all read "muttercafe": lower
case, then one letter for each umlaut or accented letter, then "ß" as "ss",
then "ae", "oe", "ue" read as the umlauts they often stand for. Turkish
letters fold like the German ones ("İ" lower-cases to "i" plus a combining
dot, which is dropped); Cyrillic is only lower-cased and Arabic left as it is.
"""

import os
import re
import threading

import snowballstemmer

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
MIN_STEM_LENGTH = 4

# A snowball stemmer keeps the word it works on in itself, so two threads
# stemming at once (a threaded server, the index's background thread) corrupt
# each other's word: every thread has its own.
_stemmers = threading.local()


def _stemmer(language):
    stemmer = getattr(_stemmers, language, None)
    if stemmer is None:
        stemmer = snowballstemmer.stemmer(language)
        setattr(_stemmers, language, stemmer)
    return stemmer


def normalise(text):
    """Lower-case text with umlauts and accents folded, as stored in search_text."""
    text = text.lower().translate(_letter_table)
    for before, after in STRING_FOLDS:
        text = text.replace(before, after)
    return text


def normalise_sql(expression):
    """normalise() in PostgreSQL."""
    letters = "".join(LETTER_FOLDS)
    plain = "".join(LETTER_FOLDS.values())
    expression = f"TRANSLATE(LOWER({expression}), '{letters}', '{plain}')"
    for before, after in STRING_FOLDS:
        expression = f"REPLACE({expression}, '{before}', '{after}')"
    return expression


def words(query):
    """The folded words of ``query`` that carry meaning: one-letter words and stopwords left out
    (unless nothing else is left)."""
    found = [normalise(word) for word in re.findall(r"\w+", query)]
    found = [word for word in found if len(word) > 1] or found
    return [word for word in found if word not in STOPWORDS] or found


def stem(word):
    """The German stem where it is a prefix of four letters or more, else the word.

    Only Latin letters are stemmed; Cyrillic and Arabic words pass unchanged.
    """
    stemmed = _stemmer("german").stemWord(word)
    if len(stemmed) < MIN_STEM_LENGTH or not word.startswith(stemmed):
        return word
    return stemmed


def turkish_stem(word, term):
    """A shorter prefix of the folded ``word`` that the Turkish stemmer finds, or None.

    Stemmed before folding ("danışmanlığı" -> "danışmanlık"), then the common
    prefix with the folded word is taken ("danismanli"), so that the Turkish
    text "danışmanlık" matches.
    """
    # Turkish words carry their endings ("ödevler", "kursları"); the Turkish
    # stem, where shorter than the German one, is matched as well.
    stemmed = normalise(_stemmer("turkish").stemWord(word))
    prefix = os.path.commonprefix([normalise(word), stemmed])
    if len(prefix) >= MIN_STEM_LENGTH and len(prefix) < len(term):
        return prefix
    return None
