"""The arithmetic under the billing rules, checked alone: anniversaries and half-up cents."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from smartalex_desktop.sandbox import money, periods


def test_a_31st_signup_renews_on_the_last_day_of_shorter_months_in_the_account_timezone():
    zone = ZoneInfo("America/New_York")
    anchor = datetime(2026, 1, 31, 9, 30, tzinfo=zone)
    starts = [
        periods.period_start(anchor, "America/New_York", index).astimezone(zone)
        for index in range(5)
    ]
    assert [(s.month, s.day, s.hour, s.minute) for s in starts] == [
        (1, 31, 9, 30),
        (2, 28, 9, 30),
        (3, 31, 9, 30),
        (4, 30, 9, 30),
        (5, 31, 9, 30),
    ]
    # 09:30 local across the DST change in March: the UTC hour moves, the local one doesn't.
    assert starts[1].astimezone(UTC).hour == 14 and starts[2].astimezone(UTC).hour == 13
    leap = datetime(2028, 1, 31, 9, 30, tzinfo=zone)
    assert periods.period_start(leap, "America/New_York", 1).astimezone(zone).day == 29


def test_the_period_containing_a_moment_is_found_from_the_original_anchor():
    anchor = datetime(2025, 8, 31, 12, 0, tzinfo=UTC)
    moment = datetime(2026, 3, 15, tzinfo=UTC)
    index = periods.period_index_containing(anchor, "UTC", moment)
    start, end = periods.period_bounds(anchor, "UTC", index)
    assert start <= moment < end
    assert (start.month, start.day, end.month, end.day) == (2, 28, 3, 31)


@given(
    anchor=st.datetimes(
        min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
    ),
    days=st.integers(min_value=0, max_value=2000),
    zone=st.sampled_from(["UTC", "America/New_York", "Europe/London", "Australia/Sydney"]),
)
def test_periods_tile_time_without_gaps(anchor, days, zone):
    from datetime import timedelta

    moment = anchor + timedelta(days=days, hours=7)
    index = periods.period_index_containing(anchor, zone, moment)
    start, end = periods.period_bounds(anchor, zone, index)
    assert start <= moment < end
    assert periods.period_bounds(anchor, zone, index + 1)[0] == end


def test_half_up_rounding_once_per_amount():
    assert money.tax_cents(15300, 825) == 1262  # 1262.25
    assert money.tax_cents(1000, 825) == 83  # 82.5 rounds up
    assert money.divide_half_up(-5, 2) == -3  # half away from zero
    assert money.prorate_cents(15000, 15, 30) == 7500
    assert money.prorate_cents(15000, 0, 30) == 0
    assert money.prorate_cents(15000, 45, 30) == 15000  # never more than the full difference
    assert money.format_usd(123456) == "$1,234.56"
