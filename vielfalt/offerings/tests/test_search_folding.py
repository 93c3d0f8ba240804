"""Properties of the search's folding and stemming, for any German-looking text."""

from hypothesis import given
from hypothesis import strategies as st

from vielfalt.offerings.search import MAX_TERMS, normalise, query_terms

# Letters of German (and the accented letters of names in Würselen), digits.
LETTERS = "abcdefghijklmnopqrstuvwxyzäöüßéèáàçñABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜÉ0123456789"
words = st.text(alphabet=LETTERS, min_size=1, max_size=20)
texts = st.lists(words, max_size=6).map(" ".join)
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


@given(texts, words, texts)
def test_a_word_of_a_text_is_found_by_the_terms_of_that_word(before, word, after):
    stored = normalise(f"{before} {word}, {after}")

    assert all(term in stored for term in query_terms(word))


@given(st.lists(words, min_size=1, max_size=12).map(" ".join))
def test_a_query_gives_at_most_eight_terms_and_never_an_empty_one(query):
    terms = query_terms(query)

    assert 1 <= len(terms) <= MAX_TERMS
    assert all(terms)
    assert len(set(terms)) == len(terms)


@given(
    st.lists(
        st.one_of(st.sampled_from(sorted(UMLAUTS)), st.sampled_from("bcdfghklmnprstwxz")),
        min_size=1,
        max_size=15,
    )
)
def test_an_umlaut_and_its_spelling_with_e_are_found_alike(letters):
    with_umlauts = "".join(letters)
    spelled_out = "".join(UMLAUTS.get(letter, letter) for letter in letters)

    assert normalise(with_umlauts) == normalise(spelled_out)
    assert query_terms(with_umlauts) == query_terms(spelled_out)


@given(texts)
def test_case_does_not_matter(text):
    assert normalise(text.upper()) == normalise(text.lower())


def test_threads_stemming_at_once_get_the_same_stems_as_one_thread():
    """A snowball stemmer keeps its word in itself: shared by threads, it raised
    IndexError or returned another thread's stem (a 500 on a threaded server)."""
    import sys
    import threading

    from vielfalt.offerings.folding import stem, turkish_stem

    words = [
        "familienberatung", "sprachkurse", "hausaufgabenhilfe", "schwangerschaft",
        "krabbelgruppen", "erziehungsberatung", "integrationskurs", "elterncafes",
        "schwimmkurse", "ausbildungsborse", "kindertagesstatte", "jugendzentrum",
    ] * 20  # fmt: skip
    expected = [(stem(word), turkish_stem(word, word)) for word in words]
    failures = []

    def work():
        try:
            for _ in range(4):
                if [(stem(word), turkish_stem(word, word)) for word in words] != expected:
                    failures.append("another stem")
        except Exception as error:  # noqa: BLE001 (the failure to report)
            failures.append(repr(error))

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        threads = [threading.Thread(target=work) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert failures == []
