"""How an amount of integer cents reads outside the window (documents, CSV, notifications), where
there is no Qt locale: US dollars, always two decimals, worked out with divmod (never a float)."""

from __future__ import annotations


def money(cents: int) -> str:
    """`$1,234.50`, `-$5.00` from integer cents."""
    dollars, rest = divmod(abs(cents), 100)
    return f"{'-' if cents < 0 else ''}${dollars:,}.{rest:02d}"


def plain_dollars(cents: int) -> str:
    """`1234.50`, `-5.00`: for CSV, where a spreadsheet reads it as an exact decimal."""
    dollars, rest = divmod(abs(cents), 100)
    return f"{'-' if cents < 0 else ''}{dollars}.{rest:02d}"
