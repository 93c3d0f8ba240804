"""Uploaded files kept on the server between the dry run and the confirm.

The confirm step must not trust anything the browser sends back, so the
file stays under VAR_DIR/imports with a random name that only the
uploader's session knows. It is removed after the import or the cancel,
and files older than MAX_AGE are swept away with the next upload.
"""

import re
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.http import HttpRequest

SESSION_KEY = "offering_imports"
MAX_AGE = 60 * 60  # seconds
TOKEN = re.compile(r"^[A-Za-z0-9_-]{32}$")


@dataclass
class Pending:
    token: str
    filename: str
    kind: str
    encoding: str
    data: bytes


def folder() -> Path:
    path = Path(settings.VAR_DIR) / "imports"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def owns(request: HttpRequest, token: str) -> bool:
    """Whether this session uploaded the file and it has not expired (without reading it;
    the file itself is gone once it was imported)."""
    entry = request.session.get(SESSION_KEY, {}).get(token)
    if not entry or not TOKEN.match(token):
        return False
    if time.time() - entry["created"] > MAX_AGE:
        discard(request, token)
        return False
    return True


def tokens(request: HttpRequest) -> list[str]:
    """The tokens of this session's uploads, newest first."""
    entries = request.session.get(SESSION_KEY, {})
    return sorted(entries, key=lambda token: entries[token]["created"], reverse=True)


def read(token: str) -> bytes | None:
    """The bytes of a kept upload (for the background task, which has no session)."""
    if not TOKEN.match(token):
        return None
    path = folder() / token
    return path.read_bytes() if path.exists() else None


def remove(token: str) -> None:
    """Delete a kept upload and its progress, without a session (background task)."""
    if TOKEN.match(token):
        (folder() / token).unlink(missing_ok=True)
        progress_path(token).unlink(missing_ok=True)


def progress_path(token: str) -> Path:
    path = Path(settings.VAR_DIR) / "import-progress"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path / token


def write_progress(token: str, done: int, total: int) -> None:
    """Progress of a background check or import. Kept in a file, not the database:
    the work runs inside one transaction, whose writes nobody else can see."""
    path = progress_path(token)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(f"{done} {total}")
    temporary.replace(path)


def read_progress(token: str) -> tuple[int, int] | None:
    """(done, total) of a running job, or None."""
    try:
        done, total = progress_path(token).read_text().split()
        return int(done), int(total)
    except (OSError, ValueError):
        return None


def keep(request: HttpRequest, data: bytes, *, filename: str, kind: str, encoding: str) -> str:
    """Store the file for this session; returns the token that names it."""
    sweep()
    token = secrets.token_urlsafe(24)
    (folder() / token).write_bytes(data)
    now = time.time()
    entries = {
        key: entry
        for key, entry in request.session.get(SESSION_KEY, {}).items()
        if now - entry["created"] <= MAX_AGE
    }
    entries[token] = {
        "filename": filename[:200],
        "kind": kind,
        "encoding": encoding,
        "created": now,
    }
    request.session[SESSION_KEY] = entries
    return token


def load(request: HttpRequest, token: str) -> Pending | None:
    """The pending upload, if this session owns it and it has not expired."""
    entry = request.session.get(SESSION_KEY, {}).get(token)
    if not entry or not TOKEN.match(token):
        return None
    path = folder() / token
    if time.time() - entry["created"] > MAX_AGE or not path.exists():
        discard(request, token)
        return None
    return Pending(token, entry["filename"], entry["kind"], entry["encoding"], path.read_bytes())


def discard(request: HttpRequest, token: str) -> None:
    entries = request.session.get(SESSION_KEY, {})
    if entries.pop(token, None) is not None:
        request.session[SESSION_KEY] = entries
    remove(token)


def sweep() -> None:
    """Remove uploads that were neither imported nor cancelled in time."""
    limit = time.time() - MAX_AGE
    for path in folder().iterdir():
        if path.is_file() and path.stat().st_mtime < limit:
            path.unlink(missing_ok=True)
