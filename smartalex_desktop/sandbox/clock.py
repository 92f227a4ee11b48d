"""The sandbox's test clock: one global "now" that moves only when told to.

Frozen rather than ticking so that a preview and the change that follows it price the same
instant, and so tests are repeatable. It starts at the real time when the data folder is new;
`POST /v1/sandbox/clock/advance` moves it (and `cycle.advance_clock` runs whatever falls due on the
way). Token lifetimes are security, not billing, and use the real time instead.

A *pinned* clock (`smartalex-sandbox --clock-start`, `EmbeddedSandbox(clock_start=…)`, or
`SMARTALEX_SANDBOX_CLOCK_START` for a sandbox started inside another program) starts a new data
folder at a chosen instant and never catches up to the real time, so what a test sees does not
depend on the day it runs.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime

from smartalex_desktop.sandbox.periods import from_db, to_db

# Read by the sandbox only: how a sandbox started inside another program (the app's demo mode,
# `smartalex-desktop export --demo`) is pinned without a command-line option of that program's.
CLOCK_START_VARIABLE = "SMARTALEX_SANDBOX_CLOCK_START"


def parse_start(text: str) -> datetime:
    """An ISO 8601 instant with its UTC offset (`2026-06-10T15:00:00+00:00`, or `…Z`).

    A time without an offset is refused: it would mean a different instant on every machine.
    """
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"{text!r} is not an ISO 8601 date and time; write it like 2026-06-10T15:00:00+00:00."
        ) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{text!r} has no UTC offset; add one, like 2026-06-10T15:00:00+00:00.")
    return moment.astimezone(UTC)


def start_from_environment() -> datetime | None:
    """The pinned start named by `SMARTALEX_SANDBOX_CLOCK_START`, if it is set."""
    text = os.environ.get(CLOCK_START_VARIABLE, "").strip()
    if not text:
        return None
    try:
        return parse_start(text)
    except ValueError as error:
        raise ValueError(f"{CLOCK_START_VARIABLE}: {error}") from None


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
