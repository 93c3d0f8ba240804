"""Validators for the HSDS 3.0 schemas.

The schemas are kept beside these tests (``hsds_schema/``: Open Referral's
files, CC BY-SA 4.0, see its LICENSE), so that the API's answers are checked
on any clone. Where the shared folder of the export's tests lies beside the
clone, its compiled schemas (the same, with every reference resolved) are used.
"""

import json
from pathlib import Path

import jsonschema
from django.conf import settings
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

KEPT = Path(__file__).resolve().parent / "hsds_schema"
# The shared folder beside the clone (or beside the folder of worktrees).
SHARED = next(
    (
        folder / "shared" / "hsds" / "schema"
        for folder in Path(settings.BASE_DIR).parents[:2]
        if (folder / "shared" / "hsds" / "schema").is_dir()
    ),
    None,
)


def hsds_validator(name):
    """A validator for the HSDS schema ``name`` (the shared compiled one if there is one)."""
    compiled = SHARED / "compiled" / f"{name}.json" if SHARED else None
    path = compiled if compiled and compiled.exists() else KEPT / f"{name}.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    registry = Registry().with_resources(
        (part.name, Resource.from_contents(json.loads(part.read_text()), DRAFT202012))
        for part in KEPT.glob("*.json")
    )
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    return cls(schema, registry=registry, format_checker=cls.FORMAT_CHECKER)


def errors(validator, record):
    return [f"{list(error.path)}: {error.message}" for error in validator.iter_errors(record)]


PAGE_KEYS = {"total_items", "total_pages", "page_number", "size", "first_page", "last_page",
             "empty", "contents"}  # fmt: skip
