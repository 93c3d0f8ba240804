"""The cast every test can use: a coordinator, a moderator of one forum,
a member of another forum, and an anonymous visitor (the plain client)."""

import time

import pytest
from allauth.account.internal.flows.login import AUTHENTICATION_METHODS_SESSION_KEY
from allauth.mfa.models import Authenticator
from django.utils import timezone

from vielfalt.accounts.models import User
from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.network.models import Organisation, Person

PASSWORD = "Lindenplatz-Brunnen-2024"
FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def keeps_argon2(node: pytest.Item) -> bool:
    """Password and login tests hash as the site does; ``@pytest.mark.argon2`` asks for it too."""
    names = f"{node.path.stem} {node.name}".lower()
    return "password" in names or "login" in names or node.get_closest_marker("argon2") is not None


@pytest.fixture(autouse=True)
def fast_password_hashing(request, settings):
    # Argon2 costs about 100 ms and 100 MiB a hash, on purpose; every test that
    # creates a user would pay it. MD5 is fine for passwords that guard nothing.
    if not keeps_argon2(request.node):
        settings.PASSWORD_HASHERS = FAST_HASHERS


TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # base32; a test-only authenticator app


def make_person(name, email, organisation=None, **extra):
    user = User.objects.create_user(email=email, password=PASSWORD, name=name)
    return Person.objects.create(
        name=name, email=email, organisation=organisation, user=user, **extra
    )


@pytest.fixture
def organisation(db):
    return Organisation.objects.create(
        name="Familienzentrum Lindenplatz", slug="familienzentrum-lindenplatz", kind="free_provider"
    )


@pytest.fixture
def other_organisation(db):
    return Organisation.objects.create(name="Sportverein Pley", slug="sv-pley", kind="association")


@pytest.fixture
def forum(db):
    return Forum.objects.create(name="Sprache und Bildung", slug="sprache-und-bildung")


@pytest.fixture
def other_forum(db):
    return Forum.objects.create(name="Sport und Freizeit", slug="sport-und-freizeit")


@pytest.fixture
def coordinator(db):
    person = make_person(
        "Clara Koordination",
        "clara@example.org",
        is_coordinator=True,
        public_contact=True,
        consent_given_at=timezone.now(),
        consent_text="Ich bin einverstanden.",
        phone="02405 000-0",
    )
    return person.user


@pytest.fixture
def moderator(db, forum, organisation):
    person = make_person("Mona Moderation", "mona@example.org", organisation)
    ForumMembership.objects.create(forum=forum, person=person, role=ForumMembership.Role.MODERATOR)
    return person.user


@pytest.fixture
def member(db, other_forum, other_organisation):
    """A member of another forum than the moderator's."""
    person = make_person("Max Mitglied", "max@example.org", other_organisation)
    ForumMembership.objects.create(forum=other_forum, person=person)
    return person.user


def pass_second_factor(client, user):
    """Give ``user`` an authenticator app and let ``client``'s session count as
    having used it, as after a login with password and code: the back office asks
    everyone with its rights for a second factor (accounts.second_factor)."""
    authenticator, _ = Authenticator.objects.get_or_create(
        user=user, type=Authenticator.Type.TOTP, defaults={"data": {"secret": TOTP_SECRET}}
    )
    session = client.session
    now = time.time()
    session[AUTHENTICATION_METHODS_SESSION_KEY] = [
        {"method": "password", "at": now, "email": user.email},
        {"method": "mfa", "at": now, "type": "totp", "id": authenticator.pk},
    ]
    session["account_authentication_methods_user"] = str(user.pk)
    session.save()
    return authenticator


@pytest.fixture
def admin_client(client, admin_user):
    """pytest-django's superuser client, past the back office's second factor."""
    client.force_login(admin_user)
    pass_second_factor(client, admin_user)
    return client


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    pass_second_factor(client, coordinator)
    return client


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client
