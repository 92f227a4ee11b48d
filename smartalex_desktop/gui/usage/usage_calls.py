"""The Usage tab's calls: loaded page by page, listed for the period the chart shows (or every
period), stoppable, and never all in memory unless asked for.

`UsageCalls(tab)` is part of the `UsageTab`. The calls arrive through a `PagedLoader` into one
`RecordTableModel`: the list grows while the office manager reads it, a label counts what
arrived, and Stop (or Escape) ends a long load. Pages stop once they reach back past the start
of the period shown, and go on when an earlier period or every period is asked for: a busy
clinic's years of calls (half a million) stay on the server until someone asks to see them.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from smartalex_desktop.api import errors, models
from smartalex_desktop.billing import usage as figures
from smartalex_desktop.gui.runtime.paged_loader import PagedLoader
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.runtime.table_model import RecordTableModel
from smartalex_desktop.gui.usage.usage_text import call_columns, calls, ended_text
from smartalex_desktop.gui.widgets.formatting import count

if TYPE_CHECKING:
    from smartalex_desktop.gui.usage.usage_tab import UsageTab

CALLS_PAGE_SIZE = 100
# Pages of `ui.callsPages`.
CALLS_TABLE, CALLS_EMPTY = 0, 1


class UsageCalls:
    def __init__(self, tab: UsageTab) -> None:
        self.tab = tab
        self.calls_model: RecordTableModel[models.Call] = RecordTableModel(
            call_columns("UTC"), tab, identity=lambda call: call.id
        )
        self.loader: PagedLoader[models.Call] | None = None
        self._replace_calls = False
        self._calls_stopped = False
        self._calls_problem: str | None = None
        ui = tab.ui
        ui.allPeriodsCheck.toggled.connect(self.apply_calls_filter)
        ui.stopButton.clicked.connect(self.stop_loading_calls)
        ui.loadCallsButton.clicked.connect(self.load_all_calls)
        self._stop_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), tab)
        self._stop_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._stop_shortcut.activated.connect(self.stop_loading_calls)
        self._stop_shortcut.setEnabled(False)

    def forget(self) -> None:
        """Another account (or none): its load ends and nothing of it stays listed."""
        self.cancel_calls()
        self._calls_stopped = False
        self._calls_problem = None
        self.calls_model.clear()

    def start_calls(self, session: AccountSession) -> None:
        self.cancel_calls()
        client = session.reader  # SmartAlex, or the saved copy when it can't be reached
        loader: PagedLoader[models.Call] = PagedLoader(
            self.tab.runner,
            lambda cursor: client.calls_page(limit=CALLS_PAGE_SIZE, starting_after=cursor),
            id_of=lambda call: call.id,
            parent=self.tab,
            enough=self._enough_for_now,
        )
        loader.page_loaded.connect(lambda page: self._calls_arrived(loader, page))
        loader.finished.connect(lambda total: self._calls_finished(loader, total))
        loader.enough_loaded.connect(lambda _count: self.update_calls_controls())
        loader.failed.connect(lambda error: self._calls_failed(loader, error))
        self.loader = loader
        self._replace_calls = True  # what is listed stays until the first new page replaces it
        self._calls_stopped = False
        self._calls_problem = None
        loader.start()
        self.update_calls_controls()

    def cancel_calls(self) -> None:
        if self.loader is not None:
            self.loader.cancel()
            self.loader.deleteLater()
            self.loader = None

    @property
    def loading_calls(self) -> bool:
        return self.loader is not None and self.loader.running

    def _calls_arrived(self, loader: PagedLoader[models.Call], page: list[models.Call]) -> None:
        if loader is not self.loader:
            return
        if self._replace_calls:
            self._replace_calls = False
            self.calls_model.set_records(page)
            self.tab.size_columns(
                self.tab.ui.callsTable,
                [
                    ended_text(datetime(2026, 12, 30, 22, 59).astimezone(), None),
                    "Outbound",
                    "10:00:00",
                    "10,000",
                    "10,000",
                    "10,000",
                    "$1,000.00",
                ],
            )
        else:
            self.calls_model.append_records(page)
        self.update_calls_controls()

    def _calls_finished(self, loader: PagedLoader[models.Call], _total: int) -> None:
        if loader is not self.loader:
            return
        if self._replace_calls:  # no calls at all
            self._replace_calls = False
            self.calls_model.clear()
        self.update_calls_controls()

    def _calls_failed(self, loader: PagedLoader[models.Call], error: errors.SmartAlexError) -> None:
        if loader is not self.loader:
            return
        if isinstance(error, errors.SessionExpired):
            self._calls_problem = "The calls could not all be loaded: you were signed out."
        else:
            self._calls_problem = f"The calls could not all be loaded. {error.user_message}"
        self.update_calls_controls()

    def stop_loading_calls(self) -> None:
        """Stop (or Escape): what arrived stays listed; Load All Calls starts over."""
        if not self.loading_calls or self.loader is None:
            return
        self.loader.cancel()
        self._calls_stopped = True
        if self._replace_calls:  # stopped before anything new arrived: the old list is stale
            self._replace_calls = False
            self.calls_model.clear()
        self.update_calls_controls()

    def load_all_calls(self) -> None:
        if self.tab.session is not None:
            self.start_calls(self.tab.session)

    def apply_calls_filter(self) -> None:
        period = self.tab.daily.period
        if period is None or self.tab.ui.allPeriodsCheck.isChecked():
            self.calls_model.set_filter(None)
        else:
            start, end = period.period_start, period.period_end
            self.calls_model.set_filter(lambda call: figures.contains(start, end, call.ended_at))
        self.resume_if_needed()
        self.update_calls_controls()

    def _enough_for_now(self, page: list[models.Call]) -> bool:
        """When the loader pauses: once the calls reach past the start of the period shown, or,
        while that period is not known yet, after the first page. The period's figures and the
        calls load side by side, and a first page that came first must not let the loader run
        through years of calls; the period's arrival (`apply_calls_filter`) resumes it when
        older calls are needed, and so does a period that could not be loaded. Asked of the page
        just arrived, its last call the oldest loaded (the loader may not have shown it yet)."""
        if self.tab.daily.period is None and not self.tab.ui.allPeriodsCheck.isChecked():
            return True
        return self._covers_period(page[-1] if page else None)

    def resume_if_needed(self) -> None:
        """Older calls are needed now (an earlier period, every period, or the period unknown
        after all): a paused loader goes on."""
        loader = self.loader
        if loader is not None and loader.paused and not self._calls_cover_period():
            loader.resume()

    def _calls_cover_period(self) -> bool:
        """Whether the calls listed (newest first) go back past the start of the period shown,
        so the list is whole for it and older pages can wait. Every period needs them all."""
        records = self.calls_model.records
        return self._covers_period(records[-1] if records else None)

    def _covers_period(self, oldest: models.Call | None) -> bool:
        if self.tab.daily.period is None or self.tab.ui.allPeriodsCheck.isChecked():
            return False
        return oldest is not None and oldest.ended_at < self.tab.daily.period.period_start

    def _reached_period_start(self) -> bool:
        """Whether the calls loaded so far go back past the start of the period shown (the
        list is newest first), so an empty list means the period truly had none."""
        if self.loader is None or not self.loader.running:
            return True
        return self._calls_cover_period()

    def update_calls_controls(self) -> None:
        ui = self.tab.ui
        loading = self.loading_calls
        shown = len(self.calls_model.matching)
        loaded = self.loader.loaded if self.loader is not None else 0
        every_period = ui.allPeriodsCheck.isChecked() or self.tab.daily.period is None
        scope = (
            ""
            if every_period
            else (" this period" if self.tab.daily.showing_current_period else " in this period")
        )
        if loading:
            status = f"Loading calls… {count(loaded)} so far" if loaded else "Loading calls…"
        elif self._calls_problem:
            status = self._calls_problem
        elif self._calls_stopped:
            status = f"Stopped after {calls(loaded)}: older calls are not listed."
        elif self.loader is None:
            status = ""
        else:
            status = f"{calls(shown)}{scope}"
        ui.callsStatusLabel.setText(status)
        ui.callsStatusLabel.setAccessibleDescription(status)
        ui.callsProgress.setVisible(loading)
        ui.stopButton.setVisible(loading)
        self._stop_shortcut.setEnabled(loading)
        ui.loadCallsButton.setVisible(
            not loading and (self._calls_stopped or self._calls_problem is not None)
        )
        ui.loadCallsButton.setText(
            "&Try Loading Again" if self._calls_problem else "&Load All Calls"
        )

        if shown == 0 and self._reached_period_start() and self.loader is not None:
            if every_period:
                empty = "No calls yet."
            elif self.tab.daily.showing_current_period:
                empty = "No calls this period yet."
            else:
                empty = "No calls in this period."
            if self._calls_stopped or self._calls_problem:
                empty = f"{empty.rstrip('.')} among the calls loaded."
            ui.callsEmptyLabel.setText(empty)
            ui.callsPages.setCurrentIndex(CALLS_EMPTY)
        else:
            ui.callsPages.setCurrentIndex(CALLS_TABLE)
