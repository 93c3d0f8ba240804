"""The demo is loaded once per test session and shared (``demo_data`` in vielfalt/conftest.py).

A test that asks for it sees the whole demo, and what it changes is undone
before the next test; a test that does not ask for it sees none of it, even
when it comes after one that does.
"""

from vielfalt.forums.models import Forum
from vielfalt.network.models import Organisation


def test_a_test_with_the_demo_sees_it(demo_data, db):
    # `db` as well: such a test would otherwise be run among the plain database tests.
    assert Organisation.objects.filter(slug="stadt-wuerselen").exists()
    assert Forum.objects.count() == 7
    assert "Die Demo ist geladen." in demo_data


def test_a_test_without_the_demo_after_it_sees_none_of_it(db):
    assert not Organisation.objects.exists()
    assert not Forum.objects.exists()


def test_a_test_may_change_the_demo(demo_data):
    Forum.objects.update(description="Geändert")
    assert Forum.objects.filter(description="Geändert").count() == 7


def test_the_next_test_sees_the_demo_unchanged(demo_data):
    assert not Forum.objects.filter(description="Geändert").exists()
    assert Forum.objects.filter(name="Sprache und Bildung").exists()
