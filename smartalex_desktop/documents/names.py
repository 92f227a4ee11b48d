"""File names for downloaded and exported documents: sortable, readable, safe on every system.

`2026-03-14_SA-2026-000123.pdf` sorts by date in any file manager (the date is the invoice's day
in the account's timezone, the day printed on it), and keeps the number the accountant books it
under. Whatever comes from the API is reduced to letters, digits, `-`, `_` and `.`, so a strange
number can neither reach another folder nor trip Windows (reserved names such as `CON`, trailing
dots, `<>:"/\\|?*`) — the fallback too (an invoice with no usable number is named by its id,
cleaned the same way). And every name made here is checked once more before it is returned: one
with a folder part or a NUL raises `UnsafeFileName`, which the export turns into a sentence.
"""

from __future__ import annotations

import re
from datetime import date

from smartalex_desktop.api import models
from smartalex_desktop.documents import text

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {
    f"{device}{digit}" for device in ("COM", "LPT") for digit in range(1, 10)
}
MAX_STEM = 120  # well under every file system's 255 (and Windows' 260-character paths)


class UnsafeFileName(ValueError):
    """A file name that would not stay in its folder (a folder part, `..`) or that no file
    system takes (a NUL). Never made by the functions here; checked all the same."""


def _cleaned(value: str) -> str:
    cleaned = _UNSAFE.sub("-", value).strip(".-_ ")[:MAX_STEM].rstrip(".-_ ")
    if cleaned and cleaned.split(".")[0].upper() in _WINDOWS_RESERVED:
        cleaned = f"_{cleaned}"
    return cleaned


def safe_part(value: str, fallback: str = "document") -> str:
    """`value` as a piece of a file name: unsafe runs become `-`, no leading/trailing dots. When
    nothing of it is left, `fallback`, cleaned the same way (it may come from the API too: an
    invoice's id), and "document" when nothing of that is left either."""
    return _cleaned(value) or _cleaned(fallback) or "document"


def checked(name: str) -> str:
    """`name` if it is one plain file name, else `UnsafeFileName`."""
    if not name or "\0" in name or "/" in name or "\\" in name or name in (".", ".."):
        raise UnsafeFileName(f"not a plain file name: {name!r}")
    return name


def invoice_file_name(invoice: models.Invoice, timezone: str) -> str:
    """`2026-03-14_SA-2026-000123.pdf` (a credit note is named the same way, by its number)."""
    day = text.local_day(invoice.created_at, timezone)
    return checked(f"{day.isoformat()}_{safe_part(invoice.number, invoice.id)}.pdf")


def receipt_file_name(invoice: models.Invoice, timezone: str) -> str:
    """`2026-03-14_SA-2026-000123_receipt.pdf`: next to its invoice when sorted."""
    day = text.local_day(invoice.created_at, timezone)
    return checked(f"{day.isoformat()}_{safe_part(invoice.number, invoice.id)}_receipt.pdf")


def usage_report_file_name(usage: models.Usage | models.DailyUsageSeries, timezone: str) -> str:
    """`2026-03-14_usage-report.pdf`, dated by the period's first day."""
    return checked(f"{text.local_day(usage.period_start, timezone).isoformat()}_usage-report.pdf")


def wallet_statement_file_name(start: date, end: date) -> str:
    """`2026-01-01_to_2026-03-31_wallet-statement.pdf`."""
    return checked(f"{start.isoformat()}_to_{end.isoformat()}_wallet-statement.pdf")


def zip_file_name(name: str) -> str:
    """A user's (or the app's) name for the bundle, made safe and ending in `.zip`."""
    stem = name[:-4] if name.lower().endswith(".zip") else name
    return checked(f"{safe_part(stem, 'smartalex-invoices')}.zip")
