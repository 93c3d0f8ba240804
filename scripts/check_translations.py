"""Fails when a catalogue of the site's languages is missing, incomplete or stale.

Every language in settings.LANGUAGES except the source language (German, the
msgids) needs vielfalt/locale/<code>/LC_MESSAGES/django.po with every message
translated and a django.mo compiled from it. A missing or incomplete catalogue
fails with its language's name. Uses Babel, so it needs no GNU gettext.

Usage: python scripts/check_translations.py [CODE ...]  (default: all languages)
"""

import os
import sys
from pathlib import Path

from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

BASE = Path(__file__).resolve().parent.parent
ROOT = BASE / "vielfalt" / "locale"


def site_languages():
    """settings.LANGUAGES and the source language, read from the project's settings."""
    sys.path.insert(0, str(BASE))
    # Only to read two settings: the settings refuse to load without a secret key otherwise.
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vielfalt.settings")
    from django.conf import settings

    return list(settings.LANGUAGES), settings.LANGUAGE_CODE


def message_key(message):
    message_id = tuple(message.id) if isinstance(message.id, list | tuple) else message.id
    context = message.context.decode() if isinstance(message.context, bytes) else message.context
    return message_id, context


def catalogue_problems(code, name):
    po_path = ROOT / code / "LC_MESSAGES" / "django.po"
    label = f"{name} ({code})"
    if not po_path.exists():
        return [f"{label}: no catalogue at {po_path.relative_to(BASE)} (run make messages)"]
    with po_path.open("rb") as f:
        catalog = read_po(f)
    mo_path = po_path.with_suffix(".mo")
    if not mo_path.exists():
        return [f"{label}: {mo_path.relative_to(BASE)} missing (run make messages)"]
    with mo_path.open("rb") as f:
        # Babel's read_mo keeps message contexts as bytes.
        compiled = {message_key(m) for m in read_mo(f) if m.string}
    problems = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            problems.append(f"{label}: untranslated or fuzzy: {message.id!r}")
        elif message_key(message) not in compiled:
            problems.append(f"{label}: {mo_path.name} is stale, lacks {message.id!r}")
    return problems


def main(codes):
    languages, source = site_languages()
    problems = []
    for code, name in languages:
        if code == source or (codes and code not in codes):
            continue
        problems.extend(catalogue_problems(code, name))
    for problem in problems:
        print(problem)
    print(f"{len(problems)} translation problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
