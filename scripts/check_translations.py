"""Fails when the English catalogue misses a translation or its .mo is stale.

Uses Babel, so it needs no GNU gettext.
"""

import sys
from pathlib import Path

from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent / "vielfalt" / "locale"
problems = []
for po_path in sorted(ROOT.glob("*/LC_MESSAGES/django.po")):
    with po_path.open("rb") as f:
        catalog = read_po(f)
    mo_path = po_path.with_suffix(".mo")
    if not mo_path.exists():
        problems.append(f"{mo_path}: missing (run make messages)")
        continue
    with mo_path.open("rb") as f:
        # Babel's read_mo keeps message contexts as bytes.
        compiled = {
            (
                tuple(m.id) if isinstance(m.id, list | tuple) else m.id,
                m.context.decode() if isinstance(m.context, bytes) else m.context,
            )
            for m in read_mo(f)
            if m.string
        }
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            problems.append(f"{po_path}: untranslated or fuzzy: {message.id!r}")
        elif (
            tuple(message.id) if isinstance(message.id, list | tuple) else message.id,
            message.context,
        ) not in compiled:
            problems.append(f"{mo_path}: stale, lacks {message.id!r} (run make messages)")
for problem in problems:
    print(problem)
print(f"{len(problems)} translation problem(s)")
sys.exit(1 if problems else 0)
