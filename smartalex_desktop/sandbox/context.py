"""What every request handler of one running sandbox shares: its settings, its Stripe, and a
pool of database connections.

Connections are reused from request to request: opening one costs about a millisecond (SQLite
reads and parses the schema anew for each), which was most of a small request's time. A
connection goes back to the pool only outside a transaction, so no request ever sees another's
half-done work.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass, field

from smartalex_desktop.sandbox import db
from smartalex_desktop.sandbox.config import SandboxConfig
from smartalex_desktop.sandbox.stripe_gateway import StripeGateway
from smartalex_desktop.sandbox.throttle import SignInThrottle

POOL_SIZE = 8


@dataclass(frozen=True)
class SandboxContext:
    config: SandboxConfig
    gateway: StripeGateway
    sign_in_throttle: SignInThrottle = field(default_factory=SignInThrottle, compare=False)
    # Where the hosted card and payment pages are served (their own loopback port: cli.py).
    pages_url: str = ""
    _idle: list[sqlite3.Connection] = field(default_factory=list, compare=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, compare=False, repr=False)

    def connect(self) -> sqlite3.Connection:
        """A connection of this sandbox's database: an idle one from the pool, or a new one."""
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return db.connect(self.config.database_path)

    def release(self, conn: sqlite3.Connection) -> None:
        """Back to the pool when the request is done with it (closed if the pool is full or a
        transaction was left open by a failure)."""
        if not conn.in_transaction:
            with self._lock:
                if len(self._idle) < POOL_SIZE:
                    self._idle.append(conn)
                    return
        conn.close()

    def close(self) -> None:
        with self._lock:
            idle, self._idle[:] = list(self._idle), []
        for conn in idle:
            conn.close()
