"""The finder's everyday words at scale: "Meinten Sie …?" and the table of words.

Run on a database with generated offerings (see README: generate_data):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/vielfalt_bench VAR_DIR=/tmp/bench-var \
        DEBUG=1 .venv/bin/python bench/finder_words.py

Prints, in this process: the nearest-words query (pg_trgm) and the whole
suggestion for typos; the finder page for a typo (its corrected search asked
for the first time) and for a query that finds nothing; the cost that the
word table adds to refreshing one offering and 1,000; and its full rebuild.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vielfalt.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models import Q  # noqa: E402
from django.test import Client  # noqa: E402

from vielfalt.demo import synonyms as demo_synonyms  # noqa: E402
from vielfalt.offerings import search_index  # noqa: E402
from vielfalt.offerings.facets import current_index  # noqa: E402
from vielfalt.offerings.models import Offering  # noqa: E402
from vielfalt.offerings.search_words import SearchWord  # noqa: E402
from vielfalt.offerings.suggestions import nearest_words, suggest  # noqa: E402

TYPOS = ["Sprachkurz", "Hebame", "Schwimkurs", "Krabelgruppe", "Elterncafe", "Beratunk",
         "Hausaufgabenhilf", "Integratonskurs", "Fusball", "Seniorentref", "Jugentreff", "Kochkurz"]  # fmt: skip


def timed(function, *args):
    started = time.perf_counter()
    result = function(*args)
    return (time.perf_counter() - started) * 1000, result


def report(label, millis):
    millis = sorted(millis)
    p95 = millis[max(0, round(len(millis) * 0.95) - 1)]
    print(
        f"{label:58} p50 {statistics.median(millis):7.1f} ms  p95 {p95:7.1f} ms  max {millis[-1]:7.1f} ms"
    )


def larger_word_table(size=100_000):
    """The nearest-words query on a table of ``size`` words (compounds of the real ones), rolled back.

    Generated offerings draw on a small pool of words; a town's real texts hold tens of thousands.
    """
    table = SearchWord._meta.db_table
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (word, spelling, count) "  # noqa: S608
                f"SELECT a.word || b.word, a.spelling || b.spelling, 1 FROM {table} a, {table} b "
                "WHERE char_length(a.word || b.word) <= 40 ORDER BY md5(a.word || b.word) LIMIT %s "
                "ON CONFLICT (word) DO NOTHING",
                [size],
            )
            cursor.execute(f"ANALYZE {table}")
        total = SearchWord.objects.count()
        for typo in TYPOS:  # unmeasured: the new rows' pages into memory
            nearest_words(typo)
        report(
            f"nearest words, {total:,} words in the table",
            [timed(nearest_words, t)[0] for t in TYPOS * 3],
        )
        transaction.set_rollback(True)


def main():
    settings.ALLOWED_HOSTS = ["*"]
    demo_synonyms.load()
    public = Offering.objects.public().count()
    print(f"{connection.vendor}, {Offering.objects.count()} offerings ({public} public), "
          f"{SearchWord.objects.count()} words")  # fmt: skip
    current_index()  # the first suggestion would otherwise build the finder's index
    report("nearest words (one typo)", [timed(nearest_words, typo)[0] for typo in TYPOS * 3])
    if connection.vendor == "postgresql":
        larger_word_table()
    report(
        "suggest() (known check, languages, nearest, synonyms)",
        [timed(suggest, t)[0] for t in TYPOS * 3],
    )
    client = Client()
    client.get("/angebote/")  # builds the facet index
    pages = [timed(client.get, "/angebote/", {"q": typo})[0] for typo in TYPOS]
    report("finder page, typo, corrected search asked the first time", pages)
    empty = [
        timed(client.get, "/angebote/", {"q": t, "phase": "aeltere", "district": "pley"})[0]
        for t in TYPOS
    ]
    report("finder page, nothing found (suggestions + way on)", empty)
    ids = list(Offering.objects.order_by("pk").values_list("pk", flat=True)[:1000])
    for label, batch in (("1 offering", ids[:1]), ("1,000 offerings", ids)):
        refresh = min(timed(search_index.refresh_search_index, batch)[0] for _ in range(3))
        words = []
        for _ in range(3):
            with connection.cursor() as cursor:
                if connection.vendor == "postgresql":
                    words.append(
                        timed(search_index._add_words_postgresql, cursor, Q(pk__in=batch))[0]
                    )
        print(
            f"refresh {label}: {refresh:.0f} ms, of which the words {min(words, default=0):.0f} ms"
        )
    seconds, _ = timed(search_index.rebuild_search_words)
    print(f"rebuild of the word table: {seconds / 1000:.1f} s, {SearchWord.objects.count()} words")


if __name__ == "__main__":
    main()
