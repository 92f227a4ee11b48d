"""Pay one or more open invoices now, with any of the account's cards.

Used by the Plan tab ("Pay now" when past due) and the Invoices tab. It moves money, so:

- the Idempotency-Key of each (invoice, card) payment is made when the dialog opens (for the
  preselected card) or when another card is first chosen, and reused when the user retries
  after an answer that never came: however often Pay is pressed, an invoice is charged once;
- after a final answer (a decline), the next press is a new attempt with a new key — reusing
  the old one would only replay the decline;
- while paying, Pay and the card choice are disabled and the dialog can't be dismissed; the
  outcome is shown inline (a decline with the bank's reason) and the dialog stays open to try
  another card.

`paid(invoices, sentence, everything)` is emitted when at least one invoice was paid (the
caller announces the change and shows the sentence); the dialog closes once nothing is left.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from smartalex_desktop.api import SmartAlexClient, errors, models, new_idempotency_key
from smartalex_desktop.gui.forms.ui_pay_invoice_dialog import Ui_PayInvoiceDialog
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.runtime.tasks import TaskRunner
from smartalex_desktop.gui.widgets import formatting
from smartalex_desktop.gui.widgets.accessibility import show_value
from smartalex_desktop.gui.widgets.icons import brand_icon, icon
from smartalex_desktop.gui.widgets.request_dialog import RequestDialog, answer_was_final

KIND_NAMES = {
    "renewal": "renewal",
    "plan_change": "plan change",
    "top_up": "Wallet top-up",
    "usage": "usage",
    "final": "final invoice",
    "credit_note": "credit note",
}


def due_cents(invoice: models.Invoice) -> int:
    return max(invoice.total_cents - invoice.amount_paid_cents, 0)


def confirmed_sentence(payment: models.PaymentAuthentication) -> str:
    """What to say once the bank confirmed an invoice's payment."""
    card = formatting.card_label(payment.brand, payment.last4)
    return (
        f"Your bank confirmed the payment: {payment.description} was paid "
        f"({formatting.money(payment.amount_cents)} with {card}); the receipt is on its way to "
        "your email."
    )


@dataclass
class PayOutcome:
    """What one press of Pay did: the invoices now paid, and the error that stopped it."""

    paid: list[models.Invoice] = field(default_factory=list)
    settled_ids: list[str] = field(default_factory=list)  # paid now or found already paid
    error: errors.SmartAlexError | None = None
    failed_invoice_id: str | None = None


def pay_invoices(
    client: SmartAlexClient, payments: list[tuple[models.Invoice, str]], card_id: str
) -> PayOutcome:
    """On a worker: pay each (invoice, key) in turn with `card_id`; stop at the first failure."""
    outcome = PayOutcome()
    for invoice, key in payments:
        try:
            outcome.paid.append(client.pay_invoice(invoice.id, card_id, idempotency_key=key))
        except errors.RuleRefused as error:
            if error.code != "invoice_not_open":
                outcome.error, outcome.failed_invoice_id = error, invoice.id
                return outcome
            # Paid meanwhile (an automatic retry, another window): nothing left to pay here.
        except errors.SmartAlexError as error:
            outcome.error, outcome.failed_invoice_id = error, invoice.id
            return outcome
        outcome.settled_ids.append(invoice.id)
    return outcome


class PayInvoiceDialog(RequestDialog):
    paid = Signal(object, str, bool)  # invoices paid now, a sentence, whether all are settled
    # The bank asks to confirm a payment (3-D Secure): the tab waits for its page.
    needs_bank = Signal(object)  # errors.AuthenticationRequired

    def __init__(
        self,
        session: AccountSession,
        runner: TaskRunner,
        invoices: list[models.Invoice],
        *,
        cards: list[models.PaymentMethod] | None = None,
        intro: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PayInvoiceDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("card"))
        self._session = session
        self._runner = runner
        self.invoices = list(invoices)
        self._cards: list[models.PaymentMethod] = []
        self._keys: dict[tuple[str, str], str] = {}
        self._loading = False
        self.setWindowTitle("Pay Invoice" if len(invoices) == 1 else "Pay Invoices")
        self.ui.introLabel.setText(
            intro or "Pay now with any of your cards. A receipt is emailed to you once it is paid."
        )
        bold = QFont(self.ui.amountValue.font())
        bold.setBold(True)
        self.ui.amountValue.setFont(bold)
        self.pay_button.setIcon(icon("card"))
        self.pay_button.setDefault(True)
        self.ui.buttons.accepted.connect(self.pay)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.cardCombo.currentIndexChanged.connect(self._card_chosen)
        self.ui.progress.hide()
        self.ui.cardsNote.hide()
        self._show_invoices()
        if cards is None:
            self._load_cards()
        else:
            self._set_cards(cards)

    # --- what tests and callers read ----------------------------------------------------------

    @property
    def pay_button(self) -> QPushButton:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def error_text(self) -> str:
        return self.ui.errorBar.text

    @property
    def chosen_card_id(self) -> str | None:
        data = self.ui.cardCombo.currentData()
        return str(data) if data else None

    def choose_card(self, card_id: str) -> None:
        index = self.ui.cardCombo.findData(card_id)
        if index >= 0:
            self.ui.cardCombo.setCurrentIndex(index)

    # --- showing ------------------------------------------------------------------------------

    def _show_invoices(self) -> None:
        total_cents = sum(due_cents(invoice) for invoice in self.invoices)
        show_value(self.ui.amountValue, formatting.money(total_cents))
        timezone = self._session.timezone
        show_value(
            self.ui.invoicesValue,
            "\n".join(
                f"Invoice {invoice.number} ({KIND_NAMES.get(invoice.kind, invoice.kind)}, "
                f"{formatting.long_date(invoice.created_at, timezone)}): "
                f"{formatting.money(due_cents(invoice))}"
                for invoice in self.invoices
            ),
        )
        self.pay_button.setText(f"&Pay {formatting.money(total_cents)}")
        self.pay_button.setAccessibleName(f"Pay {formatting.money(total_cents)}")
        self._update_enabled()

    def _load_cards(self) -> None:
        self.ui.cardsNote.setText("Loading your cards…")
        self.ui.cardsNote.show()
        self._loading = True
        self._update_enabled()
        client = self._session.client

        def loaded(cards: list[models.PaymentMethod]) -> None:
            self._loading = False
            self._set_cards(cards)

        def failed(error: errors.SmartAlexError) -> None:
            self._loading = False
            self._update_enabled()
            self.ui.cardsNote.hide()
            self.ui.errorBar.error(f"Your cards could not be loaded. {error.user_message}")

        self._runner.run(
            client.payment_methods,
            on_success=loaded,
            on_failure=failed,
            description="PayInvoiceDialog: cards",
        )

    def _set_cards(self, cards: list[models.PaymentMethod]) -> None:
        # The default card first, then the others as the API lists them (newest first).
        self._cards = sorted(cards, key=lambda card: not card.is_default)
        combo = self.ui.cardCombo
        combo.blockSignals(True)
        combo.clear()
        today = date.today()
        for card in self._cards:
            label = formatting.card_label(card.brand, card.last4)
            notes = []
            if card.is_default:
                notes.append("default")
            if (card.exp_year, card.exp_month) < (today.year, today.month):
                notes.append(f"expired {formatting.expiry(card.exp_month, card.exp_year)}")
            if notes:
                label = f"{label} ({', '.join(notes)})"
            combo.addItem(brand_icon(card.brand), label, card.id)
        combo.setCurrentIndex(0 if self._cards else -1)
        combo.blockSignals(False)
        if not self._cards:
            self.ui.cardsNote.setText(
                "There is no card on file. Add one in Payment Methods, then pay here."
            )
            self.ui.cardsNote.show()
        else:
            self.ui.cardsNote.hide()
        self._card_chosen()

    def _card_chosen(self) -> None:
        """The user starts paying with this card: its payment keys exist from now on."""
        card_id = self.chosen_card_id
        if card_id is not None:
            for invoice in self.invoices:
                self._keys.setdefault((invoice.id, card_id), new_idempotency_key())
        self._update_enabled()

    def _update_enabled(self) -> None:
        busy = self._loading or self.sending
        ready = bool(self.invoices) and self.chosen_card_id is not None
        self.pay_button.setEnabled(ready and not busy)
        self.ui.cardCombo.setEnabled(bool(self._cards) and not busy)
        self.ui.progress.setVisible(busy)
        cancel = self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setEnabled(not self.sending)

    def _set_paying(self, paying: bool) -> None:
        self.sending = paying
        self._update_enabled()

    # --- paying -------------------------------------------------------------------------------

    def pay(self) -> None:
        card_id = self.chosen_card_id
        if self.sending or self._loading or card_id is None or not self.invoices:
            return
        card = next(card for card in self._cards if card.id == card_id)
        payments = [(invoice, self._keys[(invoice.id, card_id)]) for invoice in self.invoices]
        due = {invoice.id: due_cents(invoice) for invoice in self.invoices}
        self.ui.errorBar.hide()
        self._set_paying(True)
        client = self._session.client

        def unexpected(error: errors.SmartAlexError) -> None:
            self._paid(PayOutcome(error=error), card, due)

        self._runner.run(
            lambda: pay_invoices(client, payments, card_id),
            on_success=lambda outcome: self._paid(outcome, card, due),
            on_failure=unexpected,
            description="PayInvoiceDialog: pay",
        )

    def _paid(self, outcome: PayOutcome, card: models.PaymentMethod, due: dict[str, int]) -> None:
        self._set_paying(False)
        if self.orphaned:
            return
        settled = set(outcome.settled_ids)
        self.invoices = [invoice for invoice in self.invoices if invoice.id not in settled]
        everything = not self.invoices
        if outcome.paid or settled:
            paid_cents = sum(due.get(invoice.id, 0) for invoice in outcome.paid)
            label = formatting.card_label(card.brand, card.last4)
            sentence = (
                f"{formatting.money(paid_cents)} was paid with {label}; the receipt is on its "
                "way to your email."
                if outcome.paid
                else "Those invoices were already paid."
            )
            self.paid.emit(outcome.paid, sentence, everything)
        if isinstance(outcome.error, errors.AuthenticationRequired):
            # Not a decline: this invoice is paid once the bank confirms, in the browser. The
            # dialog's part is done; the tab waits (the others stay open to pay afterwards).
            self.needs_bank.emit(outcome.error)
            self.accept()
            return
        if outcome.error is not None:
            if answer_was_final(outcome.error) and outcome.failed_invoice_id is not None:
                # A decline is final: pressing Pay again is a new attempt, with a new key.
                self._keys.pop((outcome.failed_invoice_id, card.id), None)
                self._card_chosen()
            self._show_invoices()
            self.ui.errorBar.error(outcome.error.user_message)
            self.ui.cardCombo.setFocus()
            return
        self.accept()

    # --- closing ------------------------------------------------------------------------------
