"""Tests hash with MD5, except the password and login tests, which keep Argon2."""

import pytest

from vielfalt.accounts.models import User


def test_a_user_made_in_a_test_is_hashed_fast(db):
    user = User.objects.create_user("ayse@example.org", password="Lindenplatz-Brunnen-2024")

    assert user.password.startswith("md5$")
    assert user.check_password("Lindenplatz-Brunnen-2024")


@pytest.mark.argon2
def test_a_test_marked_argon2_hashes_as_the_site_does(db):
    user = User.objects.create_user("ayse@example.org", password="Lindenplatz-Brunnen-2024")

    assert user.password.startswith("argon2$")


def test_the_cast_signs_in_with_a_fast_hash(coordinator):
    assert coordinator.password.startswith("md5$")
