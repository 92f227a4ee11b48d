"""Request a refund of one top-up: a confirmation that says what comes back, then one request.

It says what the refund does in money before anything happens: the whole charge (credit plus
tax) back to the card it came from, the credit out of the Wallet, a credit note in Invoices.
The Idempotency-Key is made when the dialog opens and reused if the user retries after an answer
that never came, so a refund is requested once however often Refund is pressed. A refusal (the
credits were used meanwhile, the 30 days ran out) shows SmartAlex's reason inline and the
Refund button stays off: there is nothing left to try.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from smartalex_desktop.api import SmartAlexClient, errors, models, new_idempotency_key
from smartalex_desktop.gui.forms.ui_refund_dialog import Ui_RefundDialog
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.runtime.tasks import TaskRunner
from smartalex_desktop.gui.widgets import formatting
from smartalex_desktop.gui.widgets.accessibility import show_value
from smartalex_desktop.gui.widgets.icons import icon
from smartalex_desktop.gui.widgets.money_field import fit_height
from smartalex_desktop.gui.widgets.request_dialog import RequestDialog, answer_was_final


@dataclass(frozen=True)
class RefundDone:
    result: models.RefundResult
    credit_note_number: str | None


def request_refund(client: SmartAlexClient, top_up_id: str, key: str) -> RefundDone:
    """On a worker: the refund, then the credit note's number to name it (the refund stands
    even if that read fails)."""
    result = client.request_refund(top_up_id, idempotency_key=key)
    try:
        number: str | None = client.invoice(result.credit_note_id).number
    except errors.SmartAlexError:
        number = None
    return RefundDone(result, number)


def charged_cents(top_up: models.TopUp) -> int:
    return top_up.charged_cents or top_up.amount_cents + top_up.tax_cents


class RefundDialog(RequestDialog):
    refunded = Signal(object, str)  # the RefundResult, the sentence to show
    refused = Signal(str)  # SmartAlex's reason: what the tab shows has changed

    def __init__(
        self,
        session: AccountSession,
        runner: TaskRunner,
        top_up: models.TopUp,
        *,
        balance_cents: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RefundDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("wallet"))
        self._session = session
        self._runner = runner
        self.top_up = top_up
        self._key = new_idempotency_key()  # the user starts this refund now
        self._refused = False
        timezone = session.timezone
        credit = formatting.money(top_up.amount_cents)
        charged = formatting.money(charged_cents(top_up))
        card = formatting.card_label(top_up.brand, top_up.last4)
        headline = QFont(self.ui.headline.font())
        headline.setBold(True)
        self.ui.headline.setFont(headline)
        self.ui.headline.setText(
            f"Refund the {credit} top-up of {formatting.long_date(top_up.created_at, timezone)}?"
        )
        if top_up.tax_cents:
            back = f"{charged} ({credit} credit + {formatting.money(top_up.tax_cents)} tax)"
        else:
            back = charged
        show_value(self.ui.backValue, f"{back} to {card}")
        after = formatting.money(max(balance_cents - top_up.amount_cents, 0))
        show_value(self.ui.walletValue, f"{credit}; your balance will be {after}")
        self.refund_button.setText(f"&Refund {charged}")
        self.refund_button.setAccessibleName(f"Refund {charged} to {card}")
        self.refund_button.setIcon(icon("wallet"))
        self.refund_button.setDefault(True)
        self.ui.buttons.accepted.connect(self.request)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.progress.hide()
        self._update_enabled()
        fit_height(self)

    @property
    def refund_button(self) -> QPushButton:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def error_text(self) -> str:
        return self.ui.errorBar.text

    def _update_enabled(self) -> None:
        busy = self.sending
        self.refund_button.setEnabled(not busy and not self._refused)
        self.ui.progress.setVisible(busy)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)

    def request(self) -> None:
        if self.sending or self._refused:
            return
        self.sending = True
        self.ui.errorBar.hide()
        self._update_enabled()
        client, top_up_id, key = self._session.client, self.top_up.id, self._key
        self._runner.run(
            lambda: request_refund(client, top_up_id, key),
            on_success=self._done,
            on_failure=self._failed,
            description="RefundDialog: refund",
        )

    def _done(self, done: RefundDone) -> None:
        self.sending = False
        self._update_enabled()
        if self.orphaned:
            return
        result = done.result
        top_up = result.top_up
        card = formatting.card_label(
            top_up.brand or self.top_up.brand, top_up.last4 or self.top_up.last4
        )
        note = (
            f"Credit note {done.credit_note_number}"
            if done.credit_note_number
            else "The credit note"
        )
        sentence = (
            f"{formatting.money(result.refunded_cents)} is on its way back to {card}, and "
            f"{formatting.money(top_up.amount_cents)} left your Wallet. {note} is in Invoices."
        )
        self.refunded.emit(result, sentence)
        self.accept()

    def _failed(self, error: errors.SmartAlexError) -> None:
        self.sending = False
        if self.orphaned:
            return
        if isinstance(error, errors.RuleRefused) and error.code != "refund_in_progress":
            # Not eligible (any more): the reason is SmartAlex's, and trying again can't help.
            self._refused = True
            self.ui.errorBar.error(f"This top-up can't be refunded. {error.user_message}")
            self.refused.emit(error.user_message)
        elif answer_was_final(error):
            self._key = new_idempotency_key()  # an answer came: pressing again is a new request
            self.ui.errorBar.error(error.user_message)
        else:
            self.ui.errorBar.error(
                f"{error.user_message} SmartAlex didn't confirm the refund, so it may or may "
                "not have been made. Press Refund again to finish it: it can't be refunded twice."
            )
        self._update_enabled()
        fit_height(self)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()
