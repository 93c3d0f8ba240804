"""Which parts of an HSDS record the import could not keep.

The JSON is read into Tracked dictionaries that remember which keys the
reader asked for. After reading, every non-empty value that nobody asked
for (or that was asked for and then put aside by consume()) is a field that
Vielfalt has no place for; the import lists them with the number of
records that had them instead of dropping them silently.
"""

from collections import Counter
from collections.abc import Iterable
from typing import Any

# Links between records are implied by the nesting and kept as the records' ids.
STRUCTURAL = {"id", "link_type", "link_entity"}


class Tracked(dict[str, Any]):
    """A JSON object that remembers which of its keys were read."""

    __slots__ = ("used",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.used: set[str] = set()

    def get(self, key: str, default: Any = None) -> Any:
        self.used.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> Any:
        self.used.add(key)
        return super().__getitem__(key)


def consume(value: Any) -> None:
    """Mark a whole value as kept (a matched vocabulary term stands for all of it)."""
    if isinstance(value, Tracked):
        value.used.update(value.keys())
        for inner in dict.values(value):
            consume(inner)
    elif isinstance(value, list):
        for inner in value:
            consume(inner)


def empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def unkept(value: Any, path: str = "", skip: Iterable[str] = ()) -> set[str]:
    """The paths (lists written as "[]") of the values in ``value`` that were never read."""
    found: set[str] = set()
    if isinstance(value, list):
        for inner in value:
            found |= unkept(inner, f"{path}[]")
    elif isinstance(value, Tracked):
        for key, inner in dict.items(value):
            if key in skip or key in STRUCTURAL or key.endswith("_id") or empty(inner):
                continue
            where = f"{path}.{key}" if path else key
            if key not in value.used:
                found.add(where)
            elif isinstance(inner, dict | list):
                found |= unkept(inner, where)
    return found


class Ledger:
    """Counts, over the records of a file, the fields that could not be kept."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.walked: set[int] = set()

    def add(self, value: Any, path: str = "", skip: Iterable[str] = ()) -> None:
        if id(value) in self.walked:  # an organisation shared by many services counts once
            return
        self.walked.add(id(value))
        self.counts.update(unkept(value, path, skip))

    def count(self, path: str) -> None:
        self.counts[path] += 1

    def rows(self) -> list[list[Any]]:
        """[[path, number of records], ...] in path order."""
        return [[path, count] for path, count in sorted(self.counts.items())]
