"""Moving a test sandbox's clock by billing periods as the API states them, never by a fixed
number of days: a period is 28 to 31 days long (an hour more or less across a DST change), so
"30 days later" is a renewal in June and none in July.

The clock moves in whole days (`POST /v1/sandbox/clock/advance {days}`), so "to the end of the
period" lands on the first whole day at or after the end: the period has ended, and less than a
day of the next one has passed.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx

from tests.helpers.sandbox import SandboxProcess

DAY = timedelta(days=1)


def whole_days_until(sandbox: SandboxProcess, moment: datetime) -> int:
    """The fewest whole days that take the sandbox's clock to `moment` or past it."""
    return math.ceil((moment - sandbox.now()) / DAY)


def current_period_end(api: httpx.Client) -> datetime:
    """When the account's current period ends, as `GET /v1/subscription` says."""
    response = api.get("/v1/subscription")
    assert response.status_code == 200, response.text
    return datetime.fromisoformat(response.json()["current_period_end"])


def advance_to(sandbox: SandboxProcess, moment: datetime, *, days_after: int = 0) -> datetime:
    """Advance to the first whole day at or after `moment`, then `days_after` days more (-1:
    the last whole day before it); the clock's new now."""
    days = whole_days_until(sandbox, moment) + days_after
    assert days >= 1, f"{moment} is not ahead of the clock by {-days_after} whole days"
    return datetime.fromisoformat(sandbox.advance_clock(days))


def advance_to_period_end(
    sandbox: SandboxProcess, api: httpx.Client, *, days_after: int = 0
) -> datetime:
    """Advance past the end of the account's current period (the renewal, or the cancellation
    taking effect, has run), then `days_after` days more (-1: the last whole day before the
    end, still in the period); the clock's new now."""
    return advance_to(sandbox, current_period_end(api), days_after=days_after)


def local_days(start: datetime, end: datetime, timezone: str) -> list[date]:
    """The calendar days, in `timezone`, that the period [start, end) touches: what
    `GET /v1/usage/daily` has a row for. A period from mid-day to mid-day touches one day more
    than it is long; one that starts at local midnight, exactly as many."""
    zone = ZoneInfo(timezone)
    first = start.astimezone(zone).date()
    last = (end - timedelta(microseconds=1)).astimezone(zone).date()
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]
