"""Weak passwords that are long enough are still refused: one repeated
character, keyboard or alphabet runs, and the site's own name."""

import pytest
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.utils import translation

from vielfalt.accounts.forms import InvitationForm
from vielfalt.accounts.models import User


def codes(password):
    with pytest.raises(ValidationError) as error:
        password_validation.validate_password(password)
    return [e.code for e in error.value.error_list]


@pytest.mark.parametrize(
    "password", ["aaaaaaaaaaaa", "############", "ZZZZZZZZZZZZZZZZZ", "abababababab"]
)
def test_one_repeated_character_is_refused(db, password):
    assert "password_repeated" in codes(password)


@pytest.mark.parametrize(
    "password",
    [
        "qwertzuiopü1",
        "asdfghjklöä!",
        "abcdefghijkl",
        "1234567890ab",
        "987654321zyx",
        "Qwertz-Asdfgh",
    ],
)
def test_keyboard_and_alphabet_runs_are_refused(db, password):
    assert "password_keyboard_run" in codes(password)


@pytest.mark.parametrize(
    "password", ["Vielfalt2024!", "wuerselen-vielfalt", "Würselen12345", "#vielfaltgestalten"]
)
def test_the_sites_name_and_town_are_refused(db, settings, password):
    settings.SITE_TOWN = "Würselen"
    settings.SITE_NAME = "#vielfaltgestalten"
    result = codes(password)
    assert "password_site_name" in result or "password_keyboard_run" in result


@pytest.mark.parametrize(
    "password",
    [
        "Lindenplatz-Brunnen-2024",
        "Brunnen-Linde-Wurmtal-7",
        "Vielfalt im Wurmtal braucht Geduld",
        "korrekt Pferd Batterie Heftklammer",
        "mein-Rad-hat-3-Gänge",
    ],
)
def test_good_passwords_pass(db, password):
    password_validation.validate_password(password)


def test_the_invitation_form_explains_the_refusal_in_plain_german(db):
    user = User.objects.create_user("neu@example.org", name="Neue Person")
    form = InvitationForm(
        user, {"name": "Neue Person", "password1": "aaaaaaaaaaaa", "password2": "aaaaaaaaaaaa"}
    )

    assert not form.is_valid()
    assert (
        "Das Passwort besteht fast nur aus einem wiederholten Zeichen." in form.errors["password1"]
    )


def test_the_help_text_is_in_the_readers_language(db):
    with translation.override("de"):
        assert "wiederholten Zeichen" in " ".join(
            password_validation.password_validators_help_texts()
        )
