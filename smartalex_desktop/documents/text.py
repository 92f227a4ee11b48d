"""Money, dates and labels as the documents print them: fixed US English, no locale, no floats.

A PDF handed to an accountant must read the same whichever computer made it, and the same input
must give the same bytes; so nothing here asks the system's locale (Qt sets the C library's
locale in the app, which would change `strftime("%b")`). Dates are the account's calendar days:
renewals, daily usage and invoice numbers all follow the account's timezone, not the computer's.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from smartalex_desktop.billing.money import money, plain_dollars  # noqa: F401 (re-exported)
from smartalex_desktop.billing.names import INVOICE_STATUS_NAMES, TRANSACTION_STATUS_NAMES

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
BRAND_NAMES = {
    "visa": "Visa",
    "mastercard": "Mastercard",
    "amex": "American Express",
    "discover": "Discover",
}
# Invoices', payments' and transactions' statuses, all of which a document prints.
STATUS_NAMES = {**INVOICE_STATUS_NAMES, **TRANSACTION_STATUS_NAMES}


def percent_from_bps(bps: int) -> str:
    """825 → `8.25%`, 800 → `8%`, 850 → `8.5%`."""
    whole, rest = divmod(bps, 100)
    fraction = f"{rest:02d}".rstrip("0")
    return f"{whole}.{fraction}%" if fraction else f"{whole}%"


def zone(timezone: str) -> ZoneInfo:
    """The account's timezone; UTC if the name is unknown here (an old tz database)."""
    try:
        return ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_day(moment: datetime, timezone: str) -> date:
    """The calendar day of `moment` in the account's timezone."""
    return moment.astimezone(zone(timezone)).date()


def long_date(day: date | datetime, timezone: str = "UTC") -> str:
    """`March 14, 2026`."""
    if isinstance(day, datetime):
        day = local_day(day, timezone)
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def short_date(day: date | datetime, timezone: str = "UTC") -> str:
    """`Mar 14, 2026` (table cells)."""
    if isinstance(day, datetime):
        day = local_day(day, timezone)
    return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"


def date_time(moment: datetime, timezone: str) -> str:
    """`Mar 14, 2026 9:05 AM` in the account's timezone."""
    local = moment.astimezone(zone(timezone))
    hour = local.hour % 12 or 12
    half = "AM" if local.hour < 12 else "PM"
    return f"{short_date(local.date())} {hour}:{local.minute:02d} {half}"


def period(start: datetime, end: datetime, timezone: str) -> str:
    """`Mar 14, 2026 – Apr 14, 2026`: from the start day to the day the next period begins, the
    way card statements and Stripe invoices print a service period."""
    return f"{short_date(start, timezone)} – {short_date(end, timezone)}"


def card(brand: str, last4: str) -> str:
    """`Visa •••• 4242`: how a card is named everywhere in the app."""
    return f"{BRAND_NAMES.get(brand, brand.title() or 'Card')} •••• {last4}"


def status_name(status: str) -> str:
    return STATUS_NAMES.get(status, status.replace("_", " ").capitalize())


def duration(seconds: int) -> str:
    """`4:07` (minutes:seconds), `1:02:03` past an hour."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
