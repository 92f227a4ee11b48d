"""Save Statement PDF… — which days the Wallet statement covers.

The usual asks come first as presets (this month, last month, this year, last year); picking
days by hand switches the preset to "Custom". Days are the account's days (its timezone), both
included, the way `documents.render_wallet_statement` reads them. The dialog only chooses: the
Wallet tab asks where to save and makes the PDF on a worker.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from smartalex_desktop.gui.forms.ui_statement_dialog import Ui_StatementDialog
from smartalex_desktop.gui.widgets.money_field import error_palette

CUSTOM = "Custom"


def presets(today: date) -> dict[str, tuple[date, date]]:
    """The named ranges offered, as of the account's `today`."""
    month_start = today.replace(day=1)
    last_month_end = month_start - timedelta(days=1)
    return {
        "This month": (month_start, today),
        "Last month": (last_month_end.replace(day=1), last_month_end),
        "This year": (today.replace(month=1, day=1), today),
        "Last year": (date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)),
    }


class StatementDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_StatementDialog()
        ui.setupUi(self)
        self._presets = presets(today)
        ui.presetCombo.addItems([*self._presets, CUSTOM])
        for edit in (ui.fromEdit, ui.toEdit):
            edit.setMaximumDate(_qdate(today))
            edit.dateChanged.connect(self._dates_edited)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("&Save PDF…")
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.presetCombo.currentTextChanged.connect(self._preset_chosen)
        self._choosing = False
        self._preset_chosen(ui.presetCombo.currentText())

    @property
    def days(self) -> tuple[date, date]:
        """The first and last day of the statement, both included."""
        return self.ui.fromEdit.date().toPython(), self.ui.toEdit.date().toPython()

    def _preset_chosen(self, name: str) -> None:
        if name not in self._presets:
            return
        start, end = self._presets[name]
        self._choosing = True
        self.ui.fromEdit.setDate(_qdate(start))
        self.ui.toEdit.setDate(_qdate(end))
        self._choosing = False
        self._dates_edited()

    def _dates_edited(self) -> None:
        if not self._choosing:
            chosen = next((n for n, days in self._presets.items() if days == self.days), CUSTOM)
            self.ui.presetCombo.blockSignals(True)
            self.ui.presetCombo.setCurrentText(chosen)
            self.ui.presetCombo.blockSignals(False)
        start, end = self.days
        problem = (
            "The To day is before the From day: choose a To day on or after the From day."
            if end < start
            else ""
        )
        self.ui.problemLabel.setText(problem)
        self.ui.problemLabel.setVisible(bool(problem))
        if problem:
            error_palette(self.ui.problemLabel, self)
        self.save_button.setEnabled(not problem)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
