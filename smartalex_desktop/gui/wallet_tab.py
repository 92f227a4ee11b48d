"""The Wallet tab: the prepaid balance, what it is for, the low-balance alert, auto top-up, the
transaction history and refunds of unused top-ups.

Two kinds of loading, both on the TaskRunner:
- the Wallet itself (balance, settings, cards, recent top-ups with their refund eligibility,
  the account's tax rate and the top-up limits) in one background load, so the page never shows
  a mix of old and new;
- the transaction history page by page (`PagedLoader`), shown as pages arrive with a count, and
  stoppable (Stop Loading or Esc) — a busy account's years of history never freeze the window;
  kept as compact `TransactionRow`s, so 200,000 of them sort and filter in the model at once.

Actions (add credits, auto top-up settings, refund) are dialogs kept as attributes
(`add_credits_dialog`, `auto_top_up_dialog`, `refund_dialog`) and opened window-modal with
`open()`; saving the alert threshold runs inline with its button disabled. After each, the
tab announces what changed so only the views showing it reload.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableView, QWidget

from smartalex_desktop.api import SmartAlexClient, errors, models
from smartalex_desktop.billing.names import TRANSACTION_KIND_NAMES, TRANSACTION_STATUS_NAMES
from smartalex_desktop.documents.names import wallet_statement_file_name
from smartalex_desktop.gui import formatting, plain_text
from smartalex_desktop.gui.account_tab import AccountTab
from smartalex_desktop.gui.accounts import Accounts, AccountSession
from smartalex_desktop.gui.add_credits_dialog import AddCreditsDialog
from smartalex_desktop.gui.auto_top_up_dialog import AutoTopUpDialog, charged_card, describe
from smartalex_desktop.gui.card_row import Level, accent
from smartalex_desktop.gui.changes import Change
from smartalex_desktop.gui.colours import AMBER, BLUE, GREEN, RED, blend
from smartalex_desktop.gui.follows_palette import FollowsPalette
from smartalex_desktop.gui.forms.ui_wallet_tab import Ui_WalletTab
from smartalex_desktop.gui.icons import icon
from smartalex_desktop.gui.money_field import MAX_FIELD_CENTS, MoneyInput, error_palette
from smartalex_desktop.gui.paged_loader import PagedLoader
from smartalex_desktop.gui.refund_dialog import RefundDialog, charged_cents
from smartalex_desktop.gui.saved_documents import save_wallet_statement
from smartalex_desktop.gui.sort_header import show_sort_order
from smartalex_desktop.gui.statement_dialog import StatementDialog
from smartalex_desktop.gui.table_model import Column, RecordTableModel
from smartalex_desktop.gui.transaction_rows import TransactionRow, rows_of

# How many of the newest top-ups the refund list shows: far more than 30 days hold.
TOP_UPS_SHOWN = 100
# SPEC section 3: card-billed usage is invoiced as soon as it reaches this.
USAGE_INVOICE_AT_CENTS = 10_00

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


@dataclass(frozen=True)
class WalletState:
    """One consistent snapshot of what the tab shows (the history loads apart)."""

    wallet: models.Wallet
    cards: list[models.PaymentMethod]
    top_ups: list[models.TopUp]
    tax_rate_bps: int
    config: models.BillingConfig
    now: datetime  # SmartAlex's now: the sandbox's clock in demo mode


def load_wallet_state(client: SmartAlexClient) -> WalletState:
    """On a worker: the wallet with everything that explains it."""
    wallet = client.wallet()
    return WalletState(
        wallet=wallet,
        cards=client.payment_methods(),
        top_ups=client.top_ups_page(limit=TOP_UPS_SHOWN)[0],
        tax_rate_bps=client.account().tax_rate_bps,
        config=client.billing_config(),
        now=client.now(),  # refund days count from SmartAlex's clock
    )


def refund_eligibility(top_up: models.TopUp, now: datetime, timezone: str) -> str:
    """Whether a top-up can be refunded, as a sentence: the days left, or SmartAlex's reason."""
    if top_up.refundable and top_up.refund_deadline is not None:
        # The deadline is the first moment it can't be; the last day is the one before.
        last_day = formatting.local_date(
            top_up.refund_deadline - timedelta(microseconds=1), timezone
        )
        days = (last_day - formatting.local_date(now, timezone)).days
        when = formatting.long_date(last_day)
        if days <= 0:
            return f"Unused: refundable until the end of today ({when})."
        left = "1 day" if days == 1 else f"{days} days"
        return f"Unused: refundable until {when} ({left} left)."
    if top_up.status == "pending":
        return "The charge is still being confirmed."
    if top_up.status == "refunded":
        return "Refunded."
    return top_up.refund_refusal or "This top-up can't be refunded."


def refund_summary(top_up: models.TopUp, now: datetime, timezone: str) -> str:
    """The eligibility in a few words, for the table (the full sentence is below it)."""
    if top_up.refundable or top_up.status in ("pending", "refunded"):
        return refund_eligibility(top_up, now, timezone)
    if top_up.refund_deadline is not None and now >= top_up.refund_deadline:
        return "Not refundable: older than 30 days"
    if top_up.remaining_cents < top_up.amount_cents:
        left = formatting.money(top_up.remaining_cents)
        return f"Not refundable: partly used ({left} left)"
    return "Not refundable"


class WalletTab(FollowsPalette, AccountTab):
    shows = Change.WALLET | Change.CARDS | Change.INVOICES
    title = "&Wallet"
    icon_name = "wallet"

    def __init__(self, accounts: Accounts, parent: QWidget | None = None) -> None:
        super().__init__(accounts, parent)
        self.ui = Ui_WalletTab()
        self.ui.setupUi(self)
        self.state: WalletState | None = None
        self.add_credits_dialog: AddCreditsDialog | None = None
        self.auto_top_up_dialog: AutoTopUpDialog | None = None
        self.refund_dialog: RefundDialog | None = None
        self.statement_dialog: StatementDialog | None = None
        self.loader: PagedLoader[TransactionRow] | None = None
        self._saving_threshold = False
        self._saving_statement = False
        ui = self.ui

        self.threshold = MoneyInput(ui.thresholdField, self._threshold_problem)
        self.threshold.changed.connect(self._threshold_edited)
        ui.thresholdField.returnPressed.connect(self.save_threshold)
        ui.saveThresholdButton.clicked.connect(self.save_threshold)
        ui.thresholdProgress.hide()

        self.transactions: RecordTableModel[TransactionRow] = RecordTableModel(
            self._transaction_columns(), self, identity=lambda t: t.id
        )
        self._set_up_table(ui.transactionsView, self.transactions, [110, 150, 110, 110, 100])
        ui.transactionsView.activated.connect(self._transaction_activated)
        for label, _kinds in FILTERS:
            ui.kindFilter.addItem(label)
        ui.kindFilter.currentIndexChanged.connect(self._apply_filter)

        self.top_ups: RecordTableModel[models.TopUp] = RecordTableModel(
            self._top_up_columns(), self, identity=lambda t: t.id
        )
        self._set_up_table(ui.topUpsView, self.top_ups, [110, 140, 90, 90, 170])
        ui.topUpsView.selectionModel().currentRowChanged.connect(self._top_up_chosen)
        ui.topUpsView.activated.connect(lambda _index: self.open_refund())

        ui.retryButton.clicked.connect(self.reload_now)
        ui.addCreditsButton.clicked.connect(self.open_add_credits)
        ui.editAutoTopUpButton.clicked.connect(self.open_auto_top_up)
        ui.requestRefundButton.clicked.connect(self.open_refund)
        ui.stopButton.clicked.connect(self.stop_loading)
        ui.saveStatementButton.clicked.connect(self.open_statement)
        # Esc stops a long load; only then, so it never takes Esc from anything else.
        self._stop_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._stop_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._stop_shortcut.activated.connect(self.stop_loading)
        self._style_widgets()
        self.clear()

    # --- AccountTab ---------------------------------------------------------------------------

    def load(self, session: AccountSession) -> None:
        if self.state is None:
            self.ui.pages.setCurrentWidget(self.ui.loadingPage)
        self.fetch("wallet", load_wallet_state, self._show_state, self._load_failed)
        self._load_transactions(session)

    def clear(self) -> None:
        """No account (or another one): nothing of the previous account stays on screen."""
        for dialog in (self.add_credits_dialog, self.auto_top_up_dialog, self.refund_dialog):
            if dialog is not None:
                dialog.close_for_other_account()
                dialog.deleteLater()
        self.add_credits_dialog = self.auto_top_up_dialog = self.refund_dialog = None
        if self.statement_dialog is not None:
            self.statement_dialog.reject()  # it would save another account's statement
        if self.loader is not None:
            self.loader.cancel()
            self.loader.deleteLater()
            self.loader = None
        self.state = None
        self._saving_threshold = False
        self._saving_statement = False
        self.transactions.clear()
        self.top_ups.clear()
        self.threshold.set_cents(None)
        self.ui.balanceValue.clear()
        self.ui.loadStatus.clear()
        self._show_loading(False)
        self.ui.pages.setCurrentWidget(self.ui.loadingPage)

    def reload_now(self) -> None:
        if self.session is not None:
            self.ui.pages.setCurrentWidget(self.ui.loadingPage)
            self.load(self.session)

    # --- the wallet ---------------------------------------------------------------------------

    @property
    def _timezone(self) -> str:
        return self.session.timezone if self.session is not None else "UTC"

    def _load_failed(self, error: errors.SmartAlexError) -> None:
        if self.state is None:
            self.ui.problemLabel.setText(f"Your Wallet could not be shown. {error.user_message}")
            self.ui.pages.setCurrentWidget(self.ui.problemPage)
        else:  # what is on screen stays; the bar says it may be out of date
            self.show_error(f"Your Wallet could not be refreshed. {error.user_message}")

    def _show_state(self, state: WalletState) -> None:
        first = self.state is None
        self.state = state
        wallet = state.wallet
        ui = self.ui
        ui.balanceValue.setText(formatting.money(wallet.balance_cents))
        ui.balanceValue.setAccessibleName(
            f"Wallet balance: {formatting.money(wallet.balance_cents)}"
        )
        self._show_balance_notice(wallet)
        if first or not self._threshold_dirty:
            self.threshold.set_cents(wallet.low_balance_threshold_cents)
        self._threshold_edited()
        self._show_auto_top_up(state)
        self._show_top_ups(state)
        ui.addCreditsButton.setToolTip(
            "Charge a card and add the amount to your Wallet "
            f"({formatting.money(state.config.top_up_min_cents)} to "
            f"{formatting.money(state.config.top_up_max_cents)}, plus tax)."
        )
        self.update_actions()
        ui.pages.setCurrentWidget(ui.walletPage)

    def _show_balance_notice(self, wallet: models.Wallet) -> None:
        accrued = formatting.money(wallet.accrued_usage_cents)
        threshold = formatting.money(wallet.low_balance_threshold_cents)
        if wallet.balance_cents == 0:
            text = (
                "Your Wallet is empty, so minutes past your allowance are billed to your "
                "default card"
            )
            if wallet.accrued_usage_cents:
                text += (
                    f": {accrued} so far, charged once it reaches "
                    f"{formatting.money(USAGE_INVOICE_AT_CENTS)} or with your next renewal"
                )
            self._set_notice("warning", AMBER, f"{text}. Add credits to pay from the Wallet.")
        elif wallet.below_low_balance_threshold:
            self._set_notice(
                "warning",
                AMBER,
                f"Your balance is below your alert threshold of {threshold}. Add credits so "
                "calls past your allowance keep being paid from the Wallet.",
            )
        elif wallet.accrued_usage_cents:
            self._set_notice(
                "info",
                BLUE,
                f"{accrued} of usage from when your Wallet was empty goes on your default card "
                "with the next usage or renewal invoice.",
            )
        else:
            self.ui.balanceNotice.hide()

    def _set_notice(self, icon_name: str, colour: QColor, text: str) -> None:
        self._tint(self.ui.balanceNotice, self.ui.balanceNoticeIcon, icon_name, colour)
        self.ui.balanceNoticeText.setText(text)
        self.ui.balanceNotice.setAccessibleDescription(text)
        self.ui.balanceNotice.show()

    def _tint(self, frame: QWidget, icon_label: QLabel, icon_name: str, colour: QColor) -> None:
        size = self.fontMetrics().height() + 2
        icon_label.setPixmap(icon(icon_name).pixmap(size, size))
        palette = frame.palette()
        base = self.palette().color(QPalette.ColorRole.Window)
        palette.setColor(QPalette.ColorRole.Window, blend(base, colour, 0.16))
        frame.setPalette(palette)
        frame.setAutoFillBackground(True)

    # --- the low-balance alert ----------------------------------------------------------------

    @property
    def _threshold_dirty(self) -> bool:
        if self.state is None:
            return False
        return self.threshold.cents != self.state.wallet.low_balance_threshold_cents

    def _threshold_problem(self, cents: int | None) -> str:
        if cents is None or cents > MAX_FIELD_CENTS:
            return (
                "Enter the balance to be alerted at, from $0.00 to "
                f"{formatting.money(MAX_FIELD_CENTS)}, for example 20.00."
            )
        return ""

    def _threshold_edited(self) -> None:
        ui = self.ui
        problem = self.threshold.shown_problem
        if problem:
            ui.thresholdHint.setText(problem)
            error_palette(ui.thresholdHint, self)
        else:
            ui.thresholdHint.setPalette(self._muted_palette(ui.thresholdHint))
            ui.thresholdHint.setText(
                "You'll get a notification when the balance falls below this amount."
                if not self._threshold_dirty
                else "Save to be alerted at this amount."
            )
        ui.thresholdField.setAccessibleDescription(problem)
        self.allow(
            ui.saveThresholdButton,
            self.state is not None
            and self._threshold_dirty
            and not self.threshold.problem
            and not self._saving_threshold,
        )
        ui.thresholdField.setEnabled(not self._saving_threshold)

    def save_threshold(self) -> None:
        session = self.session
        cents = self.threshold.cents
        if session is None or self.state is None or self._saving_threshold:
            return
        if cents is None or self.threshold.problem:
            self.threshold.touch()
            return
        if not self._threshold_dirty or not self.say_if_offline("Saving the alert amount"):
            return
        self._saving_threshold = True
        self.ui.thresholdProgress.show()
        self._threshold_edited()
        client = session.client

        def saved(wallet: models.Wallet) -> None:
            self._threshold_saved()
            if self.state is not None:
                self.state = replace(self.state, wallet=wallet)
            self.show_success(
                "You'll be alerted when your Wallet balance falls below "
                f"{formatting.money(wallet.low_balance_threshold_cents)}."
            )
            self.accounts.announce(Change.WALLET)

        def failed(error: errors.SmartAlexError) -> None:
            self._threshold_saved()
            self.show_error(f"The alert threshold was not saved. {error.user_message}")
            self.ui.thresholdField.setFocus()

        self.runner.run(
            lambda: client.update_wallet(low_balance_threshold_cents=cents),
            on_success=saved,
            on_failure=failed,
            description="WalletTab: save threshold",
        )

    def _threshold_saved(self) -> None:
        self._saving_threshold = False
        self.ui.thresholdProgress.hide()
        self._threshold_edited()

    # --- auto top-up --------------------------------------------------------------------------

    def _show_auto_top_up(self, state: WalletState) -> None:
        auto = state.wallet.auto_top_up
        ui = self.ui
        if auto.enabled:
            self._set_badge("On", GREEN)
            ui.autoSummary.setText(describe(auto, state.cards))
        elif auto.disabled_reason:
            self._set_badge("Off: switched itself off", RED)
            ui.autoSummary.setText(
                "Calls past your allowance use your Wallet until it is empty, then your card."
            )
        else:
            self._set_badge("Off", None)
            ui.autoSummary.setText(
                "Auto top-up is off. Calls past your allowance use your Wallet until it is "
                "empty, then your card. Turn it on to add credits automatically when the "
                "balance runs low."
            )
        spent = formatting.money(auto.spent_this_period_cents)
        if auto.cap_cents is not None:
            details = (
                f"Limit: {formatting.money(auto.cap_cents)} each billing period; {spent} added "
                "automatically so far this period."
            )
            if auto.enabled and auto.spent_this_period_cents + auto.amount_cents > auto.cap_cents:
                details += " The limit is reached: no more automatic top-ups until the next period."
        else:
            details = (
                f"No limit per billing period; {spent} added automatically so far this period."
            )
        ui.autoDetails.setText(details)
        ui.autoDetails.setVisible(auto.enabled or auto.spent_this_period_cents > 0)

        if not auto.enabled and auto.disabled_reason:
            self._tint(ui.autoNotice, ui.autoNoticeIcon, "error", RED)
            ui.autoNoticeText.setText(auto.disabled_reason)
            ui.autoNotice.setAccessibleDescription(auto.disabled_reason)
            ui.autoNotice.show()
        elif auto.enabled and auto.consecutive_declines:
            card = charged_card(auto, state.cards)
            label = formatting.card_label(card.brand, card.last4) if card else "The card"
            declines = auto.consecutive_declines
            text = (
                f"{label} was declined for the last automatic top-up"
                f"{'' if declines == 1 else f' ({declines} times in a row)'}. It is tried again "
                "at most once a day; after 3 declines in a row auto top-up switches itself off. "
                "Check the card, or choose another."
            )
            self._tint(ui.autoNotice, ui.autoNoticeIcon, "warning", AMBER)
            ui.autoNoticeText.setText(text)
            ui.autoNotice.setAccessibleDescription(text)
            ui.autoNotice.show()
        else:
            ui.autoNotice.hide()

    def _set_badge(self, text: str, colour: QColor | None) -> None:
        badge = self.ui.autoStatusBadge
        badge.setText(text)
        badge.setAccessibleName(f"Auto top-up: {text}")
        palette = self.palette()
        shade = (
            blend(colour, palette.color(QPalette.ColorRole.WindowText), 0.25)
            if colour is not None
            else palette.color(QPalette.ColorRole.PlaceholderText)
        )
        badge.setStyleSheet(
            f"QLabel#autoStatusBadge {{ color: {shade.name()}; border: 1px solid {shade.name()};"
            " border-radius: 10px; padding: 2px 10px; font-weight: 600; }"
        )

    # --- the history tables -------------------------------------------------------------------

    def _error_colour(self) -> QColor:
        return accent(Level.ERROR, self.palette())

    def _transaction_columns(self) -> list[Column[TransactionRow]]:
        right = Qt.AlignmentFlag.AlignRight

        def failed_colour(t: TransactionRow) -> QColor | None:
            return self._error_colour() if t.status == "failed" else None

        def why(t: TransactionRow) -> str:
            return t.failure_message or ""

        return [
            Column(
                "Date",
                lambda t: formatting.short_date(t.created_at, self._timezone),
                key=lambda t: t.created_at,
            ),
            Column("Kind", lambda t: KIND_NAMES.get(t.kind, t.kind), colour=failed_colour),
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

    def _top_up_columns(self) -> list[Column[models.TopUp]]:
        right = Qt.AlignmentFlag.AlignRight
        return [
            Column(
                "Date",
                lambda t: formatting.short_date(t.created_at, self._timezone),
                key=lambda t: t.created_at,
            ),
            Column("Kind", lambda t: "Automatic top-up" if t.automatic else "Top-up"),
            Column(
                "Credit",
                lambda t: formatting.money(t.amount_cents),
                key=lambda t: t.amount_cents,
                align=right,
            ),
            Column(
                "Charged",
                lambda t: formatting.money(charged_cents(t)),
                key=charged_cents,
                align=right,
            ),
            Column("Card", lambda t: formatting.card_label(t.brand, t.last4)),
            Column(
                "Refund",
                lambda t: refund_summary(t, self._now, self._timezone),
                key=lambda t: (t.refundable, t.refund_deadline or t.created_at),
                tooltip=lambda t: refund_eligibility(t, self._now, self._timezone),
            ),
        ]

    @property
    def _now(self) -> datetime:
        return self.state.now if self.state is not None else datetime.now(UTC)

    @staticmethod
    def _set_up_table(view: QTableView, model: RecordTableModel, widths: list[int]) -> None:
        view.setModel(model)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for section, width in enumerate(widths):
            header.resizeSection(section, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Sorting in the model on a header click. Not setSortingEnabled(True): that sorts at
        # once, and a sorted model re-sorts on every page that arrives; the API's order
        # (newest first) is what the indicator shows until the user asks for another.
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(model.sort)
        show_sort_order(view)  # ▼ for newest first; the chosen row stays in sight
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)

    def _load_transactions(self, session: AccountSession) -> None:
        if self.loader is not None:
            self.loader.cancel()
            self.loader.deleteLater()
        client = session.reader  # SmartAlex, or the saved copy when it can't be reached
        loader: PagedLoader[TransactionRow] = PagedLoader(
            self.runner,
            lambda cursor: rows_of(client.wallet_transactions_page(starting_after=cursor)),
            id_of=lambda t: t.id,
            parent=self,
        )
        self.loader = loader
        self.transactions.clear()
        loader.page_loaded.connect(self._page_arrived)
        loader.finished.connect(self._transactions_loaded)
        loader.failed.connect(self._transactions_failed)
        self._show_loading(True)
        self.ui.loadStatus.setText("Loading…")
        loader.start()

    def _page_arrived(self, page: list[TransactionRow]) -> None:
        self.transactions.append_records(page)
        if self.loader is not None:
            self.ui.loadStatus.setText(f"Loading… {_count(self.loader.loaded)} transactions so far")

    def _transactions_loaded(self, total: int) -> None:
        self._show_loading(False)
        if total == 0:
            self.ui.loadStatus.setText(
                "No transactions yet: they appear here once you add credits or a call goes past "
                "your allowance."
            )
        else:
            self.ui.loadStatus.setText(
                "1 transaction" if total == 1 else f"{_count(total)} transactions"
            )

    def _transactions_failed(self, error: errors.SmartAlexError) -> None:
        self._show_loading(False)
        if isinstance(error, errors.SessionExpired):
            self.ui.loadStatus.clear()
            return  # an ended session is the window's to handle: it offers "Sign In…"
        loaded = self.loader.loaded if self.loader is not None else 0
        shown = f" The {_count(loaded)} shown are the newest." if loaded else ""
        self.ui.loadStatus.setText("Not all transactions could be loaded.")
        self.show_error(
            f"Your Wallet transactions could not all be loaded. {error.user_message}{shown} "
            "Press F5 to try again."
        )

    def stop_loading(self) -> None:
        """Stop (or Esc): keep what arrived, stop asking for older pages."""
        loader = self.loader
        if loader is None or not loader.running:
            return
        loader.cancel()
        self._show_loading(False)
        self.ui.loadStatus.setText(
            f"Stopped after the newest {_count(loader.loaded)} transactions. Press F5 to load "
            "them all."
        )

    @property
    def loading_transactions(self) -> bool:
        return self.loader is not None and self.loader.running

    def _show_loading(self, loading: bool) -> None:
        self.ui.loadProgress.setVisible(loading)
        self.ui.stopButton.setVisible(loading)
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
        if transaction.top_up_id and self.select_top_up(transaction.top_up_id):
            self.ui.historyTabs.setCurrentWidget(self.ui.topUpsPage)
            self.ui.topUpsView.setFocus()

    # --- top-ups and refunds ------------------------------------------------------------------

    def _show_top_ups(self, state: WalletState) -> None:
        chosen = self.chosen_top_up
        self.top_ups.set_records(
            [t for t in state.top_ups if t.status in ("succeeded", "refunded", "pending")]
        )
        if not (chosen and self.select_top_up(chosen.id)):
            refundable = self.top_ups.row_of(lambda t: t.refundable)
            self._select_row(refundable if refundable is not None else 0)
        self._top_up_chosen()

    def select_top_up(self, top_up_id: str) -> bool:
        row = self.top_ups.row_of(lambda t: t.id == top_up_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        view = self.ui.topUpsView
        if not 0 <= row < self.top_ups.rowCount():
            view.selectionModel().clearCurrentIndex()
            return
        index = self.top_ups.index(row, 0)
        view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.scrollTo(index)

    @property
    def chosen_top_up(self) -> models.TopUp | None:
        index = self.ui.topUpsView.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.top_ups.rowCount():
            return None
        return self.top_ups.record(index.row())

    def _top_up_chosen(self, *_indexes: QModelIndex) -> None:
        top_up = self.chosen_top_up
        button, hint = self.ui.requestRefundButton, self.ui.refundHint
        if top_up is None:
            hint.setText("No top-ups yet." if self.top_ups.rowCount() == 0 else "Choose a top-up.")
            button.setToolTip("")
            self.allow(button, False)
            return
        eligibility = refund_eligibility(top_up, self._now, self._timezone)
        amount = formatting.money(top_up.amount_cents)
        day = formatting.long_date(top_up.created_at, self._timezone)
        hint.setText(f"{amount} top-up of {day}. {eligibility}")
        button.setToolTip(
            "Send the whole charge back to the card and take the credit out of the Wallet."
            if top_up.refundable
            else plain_text.tooltip(eligibility)
        )
        self.allow(button, top_up.refundable and self.state is not None)

    def update_actions(self) -> None:
        ready = self.state is not None
        self.allow(self.ui.addCreditsButton, ready)
        self.allow(self.ui.editAutoTopUpButton, ready)
        # Made here from the transactions, so offline too: not gated on the connection.
        self.ui.saveStatementButton.setEnabled(ready and not self._saving_statement)
        self._threshold_edited()
        self._top_up_chosen()

    def open_statement(self) -> None:
        """Save Statement PDF…: which days, then where; made and written on a worker."""
        if self.session is None or self.state is None or self._saving_statement:
            return
        today = formatting.local_date(self._now, self._timezone)
        dialog = StatementDialog(today, parent=self)
        dialog.accepted.connect(lambda: self._save_statement(*dialog.days))
        if self.statement_dialog is not None:
            self.statement_dialog.deleteLater()
        self.statement_dialog = dialog
        dialog.open()

    def _save_statement(self, start: date, end: date) -> None:
        def busy(saving: bool) -> None:
            self._saving_statement = saving
            self.update_actions()

        first, last = formatting.long_date(start), formatting.long_date(end)
        self.save_document(
            "Save Wallet Statement",
            wallet_statement_file_name(start, end),
            lambda client, path: save_wallet_statement(client, path, start, end),
            lambda path: f"The Wallet statement for {first} to {last} was saved to {path}.",
            busy,
        )

    def open_refund(self) -> None:
        session, state, top_up = self.session, self.state, self.chosen_top_up
        if session is None or state is None or top_up is None or not top_up.refundable:
            return
        if self.refund_dialog is not None and self.refund_dialog.isVisible():
            return
        dialog = RefundDialog(
            session, self.runner, top_up, balance_cents=state.wallet.balance_cents, parent=self
        )
        dialog.refunded.connect(self._refunded)
        dialog.refused.connect(lambda _reason: self.reload())
        self._keep(dialog, "refund_dialog")
        dialog.open()

    def _refunded(self, _result: models.RefundResult, sentence: str) -> None:
        self.show_success(sentence)
        self.accounts.announce(Change.WALLET | Change.INVOICES)

    # --- adding credits and auto top-up ------------------------------------------------------

    def open_add_credits(self) -> None:
        session, state = self.session, self.state
        if session is None or state is None:
            return
        if self.add_credits_dialog is not None and self.add_credits_dialog.isVisible():
            return
        dialog = AddCreditsDialog(
            session,
            self.runner,
            cards=state.cards,
            tax_rate_bps=state.tax_rate_bps,
            min_cents=state.config.top_up_min_cents,
            max_cents=state.config.top_up_max_cents,
            parent=self,
        )
        dialog.added.connect(self._credits_added)
        self._keep(dialog, "add_credits_dialog")
        dialog.open()

    def _credits_added(self, _top_up: models.TopUp, sentence: str) -> None:
        self.show_success(sentence)
        self.accounts.announce(Change.WALLET | Change.INVOICES)

    def open_auto_top_up(self) -> None:
        session, state = self.session, self.state
        if session is None or state is None:
            return
        if self.auto_top_up_dialog is not None and self.auto_top_up_dialog.isVisible():
            return
        dialog = AutoTopUpDialog(
            session,
            self.runner,
            wallet=state.wallet,
            cards=state.cards,
            min_cents=state.config.top_up_min_cents,
            max_cents=state.config.top_up_max_cents,
            parent=self,
        )
        dialog.saved.connect(self._auto_top_up_saved)
        self._keep(dialog, "auto_top_up_dialog")
        dialog.open()

    def _auto_top_up_saved(self, _wallet: models.Wallet, sentence: str) -> None:
        self.show_success(sentence)
        self.accounts.announce(Change.WALLET)

    def _keep(self, dialog: QDialog, name: str) -> None:
        """Hold the dialog as `self.<name>` until it closes; then Qt deletes it."""
        previous = getattr(self, name)
        if previous is not None:
            previous.deleteLater()
        setattr(self, name, dialog)

        def closed(_result: int) -> None:
            if getattr(self, name) is dialog:
                setattr(self, name, None)
            dialog.deleteLater()

        dialog.finished.connect(closed)

    # --- looks --------------------------------------------------------------------------------

    def _muted_palette(self, widget: QWidget) -> QPalette:
        palette = widget.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, self.palette().color(QPalette.ColorRole.PlaceholderText)
        )
        return palette

    def _style_widgets(self) -> None:
        ui = self.ui
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setWeight(QFont.Weight.DemiBold)
        ui.balanceValue.setFont(big)
        ui.balanceExplainer.setPalette(self._muted_palette(ui.balanceExplainer))
        ui.refundRule.setPalette(self._muted_palette(ui.refundRule))
        ui.loadStatus.setPalette(self._muted_palette(ui.loadStatus))
        ui.addCreditsButton.setIcon(icon("add"))
        ui.editAutoTopUpButton.setIcon(icon("refresh"))
        ui.requestRefundButton.setIcon(icon("wallet"))
        ui.retryButton.setIcon(icon("refresh"))
        ui.stopButton.setIcon(icon("close"))
        ui.historyTabs.setTabIcon(0, icon("wallet"))
        ui.historyTabs.setTabIcon(1, icon("invoice"))

    def restyle(self) -> None:
        """A light/dark switch: the tints, badges and muted colours are worked out again."""
        self._style_widgets()
        if self.state is not None:
            self._show_state(self.state)


def signed_money(cents: int) -> str:
    """`+$50.00`, `-$0.33`, `$0.00`: a ledger amount with its direction."""
    return f"+{formatting.money(cents)}" if cents > 0 else formatting.money(cents)


def _count(number: int) -> str:
    """`1,200` in the user's number format."""
    return QLocale().toString(number)
