"""The Wallet tab's low-balance alert: the amount below which the user is told, edited inline
and saved with its button (or Enter), disabled while it is saved. An amount at or under the
auto top-up threshold is said beside it: auto top-up would refill the Wallet before the alert
could ever come (`alert_overlap_note`).

`LowBalanceAlert(tab)` is part of the `WalletTab`; the notice itself is sent by the background
refresh (gui/window/background_refresh.py), which reads the saved amount from SmartAlex.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from smartalex_desktop.api import errors, models
from smartalex_desktop.gui.runtime.changes import Change
from smartalex_desktop.gui.wallet.auto_top_up_dialog import alert_overlap_note
from smartalex_desktop.gui.widgets import formatting
from smartalex_desktop.gui.widgets.money_field import MAX_FIELD_CENTS, MoneyInput, say_beside

if TYPE_CHECKING:
    from smartalex_desktop.gui.wallet.wallet_tab import WalletTab


class LowBalanceAlert:
    def __init__(self, tab: WalletTab) -> None:
        self.tab = tab
        self._saving_threshold = False
        ui = tab.ui
        self.threshold = MoneyInput(ui.thresholdField, self._threshold_problem)
        self.threshold.changed.connect(self.threshold_edited)
        ui.thresholdField.returnPressed.connect(self.save_threshold)
        ui.saveThresholdButton.clicked.connect(self.save_threshold)
        ui.thresholdProgress.hide()

    def forget_saving(self) -> None:
        """Another account: a save on its way is no longer this tab's to show."""
        self._saving_threshold = False

    @property
    def threshold_dirty(self) -> bool:
        if self.tab.state is None:
            return False
        return self.threshold.cents != self.tab.state.wallet.low_balance_threshold_cents

    def _threshold_problem(self, cents: int | None) -> str:
        if cents is None or cents > MAX_FIELD_CENTS:
            return (
                "Enter the balance to be alerted at, from $0.00 to "
                f"{formatting.money(MAX_FIELD_CENTS)}, for example 20.00."
            )
        return ""

    def threshold_edited(self) -> None:
        ui = self.tab.ui
        problem = self.threshold.shown_problem
        hint = (
            "You'll get a notification when the balance falls below this amount."
            if not self.threshold_dirty
            else "Save to be alerted at this amount."
        )
        note = ""
        state = self.tab.state
        if state is not None and state.wallet.auto_top_up.enabled:
            note = alert_overlap_note(
                self.threshold.cents, state.wallet.auto_top_up.threshold_cents
            )
            if note and self.threshold_dirty:
                note = f"{note} {hint}"
        say_beside(ui.thresholdHint, self.tab, problem, note=note, hint=hint)
        ui.thresholdField.setAccessibleDescription(problem or note)
        self.tab.allow(
            ui.saveThresholdButton,
            self.tab.state is not None
            and self.threshold_dirty
            and not self.threshold.problem
            and not self._saving_threshold,
        )
        ui.thresholdField.setEnabled(not self._saving_threshold)

    def save_threshold(self) -> None:
        session = self.tab.session
        cents = self.threshold.cents
        if session is None or self.tab.state is None or self._saving_threshold:
            return
        if cents is None or self.threshold.problem:
            self.threshold.touch()
            return
        if not self.threshold_dirty or not self.tab.say_if_offline("Saving the alert amount"):
            return
        self._saving_threshold = True
        self.tab.ui.thresholdProgress.show()
        self.threshold_edited()
        client = session.client

        def saved(wallet: models.Wallet) -> None:
            self._threshold_saved()
            if self.tab.state is not None:
                self.tab.state = replace(self.tab.state, wallet=wallet)
            self.tab.show_success(
                "You'll be alerted when your Wallet balance falls below "
                f"{formatting.money(wallet.low_balance_threshold_cents)}."
            )
            self.tab.accounts.announce(Change.WALLET)

        def failed(error: errors.SmartAlexError) -> None:
            self._threshold_saved()
            self.tab.show_error(f"The alert threshold was not saved. {error.user_message}")
            self.tab.ui.thresholdField.setFocus()

        self.tab.runner.run(
            lambda: client.update_wallet(low_balance_threshold_cents=cents),
            on_success=saved,
            on_failure=failed,
            description="WalletTab: save threshold",
        )

    def _threshold_saved(self) -> None:
        self._saving_threshold = False
        self.tab.ui.thresholdProgress.hide()
        self.threshold_edited()
