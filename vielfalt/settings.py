"""Settings for Vielfalt, read from the environment.

Safe defaults: without DEBUG=1 the site runs with production security settings
and refuses to start without SECRET_KEY and ALLOWED_HOSTS.
"""

import secrets
from pathlib import Path
from urllib.parse import urlsplit

from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from vielfalt.environment import (
    database_settings,
    email_settings,
    env,
    env_bool,
    env_choice,
    env_int,
    env_list,
)

BASE_DIR = Path(__file__).resolve().parent.parent
# A checkout has manage.py beside the package; an installed wheel does not, and
# then var/ belongs in the working directory, never in site-packages.
IN_CHECKOUT = (BASE_DIR / "manage.py").exists()

VAR_DIR = Path(env("VAR_DIR") or (BASE_DIR / "var" if IN_CHECKOUT else Path.cwd() / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)


def local_secret_key() -> str:
    """A key generated once into var/ so that local sessions survive restarts."""
    path = VAR_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(64))
        path.chmod(0o600)
    return path.read_text().strip()


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG and not env_bool("VIELFALT_LOCAL_KEY", False):
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = local_secret_key()

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# The municipality running this site.
SITE_NAME = env("SITE_NAME", "#vielfaltgestalten")
SITE_TOWN = env("SITE_TOWN", "Würselen")
SITE_LOGO = env("SITE_LOGO", "vielfalt/logo.svg")  # a static path or an absolute URL
SITE_DEMO = env_bool("SITE_DEMO", False)  # shows a notice that the data is fictional
# The address in mails; by default the one `manage.py runserver`/`make demo` serves on.
SITE_URL = env("SITE_URL", f"http://127.0.0.1:{env_int('PORT', 8000)}").rstrip("/")

INSTALLED_APPS = [
    "vielfalt.apps.VielfaltAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django_htmx",
    "rules.apps.AutodiscoverRulesConfig",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks",
    "django_tasks_db",
    "simple_history",
    "vielfalt.lib",
    "vielfalt.outbox",
    "vielfalt.accounts",
    "vielfalt.vocabularies",
    "vielfalt.network",
    "vielfalt.forums",
    "vielfalt.offerings",
    "vielfalt.process",
    "vielfalt.meetings",
    "vielfalt.exchange",
    "vielfalt.api",
    "vielfalt.collection",
    "vielfalt.events",
    "vielfalt.surveys",
    "vielfalt.reports",
    "vielfalt.privacy",
    "vielfalt.dashboard",
    "vielfalt.pages",
    "vielfalt.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before the rest: the open API's CORS headers and its limit per client.
    "vielfalt.api.middleware.ApiMiddleware",
    "csp.middleware.CSPMiddleware",
    "vielfalt.lib.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # After LocaleMiddleware: a first visit to an unprefixed page goes to the browser's language.
    "vielfalt.lib.middleware.FirstVisitLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "vielfalt.accounts.second_factor.SecondFactorMiddleware",
    "vielfalt.accounts.idle_timeout.IdleTimeoutMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "vielfalt.urls"
WSGI_APPLICATION = "vielfalt.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "vielfalt" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "vielfalt.pages.context_processors.site",
                "csp.context_processors.nonce",
                "vielfalt.accounts.idle_timeout.context",
            ],
        },
    },
]

DATABASES = {
    # An empty DATABASE_URL (as in `DATABASE_URL= make test`) also means the default.
    "default": database_settings(env("DATABASE_URL"), f"sqlite:///{VAR_DIR / 'vielfalt.sqlite3'}")
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets readers work while one writer writes; IMMEDIATE avoids
        # "database is locked" when two requests upgrade to writing at once.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# The finder's covering index includes columns that only PostgreSQL uses;
# SQLite builds it without them, which is fine.
SILENCED_SYSTEM_CHECKS = ["models.W040"]

# The client's address behind our own reverse proxies (vielfalt.lib.client_ip):
# the number of proxies that append to X-Forwarded-For, or a header that the
# proxy sets to the client's address (e.g. X-Real-IP). 0 / empty: REMOTE_ADDR.
TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))
TRUSTED_CLIENT_IP_HEADER = env("TRUSTED_CLIENT_IP_HEADER")
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = TRUSTED_CLIENT_IP_HEADER or None

# A shared cache: the login rate limits must hold across gunicorn workers.
if env("CACHE_URL") and urlsplit(env("CACHE_URL")).scheme not in ("redis", "rediss"):
    raise ImproperlyConfigured(
        f"CACHE_URL must be a Redis address such as redis://127.0.0.1:6379/1 "
        f"(or empty for the database cache), not {env('CACHE_URL')!r}."
    )
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": env("CACHE_URL")}
        if env("CACHE_URL").startswith("redis")
        else {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "vielfalt_cache",
        }
    ),
    # Rendered parts of public pages, per worker (no round trip to the database or
    # Redis on a hit). Every key holds the versions of the data the part shows, so
    # an entry never needs to be shared or removed; at most this many entries
    # (a few KB each), the oldest dropped first.
    "fragments": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "vielfalt-fragments",
        "OPTIONS": {"MAX_ENTRIES": env_int("FRAGMENT_CACHE_ENTRIES", 2000, minimum=1)},
    },
    # The finder's result cards, per worker and language, keyed like the
    # fragments (offerings/cards.py); apart from them, so that thousands of
    # cards cannot push the pages' parts out. About 1 KB each.
    "cards": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "vielfalt-finder-cards",
        "OPTIONS": {"MAX_ENTRIES": env_int("FINDER_CARD_CACHE_ENTRIES", 5000, minimum=1)},
    },
}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "vielfalt.accounts.backends.CoordinatorBackend",
    "rules.permissions.ObjectPermissionBackend",
    # allauth's backend is Django's ModelBackend (permissions) plus login by
    # e-mail; ModelBackend listed as well would hash every failed password twice.
    "allauth.account.auth_backends.AuthenticationBackend",
]
# Argon2id with OWASP's parameters (19 MiB instead of Django's 100 MiB per hash);
# it also checks older Argon2 hashes (which are upgraded at the next login), so
# Django's own Argon2 hasher must not be listed: it would take over verifying.
PASSWORD_HASHERS = [
    "vielfalt.accounts.passwords.BoundedArgon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "vielfalt.accounts.passwords.WeakPatternValidator"},
]
# At most this many password hashes run at once in one process (the others wait).
PASSWORD_HASH_CONCURRENCY = int(env("PASSWORD_HASH_CONCURRENCY", "2"))
# Failed logins (vielfalt.accounts.ratelimit, counted in a table, not the cache):
# per address and client a minute, per client a minute, per address an hour.
LOGIN_FAILURES_PER_CLIENT = int(env("LOGIN_FAILURES_PER_CLIENT", "5"))
# The open API (/api/v1/): requests a minute per client address.
API_REQUESTS_PER_MINUTE = env_int("API_REQUESTS_PER_MINUTE", 60)
# The finder's recent text searches kept per worker (ranked ids), in bytes.
FINDER_SEARCH_CACHE_BYTES = env_int("FINDER_SEARCH_CACHE_BYTES", 16 * 1024 * 1024)
# From this many public offerings a worker rebuilds its finder index in a thread
# after another worker's change, answering with the index it has meanwhile.
FINDER_BACKGROUND_REBUILD_FROM = env_int("FINDER_BACKGROUND_REBUILD_FROM", 20_000, minimum=1)
LOGIN_FAILURES_PER_IP = int(env("LOGIN_FAILURES_PER_IP", "20"))
LOGIN_FAILURES_PER_ACCOUNT = int(env("LOGIN_FAILURES_PER_ACCOUNT", "30"))
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "dashboard:dashboard"

# django-allauth: login by e-mail, no open sign-up (people are invited).
ACCOUNT_ADAPTER = "vielfalt.accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_MAX_EMAIL_ADDRESSES = 1  # the login address is the person's; coordinators change it
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_RATE_LIMITS = {
    # Failed password logins are limited by vielfalt.accounts.ratelimit; allauth
    # uses "login_failed" for wrong second-factor codes.
    "login_failed": "20/m/ip,5/m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""

# Two factors for everyone with back-office rights (see accounts.second_factor):
# an authenticator app (TOTP) and recovery codes. WebAuthn needs JavaScript without
# a fallback, so it is left out for now.
MFA_ADAPTER = "vielfalt.accounts.second_factor.MFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = SITE_NAME
MFA_TOTP_TOLERANCE = 1  # one 30-second step either way, for phones whose clock drifts
# Sessions with back-office rights end after this many minutes without a request
# (a warning shows BACKOFFICE_IDLE_WARNING_SECONDS ahead and lets them stay).
BACKOFFICE_IDLE_MINUTES = int(env("BACKOFFICE_IDLE_MINUTES", "30"))
BACKOFFICE_IDLE_WARNING_SECONDS = 180

LANGUAGE_CODE = "de"
# The interface languages, each named in its own language (as the switcher shows
# it). Adding one: see "Adding a language" in the README.
LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("tr", "Türkçe"),
    ("ar", "العربية"),
    ("uk", "Українська"),
]
LOCALE_PATHS = [BASE_DIR / "vielfalt" / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(
    env("STATIC_ROOT") or (BASE_DIR / "staticfiles" if IN_CHECKOUT else VAR_DIR / "staticfiles")
)
STATICFILES_DIRS = [BASE_DIR / "vielfalt" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Locally (and in tests, which switch DEBUG off) WhiteNoise finds files in the
# apps instead of expecting collectstatic's output.
WHITENOISE_AUTOREFRESH = DEBUG
WHITENOISE_USE_FINDERS = DEBUG
MEDIA_ROOT = VAR_DIR / "media"
MEDIA_URL = "/media/"
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# Attachments of forum meetings: outside MEDIA_ROOT, served only by a view that
# checks the forum's permission (vielfalt.meetings); the largest file allowed.
MEETINGS_ATTACHMENT_ROOT = VAR_DIR / "attachments"
MEETINGS_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10_485_760

vars().update(email_settings(env("EMAIL_URL", "console://")))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "vielfalt@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Seconds to wait for the mail server; a hanging one is tried again later.
EMAIL_TIMEOUT = int(env("EMAIL_TIMEOUT", "30"))

# Retention (DSGVO Art. 5(1)(e)): `manage.py daily` deletes what is older.
# Accepted or declined join requests, counted from the decision:
RETENTION_DECIDED_REQUESTS_DAYS = int(env("RETENTION_DECIDED_REQUESTS_DAYS", "180"))
# Mails sent (or given up), counted from the attempt:
RETENTION_SENT_MAILS_DAYS = int(env("RETENTION_SENT_MAILS_DAYS", "30"))
# Mails that failed after every retry, counted from when they were queued
# (kept longer, so that coordinators can see and resend them):
RETENTION_FAILED_MAILS_DAYS = int(env("RETENTION_FAILED_MAILS_DAYS", "90"))
# Entries of the back office's change history:
RETENTION_ADMIN_LOG_DAYS = int(env("RETENTION_ADMIN_LOG_DAYS", "730"))
# Where `manage.py backup` writes when given no path:
BACKUP_DIR = Path(env("BACKUP_DIR", str(VAR_DIR / "backups")))

# Background work: "immediate" runs a task at once (local use, tests);
# "database" queues it for `manage.py db_worker` (production).
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks_db.DatabaseBackend"
            if env_choice("TASKS_BACKEND", ("immediate", "database"), "immediate") == "database"
            else "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

# Security: strict unless DEBUG is on. Behind a TLS-terminating proxy set
# SECURE_PROXY_SSL_HEADER=1 so that Django trusts X-Forwarded-Proto.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if not DEBUG:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
if env_bool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Headers (issue 11, helper "headers"): a strict Content-Security-Policy,
# a Permissions-Policy, the language cookie, and the error pages.
# Nothing inline and nothing from other servers: scripts and styles are static
# files. A template that cannot avoid an inline <script> or <style> gives it
# nonce="{{ CSP_NONCE }}"; the nonce is only sent when a template used it.
# The one exception to "no other servers": a SITE_LOGO given as an absolute URL.
_logo = urlsplit(SITE_LOGO)
_logo_origin = [f"{_logo.scheme}://{_logo.netloc}"] if _logo.scheme in ("http", "https") else []
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, *_logo_origin],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}
# Browser features the site never uses, switched off for every page
# (vielfalt.lib.middleware.PermissionsPolicyMiddleware). WebAuthn
# (publickey-credentials-*) stays allowed for the site itself: security keys
# may be a second factor. interest-cohort is the older name of browsing-topics.
PERMISSIONS_POLICY = [
    "accelerometer",
    "autoplay",
    "browsing-topics",
    "interest-cohort",
    "camera",
    "display-capture",
    "encrypted-media",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "picture-in-picture",
    "screen-wake-lock",
    "serial",
    "usb",
    "xr-spatial-tracking",
]
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = not DEBUG
CSRF_FAILURE_VIEW = "vielfalt.pages.errors.csrf_failure"

# Offerings not confirmed for this many days are flagged to their provider,
# and after the grace period marked in the public finder.
OFFERING_CONFIRM_AFTER_DAYS = env_int("OFFERING_CONFIRM_AFTER_DAYS", 365, minimum=1)
OFFERING_STALE_GRACE_DAYS = env_int("OFFERING_STALE_GRACE_DAYS", 90)
# Reports: offerings of one topic, life phase and district from this many on
# are shown as a possible duplicate structure (Doppelstruktur) in the chain.
REPORTS_DUPLICATE_THRESHOLD = env_int("REPORTS_DUPLICATE_THRESHOLD", 4)
# Uploads larger than this are checked and imported by a background task.
IMPORT_BACKGROUND_BYTES = env_int("IMPORT_BACKGROUND_BYTES", 262144)

# Every record is printed once, by the root logger's handler: Django's default
# gives the "django" logger a console handler of its own, which printed each
# record of django.request (404s, errors) twice with DEBUG=1. "django.server"
# (runserver's request lines) keeps Django's own handler and does not propagate.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {
        "handlers": ["console"],
        "level": env_choice("LOG_LEVEL", ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"), "INFO"),
    },
    "loggers": {
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        "django.db.backends": {"level": "INFO"},
    },
}
