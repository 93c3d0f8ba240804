"""Properties of the settings parsers, for every value rather than a few examples."""

import re

import pytest
from django.core.exceptions import ImproperlyConfigured
from hypothesis import given
from hypothesis import strategies as st

from vielfalt.environment import FALSE_WORDS, TRUE_WORDS, parse_bool, parse_int

KNOWN_WORDS = TRUE_WORDS | FALSE_WORDS


def spelled(words):
    """One of ``words`` in any mix of case, with blanks around it."""
    return st.tuples(
        st.sampled_from(sorted(words)),
        st.lists(st.booleans(), min_size=5, max_size=5),
        st.sampled_from(["", " ", "\t"]),
    ).map(
        lambda t: (
            t[2] + "".join(c.upper() if up else c for c, up in zip(t[0], t[1], strict=False)) + t[2]
        )
    )


@given(spelled(TRUE_WORDS), st.booleans())
def test_every_yes_reads_as_true_whatever_the_default(value, default):
    assert parse_bool("DEBUG", value, default) is True


@given(spelled(FALSE_WORDS), st.booleans())
def test_every_no_reads_as_false_whatever_the_default(value, default):
    assert parse_bool("DEBUG", value, default) is False


@given(st.sampled_from(["", " ", "\t\n"]), st.booleans())
def test_an_empty_value_reads_as_the_default(value, default):
    assert parse_bool("DEBUG", value, default) is default


@given(st.text().filter(lambda text: text.strip().lower() not in KNOWN_WORDS | {""}))
def test_any_other_value_stops_with_the_variable_named(value):
    with pytest.raises(ImproperlyConfigured, match="^SITE_DEMO must be 1 or 0"):
        parse_bool("SITE_DEMO", value)


@given(st.integers(min_value=0), st.sampled_from(["", " ", "+"]))
def test_a_whole_number_reads_as_itself(number, prefix):
    assert parse_int("CONN_MAX_AGE", f"{prefix}{number} ", 60) == number


@given(st.integers(max_value=-1))
def test_a_number_below_the_minimum_stops_with_the_variable_named(number):
    with pytest.raises(ImproperlyConfigured, match="^CONN_MAX_AGE must be at least 0"):
        parse_int("CONN_MAX_AGE", str(number), 60)


@given(
    st.one_of(st.text(), st.from_regex(r"\A[0-9][0-9_]*[0-9]\Z"), st.just("١٢")).filter(
        lambda text: text.strip() and not re.fullmatch(r"[+-]?[0-9]+", text.strip())
    )
)
def test_anything_but_a_number_stops_with_the_variable_named(value):
    with pytest.raises(ImproperlyConfigured, match="^PORT must be a whole number"):
        parse_int("PORT", value, 8000)
