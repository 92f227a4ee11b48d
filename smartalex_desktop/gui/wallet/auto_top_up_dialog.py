"""Auto Top-Up settings: on or off, the balance that triggers it, how much it adds, which card it
charges (the default card unless another is chosen) and an optional limit per billing period.

Switched off, the other settings are kept but greyed out, and saving sends only "off" (a wrong
amount never stands in the way of switching it off). Switched on, each amount is checked as the
server will check it (the top-up limits; a limit per period at least one top-up, else no
automatic top-up could ever run) as it is typed, with the sentence next to its field and Save
enabled only when everything is right (its tooltip says why not). A threshold at or above the
low-balance alert is said beside it: auto top-up then refills the Wallet before that alert
could ever come. When auto top-up switched itself off (declined charges), the dialog opens
with that reason and "Turn auto top-up on again". Saving is not a payment: it runs once on a
worker with Save disabled, and the server's answer is what the tab shows next.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from smartalex_desktop.api import errors, models
from smartalex_desktop.gui.forms.ui_auto_top_up_dialog import Ui_AutoTopUpDialog
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.runtime.tasks import TaskRunner
from smartalex_desktop.gui.widgets import formatting
from smartalex_desktop.gui.widgets.icons import brand_icon, icon
from smartalex_desktop.gui.widgets.money_field import (
    MAX_FIELD_CENTS,
    MoneyInput,
    card_choices,
    fit_height,
    limits_sentence,
    say_beside,
)
from smartalex_desktop.gui.widgets.request_dialog import RequestDialog

DEFAULT_CARD = ""  # the combo's data for "the default card, whichever it is"

# Which field an API validation error names.
_PARAM_FIELDS = {
    "auto_top_up.threshold_cents": "threshold",
    "auto_top_up.amount_cents": "amount",
    "auto_top_up.cap_cents": "cap",
    "auto_top_up.payment_method_id": "card",
}


def describe(auto: models.AutoTopUp, cards: list[models.PaymentMethod]) -> str:
    """What the settings do, as one sentence ("When the balance falls below …")."""
    card = charged_card(auto, cards)
    label = formatting.card_label(card.brand, card.last4) if card else "your default card"
    return (
        f"When the balance falls below {formatting.money(auto.threshold_cents)}, "
        f"{formatting.money(auto.amount_cents)} is added and {label} is charged (plus tax)."
    )


def alert_overlap_note(alert_cents: int | None, threshold_cents: int | None) -> str:
    """Why a low-balance alert at or under the auto top-up threshold can't come while auto
    top-up works: the top-up runs in the same request as the deduction that crossed its
    threshold, so the balance is back up before anything could notice it below the alert.
    "" when the two don't overlap (or there is no alert). For where either is set."""
    if not alert_cents or threshold_cents is None or alert_cents > threshold_cents:
        return ""
    threshold, alert = formatting.money(threshold_cents), formatting.money(alert_cents)
    return (
        f"Auto top-up refills your Wallet as soon as it falls below {threshold}, so the "
        f"low-balance alert at {alert} only comes if an automatic top-up is declined or "
        f"reaches its limit. Set the alert above {threshold} to hear before your card is "
        "charged."
    )


def charged_card(
    auto: models.AutoTopUp, cards: list[models.PaymentMethod]
) -> models.PaymentMethod | None:
    """The card auto top-up charges: its own choice while that card exists, else the default."""
    chosen = next((card for card in cards if card.id == auto.payment_method_id), None)
    return chosen or next((card for card in cards if card.is_default), None)


class AutoTopUpDialog(RequestDialog):
    saved = Signal(object, str)  # the Wallet as SmartAlex now holds it, the sentence to show

    def __init__(
        self,
        session: AccountSession,
        runner: TaskRunner,
        *,
        wallet: models.Wallet,
        cards: list[models.PaymentMethod],
        min_cents: int,
        max_cents: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AutoTopUpDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("wallet"))
        self._session = session
        self._runner = runner
        self._cards = cards
        self._min_cents = min_cents
        self._max_cents = max_cents
        self._alert_cents = wallet.low_balance_threshold_cents
        auto = wallet.auto_top_up
        ui = self.ui

        self.threshold = MoneyInput(ui.thresholdField, self._threshold_problem)
        self.amount = MoneyInput(ui.amountField, self._amount_problem)
        self.cap = MoneyInput(ui.capField, self._cap_problem)
        self.threshold.set_cents(auto.threshold_cents)
        self.amount.set_cents(auto.amount_cents)
        self.cap.set_cents(auto.cap_cents)
        ui.capCheck.setChecked(auto.cap_cents is not None)

        default = next((card for card in cards if card.is_default), None)
        default_label = (
            f"Default card ({formatting.card_label(default.brand, default.last4)})"
            if default
            else "Default card (none on file yet)"
        )
        ui.cardCombo.addItem(
            brand_icon(default.brand if default else "unknown"), default_label, DEFAULT_CARD
        )
        for card, label in card_choices(cards):
            ui.cardCombo.addItem(brand_icon(card.brand), label, card.id)
        chosen = ui.cardCombo.findData(auto.payment_method_id or DEFAULT_CARD)
        ui.cardCombo.setCurrentIndex(max(chosen, 0))

        ui.enabledCheck.setChecked(auto.enabled)
        if auto.disabled_reason and not auto.enabled:
            ui.enabledCheck.setText("&Turn auto top-up on again")
            ui.errorBar.warning(auto.disabled_reason)

        self.save_button.setDefault(True)
        for money_input in (self.threshold, self.amount, self.cap):
            money_input.changed.connect(self._refresh)
        ui.enabledCheck.toggled.connect(self._refresh)
        ui.capCheck.toggled.connect(self._cap_toggled)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        ui.progress.hide()
        ui.enabledCheck.setFocus()
        self._refresh()

    # --- what tests and the tab read ----------------------------------------------------------

    @property
    def save_button(self) -> QPushButton:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)

    @property
    def error_text(self) -> str:
        return self.ui.errorBar.text

    @property
    def problem_text(self) -> str:
        """The problems shown beside the fields, one a line ("" when none)."""
        on = self.ui.enabledCheck.isChecked()
        return "\n".join(m.shown_problem for m in self._inputs() if on and m.shown_problem)

    @property
    def save_blocked_by(self) -> str:
        """Why Save is off, in a sentence ("" when it is on or busy): its tooltip."""
        if self.sending or not self.ui.enabledCheck.isChecked():
            return ""
        problems = [m.problem for m in self._inputs() if m.problem]
        return " ".join(problems)

    def choose_card(self, card_id: str | None) -> None:
        index = self.ui.cardCombo.findData(card_id or DEFAULT_CARD)
        if index >= 0:
            self.ui.cardCombo.setCurrentIndex(index)

    # --- checks -------------------------------------------------------------------------------

    def _threshold_problem(self, cents: int | None) -> str:
        if cents is None or cents > MAX_FIELD_CENTS:
            return (
                "Enter the balance at which to add credits, from $0.00 to "
                f"{formatting.money(MAX_FIELD_CENTS)}, for example 10.00."
            )
        return ""

    def _amount_problem(self, cents: int | None) -> str:
        if cents is None or not self._min_cents <= cents <= self._max_cents:
            return f"Amount to add: {limits_sentence(self._min_cents, self._max_cents)}"
        return ""

    def _cap_problem(self, cents: int | None) -> str:
        if not self.ui.capCheck.isChecked():
            return ""
        if cents is None or cents > MAX_FIELD_CENTS:
            return "Enter the most to add automatically each billing period, for example 200.00."
        amount = self.amount.cents
        if amount is not None and cents < amount:
            return (
                f"The limit per billing period must be at least the amount added each time "
                f"({formatting.money(amount)}), or no automatic top-up could run."
            )
        return ""

    def _inputs(self) -> list[MoneyInput]:
        return [self.threshold, self.amount, self.cap]

    def _cap_toggled(self, checked: bool) -> None:
        if checked and self.cap.cents is None and self.amount.cents is not None:
            self.cap.set_cents(self.amount.cents * 4)  # a starting point: four top-ups
        self._refresh()
        if checked:
            self.ui.capField.setFocus()
            self.ui.capField.selectAll()

    def _refresh(self) -> None:
        on = self.ui.enabledCheck.isChecked()
        busy = self.sending
        ui = self.ui
        for widget in (ui.thresholdField, ui.amountField, ui.cardCombo, ui.capCheck):
            widget.setEnabled(on and not busy)
        ui.capField.setEnabled(on and ui.capCheck.isChecked() and not busy)
        ui.enabledCheck.setEnabled(not busy)
        # Each field's message beside it, as typed (issue 20, item 9).
        shown = {m: (m.shown_problem if on else "") for m in self._inputs()}
        limits = f"{formatting.money(self._min_cents)} to {formatting.money(self._max_cents)}"
        overlap = alert_overlap_note(self._alert_cents, self.threshold.cents) if on else ""
        say_beside(ui.thresholdNote, self, shown[self.threshold], note=overlap)
        say_beside(ui.amountHint, self, shown[self.amount], hint=f"{limits}, plus tax")
        say_beside(ui.capProblem, self, shown[self.cap])
        for money_input, problem in shown.items():
            money_input.field.setAccessibleDescription(problem)
        ui.thresholdField.setAccessibleDescription(shown[self.threshold] or overlap)
        blocked = self.save_blocked_by
        self.save_button.setEnabled(not busy and not blocked)
        self.save_button.setToolTip(
            f"Save is off until this is fixed: {blocked}" if blocked else ""
        )
        ui.progress.setVisible(busy)
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        fit_height(self)

    # --- saving -------------------------------------------------------------------------------

    def settings(self) -> dict[str, Any]:
        """What PATCH /v1/wallet gets as `auto_top_up`."""
        if not self.ui.enabledCheck.isChecked():
            return {"enabled": False}
        card_id = self.ui.cardCombo.currentData()
        return {
            "enabled": True,
            "threshold_cents": self.threshold.cents,
            "amount_cents": self.amount.cents,
            "payment_method_id": card_id or None,
            "cap_cents": self.cap.cents if self.ui.capCheck.isChecked() else None,
        }

    def save(self) -> None:
        if self.sending or not self.save_button.isEnabled():
            for money_input in self._inputs():
                money_input.touch()  # say why nothing happens
            return
        settings = self.settings()
        self.ui.errorBar.hide()
        self.sending = True
        self._refresh()
        client = self._session.client
        self._runner.run(
            lambda: client.update_wallet(auto_top_up=settings),
            on_success=self._saved,
            on_failure=self._failed,
            description="AutoTopUpDialog: save",
        )

    def _saved(self, wallet: models.Wallet) -> None:
        self.sending = False
        self._refresh()
        if self.orphaned:
            return
        auto = wallet.auto_top_up
        if auto.enabled:
            sentence = f"Auto top-up is on. {describe(auto, self._cards)}"
            if auto.cap_cents is not None:
                sentence += (
                    f" At most {formatting.money(auto.cap_cents)} is added automatically each "
                    "billing period."
                )
        else:
            sentence = (
                "Auto top-up is off. Calls past your allowance use your Wallet until it is "
                "empty, then your card."
            )
        self.saved.emit(wallet, sentence)
        self.accept()

    def _failed(self, error: errors.SmartAlexError) -> None:
        self.sending = False
        self._refresh()
        if self.orphaned:
            return
        self.ui.errorBar.error(error.user_message)
        fit_height(self)
        field = {
            "threshold": self.ui.thresholdField,
            "amount": self.ui.amountField,
            "cap": self.ui.capField,
            "card": self.ui.cardCombo,
        }.get(_PARAM_FIELDS.get(error.param or "", ""))
        (field or self.save_button).setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        # A light/dark switch: the messages' colours are worked out again (once built).
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "cap"):
            self._refresh()
