"""The period the Usage tab's chart shows: stepping to earlier periods and back, the daily
minutes as a chart or a table, and what to say when a period had no calls.

`UsagePeriods(tab)` is part of the `UsageTab`. A period step fetches the summary and that
period together (the tab's `fetch_state`), so the two never show different moments.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from smartalex_desktop.api import errors, models
from smartalex_desktop.billing import usage as figures
from smartalex_desktop.billing.usage import Day
from smartalex_desktop.gui.runtime.table_model import RecordTableModel
from smartalex_desktop.gui.usage.usage_text import day_columns, period_text
from smartalex_desktop.gui.widgets.accessibility import show_value

if TYPE_CHECKING:
    from smartalex_desktop.gui.usage.usage_tab import UsageTab

# Pages of `ui.dailyPages`.
CHART, DAILY_TABLE, DAILY_MESSAGE = 0, 1, 2


class UsagePeriods:
    def __init__(self, tab: UsageTab) -> None:
        self.tab = tab
        self.period: models.DailyUsageSeries | None = None  # the period the chart shows
        # The day whose period was last asked for; None: the current period, whichever it is.
        self.pending_day: date | None = None
        self._period_loading = False
        self._sized_days = False
        self.days_model: RecordTableModel[Day] = RecordTableModel(
            day_columns(), tab, identity=lambda day: day.day
        )
        ui = tab.ui
        ui.previousButton.clicked.connect(self.show_previous_period)
        ui.nextButton.clicked.connect(self.show_next_period)
        ui.dailyRetryButton.clicked.connect(self.retry_period)
        ui.showTableCheck.toggled.connect(self.show_daily_page)

    def forget(self) -> None:
        """Another account (or none): no period shown, none asked for."""
        self.period = None
        self.pending_day = None
        self.days_model.clear()

    def show_previous_period(self) -> None:
        if self.period is None or self._period_loading:
            return
        self._load_period(
            figures.previous_period_day(self.period.period_start, self.period.timezone)
        )

    def show_next_period(self) -> None:
        state, period = self.tab.state, self.period
        if state is None or period is None or self._period_loading:
            return
        if period.period_end >= state.usage.period_start:
            self._load_period(None)  # back to the current period, whichever it is by now
        else:
            self._load_period(figures.next_period_day(period.period_end, period.timezone))

    def retry_period(self) -> None:
        self._load_period(self.pending_day)

    def _load_period(self, day: date | None) -> None:
        if self.tab.session is not None:
            self.tab.fetch_state(day, self._period_failed)

    def _period_failed(self, error: errors.SmartAlexError) -> None:
        self.set_period_loading(False)
        self.update_navigation()
        self.tab.ui.dailyMessageLabel.setText(
            f"The minutes of that period could not be shown. {error.user_message}"
        )
        self.tab.ui.dailyRetryButton.show()
        self.tab.ui.dailyPages.setCurrentIndex(DAILY_MESSAGE)
        self.tab.calls.resume_if_needed()  # without the period, the list shows every call

    def set_period_loading(self, loading: bool) -> None:
        self._period_loading = loading
        self.tab.ui.dailyProgress.setVisible(loading)
        self.update_navigation()

    @property
    def showing_current_period(self) -> bool:
        if self.tab.state is None or self.period is None:
            return True
        return figures.is_current_period(
            self.period.period_start, self.tab.state.usage.period_start
        )

    def show_period(self, period: models.DailyUsageSeries) -> None:
        self.period = period
        self.set_period_loading(False)
        text = period_text(period.period_start, period.period_end, period.timezone)
        current = self.showing_current_period
        ui = self.tab.ui
        show_value(ui.shownPeriodLabel, f"{text} (this period)" if current else text)
        days = figures.days_of(period.data)
        self.tab.chart.show_days(days, text)
        self.days_model.set_records(days)
        self.show_daily_page()
        self.tab.calls.apply_calls_filter()

    def show_daily_page(self) -> None:
        ui = self.tab.ui
        if self.period is None:
            return
        if not any(day.total for day in self.tab.chart.days):
            ui.dailyMessageLabel.setText(
                "No calls this period yet."
                if self.showing_current_period
                else ("No calls in this period.")
            )
            ui.dailyRetryButton.hide()
            ui.dailyPages.setCurrentIndex(DAILY_MESSAGE)
        else:
            ui.dailyPages.setCurrentIndex(DAILY_TABLE if ui.showTableCheck.isChecked() else CHART)
            if not self._sized_days:
                self._sized_days = True
                self.tab.size_columns(ui.dailyTable, ["Sep 30", "1,000", "1,000", "1,000", "1,000"])

    def update_navigation(self) -> None:
        ui = self.tab.ui
        ready = self.period is not None and self.tab.state is not None and not self._period_loading
        earlier = (
            ready
            and self.period is not None
            and figures.has_earlier_period(self.period.period_start, self.tab.created_at)
        )
        ui.previousButton.setEnabled(bool(earlier))
        ui.nextButton.setEnabled(ready and not self.showing_current_period)
        ui.previousButton.setToolTip(
            "Show the minutes of the billing period before this one."
            if earlier or not ready
            else "Your account started in this period, so there is no earlier one."
        )
        ui.nextButton.setToolTip(
            "Show the minutes of the billing period after this one."
            if not ready or not self.showing_current_period
            else "This is the current period."
        )

        self.tab.report.update_report_button(ready)
