import pytest
from django.core.cache import cache

from vielfalt.forums.models import Forum


@pytest.fixture(autouse=True)
def fresh_rate_limits(db):
    # The database cache table is not flushed between tests.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def dormant_forum(db):
    return Forum.objects.create(
        name="Arbeitsmarkt", slug="arbeitsmarkt", status=Forum.Status.DORMANT, position=5
    )


@pytest.fixture
def closed_forum(db):
    return Forum.objects.create(
        name="Altes Thema", slug="altes-thema", status=Forum.Status.CLOSED, position=9
    )
