"""Usage figures as the Usage tab explains them: the allowance, the projection, the cost by call
type, the days of a period and how to step between periods. Pure Python (no Qt, no network), so
the arithmetic is unit-tested apart from the widgets.

The API reports minutes and cents already worked out (`GET /v1/usage`, `/v1/usage/daily`); what is
here only arranges them. The per-minute rates are the published ones (docs/billing-rules.md,
"Usage"): the usage summary reports the overage cents but not the rate behind them, and the
office manager wants to see it next to the cost.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from smartalex_desktop.api.models import Call, CallTypeUsage, DailyUsage, Usage
from smartalex_desktop.billing.names import call_type_name

CALL_TYPES = ("inbound", "outbound", "web")
RATE_CENTS_PER_MINUTE = {"inbound": 11, "outbound": 11, "web": 8}
ZERO_WIDTH_SPACE = "\u200b"


# --- the allowance and the projection -----------------------------------------------------------


def minutes_over(usage: Usage) -> int:
    """Minutes used past the allowance this period. Not always the overage billed: after an
    upgrade the larger allowance covers the whole period, but overage already charged stays."""
    return max(usage.used_minutes - usage.included_minutes, 0)


def projected_minutes_over(usage: Usage) -> int:
    return max(usage.projected_minutes - usage.included_minutes, 0)


def projection_passes_allowance(usage: Usage) -> bool:
    """The warning's condition: at this pace the period ends past its included minutes."""
    return usage.projected_minutes > usage.included_minutes


# --- the cost by call type ----------------------------------------------------------------------


@dataclass(frozen=True)
class BreakdownRow:
    label: str
    minutes: int
    overage_minutes: int
    rate_cents: int | None  # per minute; None on the total row (the types' rates differ)
    overage_cents: int


def breakdown(by_call_type: Mapping[str, CallTypeUsage]) -> list[BreakdownRow]:
    """One row per call type, always all three (a type without calls shows zeros), then the
    total — so the table has the same shape every period and reads the same way."""
    rows = []
    for call_type in CALL_TYPES:
        item = by_call_type.get(call_type) or CallTypeUsage(
            minutes=0, overage_minutes=0, overage_cents=0
        )
        rows.append(
            BreakdownRow(
                label=call_type_name(call_type),
                minutes=item.minutes,
                overage_minutes=item.overage_minutes,
                rate_cents=RATE_CENTS_PER_MINUTE[call_type],
                overage_cents=item.overage_cents,
            )
        )
    rows.append(
        BreakdownRow(
            label="Total",
            minutes=sum(row.minutes for row in rows),
            overage_minutes=sum(row.overage_minutes for row in rows),
            rate_cents=None,
            overage_cents=sum(row.overage_cents for row in rows),
        )
    )
    return rows


# --- the days of a period -----------------------------------------------------------------------


@dataclass(frozen=True)
class Day:
    day: date
    inbound: int
    outbound: int
    web: int

    @property
    def total(self) -> int:
        return self.inbound + self.outbound + self.web

    def minutes(self, call_type: str) -> int:
        return int(getattr(self, call_type))


def days_of(data: Iterable[DailyUsage]) -> list[Day]:
    return [
        Day(
            day=date.fromisoformat(item.date),
            inbound=item.inbound_minutes,
            outbound=item.outbound_minutes,
            web=item.web_minutes,
        )
        for item in data
    ]


def day_labels(days: Sequence[Day], every: int = 1) -> list[str]:
    """Short labels for the chart's days: the day of the month ("12"), on every `every`-th
    day when the chart is too narrow to label them all.

    A category axis needs every label to differ. A period that starts part-way through a day
    ends part-way through the same day a month later, so its first and last days share a
    number: the repeat gets an invisible zero-width space (the tooltip and the table name the
    month). Unlabelled days get labels made only of zero-width spaces, each of its own length.
    """
    every = max(every, 1)
    labels: list[str] = []
    seen: set[str] = set()
    for index, item in enumerate(days):
        label = str(item.day.day) if index % every == 0 else ZERO_WIDTH_SPACE * (index + 1)
        while label in seen:
            label += ZERO_WIDTH_SPACE
        seen.add(label)
        labels.append(label)
    return labels


@dataclass(frozen=True)
class PeriodSummary:
    """What a period's chart says in one sentence (for screen readers and the tooltip)."""

    total: int
    by_type: dict[str, int]
    busiest: Day | None  # None when no day has any minutes


def summarise(days: Sequence[Day]) -> PeriodSummary:
    by_type = {call_type: sum(item.minutes(call_type) for item in days) for call_type in CALL_TYPES}
    busiest = max(days, key=lambda item: item.total, default=None)
    if busiest is not None and busiest.total == 0:
        busiest = None
    return PeriodSummary(total=sum(by_type.values()), by_type=by_type, busiest=busiest)


@dataclass(frozen=True)
class PastPeriod:
    """An ended period's usage, added up from its calls (`GET /v1/usage/calls`): SmartAlex's
    usage summary covers only the current period, but every call carries its own minutes, its
    overage and how that overage was paid (from the Wallet, or charged to the card), so a past
    period's figures are the sum of its calls. No projection: the period is over."""

    period_start: datetime
    period_end: datetime
    calls: tuple[Call, ...]  # those that ended in the period, oldest first
    used_minutes: int
    included_minutes_used: int
    overage_minutes: int
    overage_cents: int
    wallet_cents: int  # of the overage, paid from the Wallet at once
    card_cents: int  # of the overage, charged to the card (usage or renewal invoice)
    by_call_type: dict[str, CallTypeUsage]


def past_period(period_start: datetime, period_end: datetime, calls: Iterable[Call]) -> PastPeriod:
    """Add up the calls that ended in [period_start, period_end); `calls` may hold others."""
    inside = tuple(
        sorted(
            (call for call in calls if period_start <= call.ended_at < period_end),
            key=lambda call: (call.ended_at, call.id),
        )
    )
    by_call_type = {
        call_type: CallTypeUsage(
            minutes=sum(c.billable_minutes for c in inside if c.call_type == call_type),
            overage_minutes=sum(c.overage_minutes for c in inside if c.call_type == call_type),
            overage_cents=sum(c.overage_cents for c in inside if c.call_type == call_type),
        )
        for call_type in CALL_TYPES
    }
    return PastPeriod(
        period_start=period_start,
        period_end=period_end,
        calls=inside,
        used_minutes=sum(call.billable_minutes for call in inside),
        included_minutes_used=sum(call.included_minutes for call in inside),
        overage_minutes=sum(call.overage_minutes for call in inside),
        overage_cents=sum(call.overage_cents for call in inside),
        wallet_cents=sum(call.wallet_cents for call in inside),
        card_cents=sum(call.card_cents for call in inside),
        by_call_type=by_call_type,
    )


# --- stepping between periods -------------------------------------------------------------------


def _zone(timezone: str | None) -> ZoneInfo | None:
    try:
        return ZoneInfo(timezone) if timezone else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local_day(moment: datetime, timezone: str | None) -> date:
    zone = _zone(timezone)
    return moment.astimezone(zone).date() if zone else moment.astimezone().date()


def first_day(period_start: datetime, timezone: str | None) -> date:
    return local_day(period_start, timezone)


def last_day(period_end: datetime, timezone: str | None) -> date:
    """The period's last calendar day: its end is the next period's first moment."""
    return local_day(period_end - timedelta(microseconds=1), timezone)


def previous_period_day(period_start: datetime, timezone: str | None) -> date:
    """A day inside the period before the one starting at `period_start`.

    The API takes a calendar day and looks at its noon (account timezone). A period starts
    part-way through its first day, so that day's noon can still be in the period itself;
    the day before is always in the previous one."""
    return local_day(period_start, timezone) - timedelta(days=1)


def next_period_day(period_end: datetime, timezone: str | None) -> date:
    """A day inside the period after the one ending at `period_end`: the day after the
    renewal day (the renewal day's noon can come before the renewal itself)."""
    return local_day(period_end, timezone) + timedelta(days=1)


def is_current_period(shown_start: datetime, current_start: datetime) -> bool:
    return shown_start >= current_start


def has_earlier_period(shown_start: datetime, account_created_at: datetime | None) -> bool:
    """Whether anything can lie before the period shown: not when the account was created in
    it (or later). Without a creation time, assume there can be (an empty period says so)."""
    return account_created_at is None or shown_start > account_created_at


def contains(period_start: datetime, period_end: datetime, moment: datetime) -> bool:
    return period_start <= moment < period_end


def duration_text(seconds: int) -> str:
    """`1:01`, `12:00`, `1:41:00`: minutes and seconds, with hours once a call reaches one."""
    hours, rest = divmod(max(seconds, 0), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
