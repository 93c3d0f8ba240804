import pytest

from vielfalt.forums.models import Forum
from vielfalt.lib.compiled import CompiledQuery


def test_it_sends_the_querysets_sql_with_new_values(db, django_assert_num_queries):
    Forum.objects.create(name="Gesundheit", slug="gesundheit")
    Forum.objects.create(name="Arbeitsmarkt", slug="arbeitsmarkt", status="dormant")
    query = CompiledQuery(
        lambda slug: Forum.objects.filter(slug=slug).values_list("name", "status"), "-slug-"
    )

    with django_assert_num_queries(1):
        assert query.row("gesundheit") == ("Gesundheit", "active")
    assert query.row("arbeitsmarkt") == ("Arbeitsmarkt", "dormant")
    assert query.row("gibt-es-nicht") is None


def test_a_placeholder_must_be_among_the_parameters_once(db):
    query = CompiledQuery(lambda slug: Forum.objects.filter(name="x"), "-slug-")

    with pytest.raises(ValueError, match="-slug-"):
        query.row("gesundheit")
