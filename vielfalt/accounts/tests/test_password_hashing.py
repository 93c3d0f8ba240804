"""Password hashes with a bounded cost: OWASP's Argon2id parameters, old hashes
upgraded at login, and at most PASSWORD_HASH_CONCURRENCY hashes at once."""

import threading
import time

from django.contrib.auth.hashers import Argon2PasswordHasher, identify_hasher, make_password

from vielfalt.accounts import passwords
from vielfalt.accounts.models import User
from vielfalt.conftest import PASSWORD


def test_new_hashes_use_owasps_argon2id_parameters(db):
    user = User.objects.create_user("ayse@example.org", password=PASSWORD)

    assert user.password.startswith("argon2$argon2id$")
    assert "$m=19456,t=2,p=1$" in user.password
    assert user.check_password(PASSWORD)


def test_a_hash_with_djangos_defaults_still_works_and_is_upgraded_at_login(client, db):
    user = User.objects.create_user("ayse@example.org")
    user.password = Argon2PasswordHasher().encode(PASSWORD, Argon2PasswordHasher().salt())
    user.save()
    assert "$m=102400,t=2,p=8$" in user.password

    response = client.post("/konto/login/", {"login": "ayse@example.org", "password": PASSWORD})

    assert response.status_code == 302
    user.refresh_from_db()
    assert "$m=19456,t=2,p=1$" in user.password
    assert identify_hasher(user.password).algorithm == "argon2"


def test_only_the_allowed_number_of_hashes_run_at_once(settings, monkeypatch):
    settings.PASSWORD_HASH_CONCURRENCY = 2
    monkeypatch.setattr(passwords, "_pool", None)
    encoded = make_password(PASSWORD)
    running, peak, lock = 0, 0, threading.Lock()
    original = Argon2PasswordHasher.verify

    def watched_verify(self, password, encoded):
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        time.sleep(0.05)
        try:
            return original(self, password, encoded)
        finally:
            with lock:
                running -= 1

    monkeypatch.setattr(Argon2PasswordHasher, "verify", watched_verify)
    hasher = passwords.BoundedArgon2PasswordHasher()
    threads = [threading.Thread(target=hasher.verify, args=("falsch", encoded)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert peak == 2


def test_a_failed_login_computes_one_hash(client, db, monkeypatch):
    User.objects.create_user("ayse@example.org", password=PASSWORD)
    calls = []
    original = passwords.BoundedArgon2PasswordHasher.verify
    encode = passwords.BoundedArgon2PasswordHasher.encode

    def counted_verify(self, password, encoded):
        calls.append("verify")
        return original(self, password, encoded)

    def counted_encode(self, password, salt):
        calls.append("encode")
        return encode(self, password, salt)

    monkeypatch.setattr(passwords.BoundedArgon2PasswordHasher, "verify", counted_verify)
    monkeypatch.setattr(passwords.BoundedArgon2PasswordHasher, "encode", counted_encode)

    client.post("/konto/login/", {"login": "ayse@example.org", "password": "falsch-falsch-1"})
    client.post("/konto/login/", {"login": "niemand@example.org", "password": "falsch-falsch-1"})

    assert calls == ["verify", "encode"]  # the unknown address costs the same as a known one


def test_a_locked_login_computes_no_hash(client, db, monkeypatch):
    User.objects.create_user("ayse@example.org", password=PASSWORD)
    for _ in range(5):
        client.post("/konto/login/", {"login": "ayse@example.org", "password": "falsch-falsch-1"})
    calls = []
    monkeypatch.setattr(
        passwords.BoundedArgon2PasswordHasher, "verify", lambda *args: calls.append(1) or False
    )

    client.post("/konto/login/", {"login": "ayse@example.org", "password": "falsch-falsch-1"})

    assert calls == []
