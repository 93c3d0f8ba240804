"""Invitations: a coordinator gives a Person a login by a one-time e-mail link.

The link carries a token from Django's token generator (with its own salt), so
it stops working as soon as a password is set or the person logs in, after
``INVITATION_VALID_DAYS`` days, and when the account is deactivated (which gives
it a new unusable password: see ``User.save``), even if it is activated again.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.db import transaction
from django.urls import reverse
from django.utils.crypto import constant_time_compare
from django.utils.encoding import force_bytes
from django.utils.http import base36_to_int, urlsafe_base64_decode, urlsafe_base64_encode
from django.utils.translation import gettext as _

from vielfalt.outbox.mail import queue_mail

from .models import User

INVITATION_VALID_DAYS = getattr(settings, "INVITATION_VALID_DAYS", 14)


class InvitationTokenGenerator(PasswordResetTokenGenerator):
    """Like the password-reset tokens, but with their own salt and lifetime."""

    key_salt = "vielfalt.accounts.invitations.InvitationTokenGenerator"

    def check_token(self, user, token):
        if not (user and token):
            return False
        try:
            ts_b36, _hash = token.split("-")
            ts = base36_to_int(ts_b36)
        except ValueError:
            return False
        secrets = [self.secret, *self.secret_fallbacks]
        if not any(
            constant_time_compare(self._make_token_with_timestamp(user, ts, secret), token)
            for secret in secrets
        ):
            return False
        return self._num_seconds(self._now()) - ts <= INVITATION_VALID_DAYS * 24 * 60 * 60


invitation_tokens = InvitationTokenGenerator()


class InvitationError(Exception):
    """The person cannot be invited; the message says why, for the coordinator."""


@dataclass
class Invitation:
    user: User
    url: str
    created_user: bool


def invitation_url(user):
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    path = reverse("dashboard:invitation", args=[uid, invitation_tokens.make_token(user)])
    return settings.SITE_URL + path


def user_from_invitation(uidb64: str, token: str, *, lock: bool = False) -> User | None:
    """The user an invitation link belongs to, or None if the link is forged,
    used up or expired. With ``lock`` (inside a transaction) the user's row stays
    locked until the transaction ends, so that only one use of a link can win."""
    try:
        pk = int(urlsafe_base64_decode(uidb64).decode())
        users = User.objects.select_for_update() if lock else User.objects
        user = users.get(pk=pk, is_active=True)
    except (ValueError, TypeError, OverflowError, UnicodeDecodeError, User.DoesNotExist):
        return None
    if user.has_usable_password() or not invitation_tokens.check_token(user, token):
        return None
    return user


def accept_invitation(uidb64: str, token: str, name: str, password: str) -> User | None:
    """Set the invited person's name and first password, once.

    The password is hashed before the row is locked (Argon2 is slow); the token
    is checked again on the locked row, so of many parallel uses of one link
    exactly one sets the password and the others get None.
    """
    hashed = make_password(password)
    with transaction.atomic():
        user = user_from_invitation(uidb64, token, lock=True)
        if user is None:
            return None
        user.name = name
        user.password = hashed
        user.save(update_fields=["name", "password"])
    return user


def invite(person):
    """Create or link a user for ``person`` and mail them a one-time link.

    Raises InvitationError when the person has no e-mail address, already has a
    password, or the address belongs to someone else's account.
    """
    email = (person.email or "").strip().lower()
    if not email:
        raise InvitationError(
            _("%(name)s hat keine E-Mail-Adresse. Bitte tragen Sie zuerst eine ein.")
            % {"name": person.name}
        )
    with transaction.atomic():
        user = person.user
        created = False
        if user is None:
            user = User.objects.filter(email__iexact=email).first()
            if user is not None and user.linked_person is not None:
                raise InvitationError(
                    _("Die Adresse %(email)s gehört schon zum Konto einer anderen Person.")
                    % {"email": email}
                )
            if user is None:
                user = User.objects.create_user(email=email, name=person.name)
                created = True
            person.user = user
            person.save(update_fields=["user", "updated"])
        if not user.is_active:
            raise InvitationError(
                _("Das Konto von %(name)s ist gesperrt. Bitte erst wieder aktivieren.")
                % {"name": person.name}
            )
        if user.has_usable_password():
            raise InvitationError(
                _(
                    "%(name)s hat schon ein Passwort. Wer es vergessen hat, nutzt "
                    "„Passwort vergessen“ auf der Anmeldeseite."
                )
                % {"name": person.name}
            )
        url = invitation_url(user)
        queue_mail(
            "accounts/mail/invite",
            {"person": person, "url": url, "valid_days": INVITATION_VALID_DAYS},
            [user.email],
        )
    return Invitation(user=user, url=url, created_user=created)
