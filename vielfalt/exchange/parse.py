"""One entry point for every kind of upload: CSV, XLSX or HSDS JSON."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import files, hsds_import, tabular
from .hsds_unkept import Tracked
from .importer import Problem, Report, run_import
from .records import OfferingData, ProviderData


@dataclass
class Parsed:
    records: list[OfferingData] = field(default_factory=list)
    providers: list[ProviderData] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unkept: list[list[Any]] = field(default_factory=list)  # [[HSDS field, number of records], ...]

    def run(self, *, dry_run: bool, progress: Callable[[int, int], None] | None = None) -> Report:
        """The import (or its dry run) of what was read; see importer.run_import."""
        return run_import(
            self.records,
            dry_run=dry_run,
            providers=self.providers,
            notes=self.notes,
            unkept=self.unkept,
            progress=progress,
        )


def parse_file(kind: str, data: bytes, encoding: str = "auto") -> Parsed:
    """Read and validate a file of the given kind (files.CSV, XLSX or JSON)."""
    try:
        files.check_size(len(data))
        if kind == files.JSON:
            document = files.read_json(data, object_hook=Tracked)
            records, providers, problems, notes, unkept = hsds_import.parse_document(document)
            return Parsed(records, providers, problems, notes, unkept)
        rows = tabular.read_table(kind, data, encoding)
    except files.FileProblem as problem:
        return Parsed(problems=[Problem("–", "–", str(problem))])
    records, problems = tabular.parse_rows(rows)
    return Parsed(records, problems=problems)
