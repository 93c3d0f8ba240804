"""Password hashing with a bounded cost, and a validator for weak passwords."""

from __future__ import annotations

import os
import re
import threading
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from django.conf import settings
from django.contrib.auth.hashers import Argon2PasswordHasher
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

_pool: ThreadPoolExecutor | None = None
_pool_pid = 0
_pool_lock = threading.Lock()


def hash_pool() -> ThreadPoolExecutor:
    """The threads that compute password hashes in this process.

    A few fixed threads, not a semaphore: besides bounding how many hashes run
    at once, it keeps the freed hash memory in a few malloc arenas (glibc keeps
    a 19 MiB block in each thread's arena that ever hashed). Made anew after a
    fork (gunicorn's workers)."""
    global _pool, _pool_pid
    with _pool_lock:
        if _pool is None or _pool_pid != os.getpid():
            workers = max(1, int(settings.PASSWORD_HASH_CONCURRENCY))
            _pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="password-hash")
            _pool_pid = os.getpid()
        return _pool


class BoundedArgon2PasswordHasher(Argon2PasswordHasher):
    """Argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane).

    Django's defaults take about 100 MiB per hash, so a handful of parallel
    guesses could take the server's memory. Hashes made with other Argon2
    parameters are still checked and are re-hashed with these on the next
    login (``must_update``). At most PASSWORD_HASH_CONCURRENCY hashes run at
    once in a process (``hash_pool``); the others wait.
    """

    time_cost = 2
    memory_cost = 19 * 1024  # KiB
    parallelism = 1

    def encode(self, password: str, salt: str) -> str:
        return hash_pool().submit(super().encode, password, salt).result()

    def verify(self, password: str, encoded: str) -> bool:
        return hash_pool().submit(super().verify, password, encoded).result()

    def harden_runtime(self, password: str, encoded: str) -> None:
        hash_pool().submit(super().harden_runtime, password, encoded).result()


KEYBOARD_ROWS = (
    "1234567890",
    "qwertzuiopü",
    "asdfghjklöä",
    "yxcvbnm",
    "qwertyuiop",
    "zxcvbnm",
    "abcdefghijklmnopqrstuvwxyz",
    "azertyuiop",
)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _run_chars(password: str) -> int:
    """How many characters of the password sit in runs of 3+ neighbours on a
    keyboard row or in the alphabet/digits (forwards or backwards)."""
    sequences = [*KEYBOARD_ROWS, *(row[::-1] for row in KEYBOARD_ROWS)]
    in_run = [False] * len(password)
    for start in range(len(password)):
        for sequence in sequences:
            end = start
            while end + 1 < len(password):
                pair = password[end : end + 2]
                if pair in sequence:
                    end += 1
                else:
                    break
            if end - start + 1 >= 3:
                for index in range(start, end + 1):
                    in_run[index] = True
    return sum(in_run)


class WeakPatternValidator:
    """Refuses one repeated character, keyboard or alphabet runs making up most
    of the password, and the site's own name or town."""

    def site_words(self) -> list[str]:
        words = {"vielfalt", "vielfaltgestalten", _fold(settings.SITE_TOWN)}
        words.add(re.sub(r"[^\w]", "", _fold(settings.SITE_NAME)))
        words.update(re.findall(r"\w{4,}", _fold(settings.SITE_NAME)))
        # "Würselen" is also typed "Wuerselen" or "Wurselen".
        umlauts = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
        plain = {
            "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
            for word in words
        }
        words |= {word.translate(umlauts) for word in words} | plain
        return [word for word in words if len(word) >= 4]

    def validate(self, password: str, user: Any = None) -> None:
        folded = _fold(password)
        letters = re.sub(r"[\W_]", "", folded)
        if len(set(folded)) <= 2:
            raise ValidationError(
                _("Das Passwort besteht fast nur aus einem wiederholten Zeichen."),
                code="password_repeated",
            )
        if _run_chars(folded) * 2 > len(folded):
            raise ValidationError(
                _(
                    "Das Passwort besteht zum großen Teil aus einer Tastatur- oder "
                    "Zeichenfolge wie „qwertz“, „abcdef“ oder „123456“."
                ),
                code="password_keyboard_run",
            )
        words = [re.sub(r"[\W_]", "", word) for word in self.site_words()]
        if any(word in letters for word in words):
            rest = letters
            for word in sorted(words, key=len, reverse=True):
                rest = rest.replace(word, "")
            if len(rest) < 8:
                raise ValidationError(
                    _(
                        "Das Passwort ist zu nah am Namen dieser Seite oder des Orts. "
                        "Bitte wählen Sie etwas anderes."
                    ),
                    code="password_site_name",
                )

    def get_help_text(self) -> str:
        return _(
            "Das Passwort darf nicht nur aus einem wiederholten Zeichen, einer "
            "Tastaturfolge oder dem Namen dieser Seite bestehen."
        )
