"""The Usage tab's report: "Save Report PDF…", the usage of the period shown as a PDF (the
cost by call type, the minutes per day and the calls), made and written on a worker by
widgets/saved_documents.

`UsageReport(tab)` is part of the `UsageTab`. The current period's report has SmartAlex's
allowance figures (used, remaining, projected), which the API gives only for it. An earlier
period's report is added up from the calls the API lists, with how its overage was paid (from
the Wallet, or charged to the card): issue 20 found the button greyed out there, its tooltip
sending the user to invoices, which hold no overage paid from the Wallet.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from smartalex_desktop.api import SmartAlexClient, models
from smartalex_desktop.billing import usage as figures
from smartalex_desktop.documents.names import usage_report_file_name
from smartalex_desktop.gui.usage.usage_text import period_text
from smartalex_desktop.gui.widgets.saved_documents import (
    save_past_usage_report,
    save_usage_report,
)

if TYPE_CHECKING:
    from smartalex_desktop.gui.usage.usage_tab import UsageTab


class UsageReport:
    def __init__(self, tab: UsageTab) -> None:
        self.tab = tab
        self._saving_report = False
        tab.ui.saveReportButton.clicked.connect(self.save_report)

    def update_report_button(self, ready: bool) -> None:
        """Enabled for whichever period is shown, once it is."""
        button = self.tab.ui.saveReportButton
        button.setEnabled(ready and not self._saving_report)
        button.setToolTip(
            "Save this period's usage as a PDF report: the allowance, the cost by call type, "
            "the minutes per day and the calls."
            if self.tab.daily.showing_current_period or not ready
            else "Save this period's usage as a PDF report, added up from its calls: the minutes, "
            "the overage and how it was paid (from the Wallet or charged to your card), the "
            "minutes per day and the calls."
        )

    def save_report(self) -> None:
        """Save Report PDF…: the report of the period shown, made and written on a worker."""
        state, shown = self.tab.state, self.tab.daily.period
        if state is None or self._saving_report:
            return

        def busy(saving: bool) -> None:
            self._saving_report = saving
            self.tab.daily.update_navigation()

        timezone = self.tab.account_timezone
        write: Callable[[SmartAlexClient, Path], Path] = save_usage_report
        named: models.Usage | models.DailyUsageSeries = state.usage
        if shown is not None and not self.tab.daily.showing_current_period:
            named = shown
            day = figures.first_day(shown.period_start, shown.timezone)

            def write_past(client: SmartAlexClient, path: Path) -> Path:
                return save_past_usage_report(client, path, day)

            write = write_past

        period = period_text(named.period_start, named.period_end, timezone)
        self.tab.save_document(
            "Save Usage Report",
            usage_report_file_name(named, timezone),
            write,
            lambda path: f"The usage report for {period} was saved to {path}.",
            busy,
        )
