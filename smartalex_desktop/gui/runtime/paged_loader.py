"""Load a long list page by page in the background, showing each page as it arrives.

    loader = PagedLoader(runner, lambda cursor: client.calls_page(starting_after=cursor),
                         id_of=lambda call: call.id)
    loader.page_loaded.connect(model.append_records)
    loader.start()

One runner task per page, so the window stays live, a progress label can count what arrived,
and `cancel()` stops after the page in flight (a switch of account, a newer reload).

`enough(page)` says when what arrived covers what is on screen: the loader pauses there, and
`resume()` goes on from the same place when the view wants older records (years of calls are
half a million records; the Usage tab shows one period).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from smartalex_desktop.api.errors import SmartAlexError
from smartalex_desktop.gui.runtime import heap
from smartalex_desktop.gui.runtime.tasks import Task, TaskRunner

R = TypeVar("R")
PageCall = Callable[[str | None], tuple[list[R], bool]]


class PagedLoader[R](QObject):
    page_loaded = Signal(list)
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
        self.loaded = 0
        self.cancelled = False
        self.running = False
        self.paused = False  # `enough` said so; older pages remain

    def start(self) -> None:
        self.loaded = 0
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
        settled_at = self.loaded // heap.SETTLE_EVERY
        self.loaded += len(records)
        self.page_loaded.emit(records)
        if self.loaded // heap.SETTLE_EVERY != settled_at or not has_more:
            heap.settle()  # a long list: out of the garbage collector's way as it grows
        if has_more and records:
            self._cursor = self._id_of(records[-1])
            if self._enough is not None and self._enough(records):
                self.running = False
                self.paused = True
                self.enough_loaded.emit(self.loaded)
            else:
                self._next(self._cursor)
        else:
            self.running = False
            self.finished.emit(self.loaded)

    def _failed(self, error: SmartAlexError) -> None:
        self.running = False
        if not self.cancelled:
            self.failed.emit(error)
