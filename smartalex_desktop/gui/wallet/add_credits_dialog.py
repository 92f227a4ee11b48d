"""Add Credits: an amount within the top-up limits, the tax on it, a card, and one charge.

What the office manager gets:
- the amount typed in dollars and cents (or one of the quick picks), read as integer cents with
  no float anywhere; the limits said in a sentence once they have left the field (at once for
  an amount above the maximum, which more typing can't fix), and Add enabled only when the
  amount is within them;
- the tax worked out the way SmartAlex does it (the account's rate, rounded half-up once) and
  the total that will be charged to the chosen card, before anything is sent;
- one charge however often Add is pressed: the Idempotency-Key of an (amount, card) attempt is
  made when that amount and card are first chosen, and reused when the user retries after an
  answer that never came; after a final answer (a decline) the next press is a new attempt;
- while it runs, Add, the amount and the card are disabled and the dialog can't be dismissed; a
  decline is shown inline with the bank's reason and the dialog stays open to try another card.

The money field itself (`gui/widgets/money_field.py`) is shared with the Wallet tab and the Auto
Top-Up dialog: every money field of the Wallet behaves the same.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from smartalex_desktop.api import SmartAlexClient, errors, models, new_idempotency_key
from smartalex_desktop.gui.forms.ui_add_credits_dialog import Ui_AddCreditsDialog
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.runtime.tasks import TaskRunner
from smartalex_desktop.gui.widgets import formatting
from smartalex_desktop.gui.widgets.icons import brand_icon, icon
from smartalex_desktop.gui.widgets.money_field import (
    MoneyInput,
    card_choices,
    error_palette,
    fit_height,
    limits_sentence,
)
from smartalex_desktop.gui.widgets.request_dialog import RequestDialog, answer_was_final

BASIS_POINTS = 10_000
QUICK_PICKS_CENTS = (25_00, 50_00, 100_00)


def top_up_tax_cents(amount_cents: int, tax_rate_bps: int) -> int:
    """The tax SmartAlex adds to a top-up: the account's rate, rounded half-up to the cent once
    (top-ups are tax-exclusive: the credit is the amount, the charge is amount plus tax)."""
    quotient, remainder = divmod(amount_cents * tax_rate_bps, BASIS_POINTS)
    return quotient + (1 if remainder * 2 >= BASIS_POINTS else 0)


# --- the dialog -------------------------------------------------------------------------------


def add_credits(
    client: SmartAlexClient, amount_cents: int, card_id: str, key: str
) -> tuple[models.TopUp, models.Wallet | None]:
    """On a worker: the top-up, then the wallet to say the new balance (the top-up stands even
    if that second read fails)."""
    top_up = client.top_up(amount_cents, card_id, idempotency_key=key)
    try:
        wallet = client.wallet()
    except errors.SmartAlexError:
        wallet = None
    return top_up, wallet


class AddCreditsDialog(RequestDialog):
    added = Signal(object, str)  # the TopUp, the sentence to show
    # The bank asks to confirm the charge (3-D Secure): the Wallet tab waits for its page.
    needs_bank = Signal(object)  # errors.AuthenticationRequired

    def __init__(
        self,
        session: AccountSession,
        runner: TaskRunner,
        *,
        cards: list[models.PaymentMethod],
        tax_rate_bps: int,
        min_cents: int,
        max_cents: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AddCreditsDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("wallet"))
        self._session = session
        self._runner = runner
        self._tax_rate_bps = tax_rate_bps
        self._min_cents = min_cents
        self._max_cents = max_cents
        self._cards = [card for card, _label in card_choices(cards)]
        self._keys: dict[tuple[int, str], str] = {}
        self.amount = MoneyInput(
            self.ui.amountField,
            self._amount_problem,
            check_now=lambda cents: cents is not None and cents > max_cents,
        )
        self.amount.changed.connect(self._refresh)
        self.ui.amountField.setToolTip(limits_sentence(min_cents, max_cents))
        for button, cents in zip(
            (self.ui.pick25Button, self.ui.pick50Button, self.ui.pick100Button),
            QUICK_PICKS_CENTS,
            strict=True,
        ):
            button.clicked.connect(lambda _checked=False, cents=cents: self._pick(cents))
        combo = self.ui.cardCombo
        for card, label in card_choices(cards):
            combo.addItem(brand_icon(card.brand), label, card.id)
        combo.setCurrentIndex(0 if self._cards else -1)
        combo.currentIndexChanged.connect(self._refresh)
        if not self._cards:
            self.ui.cardsNote.setText(
                "There is no card on file. Add one in Payment Methods, then add credits here."
            )
        else:
            self.ui.cardsNote.hide()
        error_palette(self.ui.amountProblem, self)
        self.add_button.setIcon(icon("add"))
        self.add_button.setDefault(True)
        self.ui.buttons.accepted.connect(self.add)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.progress.hide()
        self.ui.amountField.setFocus()
        self._refresh()

    # --- what tests and the tab read ----------------------------------------------------------

    @property
    def add_button(self) -> QPushButton:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def error_text(self) -> str:
        return self.ui.errorBar.text

    @property
    def amount_problem(self) -> str:
        return self.ui.amountProblem.text() if not self.ui.amountProblem.isHidden() else ""

    @property
    def chosen_card(self) -> models.PaymentMethod | None:
        card_id = self.ui.cardCombo.currentData()
        return next((card for card in self._cards if card.id == card_id), None)

    def choose_card(self, card_id: str) -> None:
        index = self.ui.cardCombo.findData(card_id)
        if index >= 0:
            self.ui.cardCombo.setCurrentIndex(index)

    @property
    def adding(self) -> bool:
        return self.sending

    # --- the form -----------------------------------------------------------------------------

    def _amount_problem(self, cents: int | None) -> str:
        if cents is None or not self._min_cents <= cents <= self._max_cents:
            return limits_sentence(self._min_cents, self._max_cents)
        return ""

    def _pick(self, cents: int) -> None:
        self.amount.set_cents(cents)
        self.ui.amountField.setFocus()

    def _refresh(self) -> None:
        """The tax, the total, the button and the key of the attempt now on screen."""
        amount_cents = self.amount.cents
        valid = not self.amount.problem
        card = self.chosen_card
        problem = self.amount.shown_problem
        self.ui.amountProblem.setText(problem)
        self.ui.amountProblem.setVisible(bool(problem))
        self.ui.amountField.setAccessibleDescription(problem)
        if valid and amount_cents is not None:
            tax_cents = top_up_tax_cents(amount_cents, self._tax_rate_bps)
            credit, total = (
                formatting.money(amount_cents),
                formatting.money(amount_cents + tax_cents),
            )
            to = f" to {formatting.card_label(card.brand, card.last4)}" if card else ""
            if tax_cents:
                text = f"{credit} credit + {formatting.money(tax_cents)} tax = {total} charged{to}"
            else:
                text = f"{total} charged{to}; no tax applies to your account"
            self.ui.chargeValue.setText(text)
            self.add_button.setText(f"&Add {credit}")
            self.add_button.setAccessibleName(f"Add {credit} to the Wallet, charging {total}")
            if card is not None:
                # The user is starting this attempt: its key exists from now on.
                self._keys.setdefault((amount_cents, card.id), new_idempotency_key())
        else:
            self.ui.chargeValue.setText(
                "Choose or type an amount to see the tax and what is charged."
            )
            self.add_button.setText("&Add Credits")
            self.add_button.setAccessibleName("Add credits")
        self._update_enabled()
        fit_height(self)

    def _update_enabled(self) -> None:
        busy = self.sending
        ready = not self.amount.problem and self.chosen_card is not None
        self.add_button.setEnabled(ready and not busy)
        self.ui.amountField.setEnabled(not busy)
        self.ui.cardCombo.setEnabled(bool(self._cards) and not busy)
        for button in (self.ui.pick25Button, self.ui.pick50Button, self.ui.pick100Button):
            button.setEnabled(not busy)
        self.ui.progress.setVisible(busy)
        cancel = self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setEnabled(not busy)

    # --- adding -------------------------------------------------------------------------------

    def add(self) -> None:
        """Charge and credit on a worker; a second press while it runs does nothing."""
        amount_cents, card = self.amount.cents, self.chosen_card
        if self.sending or card is None:
            return
        if amount_cents is None or self.amount.problem:
            self.amount.touch()  # say why nothing happens
            return
        key = self._keys.setdefault((amount_cents, card.id), new_idempotency_key())
        self.ui.errorBar.hide()
        self.sending = True
        self._update_enabled()
        client = self._session.client
        self._runner.run(
            lambda: add_credits(client, amount_cents, card.id, key),
            on_success=lambda result: self._added(result, card),
            on_failure=lambda error: self._failed(error, amount_cents, card),
            description="AddCreditsDialog: top up",
        )

    def _added(
        self, result: tuple[models.TopUp, models.Wallet | None], card: models.PaymentMethod
    ) -> None:
        self.sending = False
        self._update_enabled()
        if self.orphaned:
            return
        top_up, wallet = result
        label = formatting.card_label(card.brand, card.last4)
        sentence = (
            f"{formatting.money(top_up.amount_cents)} was added to your Wallet "
            f"({formatting.money(top_up.charged_cents or top_up.amount_cents)} charged to "
            f"{label}; the receipt is on its way to your email)."
        )
        if wallet is not None:
            sentence += f" Your balance is now {formatting.money(wallet.balance_cents)}."
        self.added.emit(top_up, sentence)
        self.accept()

    def _failed(
        self, error: errors.SmartAlexError, amount_cents: int, card: models.PaymentMethod
    ) -> None:
        self.sending = False
        self._update_enabled()
        if self.orphaned:
            return
        if isinstance(error, errors.AuthenticationRequired):
            # Not a decline: the top-up waits for the bank, in the browser. The dialog's part
            # is done; the tab shows the wait (the window stays usable meanwhile).
            self.needs_bank.emit(error)
            self.accept()
            return
        if answer_was_final(error):
            # SmartAlex answered (a decline, a refusal): pressing Add again is a new attempt.
            self._keys.pop((amount_cents, card.id), None)
            self._refresh()
            if isinstance(error, errors.ValidationFailed) and error.param == "amount_cents":
                self.ui.amountProblem.setText(error.user_message)
                self.ui.amountProblem.show()
                self.ui.amountField.setFocus()
                return
            self.ui.errorBar.error(error.user_message)
            fit_height(self)
            self.ui.cardCombo.setFocus()
            return
        # No answer: the charge may have gone through. The same key goes with the retry, so
        # SmartAlex finishes that one top-up instead of charging again.
        self.ui.errorBar.error(
            f"{error.user_message} SmartAlex didn't confirm the top-up, so it may or may not "
            "have gone through. Press Add again to finish it: you won't be charged twice."
        )
        fit_height(self)
        self.add_button.setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            error_palette(self.ui.amountProblem, self)
