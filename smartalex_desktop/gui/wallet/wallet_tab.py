"""The Wallet tab: the prepaid balance, what it is for, the low-balance alert, auto top-up, the
transaction history and refunds of unused top-ups.

Two kinds of loading, both on the TaskRunner:
- the Wallet itself (balance, settings, cards, recent top-ups with their refund eligibility,
  the account's tax rate and the top-up limits) in one background load, so the page never shows
  a mix of old and new;
- the transaction history page by page (`PagedLoader`), shown as pages arrive with a count, and
  stoppable (Stop Loading or Esc) — a busy account's years of history never freeze the window;
  kept as compact `TransactionRow`s, so 200,000 of them sort and filter in the model at once.

The tab shows the balance and its notice; four controllers that take the tab do the rest:
`LowBalanceAlert` (low_balance_alert.py), `AutoTopUpPanel` (auto_top_up_panel.py),
`TransactionHistory` (transaction_history.py: the history, its filter, the statement PDF) and
`Credits` (credits.py: adding credits, the top-ups, refunds). Dialogs are held in a
`KeptDialog` while open and opened window-modal with `open()`; after each action the tab
announces what changed so only the views showing it reload.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from smartalex_desktop.api import SmartAlexClient, errors, models
from smartalex_desktop.gui.forms.ui_wallet_tab import Ui_WalletTab
from smartalex_desktop.gui.runtime.accounts import Accounts
from smartalex_desktop.gui.runtime.changes import Change
from smartalex_desktop.gui.runtime.destinations import Action, Destination
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.wallet.auto_top_up_panel import AutoTopUpPanel
from smartalex_desktop.gui.wallet.credits import Credits
from smartalex_desktop.gui.wallet.low_balance_alert import LowBalanceAlert
from smartalex_desktop.gui.wallet.transaction_history import TransactionHistory
from smartalex_desktop.gui.widgets import formatting
from smartalex_desktop.gui.widgets.accessibility import show_value
from smartalex_desktop.gui.widgets.account_tab import AccountTab
from smartalex_desktop.gui.widgets.browser_wait import BankConfirmation
from smartalex_desktop.gui.widgets.colours import AMBER, BLUE, blend
from smartalex_desktop.gui.widgets.follows_palette import FollowsPalette
from smartalex_desktop.gui.widgets.icons import icon
from smartalex_desktop.gui.widgets.live_label import LiveLabelHolder

# How many of the newest top-ups the refund list shows: far more than 30 days hold.
TOP_UPS_SHOWN = 100
# Card-billed usage is invoiced as soon as it reaches this (docs/billing-rules.md, "Usage").
USAGE_INVOICE_AT_CENTS = 10_00


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


class WalletTab(FollowsPalette, AccountTab):
    shows = Change.WALLET | Change.CARDS | Change.INVOICES
    title = "&Wallet"
    icon_name = "wallet"

    def __init__(self, accounts: Accounts, parent: QWidget | None = None) -> None:
        super().__init__(accounts, parent)
        self.ui = Ui_WalletTab()
        self.ui.setupUi(self)
        LiveLabelHolder(self.ui.loadStatus)  # its count changes as the history loads
        self.state: WalletState | None = None
        self._add_credits_when_loaded = False  # opened from All Accounts: "Add Credits…"
        self.alert = LowBalanceAlert(self)
        self.history = TransactionHistory(self)
        self.credits = Credits(self)
        # A top-up whose bank asks for a confirmation (3-D Secure) waits here.
        self.bank = BankConfirmation(self, Change.WALLET | Change.INVOICES)
        self.auto = AutoTopUpPanel(self)
        self.ui.retryButton.clicked.connect(self.reload_now)
        self._style_widgets()
        self.clear()

    # --- AccountTab ---------------------------------------------------------------------------

    def load(self, session: AccountSession) -> None:
        if self.state is None:
            self.ui.pages.setCurrentWidget(self.ui.loadingPage)
        self.fetch("wallet", load_wallet_state, self._show_state, self._load_failed)
        self.history.load_transactions(session)

    def clear(self) -> None:
        """No account (or another one): nothing of the previous account stays on screen."""
        self.credits.add_credits.close_for_other_account()
        self.auto.dialog.close_for_other_account()
        self.credits.refund.close_for_other_account()
        self.history.stop_for_good()
        self.state = None
        self._add_credits_when_loaded = False
        self.alert.forget_saving()
        self.history.transactions.clear()
        self.credits.top_ups.clear()
        self.alert.threshold.set_cents(None)
        show_value(self.ui.balanceValue, "")
        self.ui.loadStatus.clear()
        self.history.show_loading(False)
        self.ui.pages.setCurrentWidget(self.ui.loadingPage)

    def reload_now(self) -> None:
        if self.session is not None:
            self.ui.pages.setCurrentWidget(self.ui.loadingPage)
            self.load(self.session)

    # --- the wallet ---------------------------------------------------------------------------

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
        show_value(ui.balanceValue, formatting.money(wallet.balance_cents))
        self._show_balance_notice(wallet)
        if first or not self.alert.threshold_dirty:
            self.alert.threshold.set_cents(wallet.low_balance_threshold_cents)
        self.alert.threshold_edited()
        self.auto.show(state)
        self.credits.show_top_ups(state)
        ui.addCreditsButton.setToolTip(
            "Charge a card and add the amount to your Wallet "
            f"({formatting.money(state.config.top_up_min_cents)} to "
            f"{formatting.money(state.config.top_up_max_cents)}, plus tax)."
        )
        self.update_actions()
        ui.pages.setCurrentWidget(ui.walletPage)
        if self._add_credits_when_loaded:
            self._add_credits_when_loaded = False
            self.credits.open_add_credits()

    def go_to(self, destination: Destination) -> None:
        """Add Credits…, once the Wallet (its cards, the limits) is loaded; offline the tab
        says why it can't."""
        if destination.action is not Action.ADD_CREDITS:
            return
        if not self.say_if_offline("Adding credits"):
            return
        if self.state is not None:
            self.credits.open_add_credits()
        else:
            self._add_credits_when_loaded = True

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
        self.tint(self.ui.balanceNotice, self.ui.balanceNoticeIcon, icon_name, colour)
        self.ui.balanceNoticeText.setText(text)
        self.ui.balanceNotice.setAccessibleDescription(text)
        self.ui.balanceNotice.show()

    def tint(self, frame: QWidget, icon_label: QLabel, icon_name: str, colour: QColor) -> None:
        size = self.fontMetrics().height() + 2
        icon_label.setPixmap(icon(icon_name).pixmap(size, size))
        palette = frame.palette()
        base = self.palette().color(QPalette.ColorRole.Window)
        palette.setColor(QPalette.ColorRole.Window, blend(base, colour, 0.16))
        frame.setPalette(palette)
        frame.setAutoFillBackground(True)

    @property
    def now(self) -> datetime:
        return self.state.now if self.state is not None else datetime.now(UTC)

    def update_actions(self) -> None:
        ready = self.state is not None
        self.allow(self.ui.addCreditsButton, ready)
        self.allow(self.ui.editAutoTopUpButton, ready)
        # Made here from the transactions, so offline too: not gated on the connection.
        self.ui.saveStatementButton.setEnabled(ready and not self.history.saving_statement)
        self.alert.threshold_edited()
        self.credits.top_up_chosen()

    # --- looks --------------------------------------------------------------------------------

    def muted_palette(self, widget: QWidget) -> QPalette:
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
        ui.balanceExplainer.setPalette(self.muted_palette(ui.balanceExplainer))
        ui.refundRule.setPalette(self.muted_palette(ui.refundRule))
        ui.loadStatus.setPalette(self.muted_palette(ui.loadStatus))
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
