"""The store's SQLite connections: each running thread uses one of its own (WAL), so readers never
wait for the writer; writes serialized by one lock, each one transaction (all of it or nothing).

A thread *leases* a connection from a small pool the first time it touches the store and gives it
back when its Python thread state ends. Why not simply one connection per `threading.local`, kept
for ever: PySide6 runs each callable a `QThreadPool` starts under a Python thread state of its own,
made for that call and deleted after it, so every background task was a "new thread" — and every
task that read the store opened a connection that stayed open, with its schema and page cache,
until the store closed (the soak's PDF viewer grew 118 KB per open from this; docs/performance.md,
"Store: connections leased, not kept per thread"). A lease lives in the thread-local, so it ends
with the thread state, and the connection goes back to the pool for the next task.
"""

from __future__ import annotations

import sqlite3
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Self

from smartalex_desktop.store import db

# Connections kept open while no thread uses them: as many as run at once (the GUI's pool has
# one worker per core); more would only hold their caches.
IDLE_CONNECTIONS = 4


class _Lease:
    """A pooled connection lent to one thread state; giving it back is tied to its end."""

    __slots__ = ("__weakref__", "conn")

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn


class StoreConnections:
    """What `StoreReads` and `StoreWrites` share: the file and the connections lent to threads."""

    def __init__(self, path: Path, *, set_aside: Path | None = None) -> None:
        """Use `Store.open`: it prepares the file (migrations, recovery) first."""
        self.path = path
        # Where a damaged or foreign file was moved at open (None if the file was fine).
        self.set_aside = set_aside
        self.sync_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []  # every open one, lent or idle
        self._idle: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()
        self._closed = False

    @property
    def open_connections(self) -> int:
        """How many connections are open (lent and idle): at most the threads using the store
        at once, plus `IDLE_CONNECTIONS`."""
        with self._connections_lock:
            return len(self._connections)

    def _conn(self) -> sqlite3.Connection:
        """This thread's connection: the same one for as long as the thread state lives, so a
        sync's staging (temporary tables) and its transaction stay on one connection."""
        if self._closed:
            raise RuntimeError("the store is closed")
        lease: _Lease | None = getattr(self._local, "lease", None)
        if lease is None:
            lease = _Lease(self._lend())
            weakref.finalize(lease, self._give_back, lease.conn)
            self._local.lease = lease
        return lease.conn

    def _lend(self) -> sqlite3.Connection:
        with self._connections_lock:
            if self._idle:
                return self._idle.pop()
        conn = db.connect(self.path)
        with self._connections_lock:
            self._connections.append(conn)
        return conn

    def _give_back(self, conn: sqlite3.Connection) -> None:
        """The thread state that held `conn` ended: clean it and keep it for the next one (or
        close it when enough are idle, or the store is closed)."""
        with self._connections_lock:
            if conn not in self._connections:
                return  # closed with the store
            keep = not self._closed and len(self._idle) < IDLE_CONNECTIONS
            if not keep:
                self._connections.remove(conn)
        try:
            if keep:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                # What `stage` set aside and nobody added is that thread's, not the next one's.
                temporary = "SELECT name FROM temp.sqlite_master WHERE type = 'table'"
                for (table,) in conn.execute(temporary).fetchall():
                    conn.execute(f'DROP TABLE temp."{table}"')
            else:
                conn.close()
        except sqlite3.Error:
            keep = False
            with self._connections_lock:
                if conn in self._connections:
                    self._connections.remove(conn)
            conn.close()
        if keep:
            with self._connections_lock:
                self._idle.append(conn)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it or nothing."""
        conn = self._conn()
        with self._write_lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def close(self) -> None:
        """Close every connection (call when no thread uses the store any more)."""
        self._closed = True
        with self._connections_lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
            self._idle.clear()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.close()
