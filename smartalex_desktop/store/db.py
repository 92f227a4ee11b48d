"""Opening an account's cache file: WAL, versioned migrations, and recovery from a bad file.

The cache only ever holds copies of what the API answered, so a file this code cannot trust is
never worth a crash nor a repair attempt: it is moved aside (`<name>.corrupt-<UTC time>`, kept for
support) and a fresh, empty cache is created; the next sync fills it again. "Cannot trust" means:
not an SQLite database or damaged (SQLITE_NOTADB / SQLITE_CORRUPT, or `quick_check` fails), another
program's database (a foreign `application_id`), or written by a newer version of the app (a
`user_version` above the newest migration here — its schema may mean something this code does not
know). A file that cannot be opened at all (no permission, no space) is not set aside: moving it
would not help, and `StoreUnavailable` says so.

Migrations are `migrations/NNNN_name.sql`, applied in order, each in one transaction together with
its `PRAGMA user_version = NNNN`, so a crash mid-migration leaves the previous version intact.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import NoReturn

from smartalex_desktop.private_files import private_dir, private_file

log = logging.getLogger(__name__)

APPLICATION_ID = 0x53414C58  # "SALX": tells our cache files from any other SQLite file
BUSY_TIMEOUT_S = 10.0
_CORRUPTION_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB (primary result codes)
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class StoreUnavailable(Exception):
    """The cache folder or file cannot be opened at all (permissions, disk full, ...)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.user_message = (
            f"The offline copy of your account could not be opened ({reason}). Check that "
            f"{path.parent} exists and is writable; the app works without it while online."
        )
        super().__init__(self.user_message)


class _Untrusted(Exception):
    """Why a cache file is set aside."""


@cache
def migrations() -> tuple[tuple[int, str], ...]:
    """(version, SQL) of every shipped migration, in order."""
    folder = resources.files("smartalex_desktop.store") / "migrations"
    found: list[tuple[int, str]] = []
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [version for version, _sql in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"store migrations must be numbered 1, 2, 3, ...: {versions}")
    return tuple(found)


def latest_version() -> int:
    return migrations()[-1][0]


def connect(path: Path, *, wal: bool = True) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), WAL, usable from any thread
    (the store hands each thread its own, and closes them all from the closing thread).
    `wal=False` changes nothing in the file: for looking at a file not yet trusted."""
    conn = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
    )
    if wal:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable enough for a cache
        except BaseException:
            conn.close()
            raise
    return conn


def prepare(path: Path) -> Path | None:
    """Make `path` a trusted cache file at the latest version. Returns where an untrusted file
    was moved to (None when the file was fine or new). Never raises for a bad file."""
    try:
        # Private: the copy holds the account's invoices, addresses and card digits.
        private_dir(path.parent)
        private_file(path)
    except OSError as error:
        raise StoreUnavailable(path, error.strerror or str(error)) from None
    set_aside: Path | None = None
    for _attempt in range(2):
        try:
            _open_and_migrate(path)
            return set_aside
        except _Untrusted as why:
            if set_aside is not None:  # a fresh file is untrusted: not a file problem
                raise StoreUnavailable(path, str(why)) from None
            set_aside = _move_aside(path, str(why))
    raise AssertionError("unreachable")


def _open_and_migrate(path: Path) -> None:
    try:
        conn = connect(path, wal=False)  # nothing written before the file is trusted
    except sqlite3.DatabaseError as error:
        _raise_untrusted_or_unavailable(path, error)
    try:
        _check(conn)
        conn.execute("PRAGMA journal_mode = WAL")
        _migrate(conn)
    except sqlite3.DatabaseError as error:
        _raise_untrusted_or_unavailable(path, error)
    finally:
        conn.close()


def _raise_untrusted_or_unavailable(path: Path, error: sqlite3.DatabaseError) -> NoReturn:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _CORRUPTION_CODES:
        raise _Untrusted(f"damaged or not a database: {error}") from None
    raise StoreUnavailable(path, str(error)) from None


def _check(conn: sqlite3.Connection) -> None:
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > latest_version():
        raise _Untrusted(f"written by a newer version of the app (schema {version})")
    if application_id == 0:
        tables = conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
        if tables:
            raise _Untrusted("another program's database (no SmartAlex application id)")
    elif application_id != APPLICATION_ID:
        raise _Untrusted(f"another program's database (application id {application_id:#x})")
    result = conn.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise _Untrusted(f"integrity check failed: {result}")


def _migrate(conn: sqlite3.Connection) -> None:
    for version, sql in migrations():
        if conn.execute("PRAGMA user_version").fetchone()[0] >= version:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Read again under the write lock: another process may have migrated meanwhile.
            if conn.execute("PRAGMA user_version").fetchone()[0] < version:
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        log.info("cache %s migrated to schema %d", _db_name(conn), version)


def _statements(sql: str) -> list[str]:
    """The script's statements one by one (executescript would commit the transaction)."""
    statements: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    leftover = [
        line for line in buffer.splitlines() if line.strip() and not line.strip().startswith("--")
    ]
    if leftover:
        raise ValueError(f"incomplete statement at the end of a migration: {buffer[:80]!r}")
    return statements


def _db_name(conn: sqlite3.Connection) -> str:
    row = conn.execute("PRAGMA database_list").fetchone()
    return Path(row[2]).name if row and row[2] else "?"


def _move_aside(path: Path, reason: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
        counter += 1
    try:
        os.replace(path, target)
        # The WAL and shared-memory files belong to the old file: a stale WAL next to the new
        # database must not be replayed into it.
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
    except OSError as error:
        raise StoreUnavailable(path, error.strerror or str(error)) from None
    log.warning("cache file %s set aside as %s (%s); a fresh one is built", path, target, reason)
    return target
