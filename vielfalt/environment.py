"""Reading the environment strictly: a value that cannot be meant stops the start
with a message that names the variable (vielfalt.settings uses these)."""

import os
import re
from urllib.parse import parse_qs, unquote, urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
FALSE_WORDS = frozenset({"0", "false", "no", "off"})
WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def parse_bool(name: str, value: str, default: bool = False) -> bool:
    """A boolean setting: 1/0, true/false, yes/no, on/off; empty means the default.

    Anything else stops the start: a typo such as ``DEBUG=ture`` must not read as "off".
    """
    word = value.strip().lower()
    if word == "":
        return default
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(
        f"{name} must be 1 or 0 (or true/false, yes/no, on/off), not {value!r}."
    )


def env_bool(name: str, default: bool = False) -> bool:
    return parse_bool(name, env(name), default)


def parse_int(name: str, value: str, default: int, minimum: int | None = 0) -> int:
    """A whole number setting (at least ``minimum``); empty means the default."""
    if value.strip() == "":
        return default
    if not WHOLE_NUMBER.fullmatch(value.strip()):
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.")
    number = int(value.strip())
    if minimum is not None and number < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, not {number}.")
    return number


def env_int(name: str, default: int, minimum: int | None = 0) -> int:
    return parse_int(name, env(name), default, minimum)


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def env_choice(name: str, choices: tuple[str, ...], default: str = "") -> str:
    """One of ``choices`` (compared without case); empty means the default."""
    value = env(name).strip()
    if value == "":
        return default
    for choice in choices:
        if value.lower() == choice.lower():
            return choice
    raise ImproperlyConfigured(f"{name} must be one of {', '.join(choices)}, not {value!r}.")


def email_settings(url: str) -> dict[str, object]:
    """EMAIL_URL such as smtp://user:pass@host:587?tls=1, or console:// (default)."""
    parts = urlsplit(url.strip())
    if parts.scheme in ("", "console") and not parts.netloc and not parts.path:
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    if parts.scheme == "locmem":
        return {"EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
    if parts.scheme in ("smtp", "smtps"):
        try:
            port = parts.port
        except ValueError:
            raise ImproperlyConfigured(
                f"EMAIL_URL has a port that is not a number: {url!r}."
            ) from None
        if not parts.hostname:
            raise ImproperlyConfigured(
                f"EMAIL_URL names no mail server, e.g. smtp://user:pass@host:587?tls=1: {url!r}."
            )
        query = parse_qs(parts.query, keep_blank_values=True)
        unknown = sorted(set(query) - {"tls"})
        if unknown:
            raise ImproperlyConfigured(
                f"EMAIL_URL has unknown options ({', '.join(unknown)}); only ?tls=1 is known."
            )
        use_tls = parse_bool("EMAIL_URL's tls option", query.get("tls", ["0"])[-1])
        if use_tls and parts.scheme == "smtps":
            raise ImproperlyConfigured("EMAIL_URL: smtps:// already encrypts; leave out ?tls=1.")
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": parts.hostname,
            "EMAIL_PORT": port or (465 if parts.scheme == "smtps" else 25),
            "EMAIL_HOST_USER": unquote(parts.username or ""),
            "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
            "EMAIL_USE_SSL": parts.scheme == "smtps",
            "EMAIL_USE_TLS": use_tls,
        }
    raise ImproperlyConfigured(
        f"EMAIL_URL must start with console://, smtp:// or smtps:// (or locmem:// in tests), "
        f"not {url!r}."
    )


def database_settings(url: str, default: str) -> dj_database_url.DBConfig:
    """DATABASE_URL parsed by dj-database-url; an unknown scheme stops the start."""
    try:
        return dj_database_url.parse(
            url or default,
            conn_max_age=env_int("CONN_MAX_AGE", 60),
            conn_health_checks=True,
        )
    except (ValueError, dj_database_url.UnknownSchemeError) as error:
        raise ImproperlyConfigured(
            f"DATABASE_URL is not a database address such as "
            f"postgres://user:password@host:5432/name or sqlite:///path ({error})"
        ) from None
