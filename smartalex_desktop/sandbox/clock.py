"""The sandbox's test clock: one global "now" that moves only when told to.

Frozen rather than ticking so that a preview and the change that follows it price the same
instant, and so tests are repeatable. It starts at the real time when the data folder is new;
`POST /v1/sandbox/clock/advance` moves it (and `cycle.advance_clock` runs whatever falls due on the
way). Token lifetimes are security, not billing, and use the real time instead.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from smartalex_desktop.sandbox.periods import from_db, to_db


def now(conn: sqlite3.Connection) -> datetime:
    row = conn.execute("SELECT now FROM clock WHERE id = 1").fetchone()
    if row is None:
        raise RuntimeError("the sandbox clock is not initialised")
    return from_db(row[0])


def is_set(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM clock WHERE id = 1").fetchone() is not None


def initialise(conn: sqlite3.Connection, start: datetime | None = None) -> datetime:
    """Set the clock on a new database (to the real time unless told); keep an existing one."""
    moment = start or datetime.now(UTC)
    conn.execute("INSERT OR IGNORE INTO clock (id, now) VALUES (1, ?)", (to_db(moment),))
    return now(conn)


def set_now(conn: sqlite3.Connection, moment: datetime) -> None:
    current = now(conn)
    if moment < current:
        raise ValueError("the sandbox clock never goes backwards")
    conn.execute("UPDATE clock SET now = ? WHERE id = 1", (to_db(moment),))
