"""Fill the English catalogue from JSON files of translations and compile it.

Usage: python scripts/merge_translations.py FILE.json [...]
Each file is a list of {"id": msgid or [singular, plural], "context": ..., "str": ...}.
Uses Babel, so it needs no GNU gettext.
"""

import json
import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

PO = (
    Path(__file__).resolve().parent.parent
    / "vielfalt"
    / "locale"
    / "en"
    / "LC_MESSAGES"
    / "django.po"
)


def key(message_id, context):
    return (tuple(message_id) if isinstance(message_id, list | tuple) else message_id, context)


def main(paths):
    translations = {}
    for path in paths:
        for item in json.loads(Path(path).read_text()):
            translations[key(item["id"], item.get("context"))] = item["str"]
    with PO.open("rb") as f:
        catalog = read_po(f, locale="en")
    catalog.project, catalog.version = "Vielfalt", ""
    catalog.language_team = "Vielfalt <vielfalt@localhost>"
    catalog.last_translator = "Vielfalt <vielfalt@localhost>"
    catalog.fuzzy = False
    catalog.revision_date = catalog.creation_date
    catalog.header_comment = "# English interface of Vielfalt (German is the source language)."
    filled = 0
    for message in catalog:
        if not message.id:
            continue
        found = translations.get(key(message.id, message.context))
        if found:
            message.string = tuple(found) if isinstance(found, list) else found
            message.flags.discard("fuzzy")
            filled += 1
    with PO.open("wb") as f:
        write_po(f, catalog, width=100, omit_header=False)
    with PO.with_suffix(".mo").open("wb") as f:
        write_mo(f, catalog)
    print(f"{filled} of {len([m for m in catalog if m.id])} messages translated")


if __name__ == "__main__":
    main(sys.argv[1:])
