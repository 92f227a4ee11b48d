"""Reads that fall back to the offline copy: SmartAlex when it answers, the saved copy when it
can't be reached — so every view loads the same way online and offline.

`session.reader` is one of these. Its read calls (`SavedCopyClient.READS`) go to the live
client first; when that finds SmartAlex unreachable (offline or timed out — not an outcome
unknown, which only money-moving calls have) the same call is answered from the account's
offline copy and `seen_offline(session)` is told (the window then says "Offline — showing data
from …"). Every other call goes to the live client as it is: a change needs the connection, and
fails with its sentence when there is none. Runs on worker threads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from smartalex_desktop.api import errors
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.store.saved_copy_client import READS, SavedCopyClient


class SavedCopyReader:
    def __init__(
        self, session: AccountSession, seen_offline: Callable[[AccountSession], None]
    ) -> None:
        self._session = session
        self._seen_offline = seen_offline

    def __getattr__(self, name: str) -> Any:
        live = getattr(self._session.client, name)
        if name not in READS:
            return live

        def read(*args: Any, **kwargs: Any) -> Any:
            try:
                result = live(*args, **kwargs)
                # The client's iterators fetch as they are consumed: consumed here, so that
                # "unreachable" shows up now, where it can still be answered from the copy.
                return iter(list(result)) if name.startswith("iter_") else result
            except (errors.Offline, errors.TimedOut) as error:
                store = self._session.store
                if isinstance(error, errors.OutcomeUnknown) or store is None:
                    raise
                try:
                    saved = getattr(SavedCopyClient(store, self._session.api_url), name)(
                        *args, **kwargs
                    )
                except errors.SmartAlexError:
                    raise error from None  # nothing saved: the real reason is the connection
                self._seen_offline(self._session)
                return saved

        return read
