"""The Wallet tab's auto top-up panel: whether it is on (a badge), what it does and its limit,
why it switched itself off or was declined, and the dialog that changes it.

`AutoTopUpPanel(tab)` is part of the `WalletTab`. The rules it explains (once per crossing of
the threshold, at most one retry a day, off after 3 declines in a row, the cap per billing
period) are in docs/billing-rules.md; the sandbox applies them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette

from smartalex_desktop.api import models
from smartalex_desktop.gui.runtime.changes import Change
from smartalex_desktop.gui.wallet.auto_top_up_dialog import AutoTopUpDialog, charged_card, describe
from smartalex_desktop.gui.widgets import formatting
from smartalex_desktop.gui.widgets.colours import AMBER, GREEN, RED, blend
from smartalex_desktop.gui.widgets.kept_dialog import KeptDialog

if TYPE_CHECKING:
    from smartalex_desktop.gui.wallet.wallet_tab import WalletState, WalletTab


class AutoTopUpPanel:
    def __init__(self, tab: WalletTab) -> None:
        self.tab = tab
        self.dialog = KeptDialog[AutoTopUpDialog]()
        tab.ui.editAutoTopUpButton.clicked.connect(self.open_auto_top_up)

    @property
    def auto_top_up_dialog(self) -> AutoTopUpDialog | None:
        return self.dialog.dialog

    def show(self, state: WalletState) -> None:
        auto = state.wallet.auto_top_up
        ui = self.tab.ui
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
            self.tab.tint(ui.autoNotice, ui.autoNoticeIcon, "error", RED)
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
            self.tab.tint(ui.autoNotice, ui.autoNoticeIcon, "warning", AMBER)
            ui.autoNoticeText.setText(text)
            ui.autoNotice.setAccessibleDescription(text)
            ui.autoNotice.show()
        else:
            ui.autoNotice.hide()

    def _set_badge(self, text: str, colour: QColor | None) -> None:
        badge = self.tab.ui.autoStatusBadge
        badge.setText(text)
        badge.setAccessibleName(f"Auto top-up: {text}")
        palette = self.tab.palette()
        shade = (
            blend(colour, palette.color(QPalette.ColorRole.WindowText), 0.25)
            if colour is not None
            else palette.color(QPalette.ColorRole.PlaceholderText)
        )
        badge.setStyleSheet(
            f"QLabel#autoStatusBadge {{ color: {shade.name()}; border: 1px solid {shade.name()};"
            " border-radius: 10px; padding: 2px 10px; font-weight: 600; }"
        )

    def open_auto_top_up(self) -> None:
        session, state = self.tab.session, self.tab.state
        if session is None or state is None:
            return
        if self.dialog.is_open:
            return
        dialog = AutoTopUpDialog(
            session,
            self.tab.runner,
            wallet=state.wallet,
            cards=state.cards,
            min_cents=state.config.top_up_min_cents,
            max_cents=state.config.top_up_max_cents,
            parent=self.tab,
        )
        dialog.saved.connect(self._auto_top_up_saved)
        self.dialog.keep(dialog)
        dialog.open()

    def _auto_top_up_saved(self, _wallet: models.Wallet, sentence: str) -> None:
        self.tab.show_success(sentence)
        self.tab.accounts.announce(Change.WALLET)
