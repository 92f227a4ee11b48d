"""Money, dates and card details as the office manager reads them, in the system's locale.

Money stays integer cents to the last step: the dollars are grouped by QLocale and the cents
appended with the locale's decimal point, so no float ever touches an amount.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QLocale


def use_a_readable_locale() -> None:
    """The "C" locale (a server, a bare container) writes 1000 without a separator and dates
    as "12 11 2026": read as US English there, which the app's texts are written in anyway."""
    if QLocale().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def money(cents: int, locale: QLocale | None = None) -> str:
    """`$1,234.50`, `-$5.00`: USD in the user's number format."""
    locale = locale or QLocale()
    dollars, rest = divmod(abs(cents), 100)
    amount = f"{locale.toString(dollars)}{locale.decimalPoint()}{rest:02d}"
    return f"-${amount}" if cents < 0 else f"${amount}"


def count(number: int) -> str:
    """`1,234` in the user's number format."""
    return QLocale().toString(number)


def local_date(moment: datetime, timezone: str | None = None) -> date:
    """The calendar day of `moment` in the account's timezone (renewals follow it)."""
    try:
        zone = ZoneInfo(timezone) if timezone else None
    except (ZoneInfoNotFoundError, ValueError):
        zone = None
    return moment.astimezone(zone).date() if zone else moment.astimezone().date()


def long_date(moment: datetime | date, timezone: str | None = None) -> str:
    """`December 3, 2026` (in the user's language and order, without the weekday)."""
    day = local_date(moment, timezone) if isinstance(moment, datetime) else moment
    locale = QLocale()
    pattern = re.sub(r"dddd[,.]?\s*", "", locale.dateFormat(QLocale.FormatType.LongFormat))
    return locale.toString(QDate(day.year, day.month, day.day), pattern.strip())


def short_date(moment: datetime | date, timezone: str | None = None) -> str:
    day = local_date(moment, timezone) if isinstance(moment, datetime) else moment
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def time_of_day(moment: datetime) -> str:
    """`10:42 AM`, in the computer's timezone (for "last updated")."""
    local = moment.astimezone()
    return QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)


BRAND_NAMES = {
    "visa": "Visa",
    "mastercard": "Mastercard",
    "amex": "American Express",
    "discover": "Discover",
}


def brand_name(brand: str) -> str:
    return BRAND_NAMES.get(brand, brand.title() or "Card")


def card_label(brand: str, last4: str) -> str:
    """`Visa •••• 4242`: how a card is named everywhere in the app."""
    return f"{brand_name(brand)} •••• {last4}"


def expiry(exp_month: int, exp_year: int) -> str:
    return f"{exp_month:02d}/{exp_year % 100:02d}"
