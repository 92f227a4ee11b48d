"""Times as the sandbox stores them, and monthly billing periods on the signup anniversary.

Periods follow the account's timezone: a signup at 09:30 on 31 January in New York renews at
09:30 New York time on 28 (or 29) February, 31 March, 30 April, … Each period is computed from
the original signup (the billing anchor), never from the previous period, so a short month does
not drag later anniversaries earlier.
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

MICROSECONDS_PER_SECOND = 1_000_000


def to_db(moment: datetime) -> str:
    """The stored form: UTC, fixed width, so text order is time order."""
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are not allowed")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_db(text: str) -> datetime:
    return datetime.fromisoformat(text)


def is_valid_timezone(name: str) -> bool:
    if name not in available_timezones() and name != "UTC":
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _add_months(day: date, months: int, anchor_day: int) -> date:
    month_index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(month_index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(anchor_day, last_day))


def period_start(anchor: datetime, timezone: str, index: int) -> datetime:
    """Start of the `index`-th monthly period (0 = the one that begins at signup), in UTC."""
    zone = ZoneInfo(timezone)
    local_anchor = anchor.astimezone(zone)
    local_day = _add_months(local_anchor.date(), index, local_anchor.day)
    local_start = datetime.combine(local_day, local_anchor.timetz().replace(tzinfo=None), zone)
    return local_start.astimezone(UTC)


def period_bounds(anchor: datetime, timezone: str, index: int) -> tuple[datetime, datetime]:
    return period_start(anchor, timezone, index), period_start(anchor, timezone, index + 1)


def period_index_containing(anchor: datetime, timezone: str, moment: datetime) -> int:
    """The index of the period that contains `moment` (0 if `moment` is before the anchor)."""
    if moment < anchor:
        return 0
    local_anchor = anchor.astimezone(ZoneInfo(timezone))
    local_moment = moment.astimezone(ZoneInfo(timezone))
    guess = max(
        0,
        (local_moment.year - local_anchor.year) * 12 + local_moment.month - local_anchor.month - 1,
    )
    while period_start(anchor, timezone, guess + 1) <= moment:
        guess += 1
    return guess


def microseconds_between(start: datetime, end: datetime) -> int:
    delta = end - start
    return (delta.days * 86_400 + delta.seconds) * MICROSECONDS_PER_SECOND + delta.microseconds
