"""The Usage tab's arithmetic without Qt: the cost by call type, the chart's day labels, stepping
between periods whatever the time of day a period starts, and call durations."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from smartalex_desktop.api.models import CallTypeUsage, DailyUsage, Usage
from smartalex_desktop.billing import usage as figures

LA = "America/Los_Angeles"


def make_usage(used: int, included: int = 100, projected: int = 0, overage: int = 0) -> Usage:
    return Usage(
        period_start=datetime(2026, 11, 12, tzinfo=UTC),
        period_end=datetime(2026, 12, 12, tzinfo=UTC),
        included_minutes=included,
        used_minutes=used,
        remaining_minutes=max(included - used, 0),
        overage_minutes=overage,
        projected_minutes=projected,
        projected_overage_cents=0,
        by_call_type={},
    )


def test_the_breakdown_has_every_call_type_and_a_total():
    rows = figures.breakdown(
        {
            "inbound": CallTypeUsage(minutes=109, overage_minutes=9, overage_cents=99),
            "web": CallTypeUsage(minutes=4, overage_minutes=4, overage_cents=32),
        }
    )
    assert [
        (r.label, r.minutes, r.overage_minutes, r.rate_cents, r.overage_cents) for r in rows
    ] == [
        ("Inbound", 109, 9, 11, 99),
        ("Outbound", 0, 0, 11, 0),
        ("Website", 4, 4, 8, 32),
        ("Total", 113, 13, None, 131),
    ]


def test_minutes_over_and_the_projection_condition():
    assert figures.minutes_over(make_usage(used=80)) == 0
    assert figures.minutes_over(make_usage(used=109, overage=9)) == 9
    # After an upgrade the bigger allowance covers the period; overage billed before stays.
    assert figures.minutes_over(make_usage(used=150, included=300, overage=50)) == 0
    assert not figures.projection_passes_allowance(make_usage(used=50, projected=100))
    assert figures.projection_passes_allowance(make_usage(used=50, projected=101))
    assert figures.projected_minutes_over(make_usage(used=50, projected=130)) == 30


def test_day_labels_are_unique_when_a_period_ends_on_its_start_day_number():
    days = figures.days_of(
        DailyUsage(
            date=(date(2026, 11, 12) + timedelta(days=n)).isoformat(),
            inbound_minutes=n,
            outbound_minutes=0,
            web_minutes=1,
            total_minutes=n + 1,
        )
        for n in range(31)  # Nov 12 … Dec 12
    )
    labels = figures.day_labels(days)
    assert len(set(labels)) == len(labels) == 31
    assert labels[:3] == ["12", "13", "14"]
    assert labels[-1] == "12" + figures.ZERO_WIDTH_SPACE  # reads as "12"
    sparse = figures.day_labels(days, every=3)
    assert len(set(sparse)) == 31
    assert [label.strip(figures.ZERO_WIDTH_SPACE) for label in sparse[:7]] == [
        "12",
        "",
        "",
        "15",
        "",
        "",
        "18",
    ]
    summary = figures.summarise(days)
    assert summary.total == sum(range(31)) + 31
    assert summary.by_type == {"inbound": sum(range(31)), "outbound": 0, "web": 31}
    assert summary.busiest == days[-1]
    assert figures.summarise(figures.days_of([])).busiest is None


def noon_in_period(day: date, start: datetime, end: datetime) -> bool:
    """What the API does with a day: it looks at its noon in the account's timezone."""
    noon = datetime.combine(day, time(12), ZoneInfo(LA))
    return start <= noon < end


@pytest.mark.parametrize("hour", [0, 5, 11, 12, 13, 23])
def test_previous_and_next_land_in_the_neighbouring_periods_whatever_the_start_time(hour):
    zone = ZoneInfo(LA)
    before = datetime(2026, 10, 12, hour, 30, tzinfo=zone)
    start = datetime(2026, 11, 12, hour, 30, tzinfo=zone)  # a DST change lies between
    end = datetime(2026, 12, 12, hour, 30, tzinfo=zone)
    after = datetime(2027, 1, 12, hour, 30, tzinfo=zone)
    previous = figures.previous_period_day(start.astimezone(UTC), LA)
    following = figures.next_period_day(end.astimezone(UTC), LA)
    assert noon_in_period(previous, before, start)
    assert noon_in_period(following, end, after)
    assert figures.first_day(start, LA) == date(2026, 11, 12)
    assert figures.last_day(end, LA) == date(2026, 12, 12)  # it ends part-way through it


def test_the_last_day_is_the_day_before_a_midnight_renewal():
    end = datetime(2026, 12, 12, tzinfo=ZoneInfo(LA))
    assert figures.last_day(end, LA) == date(2026, 12, 11)
    assert figures.last_day(end + timedelta(hours=9), LA) == date(2026, 12, 12)


def test_earlier_periods_exist_only_before_the_account_began():
    start = datetime(2026, 11, 12, 10, tzinfo=UTC)
    assert figures.has_earlier_period(start, start - timedelta(days=40))
    assert not figures.has_earlier_period(start, start + timedelta(days=3))
    assert not figures.has_earlier_period(start, start)
    assert figures.has_earlier_period(start, None)  # unknown: the empty period will say so


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0:00"), (59, "0:59"), (61, "1:01"), (600, "10:00"), (3599, "59:59"), (6060, "1:41:00")],
)
def test_durations(seconds, text):
    assert figures.duration_text(seconds) == text
