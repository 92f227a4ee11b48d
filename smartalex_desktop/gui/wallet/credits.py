"""The Wallet tab's credits: adding them (a top-up charged to a card), the recent top-ups with
their refund eligibility, and refunding an unused one.

`Credits(tab)` is part of the `WalletTab`. Eligibility (unused, within 30 days, counted in the
account's timezone from SmartAlex's clock) is SmartAlex's to decide; the table says it in words
(docs/billing-rules.md, "Refunds").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt

from smartalex_desktop.api import errors, models
from smartalex_desktop.gui.runtime.changes import Change
from smartalex_desktop.gui.runtime.table_model import Column, RecordTableModel
from smartalex_desktop.gui.wallet.add_credits_dialog import AddCreditsDialog
from smartalex_desktop.gui.wallet.refund_dialog import RefundDialog, charged_cents
from smartalex_desktop.gui.wallet.refunds import refund_eligibility, refund_summary
from smartalex_desktop.gui.widgets import formatting, plain_text
from smartalex_desktop.gui.widgets.kept_dialog import KeptDialog
from smartalex_desktop.gui.widgets.table_views import select_row, set_up_history_table

if TYPE_CHECKING:
    from smartalex_desktop.gui.wallet.wallet_tab import WalletState, WalletTab


class Credits:
    def __init__(self, tab: WalletTab) -> None:
        self.tab = tab
        ui = tab.ui
        self.add_credits = KeptDialog[AddCreditsDialog]()
        self.refund = KeptDialog[RefundDialog]()
        self.top_ups: RecordTableModel[models.TopUp] = RecordTableModel(
            self._columns(), tab, identity=lambda t: t.id
        )
        set_up_history_table(ui.topUpsView, self.top_ups, [110, 140, 90, 90, 170])
        ui.topUpsView.selectionModel().currentRowChanged.connect(self.top_up_chosen)
        ui.topUpsView.activated.connect(lambda _index: self.open_refund())
        ui.addCreditsButton.clicked.connect(self.open_add_credits)
        ui.requestRefundButton.clicked.connect(self.open_refund)

    @property
    def add_credits_dialog(self) -> AddCreditsDialog | None:
        return self.add_credits.dialog

    @property
    def refund_dialog(self) -> RefundDialog | None:
        return self.refund.dialog

    def _columns(self) -> list[Column[models.TopUp]]:
        right = Qt.AlignmentFlag.AlignRight
        return [
            Column(
                "Date",
                lambda t: formatting.short_date(t.created_at, self.tab.account_timezone),
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
                lambda t: refund_summary(t, self.tab.now, self.tab.account_timezone),
                key=lambda t: (t.refundable, t.refund_deadline or t.created_at),
                tooltip=lambda t: refund_eligibility(t, self.tab.now, self.tab.account_timezone),
            ),
        ]

    def show_top_ups(self, state: WalletState) -> None:
        chosen = self.chosen_top_up
        self.top_ups.set_records(
            [t for t in state.top_ups if t.status in ("succeeded", "refunded", "pending")]
        )
        if not (chosen and self.select_top_up(chosen.id)):
            refundable = self.top_ups.row_of(lambda t: t.refundable)
            self._select_row(refundable if refundable is not None else 0)
        self.top_up_chosen()

    def select_top_up(self, top_up_id: str) -> bool:
        row = self.top_ups.row_of(lambda t: t.id == top_up_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        view = self.tab.ui.topUpsView
        if not 0 <= row < self.top_ups.rowCount():
            view.selectionModel().clearCurrentIndex()
            return
        select_row(view, row)

    @property
    def chosen_top_up(self) -> models.TopUp | None:
        index = self.tab.ui.topUpsView.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.top_ups.rowCount():
            return None
        return self.top_ups.record(index.row())

    def top_up_chosen(self, *_indexes: QModelIndex) -> None:
        top_up = self.chosen_top_up
        button, hint = self.tab.ui.requestRefundButton, self.tab.ui.refundHint
        if top_up is None:
            hint.setText("No top-ups yet." if self.top_ups.rowCount() == 0 else "Choose a top-up.")
            button.setToolTip("")
            self.tab.allow(button, False)
            return
        eligibility = refund_eligibility(top_up, self.tab.now, self.tab.account_timezone)
        amount = formatting.money(top_up.amount_cents)
        day = formatting.long_date(top_up.created_at, self.tab.account_timezone)
        hint.setText(f"{amount} top-up of {day}. {eligibility}")
        button.setToolTip(
            "Send the whole charge back to the card and take the credit out of the Wallet."
            if top_up.refundable
            else plain_text.tooltip(eligibility)
        )
        self.tab.allow(button, top_up.refundable and self.tab.state is not None)

    def open_refund(self) -> None:
        session, state, top_up = self.tab.session, self.tab.state, self.chosen_top_up
        if session is None or state is None or top_up is None or not top_up.refundable:
            return
        if self.refund.is_open:
            return
        dialog = RefundDialog(
            session,
            self.tab.runner,
            top_up,
            balance_cents=state.wallet.balance_cents,
            parent=self.tab,
        )
        dialog.refunded.connect(self._refunded)
        dialog.refused.connect(lambda _reason: self.tab.reload())
        self.refund.keep(dialog)
        dialog.open()

    def _refunded(self, _result: models.RefundResult, sentence: str) -> None:
        self.tab.show_success(sentence)
        self.tab.accounts.announce(Change.WALLET | Change.INVOICES)

    def open_add_credits(self) -> None:
        session, state = self.tab.session, self.tab.state
        if session is None or state is None:
            return
        if self.add_credits.is_open:
            return
        dialog = AddCreditsDialog(
            session,
            self.tab.runner,
            cards=state.cards,
            tax_rate_bps=state.tax_rate_bps,
            min_cents=state.config.top_up_min_cents,
            max_cents=state.config.top_up_max_cents,
            parent=self.tab,
        )
        dialog.added.connect(self._credits_added)
        dialog.needs_bank.connect(self._confirm_with_bank)
        self.add_credits.keep(dialog)
        dialog.open()

    def _confirm_with_bank(self, asked: errors.AuthenticationRequired) -> None:
        """The card's bank asks to confirm the top-up: its page in the browser, the wait in
        this tab; credited once the bank confirms."""

        def confirmed(payment: models.PaymentAuthentication) -> None:
            card = formatting.card_label(payment.brand, payment.last4)
            self._credits_added(
                None,
                f"Your bank confirmed the payment of {formatting.money(payment.amount_cents)} "
                f"with {card}: the credits are in your Wallet, and the receipt is on its way "
                "to your email.",
            )

        self.tab.bank.start(asked, confirmed)

    def _credits_added(self, _top_up: models.TopUp | None, sentence: str) -> None:
        self.tab.show_success(sentence)
        self.tab.accounts.announce(Change.WALLET | Change.INVOICES)
