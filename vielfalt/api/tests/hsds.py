"""Validators for the HSDS 3.0 schemas in the shared folder (as the export's tests use)."""

import json
from pathlib import Path

import jsonschema
import pytest
from django.conf import settings
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

# The shared folder beside the clone (or beside the folder of worktrees).
SHARED = next(
    (
        folder / "shared" / "hsds" / "schema"
        for folder in Path(settings.BASE_DIR).parents[:2]
        if (folder / "shared" / "hsds" / "schema").is_dir()
    ),
    Path(settings.BASE_DIR).parent / "shared" / "hsds" / "schema",
)


def hsds_validator(name):
    """A validator for the HSDS schema ``name`` (compiled when there is one)."""
    if not SHARED.is_dir():
        pytest.skip(f"the shared HSDS folder {SHARED} is not beside this clone")
    compiled = SHARED / "compiled" / f"{name}.json"
    path = compiled if compiled.exists() else SHARED / f"{name}.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    registry = Registry().with_resources(
        (part.name, Resource.from_contents(json.loads(part.read_text()), DRAFT202012))
        for part in SHARED.glob("*.json")
    )
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    return cls(schema, registry=registry, format_checker=cls.FORMAT_CHECKER)


def errors(validator, record):
    return [f"{list(error.path)}: {error.message}" for error in validator.iter_errors(record)]


PAGE_KEYS = {"total_items", "total_pages", "page_number", "size", "first_page", "last_page",
             "empty", "contents"}  # fmt: skip
