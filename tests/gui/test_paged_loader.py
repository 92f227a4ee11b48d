"""The page loader on a real TaskRunner: pages fetched on a worker, handed on to the view the
first at once and then together at most every `SHOW_EVERY_MS` (so a fast server does not keep
the GUI thread laying out and repainting the window for every page), nothing lost or reordered,
and a pause (`enough`) or a failure hands on what arrived before it."""

from __future__ import annotations

import itertools
import time

import pytest

from smartalex_desktop.api import errors
from smartalex_desktop.gui.runtime.paged_loader import SHOW_EVERY_MS, PagedLoader
from smartalex_desktop.gui.runtime.tasks import TaskRunner

PAGE = 100
PAGES = 30


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    runner.wait_for_done(5_000)


def _fetcher(pages: int = PAGES, pause_s: float = 0.02, fail_at: int | None = None):
    """Pages of numbered records, newest first, each taking `pause_s` (a server's answer)."""

    def fetch(cursor: str | None) -> tuple[list[int], bool]:
        start = 0 if cursor is None else int(cursor) + 1
        number = start // PAGE
        time.sleep(pause_s)
        if number == fail_at:
            raise errors.SmartAlexError("The server could not be reached.", code="network")
        return list(range(start, start + PAGE)), number + 1 < pages

    return fetch


def _watch(loader: PagedLoader[int]) -> list[tuple[float, list[int]]]:
    shown: list[tuple[float, list[int]]] = []
    loader.page_loaded.connect(lambda records: shown.append((time.monotonic(), records)))
    return shown


def test_pages_are_handed_on_together_the_first_at_once_and_none_lost(qtbot, runner):
    loader: PagedLoader[int] = PagedLoader(runner, _fetcher(), id_of=str)
    shown = _watch(loader)
    with qtbot.waitSignal(loader.finished, timeout=20_000) as finished:
        loader.start()
    assert finished.args == [PAGE * PAGES] and loader.loaded == PAGE * PAGES
    assert [n for _at, records in shown for n in records] == list(range(PAGE * PAGES))
    assert shown[0][1] == list(range(PAGE))  # the first page alone, as soon as it came
    assert 2 <= len(shown) < PAGES / 3  # 30 pages of 20 ms: a handful of handings-on
    gaps = [later - earlier for (earlier, _), (later, _) in itertools.pairwise(shown)]
    # Paced, but for the last, handed on as soon as the list is whole.
    assert all(gap >= 0.9 * SHOW_EVERY_MS / 1000 for gap in gaps[:-1])
    assert not loader.running


def test_a_pause_hands_on_what_arrived_and_resume_goes_on_from_there(qtbot, runner):
    asked: list[list[int]] = []

    def enough(page: list[int]) -> bool:
        asked.append(page)
        return page[-1] == 5 * PAGE - 1  # the first five pages cover what is on screen

    loader: PagedLoader[int] = PagedLoader(runner, _fetcher(), id_of=str, enough=enough)
    shown = _watch(loader)
    with qtbot.waitSignal(loader.enough_loaded, timeout=20_000) as paused:
        loader.start()
    assert paused.args == [5 * PAGE] and loader.paused and not loader.running
    assert [n for _at, records in shown for n in records] == list(range(5 * PAGE))
    assert len(asked) == 5  # asked of every page as it came, not only of those handed on
    with qtbot.waitSignal(loader.finished, timeout=20_000):
        loader.resume()
    assert [n for _at, records in shown for n in records] == list(range(PAGE * PAGES))
    assert len(asked) == PAGES - 1  # the last page: nothing older to pause before


def test_a_failure_hands_on_the_pages_before_it_and_a_cancel_drops_what_waits(qtbot, runner):
    loader: PagedLoader[int] = PagedLoader(runner, _fetcher(fail_at=12), id_of=str)
    shown = _watch(loader)
    with qtbot.waitSignal(loader.failed, timeout=20_000) as failed:
        loader.start()
    assert failed.args[0].code == "network"
    assert [n for _at, records in shown for n in records] == list(range(12 * PAGE))
    assert loader.loaded == 12 * PAGE and not loader.running

    cancelled: PagedLoader[int] = PagedLoader(runner, _fetcher(pause_s=0.005), id_of=str)
    later = _watch(cancelled)
    cancelled.start()
    qtbot.waitUntil(lambda: len(later) == 1, timeout=10_000)
    qtbot.wait(SHOW_EVERY_MS // 2)  # pages arrive and wait for their turn
    cancelled.cancel()
    qtbot.wait(2 * SHOW_EVERY_MS)
    assert len(later) == 1 and cancelled.loaded == PAGE  # nothing handed on after the cancel


def test_an_empty_list_is_handed_on_as_an_empty_page(qtbot, runner):
    """The view hears that the list is empty (it shows its empty page), as with any page."""
    loader: PagedLoader[int] = PagedLoader(runner, lambda _cursor: ([], False), id_of=str)
    shown = _watch(loader)
    with qtbot.waitSignal(loader.finished, timeout=10_000) as finished:
        loader.start()
    assert [records for _at, records in shown] == [[]] and finished.args == [0]
