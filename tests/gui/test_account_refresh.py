"""The accounts' refresher alone, against an address where nothing answers: an unreachable
account waits out a growing backoff before its next automatic try (the others are not held up),
Refresh All tries it anyway, and the notifications' rounds skip it meanwhile."""

from __future__ import annotations

from smartalex_desktop.api import SmartAlexClient, errors
from smartalex_desktop.gui.runtime.account_refresh import (
    FIRST_BACKOFF_S,
    MAX_BACKOFF_S,
    AccountRefresher,
    Refresh,
    backoff_s,
)
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.runtime.tasks import TaskRunner
from smartalex_desktop.gui.runtime.thread_guard import refuse_gui_thread

NOWHERE = "http://127.0.0.1:9"  # the discard port: nothing listens


def session(email: str) -> AccountSession:
    client = SmartAlexClient(
        NOWHERE, refresh_token="srt_remembered", max_retries=0, thread_guard=refuse_gui_thread
    )
    return AccountSession(api_url=NOWHERE, email=email, client=client)


def test_backoff_doubles_to_its_ceiling_and_honours_retry_after():
    assert [backoff_s(n) for n in (1, 2, 3)] == [FIRST_BACKOFF_S, 2 * FIRST_BACKOFF_S, 120.0]
    assert backoff_s(40) == MAX_BACKOFF_S
    slow = errors.RateLimited(details={"retry_after_s": 600})
    assert backoff_s(1, slow) == 600.0


def test_an_unreachable_account_backs_off_and_refresh_all_tries_it_anyway(qtbot):
    runner = TaskRunner()
    now = [1_000.0]
    refresher = AccountRefresher(runner, lambda _s: None, clock=lambda: now[0])
    away, also_away = session("away@clinic.test"), session("also@clinic.test")
    with qtbot.waitSignal(refresher.batch_finished, timeout=30_000) as finished:
        assert refresher.refresh([away, also_away]) == [away, also_away]
    assert finished.args == [False]
    status = refresher.status_of(away)
    assert status.refresh is Refresh.FAILED and isinstance(status.error, errors.Offline)
    assert status.failures == 1 and status.retry_at == 1_000.0 + FIRST_BACKOFF_S
    assert refresher.status_of(also_away).refresh is Refresh.FAILED  # each its own status

    # An automatic round meanwhile leaves it alone; the manager's Refresh All does not.
    assert refresher.refresh([away]) == []
    with qtbot.waitSignal(refresher.batch_finished, timeout=30_000):
        assert refresher.refresh([away], force=True) == [away]
    assert status.failures == 2 and status.retry_at == 1_000.0 + 2 * FIRST_BACKOFF_S
    now[0] += 2 * FIRST_BACKOFF_S + 1  # waited long enough: the next round tries again
    with qtbot.waitSignal(refresher.batch_finished, timeout=30_000):
        assert refresher.refresh([away]) == [away]
    assert status.failures == 3
    for each in (away, also_away):
        each.client.close()
