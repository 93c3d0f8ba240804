"""No test asserts only a status code: each also checks what the person sees."""

import ast
from pathlib import Path

from django.conf import settings


def status_only_tests() -> list[str]:
    found = []
    for path in sorted((Path(settings.BASE_DIR) / "vielfalt").rglob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if not (isinstance(node, ast.FunctionDef) and node.name.startswith("test_")):
                continue
            asserts = [ast.unparse(n.test) for n in ast.walk(node) if isinstance(n, ast.Assert)]
            if asserts and all("status_code" in a for a in asserts):
                found.append(f"{path.name}::{node.name}")
    return found


def test_no_test_asserts_only_a_status_code():
    assert status_only_tests() == []
