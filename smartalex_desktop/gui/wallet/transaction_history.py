"""The Wallet tab's transaction history: loaded page by page, filtered by kind, stoppable, and
saved as a statement PDF for chosen days.

`TransactionHistory(tab)` is part of the `WalletTab`. A `PagedLoader` fetches the pages through
`session.reader` (the saved copy when SmartAlex can't be reached), shown as they arrive with a
count; Stop Loading (or Esc) keeps what arrived. Rows are compact `TransactionRow`s, so 200,000
of them sort and filter in the model at once. The statement is made from the transactions, so
offline too.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut

from smartalex_desktop.api import errors
from smartalex_desktop.billing.names import TRANSACTION_KIND_NAMES, TRANSACTION_STATUS_NAMES
from smartalex_desktop.documents.names import wallet_statement_file_name
from smartalex_desktop.gui.runtime.paged_loader import PagedLoader
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.runtime.table_model import Column, RecordTableModel
from smartalex_desktop.gui.wallet.statement_dialog import StatementDialog
from smartalex_desktop.gui.wallet.transaction_rows import TransactionRow, rows_of
from smartalex_desktop.gui.widgets import formatting, wording
from smartalex_desktop.gui.widgets.colours import Level, accent
from smartalex_desktop.gui.widgets.formatting import count
from smartalex_desktop.gui.widgets.saved_documents import save_wallet_statement
from smartalex_desktop.gui.widgets.table_views import set_up_history_table

if TYPE_CHECKING:
    from smartalex_desktop.gui.wallet.wallet_tab import WalletTab

KIND_NAMES = TRANSACTION_KIND_NAMES
STATUS_NAMES = TRANSACTION_STATUS_NAMES

# The "Show:" filter: its label and which transactions pass.
FILTERS: list[tuple[str, frozenset[str] | None]] = [
    ("All transactions", None),
    ("Top-ups", frozenset({"top_up", "auto_top_up"})),
    ("Automatic top-ups", frozenset({"auto_top_up"})),
    ("Usage", frozenset({"usage"})),
    ("Refunds", frozenset({"refund"})),
    ("Failed only", None),
]
FAILED_ONLY = len(FILTERS) - 1


class TransactionHistory:
    def __init__(self, tab: WalletTab) -> None:
        self.tab = tab
        ui = tab.ui
        self.loader: PagedLoader[TransactionRow] | None = None
        self.statement_dialog: StatementDialog | None = None
        self._saving_statement = False
        self.transactions: RecordTableModel[TransactionRow] = RecordTableModel(
            self._columns(), tab, identity=lambda t: t.id
        )
        set_up_history_table(ui.transactionsView, self.transactions, [110, 150, 110, 110, 100])
        ui.transactionsView.activated.connect(self._transaction_activated)
        for label, _kinds in FILTERS:
            ui.kindFilter.addItem(label)
        ui.kindFilter.currentIndexChanged.connect(self._apply_filter)
        ui.stopButton.clicked.connect(self.stop_loading)
        ui.saveStatementButton.clicked.connect(self.open_statement)
        # Esc stops a long load; only then, so it never takes Esc from anything else.
        self._stop_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), tab)
        self._stop_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._stop_shortcut.activated.connect(self.stop_loading)

    @property
    def saving_statement(self) -> bool:
        return self._saving_statement

    def stop_for_good(self) -> None:
        """Another account (or none): its statement and its load end."""
        if self.statement_dialog is not None:
            self.statement_dialog.reject()  # it would save another account's statement
        if self.loader is not None:
            self.loader.cancel()
            self.loader.deleteLater()
            self.loader = None
        self._saving_statement = False

    def _error_colour(self) -> QColor:
        return accent(Level.ERROR, self.tab.palette())

    def _columns(self) -> list[Column[TransactionRow]]:
        right = Qt.AlignmentFlag.AlignRight

        def failed_colour(t: TransactionRow) -> QColor | None:
            return self._error_colour() if t.status == "failed" else None

        def why(t: TransactionRow) -> str:
            return t.failure_message or ""

        return [
            Column(
                "Date",
                lambda t: formatting.short_date(t.created_at, self.tab.account_timezone),
                key=lambda t: t.created_at,
            ),
            Column(wording.TYPE, lambda t: KIND_NAMES.get(t.kind, t.kind), colour=failed_colour),
            Column(
                "Amount",
                lambda t: signed_money(t.amount_cents),
                key=lambda t: t.amount_cents,
                align=right,
            ),
            Column(
                "Balance After",
                lambda t: formatting.money(t.balance_after_cents),
                key=lambda t: t.balance_after_cents,
                align=right,
            ),
            Column(
                "Status",
                lambda t: STATUS_NAMES.get(t.status, t.status),
                colour=failed_colour,
                tooltip=why,
            ),
            Column(
                "Description",
                lambda t: (
                    f"{t.description}: {t.failure_message}" if t.failure_message else t.description
                ),
                colour=failed_colour,
                tooltip=why,
            ),
        ]

    def load_transactions(self, session: AccountSession) -> None:
        if self.loader is not None:
            self.loader.cancel()
            self.loader.deleteLater()
        client = session.reader  # SmartAlex, or the saved copy when it can't be reached
        loader: PagedLoader[TransactionRow] = PagedLoader(
            self.tab.runner,
            lambda cursor: rows_of(client.wallet_transactions_page(starting_after=cursor)),
            id_of=lambda t: t.id,
            parent=self.tab,
        )
        self.loader = loader
        self.transactions.clear()
        loader.page_loaded.connect(self._page_arrived)
        loader.finished.connect(self._transactions_loaded)
        loader.failed.connect(self._transactions_failed)
        self.show_loading(True)
        self.tab.ui.loadStatus.setText("Loading…")
        loader.start()

    def _page_arrived(self, page: list[TransactionRow]) -> None:
        self.transactions.append_records(page)
        if self.loader is not None:
            self.tab.ui.loadStatus.setText(
                f"Loading… {count(self.loader.loaded)} transactions so far"
            )

    def _transactions_loaded(self, total: int) -> None:
        self.show_loading(False)
        if total == 0:
            self.tab.ui.loadStatus.setText(
                "No transactions yet: they appear here once you add credits or a call goes past "
                "your allowance."
            )
        else:
            self.tab.ui.loadStatus.setText(
                "1 transaction" if total == 1 else f"{count(total)} transactions"
            )

    def _transactions_failed(self, error: errors.SmartAlexError) -> None:
        self.show_loading(False)
        if isinstance(error, errors.SessionExpired):
            self.tab.ui.loadStatus.clear()
            return  # an ended session is the window's to handle: it offers "Sign In…"
        loaded = self.loader.loaded if self.loader is not None else 0
        shown = f" The {count(loaded)} shown are the newest." if loaded else ""
        self.tab.ui.loadStatus.setText("Not all transactions could be loaded.")
        self.tab.show_error(
            f"Your Wallet transactions could not all be loaded. {error.user_message}{shown} "
            "Press F5 to try again."
        )

    def stop_loading(self) -> None:
        """Stop (or Esc): keep what arrived, stop asking for older pages."""
        loader = self.loader
        if loader is None or not loader.running:
            return
        loader.cancel()
        self.show_loading(False)
        self.tab.ui.loadStatus.setText(
            f"Stopped after the newest {count(loader.loaded)} transactions. Press F5 to load "
            "them all."
        )

    @property
    def loading_transactions(self) -> bool:
        return self.loader is not None and self.loader.running

    def show_loading(self, loading: bool) -> None:
        self.tab.ui.loadProgress.setVisible(loading)
        self.tab.ui.stopButton.setVisible(loading)
        self._stop_shortcut.setEnabled(loading)

    def _apply_filter(self, index: int) -> None:
        if index == FAILED_ONLY:
            self.transactions.set_filter(lambda t: t.status == "failed")
            return
        kinds = FILTERS[index][1] if 0 <= index < len(FILTERS) else None
        self.transactions.set_filter(None if kinds is None else (lambda t: t.kind in kinds))

    def _transaction_activated(self, index: QModelIndex) -> None:
        """Enter or a double click on a top-up's transaction: that top-up, with its refund."""
        transaction = self.transactions.record(index.row())
        if transaction.top_up_id and self.tab.credits.select_top_up(transaction.top_up_id):
            self.tab.ui.historyTabs.setCurrentWidget(self.tab.ui.topUpsPage)
            self.tab.ui.topUpsView.setFocus()

    def open_statement(self) -> None:
        """Save Statement PDF…: which days, then where; made and written on a worker."""
        if self.tab.session is None or self.tab.state is None or self._saving_statement:
            return
        today = formatting.local_date(self.tab.now, self.tab.account_timezone)
        dialog = StatementDialog(today, parent=self.tab)
        dialog.accepted.connect(lambda: self._save_statement(*dialog.days))
        if self.statement_dialog is not None:
            self.statement_dialog.deleteLater()
        self.statement_dialog = dialog
        dialog.open()

    def _save_statement(self, start: date, end: date) -> None:
        def busy(saving: bool) -> None:
            self._saving_statement = saving
            self.tab.update_actions()

        first, last = formatting.long_date(start), formatting.long_date(end)
        self.tab.save_document(
            "Save Wallet Statement",
            wallet_statement_file_name(start, end),
            lambda client, path: save_wallet_statement(client, path, start, end),
            lambda path: f"The Wallet statement for {first} to {last} was saved to {path}.",
            busy,
        )


def signed_money(cents: int) -> str:
    """`+$50.00`, `-$0.33`, `$0.00`: a ledger amount with its direction."""
    return f"+{formatting.money(cents)}" if cents > 0 else formatting.money(cents)
