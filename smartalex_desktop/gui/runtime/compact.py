"""What the compact rows of the long lists share (wallet transactions, invoices): texts held once,
not once a row.

A list of 200,000 rows pays for every byte a row holds 200,000 times (docs/performance.md,
"Wallet rows: slotted, texts shared").
"""

from __future__ import annotations

import sys


def shared(text: str) -> str:
    """One copy of a text many rows repeat (a kind, a status, a description)."""
    return sys.intern(text)


def shared_or_none(text: str | None) -> str | None:
    return None if text is None else sys.intern(text)
