"""One signed-in account, as every part of the GUI sees it: `AccountSession`.

A plain record, below everything else in gui/runtime/ (it imports no Qt and nothing of the GUI),
so that `accounts.py`, which makes sessions, and `saved_copy_reader.py`, which reads for one,
can both depend on it without depending on each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from smartalex_desktop.api import SmartAlexClient, models
from smartalex_desktop.store import Store


@dataclass(eq=False)
class AccountSession:
    """One signed-in account. `client` is used only from worker threads (it refuses the GUI
    thread); the other fields are read on the GUI thread."""

    api_url: str
    email: str
    client: SmartAlexClient
    remembered: bool = False
    demo: bool = False
    practice_name: str = ""
    timezone: str = "UTC"
    keyring_note: str | None = None
    store: Store | None = None  # the offline copy, opened (and synced) on a worker
    offline_since: datetime | None = None  # when the app last found SmartAlex unreachable
    saved_at: datetime | None = None  # how fresh the offline copy is (set on workers)
    # A SavedCopyReader (it answers every SmartAlexClient call: from SmartAlex, or from the
    # offline copy when SmartAlex can't be reached), typed as the client it stands in for.
    # Set by Accounts as the session is made; None only before that.
    reader: SmartAlexClient | None = None
    _tokens_seen: list[models.TokenPair | None] = field(default_factory=list, repr=False)

    @property
    def label(self) -> str:
        """`Bright Smile Dental (demo@smartalex.test)`, for menus and the title bar."""
        return f"{self.practice_name} ({self.email})" if self.practice_name else self.email
