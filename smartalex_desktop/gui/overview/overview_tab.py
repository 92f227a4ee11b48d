"""All Accounts: every signed-in account at a glance — the window's first page for an agency.

One row per account (gui/overview/account_lines.py says what each cell shows): practice, plan
and status, Wallet against its alert, auto top-up, minutes and projected overage, the next
renewal and its amount, open invoices, cards expiring, and how fresh the row is. The figures are
`billing.overview`'s, worked out from what the accounts' `AccountRefresher` fetched (or, until
it has, from each account's saved copy — so the view opens at once, offline too, each row saying
how old its figures are).

The table is the one `RecordTableModel` of the history tables (as `AccountsModel`): sorted and
filtered in the model, the chosen row kept on its account (`identity=`) through sorts, filters
and every refresh. "Needs attention" (past due, Wallet under its alert, auto top-up off after
declines, a card expiring, projected overage over the manager's amount, a sign-in that ended)
is the filter shown first when anything needs attention, until the manager picks another.

Acting on a row (`OverviewActions`, overview_actions.py): Enter or a double click opens the
account where its problem is; the buttons and the context menu offer Open, Add Credits…,
Pay Now… and, for a sign-in that ended, Sign In…. Refresh All brings every account up to date,
a few at a time, with progress and Cancel; Export All… makes the accountant's bundle of them all.

It opens other accounts' tabs only through the window: `open_requested(session, destination)`
and `sign_in_requested(session)`, wired by the window's assembly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from smartalex_desktop.billing.overview import overview_row
from smartalex_desktop.gui.forms.ui_accounts_overview import Ui_AccountsOverview
from smartalex_desktop.gui.overview.account_columns import WIDTHS, columns
from smartalex_desktop.gui.overview.account_lines import AccountLine, AccountsModel
from smartalex_desktop.gui.overview.overview_actions import OverviewActions
from smartalex_desktop.gui.runtime.account_refresh import Refresh, account_key
from smartalex_desktop.gui.runtime.accounts import Accounts
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.runtime.settings import AppSettings
from smartalex_desktop.gui.widgets.icons import icon
from smartalex_desktop.gui.widgets.money_field import MoneyInput
from smartalex_desktop.gui.widgets.sort_header import show_sort_order
from smartalex_desktop.gui.widgets.table_views import select_row

ATTENTION, EVERYTHING = "attention", "all"
SHOW_EVERY_MS = 250  # during a refresh of many accounts: the table catches up this often


class AccountsOverview(QWidget):
    open_requested = Signal(object, object)  # AccountSession, Destination
    sign_in_requested = Signal(object)  # AccountSession whose sign-in ended
    title = "A&ll Accounts"

    def __init__(
        self, accounts: Accounts, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AccountsOverview()
        self.ui.setupUi(self)
        self.accounts = accounts
        self.settings = settings
        self.refresher = accounts.refresher
        self.runner = accounts.runner
        self.model = AccountsModel(columns(), self, identity=lambda line: line.key)
        self.lines: dict[str, AccountLine] = {}
        self.filter_chosen = False  # the manager picked a filter: no more choosing for them
        self.row_chosen = False  # the manager chose a row: it stays chosen (else: the first)
        self.saved_loaded = False
        self.last_refresh_cancelled = False
        self._progress_due: tuple[int, int] | None = None  # (done, total) not shown yet
        # Where each line sat when the table last placed them: (sort column, order, filter) and
        # each line's sort key and whether it passed. See _show_in_place().
        self._placed: tuple[tuple[int, int, bool, str], dict[str, tuple[Any, bool]]] | None = None
        self._shown_refresh: dict[str, Refresh] = {}  # each row's refresh status when painted
        self.row_actions = OverviewActions(self)
        self._show_soon = QTimer(self, singleShot=True, interval=SHOW_EVERY_MS)
        self._show_soon.timeout.connect(self._show_pending)
        self._setup_table()
        self._setup_toolbar()
        refresher = self.refresher
        accounts.sessions_changed.connect(self.rebuild)
        refresher.updated.connect(self._updated)
        refresher.progress.connect(self._progress)
        refresher.batch_finished.connect(self._batch_finished)
        self.ui.progressRow.hide()
        self.rebuild()

    # --- building -----------------------------------------------------------------------------

    def _setup_table(self) -> None:
        view = self.ui.accountsTable
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for section, width in enumerate(WIDTHS):
            header.resizeSection(section, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self.model.sort)
        show_sort_order(view)
        # Most urgent first: the Practice column sorts by what needs attention, then by name.
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        view.doubleClicked.connect(lambda _index: self.row_actions.open_current())
        view.customContextMenuRequested.connect(self.row_actions.open_context_menu)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)

    def _setup_toolbar(self) -> None:
        ui = self.ui
        ui.filterCombo.addItem("Needs attention", ATTENTION)
        ui.filterCombo.addItem("All accounts", EVERYTHING)
        ui.filterCombo.activated.connect(self._filter_picked)
        ui.searchEdit.textChanged.connect(lambda _text: self.apply_filter())
        self.overage = MoneyInput(ui.overageEdit, lambda cents: "" if cents is not None else "?")
        self.overage.set_cents(self.settings.overage_alert_cents)
        ui.overageEdit.editingFinished.connect(self._overage_edited)
        ui.refreshAllButton.setIcon(icon("refresh"))
        ui.refreshAllButton.clicked.connect(self.refresh_all)
        ui.cancelRefreshButton.clicked.connect(self.refresher.cancel)
        ui.exportAllButton.setIcon(icon("invoice"))
        ui.exportAllButton.clicked.connect(self.row_actions.open_export)
        ui.openButton.clicked.connect(self.row_actions.open_current)
        ui.addCreditsButton.setIcon(icon("wallet"))
        ui.addCreditsButton.clicked.connect(self.row_actions.add_credits)
        ui.payNowButton.setIcon(icon("card"))
        ui.payNowButton.clicked.connect(self.row_actions.pay_now)
        ui.signInButton.setIcon(icon("account"))
        ui.signInButton.clicked.connect(self.row_actions.sign_in)

    # --- the rows -----------------------------------------------------------------------------

    def rebuild(self) -> None:
        """Signed in or out: one line per signed-in account, each with what is known of it."""
        sessions = self.accounts.sessions
        self.lines = {account_key(s): self._line(s) for s in sessions}
        self._show_soon.stop()  # shown now, all of it
        self._show_lines()
        if self.isVisible():
            self.load_saved()

    def _line(self, session: AccountSession) -> AccountLine:
        status = self.refresher.status_of(session)
        facts = status.facts
        row = (
            overview_row(facts, overage_alert_cents=self.settings.overage_alert_cents)
            if facts is not None
            else None
        )
        return AccountLine(account_key(session), session, status, row)

    def _updated(self, sessions: list[AccountSession]) -> None:
        """Accounts' figures arrived. Their lines change at once; the table shows them at once
        too, except during a batch, when it shows what arrived at most every `SHOW_EVERY_MS`
        and at the batch's end (re-sorting, re-filtering and repainting fifty times in a
        Refresh All of fifty kept the GUI thread busy for seconds)."""
        known = {account_key(s): s for s in self.accounts.sessions}
        for session in sessions:
            key = account_key(session)
            if key in known:  # not signed out meanwhile
                self.lines[key] = self._line(known[key])
        if self.refresher.running:
            if not self._show_soon.isActive():
                self._show_soon.start()
            return
        self._show_lines()

    def _show_pending(self) -> None:
        self._show_soon.stop()
        self._show_progress()
        self._show_lines()

    def _show_lines(self) -> None:
        if self._show_in_place():
            self._choose_filter_for_them()
            if self._placed is not None and self._placed[0] == self._placement():
                self._after_filter()  # the same rows in the same places: no layout change
                return
        else:
            self.model.set_records(self.lines.values())
            self._choose_filter_for_them()
        self.apply_filter()

    def _placement(self) -> tuple[int, int, bool, str]:
        header = self.ui.accountsTable.horizontalHeader()
        attention_only, words = self._filter_state()
        return (
            header.sortIndicatorSection(),
            header.sortIndicatorOrder().value,
            attention_only,
            words,
        )

    def _places(self, lines: Iterable[AccountLine]) -> dict[str, tuple[Any, bool]]:
        """Each line's sort key under the current sort, and whether the current filter shows it."""
        section = self.ui.accountsTable.horizontalHeader().sortIndicatorSection()
        column = self.model.columns[section] if 0 <= section < len(self.model.columns) else None
        sort_key = (column.key or column.display) if column is not None else (lambda _line: None)
        passes = self._predicate(*self._filter_state()) or (lambda _line: True)
        return {line.key: (sort_key(line), passes(line)) for line in lines}

    def _show_in_place(self) -> bool:
        """During a refresh most new figures move no row: same sort key, same answer to the
        filter. Then the lines shown take the new figures in place and only their rows are
        repainted. A layout change (`set_records`) repaints every row: with fifty accounts
        refreshing, each cost the GUI thread 30–60 ms of its own, four times a second. False
        (nothing changed) when a row would move, appear or go: the caller places them all."""
        if self._placed is None or self._placed[0] != self._placement():
            return False
        shown = {line.key: line for line in self.model.records}
        if (
            shown.keys() != self.lines.keys()
            or self._places(self.lines.values()) != self._placed[1]
        ):
            return False
        rows = {line.key: row for row, line in enumerate(self.model.matching)}
        for key, line in self.lines.items():
            old = shown[key]
            if old is line:
                continue
            old.take(line)
            self.lines[key] = old
            row = rows.get(key)
            if row is not None and row < self.model.rowCount():
                self.model.line_changed(row)
            self._shown_refresh[key] = old.status.refresh
        # A refresh starting changes no line, only its status ("Refreshing…"): those rows too.
        for key, line in self.lines.items():
            if line.status.refresh is not self._shown_refresh.get(key):
                row = rows.get(key)
                if row is not None and row < self.model.rowCount():
                    self.model.line_changed(row)
        self._shown_refresh = {key: line.status.refresh for key, line in self.lines.items()}
        return True

    def load_saved(self) -> None:
        """The saved copies' figures for the accounts not fetched yet (one task for all)."""
        self.refresher.load_saved(self.accounts.sessions, on_done=self._saved_loaded)

    def _saved_loaded(self) -> None:
        self.saved_loaded = True

    def refresh_all(self) -> None:
        """Re-fetch every account now (those waiting out a backoff too: the manager asked)."""
        self.refresher.refresh(self.accounts.sessions, force=True)

    # --- filters ------------------------------------------------------------------------------

    @property
    def attention_count(self) -> int:
        return sum(1 for line in self.lines.values() if line.needs_attention)

    def _choose_filter_for_them(self) -> None:
        """ "Needs attention" while anything does, until the manager picks a filter."""
        if self.filter_chosen:
            return
        wanted = ATTENTION if self.attention_count else EVERYTHING
        self.ui.filterCombo.setCurrentIndex(self.ui.filterCombo.findData(wanted))

    def _filter_picked(self, _index: int) -> None:
        self.filter_chosen = True
        self.apply_filter()

    def show_filter(self, which: str) -> None:
        """Pick a filter as the manager would (`ATTENTION` or `EVERYTHING`)."""
        self.ui.filterCombo.setCurrentIndex(self.ui.filterCombo.findData(which))
        self._filter_picked(self.ui.filterCombo.currentIndex())

    def _filter_state(self) -> tuple[bool, str]:
        """(attention only, the search's words)."""
        attention_only = self.ui.filterCombo.currentData() == ATTENTION
        return attention_only, self.ui.searchEdit.text().strip().casefold()

    @staticmethod
    def _predicate(attention_only: bool, words: str) -> Callable[[AccountLine], bool] | None:
        def shown(line: AccountLine) -> bool:
            if attention_only and not line.needs_attention:
                return False
            return (
                not words or words in line.name.casefold() or words in line.session.email.casefold()
            )

        return shown if attention_only or words else None

    def apply_filter(self) -> None:
        self.model.set_filter(self._predicate(*self._filter_state()))
        # What the model placed: its own records (the lines may be newer, not shown yet).
        self._placed = (self._placement(), self._places(self.model.records))
        self._shown_refresh = {line.key: line.status.refresh for line in self.model.records}
        self._after_filter()

    def _after_filter(self) -> None:
        view = self.ui.accountsTable
        if (not self.row_chosen or not view.currentIndex().isValid()) and self.model.rowCount():
            select_row(view, 0)  # the most urgent, until the manager chooses
        self._say_counts()
        self.row_actions.update_buttons()

    def _overage_edited(self) -> None:
        cents = self.overage.cents
        if cents is None:
            self.overage.set_cents(self.settings.overage_alert_cents)
            return
        if cents != self.settings.overage_alert_cents:
            self.settings.overage_alert_cents = cents
            self.rebuild()  # the same figures, judged against the new amount

    # --- what it says -------------------------------------------------------------------------

    def _say_counts(self) -> None:
        total, attention = len(self.lines), self.attention_count
        combo = self.ui.filterCombo
        combo.setItemText(combo.findData(ATTENTION), f"Needs attention ({attention})")
        combo.setItemText(combo.findData(EVERYTHING), f"All accounts ({total})")
        shown = len(self.model.matching)
        parts = [f"{total} account{'s' if total != 1 else ''}"]
        parts.append(f"{attention} need{'s' if attention == 1 else ''} attention")
        if shown != total:
            parts.append(f"{shown} shown")
        offline = sum(1 for line in self.lines.values() if line.unreachable)
        if offline:
            parts.append(f"{offline} could not be reached")
        self.ui.summaryLabel.setText(" · ".join(parts))

    def _progress(self, done: int, total: int) -> None:
        """Shown at once when a batch starts; after that with the rows, at most every
        `SHOW_EVERY_MS` (a progress bar's new value repaints it at once, there and then: fifty
        of them, each flushing the table's pending repaint with it, stalled the GUI thread)."""
        self._progress_due = (done, total)
        if self.refresher.running and self.ui.progressRow.isVisible():
            if not self._show_soon.isActive():
                self._show_soon.start()
            return
        self._show_progress()

    def _show_progress(self) -> None:
        if self._progress_due is None:
            return
        (done, total), self._progress_due = self._progress_due, None
        ui = self.ui
        ui.progressRow.setVisible(self.refresher.running)
        ui.refreshProgress.setRange(0, max(total, 1))
        ui.refreshProgress.setValue(done)
        ui.progressLabel.setText(f"Refreshing accounts: {done} of {total}")
        ui.refreshAllButton.setEnabled(not self.refresher.running)

    def _batch_finished(self, cancelled: bool) -> None:
        if self._show_soon.isActive():
            self._show_pending()
        self._progress_due = None
        ui = self.ui
        ui.progressRow.hide()
        ui.refreshAllButton.setEnabled(True)
        self.last_refresh_cancelled = cancelled
        self._say_counts()

    # --- selection and keys -------------------------------------------------------------------

    @property
    def current_line(self) -> AccountLine | None:
        index = self.ui.accountsTable.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select_account(self, session: AccountSession) -> bool:
        """Choose `session`'s row, as the manager would (it then stays chosen)."""
        key = account_key(session)
        row = self.model.row_of(lambda line: line.key == key)
        if row is None:
            return False
        self.row_chosen = True
        select_row(self.ui.accountsTable, row)
        return True

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.row_actions.update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched in (
            self.ui.accountsTable,
            self.ui.accountsTable.viewport(),
        ) and event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
        ):
            self.row_chosen = True
        if (
            watched is self.ui.accountsTable
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.row_actions.open_current()
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.load_saved()
