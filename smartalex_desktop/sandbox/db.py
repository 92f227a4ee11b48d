"""The sandbox's SQLite database: connections, versioned migrations, and write transactions.

One file in the data folder, in WAL mode so readers never wait for the writer, with foreign keys
on. Every change that moves money or touches several rows runs in one `BEGIN IMMEDIATE`
transaction (`write_transaction`): SQLite then serialises writers, which is what makes two
concurrent requests of one account unable to interleave.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from smartalex_desktop.sandbox.files import private_file

DATABASE_FILE_NAME = "sandbox.sqlite3"
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def connect(path: Path) -> sqlite3.Connection:
    """Open a connection in autocommit mode; transactions are always explicit."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30.0)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def _migrations() -> list[tuple[int, str, str]]:
    """The bundled migrations as (version, file name, SQL), in version order."""
    found = []
    for entry in resources.files("smartalex_desktop.sandbox.migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def migrate(path: Path) -> int:
    """Create or upgrade the database at `path`; returns the schema version now in force.

    A database written by a newer sandbox (a version we don't know) is refused rather than
    guessed at. A new file is made 0600 first (SQLite gives its -wal and -shm the same mode): it
    holds password hashes and what the idempotency keys answered.
    """
    private_file(path)
    conn = connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        applied = {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}
        known = _migrations()
        unknown = applied - {version for version, _, _ in known}
        if unknown:
            raise RuntimeError(
                f"The sandbox database {path} was written by a newer version "
                f"(schema {max(unknown)}); use a new --data-dir or a newer sandbox."
            )
        for version, name, sql in known:
            if version in applied:
                continue
            # executescript commits first; wrap the script itself so a failure leaves nothing.
            try:
                conn.executescript(
                    "BEGIN IMMEDIATE;\n"
                    + sql
                    + f"\nINSERT INTO schema_migrations VALUES ({version}, '{name}',"
                    " strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'));\nCOMMIT;"
                )
            except sqlite3.Error:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        return max((version for version, _, _ in known), default=0)
    finally:
        conn.close()


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Run the block as one `BEGIN IMMEDIATE` transaction: all of it lands, or none of it."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
