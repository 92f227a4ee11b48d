"""What the compact rows of the long lists share (wallet transactions, invoices): texts and times
held once, not once a row.

A list of 200,000 rows pays for every byte a row holds 200,000 times (docs/performance.md,
"Wallet rows: slotted, texts shared").
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime


def shared(text: str) -> str:
    """One copy of a text many rows repeat (a kind, a status, a description)."""
    return sys.intern(text)


def shared_or_none(text: str | None) -> str | None:
    return None if text is None else sys.intern(text)


def utc(moment: datetime) -> datetime:
    """The same instant on the one shared `UTC`: pydantic gives every datetime it parses a
    tzinfo object of its own, 48 bytes more a row."""
    return moment.astimezone(UTC)


def utc_or_none(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone(UTC)
