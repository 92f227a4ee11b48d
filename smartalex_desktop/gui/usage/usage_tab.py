"""The Usage tab: how many of the period's included minutes are used, where the period is heading
and what the overage costs, the minutes of each day (this period and earlier ones), and the calls.

One background load brings the usage summary, the account's creation time (so Previous Period
stops at the account's first period) and the daily minutes of the period shown, so the summary
and the chart never show two different moments. The calls arrive page by page (`PagedLoader`)
into one `RecordTableModel`: the list grows while the office manager reads it, a label counts
what arrived, and Stop (or Escape) ends a long load. The list follows the period the chart
shows, filtered in the model; "Show calls from every period" lifts the filter. Pages stop once
they reach back past the start of the period shown, and go on when an earlier period or every
period is asked for: a busy clinic's years of calls (half a million) are never all in memory
unless the office manager asks to see them all.

Nothing here moves money, so the tab has no actions beyond reading; every read goes through the
TaskRunner. The tab shows the summary (allowance, overage, projection, breakdown); three
controllers that take the tab do the rest: `UsagePeriods` (usage_periods.py: the period shown,
chart or table), `UsageCalls` (usage_calls.py) and `UsageReport` (usage_report.py); how the
figures read is in usage_text.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QTableView, QTableWidgetItem, QWidget

from smartalex_desktop.api import SmartAlexClient, errors, models
from smartalex_desktop.billing import usage as figures
from smartalex_desktop.gui.forms.ui_usage_tab import Ui_UsageTab
from smartalex_desktop.gui.runtime.accounts import Accounts
from smartalex_desktop.gui.runtime.changes import Change
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.usage.usage_calls import UsageCalls
from smartalex_desktop.gui.usage.usage_chart import UsageChart
from smartalex_desktop.gui.usage.usage_periods import UsagePeriods
from smartalex_desktop.gui.usage.usage_report import UsageReport
from smartalex_desktop.gui.usage.usage_text import call_columns, minutes, period_text
from smartalex_desktop.gui.widgets import formatting
from smartalex_desktop.gui.widgets.account_tab import AccountTab
from smartalex_desktop.gui.widgets.colours import blend
from smartalex_desktop.gui.widgets.follows_palette import FollowsPalette
from smartalex_desktop.gui.widgets.formatting import count
from smartalex_desktop.gui.widgets.icons import icon
from smartalex_desktop.gui.widgets.live_label import LiveLabelHolder
from smartalex_desktop.gui.widgets.sort_header import show_sort_order
from smartalex_desktop.gui.widgets.table_views import show_busy_while_arranging

# Accents that read on light and dark palettes (blended with the palette's own colours).
AMBER = QColor(0xE0, 0x8A, 0x00)
BLUE = QColor(0x1E, 0x88, 0xE5)

# Pages of `ui.pages`.
LOADING, PROBLEM, USAGE = 0, 1, 2
RIGHT = Qt.AlignmentFlag.AlignRight


@dataclass(frozen=True)
class UsageState:
    """One consistent snapshot: the current period's summary and the period the chart shows."""

    usage: models.Usage
    account_created_at: datetime | None
    period: models.DailyUsageSeries


def load_usage_state(
    client: SmartAlexClient, day: date | None, created_at: datetime | None
) -> UsageState:
    """On a worker. The account's creation time never changes, so it is asked for once."""
    if created_at is None:
        created_at = client.account().created_at
    return UsageState(
        usage=client.usage(), account_created_at=created_at, period=client.daily_usage(day)
    )


class UsageTab(FollowsPalette, AccountTab):
    shows = Change.USAGE | Change.PLAN
    title = "&Usage"
    icon_name = "usage"

    def __init__(self, accounts: Accounts, parent: QWidget | None = None) -> None:
        super().__init__(accounts, parent)
        self.ui = Ui_UsageTab()
        self.ui.setupUi(self)
        ui = self.ui
        LiveLabelHolder(ui.callsStatusLabel)  # its count changes as the calls load
        self.chart = UsageChart(ui.chartPage)
        self.chart.setObjectName("usageChart")
        ui.chartPageLayout.addWidget(self.chart)
        self.setTabOrder(ui.detailTabs, self.chart)  # on the first of the tabs below it
        self.setTabOrder(self.chart, ui.dailyTable)

        self.state: UsageState | None = None
        self.created_at: datetime | None = None
        self._timezone_of_columns: str | None = None
        self.calls = UsageCalls(self)
        self.daily = UsagePeriods(self)
        self.report = UsageReport(self)

        self._set_up_tables()
        self._style_widgets()
        ui.retryButton.clicked.connect(self.reload_now)
        # "Show as table" is about the chart: offered while the chart's page is open.
        ui.detailTabs.currentChanged.connect(lambda index: ui.showTableCheck.setVisible(index == 0))
        self.clear()

    def _set_up_tables(self) -> None:
        ui = self.ui
        for table, model in (
            (ui.callsTable, self.calls.calls_model),
            (ui.dailyTable, self.daily.days_model),
        ):
            table.setModel(model)
            table.verticalHeader().hide()
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
            table.horizontalHeader().setHighlightSections(False)
        ui.callsTable.horizontalHeader().setStretchLastSection(True)
        ui.callsTable.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first: ▼
        ui.dailyTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the period's days: ▲
        show_sort_order(ui.callsTable)
        show_sort_order(ui.dailyTable)
        show_busy_while_arranging(ui.callsTable, self.calls.calls_model)  # a long period's

        breakdown = ui.breakdownTable
        breakdown.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        breakdown.horizontalHeader().setHighlightSections(False)
        breakdown.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        breakdown.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # The corner above the row names would select everything: nothing to select here.
        breakdown.setCornerButtonEnabled(False)
        corner = breakdown.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName("Call type")
        for column in range(breakdown.columnCount()):
            header = breakdown.horizontalHeaderItem(column)
            if header is not None:
                header.setTextAlignment(RIGHT | Qt.AlignmentFlag.AlignVCenter)
                # Broken over two lines to fit; said as one ("Overage minutes").
                header.setData(Qt.ItemDataRole.AccessibleTextRole, " ".join(header.text().split()))

    def size_columns(self, table: QTableView, samples: list[str]) -> None:
        """Widths from the text a column holds (measuring every row of a long list is slow)."""
        metrics = table.fontMetrics()
        header = table.horizontalHeader()
        model = table.model()
        for column, sample in enumerate(samples):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            header.resizeSection(column, widest + 28)

    # --- AccountTab ---------------------------------------------------------------------------

    def load(self, session: AccountSession) -> None:
        if self.state is None:
            self.ui.pages.setCurrentIndex(LOADING)
        if self._timezone_of_columns != session.timezone:
            # The calls' times are shown in the account's timezone.
            self._timezone_of_columns = session.timezone
            self.calls.calls_model.columns = call_columns(session.timezone)
        # The period last asked for (a navigation still under way is overtaken by this load).
        self.fetch_state(self.daily.pending_day, self._load_failed)
        self.calls.start_calls(session)

    def fetch_state(
        self, day: date | None, on_failure: Callable[[errors.SmartAlexError], None]
    ) -> None:
        """The summary and the period containing `day` together. Reloads and period steps
        share the fetch's name, so only the newest answer is shown."""
        self.daily.pending_day = day
        self.daily.set_period_loading(True)
        created_at = self.created_at
        self.fetch(
            "usage",
            lambda client: load_usage_state(client, day, created_at),
            self._show_state,
            on_failure,
        )

    def clear(self) -> None:
        """No account (or another one): nothing of the previous account stays on screen."""
        self.calls.forget()
        self.state = None
        self.daily.forget()
        self.created_at = None
        self.chart.show_days([], "")
        for label in (
            self.ui.periodLabel,
            self.ui.usedLabel,
            self.ui.overageLabel,
            self.ui.projectionLabel,
            self.ui.shownPeriodLabel,
            self.ui.callsStatusLabel,
        ):
            label.clear()
        self.ui.allowanceBar.setValue(0)
        self.ui.projectionNotice.hide()
        self.daily.set_period_loading(False)
        self.calls.update_calls_controls()
        self.ui.pages.setCurrentIndex(LOADING)

    def reload_now(self) -> None:
        if self.session is not None:
            self.ui.pages.setCurrentIndex(LOADING)
            self.load(self.session)

    # --- the summary --------------------------------------------------------------------------

    def _load_failed(self, error: errors.SmartAlexError) -> None:
        self.daily.set_period_loading(False)
        if self.state is None:
            self.ui.problemLabel.setText(f"Your usage could not be shown. {error.user_message}")
            self.ui.pages.setCurrentIndex(PROBLEM)
        else:  # what is on screen stays; the bar says it may be out of date
            self.daily.update_navigation()
            self.show_error(f"Your usage could not be refreshed. {error.user_message}")

    def _show_state(self, state: UsageState) -> None:
        self.state = state
        self.created_at = state.account_created_at
        use = state.usage
        ui = self.ui
        timezone = self.account_timezone
        ends = period_text(use.period_start, use.period_end, timezone)
        ui.allowanceBox.setTitle(f"This period: {ends}")
        ui.allowanceBox.setAccessibleName(f"This period: {ends}")
        ui.periodLabel.setText(f"Days and times in {timezone} (your account's timezone).")

        over = figures.minutes_over(use)
        if over:
            used_text = (
                f"Minutes used: {count(use.included_minutes)} of "
                f"{count(use.included_minutes)}, {minutes(over)} over"
            )
        else:
            used_text = (
                f"Minutes used: {count(use.used_minutes)} of {count(use.included_minutes)} "
                f"({count(use.remaining_minutes)} left)"
            )
        ui.usedLabel.setText(used_text)
        bar = ui.allowanceBar
        bar.setMaximum(max(use.included_minutes, 1))
        bar.setValue(min(use.used_minutes, use.included_minutes))
        bar.setAccessibleDescription(used_text)
        bar.setToolTip(used_text)
        self._colour_bar(over > 0)

        if use.overage_minutes or use.overage_cents:
            ui.overageLabel.setText(
                f"Overage so far: {minutes(use.overage_minutes)}, "
                f"{formatting.money(use.overage_cents)}, taken from your Wallet first, then "
                "charged to your default card."
            )
            ui.overageLabel.show()
        else:
            ui.overageLabel.hide()
        self._show_projection(use)
        self._fill_breakdown(figures.breakdown(use.by_call_type))

        self.daily.show_period(state.period)
        ui.pages.setCurrentIndex(USAGE)

    def _show_projection(self, use: models.Usage) -> None:
        ui = self.ui
        renewal = formatting.long_date(use.period_end, self.account_timezone)
        if figures.projection_passes_allowance(use):
            ui.projectionLabel.hide()
            over = figures.projected_minutes_over(use)
            sentence = (
                f"At this pace you'll use about {minutes(use.projected_minutes)} by {renewal}, "
                f"{count(over)} over your {count(use.included_minutes)} — about "
                f"{formatting.money(use.projected_overage_cents)} in overage, taken from your "
                "Wallet first, then charged to your default card."
            )
            self._set_notice(sentence)
            return
        ui.projectionNotice.hide()
        if use.used_minutes == 0:
            text = "No calls yet this period, so there is nothing to project yet."
        else:
            text = (
                f"At this pace you'll use about {count(use.projected_minutes)} of your "
                f"{count(use.included_minutes)} included minutes by {renewal}: no overage "
                f"expected (projected overage cost {formatting.money(0)})."
            )
        ui.projectionLabel.setText(text)
        ui.projectionLabel.show()

    def _fill_breakdown(self, rows: list[figures.BreakdownRow]) -> None:
        table = self.ui.breakdownTable
        bold = QFont(table.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for row_number, row in enumerate(rows):
            rate = formatting.money(row.rate_cents) if row.rate_cents is not None else ""
            cells = [
                count(row.minutes),
                count(row.overage_minutes),
                rate,
                formatting.money(row.overage_cents),
            ]
            total = row.rate_cents is None
            header = table.verticalHeaderItem(row_number)
            if header is not None:
                header.setText(row.label)
                if total:
                    header.setFont(bold)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(RIGHT | Qt.AlignmentFlag.AlignVCenter)
                if total:
                    item.setFont(bold)
                table.setItem(row_number, column, item)
        # Never squeezed: every row and every figure stays readable; the box grows to fit.
        header = table.horizontalHeader()
        width = (
            table.verticalHeader().sizeHint().width()
            + 2 * table.frameWidth()
            + sum(
                max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
                for column in range(table.columnCount())
            )
        )
        height = header.sizeHint().height() + table.verticalHeader().length()
        table.setMinimumSize(width, height + 2 * table.frameWidth())
        table.setMaximumHeight(height + 2 * table.frameWidth())
        table.setAccessibleDescription(
            " ".join(
                f"{row.label}: {minutes(row.minutes)}, {count(row.overage_minutes)} over, "
                f"{formatting.money(row.overage_cents)}."
                for row in rows
            )
        )

    # --- the period shown in the chart --------------------------------------------------------

    # --- the calls ----------------------------------------------------------------------------

    # --- looks --------------------------------------------------------------------------------

    def _set_notice(self, text: str) -> None:
        notice = self.ui.projectionNotice
        size = self.fontMetrics().height() + 4
        self.ui.projectionNoticeIcon.setPixmap(icon("warning").pixmap(size, size))
        self.ui.projectionNoticeText.setText(text)
        notice.setAccessibleDescription(text)
        palette = notice.palette()
        base = self.palette().color(QPalette.ColorRole.Window)
        palette.setColor(QPalette.ColorRole.Window, blend(base, AMBER, 0.16))
        notice.setPalette(palette)
        notice.setAutoFillBackground(True)
        notice.show()

    def _colour_bar(self, over: bool) -> None:
        """Past the allowance the bar turns amber: the minutes now cost money."""
        bar = self.ui.allowanceBar
        palette = self.palette()
        if over:
            accent = blend(AMBER, palette.color(QPalette.ColorRole.WindowText), 0.1)
            palette.setColor(QPalette.ColorRole.Highlight, accent)
        bar.setPalette(palette)

    def _style_widgets(self) -> None:
        ui = self.ui
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setWeight(QFont.Weight.DemiBold)
        ui.usedLabel.setFont(big)
        muted = ui.periodLabel.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, self.palette().color(QPalette.ColorRole.PlaceholderText)
        )
        for label in (ui.periodLabel, ui.breakdownNote, ui.callsStatusLabel):
            label.setPalette(muted)
        ui.retryButton.setIcon(icon("refresh"))
        ui.dailyRetryButton.setIcon(icon("refresh"))
        ui.loadCallsButton.setIcon(icon("refresh"))
        ui.stopButton.setIcon(icon("close"))

    def restyle(self) -> None:
        """A light/dark switch: tints and muted colours are worked out again."""
        self._style_widgets()
        if self.state is not None:
            self._colour_bar(figures.minutes_over(self.state.usage) > 0)
            if self.ui.projectionNotice.isVisibleTo(self):
                self._set_notice(self.ui.projectionNoticeText.text())
