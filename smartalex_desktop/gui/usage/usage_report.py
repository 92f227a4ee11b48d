"""The Usage tab's report: "Save Report PDF…", the current period's usage as a PDF (the
allowance, the cost by call type, the minutes per day and the calls), made and written on a
worker by widgets/saved_documents.save_usage_report.

`UsageReport(tab)` is part of the `UsageTab`. Only the current period: SmartAlex gives the
allowance figures (used, remaining, projected) only for it; an earlier period's usage is on
its invoices.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartalex_desktop.documents.names import usage_report_file_name
from smartalex_desktop.gui.usage.usage_text import period_text
from smartalex_desktop.gui.widgets.saved_documents import save_usage_report

if TYPE_CHECKING:
    from smartalex_desktop.gui.usage.usage_tab import UsageTab


class UsageReport:
    def __init__(self, tab: UsageTab) -> None:
        self.tab = tab
        self._saving_report = False
        tab.ui.saveReportButton.clicked.connect(self.save_report)

    def update_report_button(self, ready: bool) -> None:
        """The report is of the current period: SmartAlex gives the allowance figures (used,
        remaining, projected) only for it; an earlier period's usage is on its invoices."""
        button = self.tab.ui.saveReportButton
        current = self.tab.daily.showing_current_period
        button.setEnabled(ready and current and not self._saving_report)
        button.setToolTip(
            "Save this period's usage as a PDF report: the allowance, the cost by call type, "
            "the minutes per day and the calls."
            if current or not ready
            else "The report covers the current period. Earlier periods' usage is billed on "
            "their invoices (Invoices tab)."
        )

    def save_report(self) -> None:
        """Save Report PDF…: the current period's report, made and written on a worker."""
        state = self.tab.state
        if state is None or self._saving_report or not self.tab.daily.showing_current_period:
            return

        def busy(saving: bool) -> None:
            self._saving_report = saving
            self.tab.daily.update_navigation()

        period = period_text(
            state.usage.period_start, state.usage.period_end, self.tab.account_timezone
        )
        self.tab.save_document(
            "Save Usage Report",
            usage_report_file_name(state.usage, self.tab.account_timezone),
            save_usage_report,
            lambda path: f"The usage report for {period} was saved to {path}.",
            busy,
        )
