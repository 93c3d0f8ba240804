import pytest
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError

from vielfalt.accounts.models import User


def test_passwords_are_hashed_with_argon2(db):
    user = User.objects.create_user("ayse@example.org", password="Lindenplatz-Brunnen-2024")

    assert user.password.startswith("argon2$")
    assert user.check_password("Lindenplatz-Brunnen-2024")


def test_a_password_shorter_than_twelve_characters_is_refused(db):
    with pytest.raises(ValidationError) as error:
        password_validation.validate_password("Kurz-Wort-1")  # 11 characters

    assert "password_too_short" in [e.code for e in error.value.error_list]


def test_a_password_of_twelve_characters_is_long_enough(db):
    password_validation.validate_password("Wurmtal-Ufer")


def test_a_common_password_is_refused(db):
    with pytest.raises(ValidationError) as error:
        password_validation.validate_password("qwertyuiop12")

    assert "password_too_common" in [e.code for e in error.value.error_list]
