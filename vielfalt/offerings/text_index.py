"""The finder's text search in memory: the words of the public offerings, and who holds each.

search.py matches a query term (letters only) as a substring of an offering's
stored, folded ``search_text``; such a term occurs in the text exactly when it
occurs in one of the text's words (its runs of word characters). So each
worker keeps the distinct words of the public offerings' texts and, per word,
the offerings that hold it, numbered by their position in the facet index:
a bitmap (a Python int) for a frequent word, an array of positions for a rare
one, whichever takes fewer bytes. A term's matches are the OR over the words
that contain it, found by ``str.find`` in one string of all the words:
a fraction of a millisecond, where the database reads every matching row
(half a second for a broad word at 100,000 offerings).

The same is kept for ``search_name`` (the names and their translations) to
rank the offerings whose name holds a query's words first, as ``ranked()``
does in SQL. The database's ``search()`` stays the reference: a test checks
that both find the same offerings for a list of queries.
"""

import re
import sys
from array import array
from collections import defaultdict
from itertools import chain

_WORD = re.compile(r"\w+")
SEPARATOR = "\n"


class WordPostings:
    """Distinct words -> the positions of the offerings whose text holds them."""

    def __init__(self, size, postings):
        self.size = size  # positions 0 .. size - 1
        self.postings = postings  # word -> int (bitmap) or array("I") of positions
        # All words in one string, each between separators, to find the words
        # containing a term with str.find instead of a loop over the words.
        self.words = SEPARATOR + SEPARATOR.join(postings) + SEPARATOR

    @classmethod
    def build(cls, texts, size):
        """``texts``: (position, folded text) pairs, each position once."""
        builder = cls.Builder(size)
        for position, text in texts:
            builder.add(position, text)
        return builder.finish()

    class Builder:
        """Collects the words text by text, 4 bytes per (word, offering) until ``finish()``."""

        def __init__(self, size):
            self.size = size
            self.found = defaultdict(lambda: array("I"))

        def add(self, position, text):
            found = self.found
            for word in set(_WORD.findall(text)):
                found[word].append(position)

        def finish(self):
            # A bitmap takes size / 8 bytes, an array 4 per position: keep the smaller.
            size, bitmap_from = self.size, self.size // 32
            postings = {}
            while self.found:
                word, positions = self.found.popitem()
                if len(positions) > bitmap_from:
                    postings[word] = pack(positions, size)
                else:
                    postings[word] = positions
            return WordPostings(size, dict(sorted(postings.items())))

    def words_containing(self, term):
        """The words that hold ``term`` (a run of word characters) as a substring."""
        if not term or SEPARATOR in term:
            return []
        words, found = self.words, []
        at = words.find(term)
        while at >= 0:
            start = words.rfind(SEPARATOR, 0, at) + 1
            end = words.find(SEPARATOR, at)
            found.append(words[start:end])
            at = words.find(term, end)
        return found

    def matching(self, term):
        """Bitmap of the positions whose text holds ``term``."""
        bitmap, rare = 0, []
        for word in self.words_containing(term):
            posting = self.postings[word]
            if isinstance(posting, int):
                bitmap |= posting
            else:
                rare.append(posting)
        if rare:
            bitmap |= pack(chain.from_iterable(rare), self.size)
        return bitmap

    def memory_bytes(self):
        size = sys.getsizeof(self.postings) + sys.getsizeof(self.words)
        for word, posting in self.postings.items():
            size += sys.getsizeof(word) + sys.getsizeof(posting)
        return size


def pack(positions, size):
    """The bitmap (a Python int of ``size`` bits) with the bits ``positions`` set."""
    bits = bytearray((size + 7) // 8)
    for position in positions:
        bits[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(bits, "little")


class TextIndex:
    """The words of the offerings' search texts and of their names, by position."""

    def __init__(self, text, name):
        self.text = text
        self.name = name

    @classmethod
    def build(cls, rows, positions, size):
        """``rows``: (offering id, search_name, search_text); ``positions``: the facet
        index's (offering id -> position), ``size`` its number of positions."""
        names, texts = WordPostings.Builder(size), WordPostings.Builder(size)
        known = len(positions)
        for pk, search_name, search_text in rows:
            position = positions[pk] if pk < known else -1
            if position >= 0:
                names.add(position, search_name)
                texts.add(position, search_text)
        return cls(texts.finish(), names.finish())

    def memory_bytes(self):
        return self.text.memory_bytes() + self.name.memory_bytes()


def score_tiers(unit_bitmaps, within):
    """``within`` split by how many of ``unit_bitmaps`` hold each position, most first.

    The counts are added bit-sliced (one bitmap per binary digit of the
    count), so that ranking 90,000 matches costs a few big-integer operations.
    """
    digits = []
    for bitmap in unit_bitmaps:
        carry = bitmap & within
        for place, digit in enumerate(digits):
            digits[place], carry = digit ^ carry, digit & carry
            if not carry:
                break
        if carry:
            digits.append(carry)
    tiers = []
    for score in range(min(len(unit_bitmaps), (1 << len(digits)) - 1), -1, -1):
        tier = within
        for place, digit in enumerate(digits):
            tier &= digit if score >> place & 1 else ~digit
        if tier:
            tiers.append(tier)
    return tiers
