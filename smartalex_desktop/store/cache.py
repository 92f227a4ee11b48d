"""`Store`: the offline copy of one SmartAlex account, read by the GUI, written by `sync`.

Reads return the API's own models (`api.models`), exactly as last received: the row's `json` is
the model's JSON, so nothing is lost or reinterpreted between online and offline views.

Threads: each running thread uses an SQLite connection of its own (WAL; lent from a small pool
for as long as the thread runs, see connections.py), so readers never wait for the writer
and always see whole transactions — a list is read in one statement, before or after a sync's
write, never in between. Writes are serialized by a lock (one writer at a time); `sync_lock` lets
one sync run at a time per store.

Every `save_*`/`add_*` writes one resource in one transaction together with its `synced_at`, and
says whether anything changed, so views reload only what did.
"""

from __future__ import annotations

from pathlib import Path

from smartalex_desktop.store import db, paths
from smartalex_desktop.store.reads import StoreReads
from smartalex_desktop.store.writes import StoreWrites


class Store(StoreReads, StoreWrites):
    """The cache of one account of one API. Open with `Store.open`; thread-safe. Its reads are
    `StoreReads`' (reads.py), its writes `StoreWrites`' (writes.py), its connections
    `StoreConnections`' (connections.py)."""

    @classmethod
    def open(cls, root: Path | None, api_url: str, account_key: str) -> Store:
        """The cache of `account_key` (account id or email) at `api_url`, in `root` (default:
        the platform's user data folder). A damaged, foreign or newer-version file is set aside
        and a fresh one created; `StoreUnavailable` only if the folder itself is unusable."""
        path = paths.cache_file(root or paths.default_root(), api_url, account_key)
        set_aside = db.prepare(path)
        store = cls(path, set_aside=set_aside)
        with store._write() as conn:
            for key, value in (
                ("api_url", paths.normalized_api_url(api_url)),
                ("account_key", paths.normalized_account_key(account_key)),
            ):
                conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
        return store

    def __repr__(self) -> str:
        return f"Store({self.path.name})"
