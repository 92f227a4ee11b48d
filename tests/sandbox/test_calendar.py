"""The date-sensitive billing rules, lived from a dozen awkward starts.

Every other test starts its sandbox at one unremarkable instant (`TEST_CLOCK_START`), so the
calendar's edges are met here, on purpose: the 1st and 31st of a 31-day month, 31 January into a
28- and a 29-day February, 29 February, New Year's Eve, both DST changes in New York and in
Auckland (southern hemisphere: the clocks go back in April), and a minute either side of a local
midnight. From each start the test checks the rules that depend on the calendar:

- renewals fall on the signup's anniversary (the month's last day when it has no such day), at
  the same local time;
- a declined renewal is retried 3 and 7 days after the first attempt;
- credits are refundable until the end of the 30th local day after the top-up, refused after;
- daily usage has one row per local calendar day the period touches, and a call lands on the
  local day it ended;
- the projection of the period's minutes follows the pace so far over the period's real length.

The expected dates, lengths and day counts are written out by hand in `STARTS`, not computed by
the code under test. To stay fast, starts that share a time of day (in UTC) share a sandbox:
each sandbox's clock is pinned at its earliest start and moves in whole days, so it passes
exactly through each later one; the starts' scripts run interleaved, in time order. Each rule is
then a test of its own per start, on what was seen.
"""

from __future__ import annotations

import heapq
import itertools
import traceback
from collections.abc import Generator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from tests.helpers.cards import DECLINED_WHEN_CHARGED, VISA, add_card
from tests.helpers.ledger import post_top_up
from tests.helpers.periods import DAY, advance_to, current_period_end, local_days
from tests.helpers.sandbox import SandboxProcess, running_sandbox

MICROSECOND = timedelta(microseconds=1)
RATE_CENTS_PER_MINUTE = {"inbound": 11, "outbound": 11, "web": 8}  # docs/billing-rules.md, "Usage"
RENEWALS_SEEN = 3
REFUND_DAYS = (29, 30, 31, 32)  # after the top-up's local day: the window ends with day 30


@dataclass(frozen=True)
class Start:
    """Where an account's billing starts, and what its calendar should then be."""

    id: str
    signup: str  # the instant, written in the account's local time with its offset
    timezone: str
    renewals: tuple[str, str, str]  # local dates of the first three renewals
    first_period_hours: int  # the first period's length (a DST change takes or adds an hour)
    first_period_days: int  # local calendar days it touches: rows of GET /v1/usage/daily

    @property
    def at(self) -> datetime:
        return datetime.fromisoformat(self.signup)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def local_day(self) -> date:
        return date.fromisoformat(self.signup[:10])


NEW_YORK, AUCKLAND, LONDON = "America/New_York", "Pacific/Auckland", "Europe/London"
STARTS = [
    # 06:30 UTC
    Start("jan-31-to-feb-28", "2027-01-31T01:30:00-05:00", NEW_YORK,
          ("2027-02-28", "2027-03-31", "2027-04-30"), 28 * 24, 29),
    Start("new-york-dst-starts", "2027-03-14T01:30:00-05:00", NEW_YORK,  # 30 min before 02:00
          ("2027-04-14", "2027-05-14", "2027-06-14"), 31 * 24 - 1, 32),
    Start("new-york-dst-ends", "2027-11-07T01:30:00-05:00", NEW_YORK,  # the second 01:30
          ("2027-12-07", "2028-01-07", "2028-02-07"), 30 * 24, 31),
    Start("leap-jan-31-to-feb-29", "2028-01-31T01:30:00-05:00", NEW_YORK,
          ("2028-02-29", "2028-03-31", "2028-04-30"), 29 * 24, 30),
    # 13:30 UTC
    Start("auckland-dst-ends", "2027-04-04T02:30:00+13:00", AUCKLAND,  # the first 02:30
          ("2027-05-04", "2027-06-04", "2027-07-04"), 30 * 24 + 1, 31),
    Start("1st-of-a-31-day-month", "2027-07-01T13:30:00+00:00", "UTC",
          ("2027-08-01", "2027-09-01", "2027-10-01"), 31 * 24, 32),
    Start("31st-of-a-31-day-month", "2027-07-31T14:30:00+01:00", LONDON,
          ("2027-08-31", "2027-09-30", "2027-10-31"), 31 * 24, 32),
    Start("auckland-dst-starts", "2027-09-26T01:30:00+12:00", AUCKLAND,  # 30 min before 02:00
          ("2027-10-26", "2027-11-26", "2027-12-26"), 30 * 24 - 1, 31),
    # 23:59 UTC
    Start("dec-31-23h59-utc", "2027-12-31T23:59:00+00:00", "UTC",  # a minute before midnight
          ("2028-01-31", "2028-02-29", "2028-03-31"), 31 * 24, 32),
    Start("leap-feb-29-23h59-utc", "2028-02-29T23:59:00+00:00", "UTC",
          ("2028-03-29", "2028-04-29", "2028-05-29"), 29 * 24, 30),
    # 00:01 UTC
    Start("jan-1-00h01-utc", "2028-01-01T00:01:00+00:00", "UTC",  # a minute after midnight
          ("2028-02-01", "2028-03-01", "2028-04-01"), 31 * 24, 32),
    Start("dec-31-evening-in-new-york", "2027-12-31T19:01:00-05:00", NEW_YORK,  # UTC: Jan 1
          ("2028-01-31", "2028-02-29", "2028-03-31"), 31 * 24, 32),
]  # fmt: skip


# --- what was seen ------------------------------------------------------------------------------


@dataclass
class UsageSeen:
    """`GET /v1/usage` and `/v1/usage/daily` right after calls, and the calls of that period."""

    now: datetime
    usage: dict[str, Any]
    daily: dict[str, Any]
    calls: list[dict[str, Any]]


@dataclass
class RefundSeen:
    now: datetime
    top_up: dict[str, Any]  # as listed just before the request
    status_code: int
    answer: dict[str, Any]


@dataclass
class Seen:
    """Everything the scripts of one start saw, for the rule tests to judge."""

    errors: list[str] = field(default_factory=list)
    first_period_end: datetime | None = None
    renewals: list[dict[str, Any]] = field(default_factory=list)
    declined_after_first_attempt: dict[str, Any] = field(default_factory=dict)
    subscription_after_first_attempt: dict[str, Any] = field(default_factory=dict)
    declined_after_retries: dict[str, Any] = field(default_factory=dict)
    refunds: list[RefundSeen] = field(default_factory=list)
    usage: list[UsageSeen] = field(default_factory=list)


# --- living through the calendar ----------------------------------------------------------------

# A script yields the instant it wants the clock at (or past) before it goes on; it may return
# more scripts, which start at once.
Script = Generator[datetime, None, "list[Script] | None"]


def live(sandbox: SandboxProcess, scripts: list[tuple[Seen, Script]]) -> None:
    """Run the scripts interleaved in time order, moving the clock (whole days) as they ask.

    A script that fails is recorded on its start's `Seen` and stopped; the others go on."""
    order = itertools.count()
    now = sandbox.now()
    queue = [(now, next(order), seen, script) for seen, script in scripts]
    heapq.heapify(queue)
    while queue:
        when, _, seen, script = heapq.heappop(queue)
        if when > now:
            now = advance_to(sandbox, when)
        try:
            wanted = next(script)
        except StopIteration as finished:
            for more in finished.value or []:
                heapq.heappush(queue, (now, next(order), seen, more))
            continue
        except Exception:
            seen.errors.append(traceback.format_exc())
            continue
        heapq.heappush(queue, (wanted, next(order), seen, script))


def get(api: httpx.Client, path: str, **params: Any) -> dict[str, Any]:
    response = api.get(path, params=params)
    assert response.status_code == 200, f"GET {path}: {response.text}"
    return dict(response.json())


def call(api: httpx.Client, seconds: int, call_type: str) -> dict[str, Any]:
    response = api.post("/v1/sandbox/calls", json={"call_type": call_type, "seconds": seconds})
    assert response.status_code == 201, response.text
    return dict(response.json())


def start_script(start: Start, sandbox: SandboxProcess, seen: Seen) -> Script:
    """At the start: two accounts sign up; then the rules' scripts run side by side."""
    yield start.at
    now = sandbox.now()
    assert now == start.at, f"the clock is at {now}, not at the start"
    fields = {"plan": "professional", "timezone": start.timezone, "phone_numbers": 0}
    paying = sandbox.create_account(**fields).http
    card = add_card(paying, VISA)
    declining = sandbox.create_account(**fields).http
    add_card(declining, DECLINED_WHEN_CHARGED)
    seen.first_period_end = current_period_end(paying)
    top_ups = []
    for _ in REFUND_DAYS:
        made = post_top_up(paying, 10_00, card["id"])
        assert made.status_code == 200, made.text
        top_ups.append(made.json())
    return [
        usage_script(start, sandbox, paying, seen),
        renewals_script(paying, seen),
        declined_script(declining, seen),
        refunds_script(start, sandbox, paying, top_ups, seen),
    ]


def usage_script(start: Start, sandbox: SandboxProcess, api: httpx.Client, seen: Seen) -> Script:
    """Calls at the start, ten days in, and just after the first renewal; what the API says."""
    period_calls: list[dict[str, Any]] = []

    def calls_then_look(*calls: tuple[int, str]) -> None:
        made = [call(api, seconds, call_type) for seconds, call_type in calls]
        usage, daily = get(api, "/v1/usage"), get(api, "/v1/usage/daily")
        if seen.usage and seen.usage[-1].usage["period_start"] != usage["period_start"]:
            period_calls.clear()  # a new period: its days hold only its own calls
        period_calls.extend(made)
        seen.usage.append(UsageSeen(sandbox.now(), usage, daily, list(period_calls)))

    calls_then_look((125, "inbound"), (30, "web"))  # 3 + 1 minutes, at the start itself
    yield start.at + 10 * DAY
    calls_then_look((61, "outbound"))
    yield current_period_end(api)
    calls_then_look((90, "inbound"))
    return None


def renewals_script(api: httpx.Client, seen: Seen) -> Script:
    for _ in range(RENEWALS_SEEN):
        yield current_period_end(api)
    seen.renewals = sorted(
        get(api, "/v1/invoices", kind="renewal", limit=100)["data"],
        key=lambda invoice: invoice["period_start"],
    )
    # Done with it: cancelled, so it stops renewing while the other starts are lived.
    api.post("/v1/subscription/cancel", json={"reason": "other"})
    return None


def declined_script(api: httpx.Client, seen: Seen) -> Script:
    yield current_period_end(api)  # the renewal, declined: less than a day ago
    [seen.declined_after_first_attempt] = get(api, "/v1/invoices", kind="renewal")["data"]
    seen.subscription_after_first_attempt = get(api, "/v1/subscription")
    first = datetime.fromisoformat(seen.declined_after_first_attempt["payments"][0]["created_at"])
    yield first + 7 * DAY
    seen.declined_after_retries = get(
        api, f"/v1/invoices/{seen.declined_after_first_attempt['id']}"
    )
    api.post("/v1/subscription/cancel", json={"reason": "other"})
    return None


def refunds_script(
    start: Start,
    sandbox: SandboxProcess,
    api: httpx.Client,
    top_ups: list[dict[str, Any]],
    seen: Seen,
) -> Script:
    """One unused top-up asked back on each of the days around the window's end."""
    for days, top_up in zip(REFUND_DAYS, top_ups, strict=True):
        yield start.at + days * DAY
        [listed] = [
            t for t in get(api, "/v1/wallet/top-ups", limit=100)["data"] if t["id"] == top_up["id"]
        ]
        response = api.post(f"/v1/wallet/top-ups/{top_up['id']}/refund-request")
        seen.refunds.append(
            RefundSeen(sandbox.now(), listed, response.status_code, response.json())
        )
    return None


def time_of_day(start: Start) -> time:
    """The start's time of day in UTC: starts that share it can share a sandbox."""
    return start.at.astimezone(UTC).time()


class Calendar:
    """The starts, lived one sandbox (one time of day) at a time, when a test first asks."""

    def __init__(self, tmp_path_factory: pytest.TempPathFactory) -> None:
        self._tmp_path_factory = tmp_path_factory
        self._seen: dict[str, Seen] = {}

    def seen(self, start: Start) -> Seen:
        if start.id not in self._seen:
            sharing = [s for s in STARTS if time_of_day(s) == time_of_day(start)]
            self._live(sorted(sharing, key=lambda s: s.at))
        return self._seen[start.id]

    def _live(self, starts: list[Start]) -> None:
        seen = {s.id: Seen() for s in starts}
        folder: Path = self._tmp_path_factory.mktemp(f"calendar-{time_of_day(starts[0]):%H%M}")
        with running_sandbox(folder, clock_start=starts[0].at) as sandbox:
            live(sandbox, [(seen[s.id], start_script(s, sandbox, seen[s.id])) for s in starts])
        self._seen.update(seen)


@pytest.fixture(scope="module")
def calendar(tmp_path_factory: pytest.TempPathFactory) -> Calendar:
    return Calendar(tmp_path_factory)


@pytest.fixture(params=STARTS, ids=[start.id for start in STARTS])
def lived(request: pytest.FixtureRequest, calendar: Calendar) -> tuple[Start, Seen]:
    """One start and what was seen from it (a script that failed fails its start's tests)."""
    start: Start = request.param
    seen = calendar.seen(start)
    assert not seen.errors, "\n".join(seen.errors)
    return start, seen


def test_the_starts_are_written_in_their_own_timezone():
    for start in STARTS:
        local = start.at.astimezone(start.zone)
        assert local.utcoffset() == start.at.utcoffset(), start.id
        assert local.date() == start.local_day


# --- the rules ----------------------------------------------------------------------------------


def _local(text: str, zone: ZoneInfo) -> datetime:
    return datetime.fromisoformat(text).astimezone(zone)


def test_renewals_fall_on_the_anniversary_at_the_same_local_time(lived):
    start, seen = lived
    signed_up = start.at.astimezone(start.zone)
    periods = [
        (_local(r["period_start"], start.zone), _local(r["period_end"], start.zone))
        for r in seen.renewals
    ]
    assert [begin.date().isoformat() for begin, _ in periods] == list(start.renewals)
    # The month's own day, or its last day when it is shorter (31st → 30th, 28th or 29th).
    assert all(begin.day <= signed_up.day for begin, _ in periods)
    assert [(begin.hour, begin.minute) for begin, _ in periods] == [
        (signed_up.hour, signed_up.minute)
    ] * RENEWALS_SEEN
    # Each period begins where the one before ended; the first ended when the API said.
    assert seen.first_period_end is not None
    assert periods[0][0] == seen.first_period_end
    assert seen.first_period_end - start.at == timedelta(hours=start.first_period_hours)
    for (_, end), (begin, _) in itertools.pairwise(periods):
        assert begin == end
    # Renewed at the anniversary itself: invoiced then, and paid by the card at once.
    for renewal in seen.renewals:
        assert renewal["created_at"] == renewal["period_start"]
        assert renewal["status"] == "paid"


def test_a_declined_renewal_is_retried_3_and_7_days_later(lived):
    start, seen = lived
    first_look = seen.declined_after_first_attempt
    assert datetime.fromisoformat(first_look["period_start"]) == seen.first_period_end
    assert _local(first_look["period_start"], start.zone).date().isoformat() == start.renewals[0]
    [failed] = first_look["payments"]
    first = datetime.fromisoformat(failed["created_at"])
    assert failed["status"] == "failed" and first == seen.first_period_end
    assert datetime.fromisoformat(first_look["next_payment_attempt"]) == first + 3 * DAY
    assert seen.subscription_after_first_attempt["status"] == "past_due"

    later = seen.declined_after_retries
    attempts = [datetime.fromisoformat(p["created_at"]) - first for p in later["payments"]]
    assert attempts == [timedelta(0), 3 * DAY, 7 * DAY]  # in elapsed time, whatever the DST
    assert [p["status"] for p in later["payments"]] == ["failed"] * 3
    assert later["status"] == "open" and later["next_payment_attempt"] is None


def test_credits_are_refundable_until_the_end_of_the_30th_local_day(lived):
    start, seen = lived
    last_day = start.local_day + timedelta(days=30)
    deadline = datetime.combine(last_day + timedelta(days=1), time(0), start.zone)
    outcomes = []
    for refund in seen.refunds:
        assert datetime.fromisoformat(refund.top_up["refund_deadline"]) == deadline
        local_day = refund.now.astimezone(start.zone).date()
        within = local_day <= last_day
        assert refund.top_up["refundable"] is within, (local_day, refund.top_up)
        if within:
            assert refund.status_code == 200, refund.answer
            assert refund.answer["top_up"]["status"] == "refunded"
        else:
            assert refund.status_code == 409, refund.answer
            assert refund.answer["error"]["code"] == "refund_not_eligible"
            assert "within 30 days" in refund.answer["error"]["message"]
        outcomes.append(within)
    # Days 29 and 30 after the top-up's day are in; 31 and 32 are out, here for every start.
    assert outcomes == [True, True, False, False]


def test_daily_usage_has_a_row_per_local_day_and_each_call_lands_on_its_own(lived):
    start, seen = lived
    assert len(seen.usage) == 3
    first_day = seen.usage[0].daily["data"]
    assert len(first_day) == start.first_period_days
    # The calls at the very start are on the start's local day (New Year's Eve in New York is
    # New Year's Day in UTC; 23:59 and 00:01 UTC are either side of a UTC account's midnight).
    [with_calls] = [row for row in first_day if row["total_minutes"]]
    assert with_calls["date"] == start.local_day.isoformat()
    assert (with_calls["inbound_minutes"], with_calls["web_minutes"]) == (3, 1)
    for look in seen.usage:
        daily = look.daily
        begin, end = (datetime.fromisoformat(daily[k]) for k in ("period_start", "period_end"))
        assert (begin, end) == tuple(
            datetime.fromisoformat(look.usage[k]) for k in ("period_start", "period_end")
        )
        assert daily["timezone"] == start.timezone
        assert [row["date"] for row in daily["data"]] == [
            day.isoformat() for day in local_days(begin, end, start.timezone)
        ]
        expected: dict[str, dict[str, int]] = {}
        for made in look.calls:
            ended = datetime.fromisoformat(made["ended_at"])
            assert begin <= ended < end
            day = expected.setdefault(ended.astimezone(start.zone).date().isoformat(), {})
            day[made["call_type"]] = day.get(made["call_type"], 0) + made["billable_minutes"]
        assert {
            row["date"]: {
                t: row[f"{t}_minutes"] for t in RATE_CENTS_PER_MINUTE if row[f"{t}_minutes"]
            }
            for row in daily["data"]
            if row["total_minutes"]
        } == expected
        assert sum(row["total_minutes"] for row in daily["data"]) == look.usage["used_minutes"]


def _whole_microseconds(span: timedelta) -> int:
    return span // MICROSECOND


def test_the_projection_is_the_pace_so_far_over_the_periods_own_length(lived):
    start, seen = lived
    for look in seen.usage:
        usage = look.usage
        begin, end = (datetime.fromisoformat(usage[k]) for k in ("period_start", "period_end"))
        used = usage["used_minutes"]
        # usage.project_minutes: the minutes so far, scaled from the time elapsed (at least a
        # day, at most the whole period) to the period's length, rounded up.
        length = _whole_microseconds(end - begin)
        elapsed = min(max(_whole_microseconds(look.now - begin), _whole_microseconds(DAY)), length)
        assert usage["projected_minutes"] == max(used, -(-used * length // elapsed))
        # Past the allowance, at the mix of call types so far, half-up to the cent.
        by_type = usage["by_call_type"]
        rate = sum(by_type[t]["minutes"] * RATE_CENTS_PER_MINUTE[t] for t in by_type)
        future = max(0, max(0, usage["projected_minutes"] - usage["included_minutes"]))
        future = max(0, future - usage["overage_minutes"])
        assert usage["projected_overage_cents"] == usage["overage_cents"] + (
            (2 * future * rate + used) // (2 * used)
        )
    # At the start a day counts as elapsed: 4 minutes a day over the period's own hours.
    at_start = seen.usage[0].usage
    assert at_start["used_minutes"] == 4
    assert at_start["projected_minutes"] == -(-4 * start.first_period_hours // 24)
