"""Load a long list page by page in the background, showing the pages as they arrive.

    loader = PagedLoader(runner, lambda cursor: client.calls_page(starting_after=cursor),
                         id_of=lambda call: call.id)
    loader.page_loaded.connect(model.append_records)
    loader.start()

One runner task per page, so the window stays live, a progress label can count what arrived,
and `cancel()` stops after the page in flight (a switch of account, a newer reload).

The first page is shown as soon as it arrives; later ones are handed on together, at most every
`SHOW_EVERY_MS`, while the next page is already being fetched. Each handing-on changes the view's
rows and its count ("Loading… 12,300 so far"), and a label's new text lays the whole window out
again and repaints it; a page every 15 ms from a fast server kept the GUI thread doing that
without a pause (stalls of 50–150 ms on the big account; docs/performance.md, "Pages shown
together"). Four times a second reads as live.

`enough(page)` says when what arrived covers what is on screen (asked with each page, before it
is handed on): the loader pauses there, hands on what it holds, and
`resume()` goes on from the same place when the view wants older records (years of calls are
half a million records; the Usage tab shows one period).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from smartalex_desktop.api.errors import SmartAlexError
from smartalex_desktop.gui.runtime import heap
from smartalex_desktop.gui.runtime.tasks import Task, TaskRunner

R = TypeVar("R")
PageCall = Callable[[str | None], tuple[list[R], bool]]

SHOW_EVERY_MS = 250  # how often pages that arrived meanwhile are handed on to the view


class PagedLoader[R](QObject):
    page_loaded = Signal(list)  # the records that arrived since the last (one page or more)
    finished = Signal(int)  # how many records in all
    enough_loaded = Signal(int)  # paused: `enough` said so; how many records so far
    failed = Signal(object)  # a SmartAlexError; what arrived before it stays shown

    def __init__(
        self,
        runner: TaskRunner,
        fetch_page: PageCall[R],
        id_of: Callable[[R], str],
        parent: QObject | None = None,
        enough: Callable[[list[R]], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._fetch_page = fetch_page
        self._id_of = id_of
        self._enough = enough
        self._task: Task[Any] | None = None
        self._cursor: str | None = None
        self._waiting: list[R] = []  # arrived, not yet handed on
        self._pacing = QTimer(self, singleShot=True, interval=SHOW_EVERY_MS)
        self._pacing.timeout.connect(self._show_waiting)
        self.loaded = 0  # records handed on (page_loaded)
        self.cancelled = False
        self.running = False
        self.paused = False  # `enough` said so; older pages remain

    def start(self) -> None:
        self.loaded = 0
        self._waiting = []
        self._pacing.stop()
        self.cancelled = False
        self.running = True
        self.paused = False
        self._next(None)

    def resume(self) -> None:
        """Go on after a pause, from the page after the last one that arrived."""
        if self.paused and not self.cancelled:
            self.paused = False
            self.running = True
            self._next(self._cursor)

    def cancel(self) -> None:
        self.cancelled = True
        self.running = False
        self.paused = False
        self._waiting = []
        self._pacing.stop()
        if self._task is not None:
            self._task.cancel()

    def _next(self, cursor: str | None) -> None:
        self._task = self._runner.run(
            lambda: self._fetch_page(cursor),
            on_success=self._arrived,
            on_failure=self._failed,
            description="load a page",
        )

    def _arrived(self, page: tuple[list[R], bool]) -> None:
        if self.cancelled:
            return
        records, has_more = page
        self._waiting.extend(records)
        if has_more and records:
            self._cursor = self._id_of(records[-1])
            if self._enough is not None and self._enough(records):
                self._show_waiting()
                self.running = False
                self.paused = True
                self.enough_loaded.emit(self.loaded)
                return
            self._next(self._cursor)  # fetched while the GUI thread shows what came
            if not self._pacing.isActive():
                self._show_waiting()
        else:
            self._show_waiting(even_none=True)  # an empty list is news too
            heap.settle()  # the whole list is in: out of the garbage collector's way
            self.running = False
            self.finished.emit(self.loaded)

    def _show_waiting(self, even_none: bool = False) -> None:
        """Hand on what arrived, and hold what comes next for `SHOW_EVERY_MS`."""
        if self.cancelled or not (self._waiting or even_none):
            return
        records, self._waiting = self._waiting, []
        settled_at = self.loaded // heap.SETTLE_EVERY
        self.loaded += len(records)
        self._pacing.start()
        self.page_loaded.emit(records)
        if self.loaded // heap.SETTLE_EVERY != settled_at:
            heap.settle()  # a long list: out of the garbage collector's way as it grows

    def _failed(self, error: SmartAlexError) -> None:
        if not self.cancelled:
            self._show_waiting()  # what arrived before it stays shown
        self.running = False
        if not self.cancelled:
            self.failed.emit(error)
