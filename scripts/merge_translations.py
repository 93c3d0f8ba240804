"""Fill the catalogues from JSON files of translations and compile every catalogue.

Usage: python scripts/merge_translations.py FILE.json [...]
Each file is a list of {"id": msgid or [singular, plural], "context": ...,
"str": English, and optionally "tr": ..., "ar": ..., "uk": ... (any language
code of a catalogue under vielfalt/locale)}. "str" is the English, as before.
Uses Babel, so it needs no GNU gettext.
"""

import json
import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

LOCALE = Path(__file__).resolve().parent.parent / "vielfalt" / "locale"
NATIVE = {"en": "English", "tr": "Turkish", "ar": "Arabic", "uk": "Ukrainian"}


def key(message_id, context):
    return (tuple(message_id) if isinstance(message_id, list | tuple) else message_id, context)


def main(paths):
    items = [item for path in paths for item in json.loads(Path(path).read_text())]
    for po_path in sorted(LOCALE.glob("*/LC_MESSAGES/django.po")):
        code = po_path.parent.parent.name
        field = "str" if code == "en" else code
        translations = {
            key(item["id"], item.get("context")): item[field] for item in items if item.get(field)
        }
        merge(po_path, code, translations)


def merge(po_path, code, translations):
    with po_path.open("rb") as f:
        catalog = read_po(f, locale=code)
    catalog.project, catalog.version = "Vielfalt", ""
    catalog.language_team = "Vielfalt <vielfalt@localhost>"
    catalog.last_translator = "Vielfalt <vielfalt@localhost>"
    catalog.fuzzy = False
    catalog.revision_date = catalog.creation_date
    language = NATIVE.get(code, code)
    catalog.header_comment = f"# {language} interface of Vielfalt (German is the source language)."
    filled = 0
    for message in catalog:
        if not message.id:
            continue
        found = translations.get(key(message.id, message.context))
        if found:
            if isinstance(found, list):
                # As many plural forms as the language has (the last one repeated).
                forms = catalog.num_plurals
                found = tuple((found + [found[-1]] * forms)[:forms])
            message.string = found
            message.flags.discard("fuzzy")
            filled += 1
    with po_path.open("wb") as f:
        write_po(f, catalog, width=100, omit_header=False)
    with po_path.with_suffix(".mo").open("wb") as f:
        write_mo(f, catalog)
    total = len([m for m in catalog if m.id])
    print(f"{code}: {filled} of {total} messages filled from the files")


if __name__ == "__main__":
    main(sys.argv[1:])
