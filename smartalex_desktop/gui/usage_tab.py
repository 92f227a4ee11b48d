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
TaskRunner.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QTableView, QTableWidgetItem, QWidget

from smartalex_desktop.api import SmartAlexClient, errors, models
from smartalex_desktop.billing import usage as figures
from smartalex_desktop.billing.usage import Day
from smartalex_desktop.documents.names import usage_report_file_name
from smartalex_desktop.gui import formatting
from smartalex_desktop.gui.account_tab import AccountTab
from smartalex_desktop.gui.accounts import Accounts, AccountSession
from smartalex_desktop.gui.changes import Change
from smartalex_desktop.gui.colours import blend
from smartalex_desktop.gui.follows_palette import FollowsPalette
from smartalex_desktop.gui.forms.ui_usage_tab import Ui_UsageTab
from smartalex_desktop.gui.icons import icon
from smartalex_desktop.gui.paged_loader import PagedLoader
from smartalex_desktop.gui.saved_documents import save_usage_report
from smartalex_desktop.gui.sort_header import show_sort_order
from smartalex_desktop.gui.table_model import Column, RecordTableModel
from smartalex_desktop.gui.usage_chart import UsageChart, day_name

# Accents that read on light and dark palettes (blended with the palette's own colours).
AMBER = QColor(0xE0, 0x8A, 0x00)
BLUE = QColor(0x1E, 0x88, 0xE5)

# Pages of `ui.pages`, `ui.dailyPages` and `ui.callsPages`.
LOADING, PROBLEM, USAGE = 0, 1, 2
CHART, DAILY_TABLE, DAILY_MESSAGE = 0, 1, 2
CALLS_TABLE, CALLS_EMPTY = 0, 1

CALLS_PAGE_SIZE = 100
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


# --- how things read ----------------------------------------------------------------------------


def count(number: int) -> str:
    """`1,234` in the user's number format."""
    return QLocale().toString(number)


def minutes(number: int) -> str:
    return f"{count(number)} minute{'' if number == 1 else 's'}"


def calls(number: int) -> str:
    return f"{count(number)} call{'' if number == 1 else 's'}"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def period_text(start: datetime, end: datetime, timezone: str | None) -> str:
    """`Nov 12 – Dec 12, 2026` (the year once when both ends share it), in the account's
    timezone: from the period's first day to the renewal that ends it."""
    first = figures.local_day(start, timezone)
    renewal = figures.local_day(end, timezone)
    locale = QLocale()
    if first.year == renewal.year:
        return (
            f"{locale.toString(_qdate(first), 'MMM d')} – "
            f"{locale.toString(_qdate(renewal), 'MMM d, yyyy')}"
        )
    return (
        f"{locale.toString(_qdate(first), 'MMM d, yyyy')} – "
        f"{locale.toString(_qdate(renewal), 'MMM d, yyyy')}"
    )


def ended_text(moment: datetime, timezone: str | None) -> str:
    """`11/14/26 10:42 AM`, in the account's timezone (the day the chart counts it on)."""
    try:
        zone = ZoneInfo(timezone) if timezone else None
    except (ZoneInfoNotFoundError, ValueError):
        zone = None
    local = moment.astimezone(zone)
    time = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{formatting.short_date(local.date())} {time}"


def paid_from(call: models.Call) -> str:
    if not call.overage_cents:
        return "Included"
    if call.wallet_cents and call.card_cents:
        return "Wallet and card"
    return "Card" if call.card_cents else "Wallet"


def paid_from_tooltip(call: models.Call) -> str:
    if not call.overage_cents:
        return "Covered by your included minutes: nothing extra to pay."
    parts = []
    if call.wallet_cents:
        parts.append(f"{formatting.money(call.wallet_cents)} from your Wallet")
    if call.card_cents:
        parts.append(f"{formatting.money(call.card_cents)} billed to your card")
    return " and ".join(parts) + "." if parts else ""


def call_columns(timezone: str) -> list[Column[models.Call]]:
    return [
        Column("Ended", lambda c: ended_text(c.ended_at, timezone), key=lambda c: c.ended_at),
        Column("Type", lambda c: figures.call_type_name(c.call_type)),
        Column(
            "Duration",
            lambda c: figures.duration_text(c.seconds),
            key=lambda c: c.seconds,
            align=RIGHT,
        ),
        Column(
            "Billable min.",
            lambda c: count(c.billable_minutes),
            key=lambda c: c.billable_minutes,
            align=RIGHT,
            tooltip=lambda c: "The call's length rounded up to the whole minute.",
        ),
        Column(
            "Included min.",
            lambda c: count(c.included_minutes),
            key=lambda c: c.included_minutes,
            align=RIGHT,
        ),
        Column(
            "Overage min.",
            lambda c: count(c.overage_minutes),
            key=lambda c: c.overage_minutes,
            align=RIGHT,
        ),
        Column(
            "Overage cost",
            lambda c: formatting.money(c.overage_cents),
            key=lambda c: c.overage_cents,
            align=RIGHT,
            tooltip=paid_from_tooltip,
        ),
        Column("Paid from", paid_from, tooltip=paid_from_tooltip),
    ]


def day_columns() -> list[Column[Day]]:
    def by_type(call_type: str) -> Column[Day]:
        return Column(
            figures.call_type_name(call_type),
            lambda d: count(d.minutes(call_type)),
            key=lambda d: d.minutes(call_type),
            align=RIGHT,
        )

    return [
        Column("Day", day_name, key=lambda d: d.day),
        *(by_type(call_type) for call_type in figures.CALL_TYPES),
        Column("Total minutes", lambda d: count(d.total), key=lambda d: d.total, align=RIGHT),
    ]


class UsageTab(FollowsPalette, AccountTab):
    shows = Change.USAGE | Change.PLAN
    title = "&Usage"
    icon_name = "usage"

    def __init__(self, accounts: Accounts, parent: QWidget | None = None) -> None:
        super().__init__(accounts, parent)
        self.ui = Ui_UsageTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.chart = UsageChart(ui.chartPage)
        self.chart.setObjectName("usageChart")
        ui.chartPageLayout.addWidget(self.chart)
        self.setTabOrder(ui.showTableCheck, self.chart)
        self.setTabOrder(self.chart, ui.dailyTable)

        self.state: UsageState | None = None
        self.period: models.DailyUsageSeries | None = None  # the period the chart shows
        # The day whose period was last asked for; None: the current period, whichever it is.
        self._pending_day: date | None = None
        self._period_loading = False
        self._created_at: datetime | None = None
        self._timezone_of_columns: str | None = None
        self.calls_model: RecordTableModel[models.Call] = RecordTableModel(
            call_columns("UTC"), self, identity=lambda call: call.id
        )
        self.days_model: RecordTableModel[Day] = RecordTableModel(
            day_columns(), self, identity=lambda day: day.day
        )
        self.loader: PagedLoader[models.Call] | None = None
        self._replace_calls = False
        self._calls_stopped = False
        self._calls_problem: str | None = None
        self._sized_days = False
        self._saving_report = False

        self._set_up_tables()
        self._style_widgets()
        ui.retryButton.clicked.connect(self.reload_now)
        ui.previousButton.clicked.connect(self.show_previous_period)
        ui.nextButton.clicked.connect(self.show_next_period)
        ui.dailyRetryButton.clicked.connect(self._retry_period)
        ui.showTableCheck.toggled.connect(self._show_daily_page)
        # "Show as table" is about the chart: offered while the chart's page is open.
        ui.detailTabs.currentChanged.connect(lambda index: ui.showTableCheck.setVisible(index == 0))
        ui.allPeriodsCheck.toggled.connect(self._apply_calls_filter)
        ui.stopButton.clicked.connect(self.stop_loading_calls)
        ui.loadCallsButton.clicked.connect(self.load_all_calls)
        ui.saveReportButton.clicked.connect(self.save_report)
        self._stop_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._stop_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._stop_shortcut.activated.connect(self.stop_loading_calls)
        self._stop_shortcut.setEnabled(False)
        self.clear()

    def _set_up_tables(self) -> None:
        ui = self.ui
        for table, model in ((ui.callsTable, self.calls_model), (ui.dailyTable, self.days_model)):
            table.setModel(model)
            table.verticalHeader().hide()
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
            table.horizontalHeader().setHighlightSections(False)
        ui.callsTable.horizontalHeader().setStretchLastSection(True)
        ui.callsTable.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first: ▼
        ui.dailyTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the period's days: ▲
        show_sort_order(ui.callsTable)
        show_sort_order(ui.dailyTable)

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

    def _size_columns(self, table: QTableView, samples: list[str]) -> None:
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
            self.calls_model.columns = call_columns(session.timezone)
        # The period last asked for (a navigation still under way is overtaken by this load).
        self._fetch_state(self._pending_day, self._load_failed)
        self._start_calls(session)

    def _fetch_state(
        self, day: date | None, on_failure: Callable[[errors.SmartAlexError], None]
    ) -> None:
        """The summary and the period containing `day` together. Reloads and period steps
        share the fetch's name, so only the newest answer is shown."""
        self._pending_day = day
        self._set_period_loading(True)
        created_at = self._created_at
        self.fetch(
            "usage",
            lambda client: load_usage_state(client, day, created_at),
            self._show_state,
            on_failure,
        )

    def clear(self) -> None:
        """No account (or another one): nothing of the previous account stays on screen."""
        self._cancel_calls()
        self.state = self.period = None
        self._pending_day = None
        self._created_at = None
        self._calls_stopped = False
        self._calls_problem = None
        self.calls_model.clear()
        self.days_model.clear()
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
        self._set_period_loading(False)
        self._update_calls_controls()
        self.ui.pages.setCurrentIndex(LOADING)

    def reload_now(self) -> None:
        if self.session is not None:
            self.ui.pages.setCurrentIndex(LOADING)
            self.load(self.session)

    # --- the summary --------------------------------------------------------------------------

    @property
    def _timezone(self) -> str:
        return self.session.timezone if self.session is not None else "UTC"

    def _load_failed(self, error: errors.SmartAlexError) -> None:
        self._set_period_loading(False)
        if self.state is None:
            self.ui.problemLabel.setText(f"Your usage could not be shown. {error.user_message}")
            self.ui.pages.setCurrentIndex(PROBLEM)
        else:  # what is on screen stays; the bar says it may be out of date
            self._update_navigation()
            self.show_error(f"Your usage could not be refreshed. {error.user_message}")

    def _show_state(self, state: UsageState) -> None:
        self.state = state
        self._created_at = state.account_created_at
        use = state.usage
        ui = self.ui
        timezone = self._timezone
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

        self._show_period(state.period)
        ui.pages.setCurrentIndex(USAGE)

    def _show_projection(self, use: models.Usage) -> None:
        ui = self.ui
        renewal = formatting.long_date(use.period_end, self._timezone)
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

    def show_previous_period(self) -> None:
        if self.period is None or self._period_loading:
            return
        self._load_period(
            figures.previous_period_day(self.period.period_start, self.period.timezone)
        )

    def show_next_period(self) -> None:
        state, period = self.state, self.period
        if state is None or period is None or self._period_loading:
            return
        if period.period_end >= state.usage.period_start:
            self._load_period(None)  # back to the current period, whichever it is by now
        else:
            self._load_period(figures.next_period_day(period.period_end, period.timezone))

    def _retry_period(self) -> None:
        self._load_period(self._pending_day)

    def _load_period(self, day: date | None) -> None:
        if self.session is not None:
            self._fetch_state(day, self._period_failed)

    def _period_failed(self, error: errors.SmartAlexError) -> None:
        self._set_period_loading(False)
        self._update_navigation()
        self.ui.dailyMessageLabel.setText(
            f"The minutes of that period could not be shown. {error.user_message}"
        )
        self.ui.dailyRetryButton.show()
        self.ui.dailyPages.setCurrentIndex(DAILY_MESSAGE)

    def _set_period_loading(self, loading: bool) -> None:
        self._period_loading = loading
        self.ui.dailyProgress.setVisible(loading)
        self._update_navigation()

    @property
    def showing_current_period(self) -> bool:
        if self.state is None or self.period is None:
            return True
        return figures.is_current_period(self.period.period_start, self.state.usage.period_start)

    def _show_period(self, period: models.DailyUsageSeries) -> None:
        self.period = period
        self._set_period_loading(False)
        text = period_text(period.period_start, period.period_end, period.timezone)
        current = self.showing_current_period
        ui = self.ui
        ui.shownPeriodLabel.setText(f"{text} (this period)" if current else text)
        ui.shownPeriodLabel.setAccessibleName(f"Period shown: {text}")
        days = figures.days_of(period.data)
        self.chart.show_days(days, text)
        self.days_model.set_records(days)
        self._show_daily_page()
        self._apply_calls_filter()

    def _show_daily_page(self) -> None:
        ui = self.ui
        if self.period is None:
            return
        if not any(day.total for day in self.chart.days):
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
                self._size_columns(ui.dailyTable, ["Sep 30", "1,000", "1,000", "1,000", "1,000"])

    def _update_navigation(self) -> None:
        ui = self.ui
        ready = self.period is not None and self.state is not None and not self._period_loading
        earlier = (
            ready
            and self.period is not None
            and figures.has_earlier_period(self.period.period_start, self._created_at)
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

        self._update_report_button(ready)

    def _update_report_button(self, ready: bool) -> None:
        """The report is of the current period: SmartAlex gives the allowance figures (used,
        remaining, projected) only for it; an earlier period's usage is on its invoices."""
        button = self.ui.saveReportButton
        current = self.showing_current_period
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
        state = self.state
        if state is None or self._saving_report or not self.showing_current_period:
            return

        def busy(saving: bool) -> None:
            self._saving_report = saving
            self._update_navigation()

        period = period_text(state.usage.period_start, state.usage.period_end, self._timezone)
        self.save_document(
            "Save Usage Report",
            usage_report_file_name(state.usage, self._timezone),
            save_usage_report,
            lambda path: f"The usage report for {period} was saved to {path}.",
            busy,
        )

    # --- the calls ----------------------------------------------------------------------------

    def _start_calls(self, session: AccountSession) -> None:
        self._cancel_calls()
        client = session.reader  # SmartAlex, or the saved copy when it can't be reached
        loader: PagedLoader[models.Call] = PagedLoader(
            self.runner,
            lambda cursor: client.calls_page(limit=CALLS_PAGE_SIZE, starting_after=cursor),
            id_of=lambda call: call.id,
            parent=self,
            enough=self._calls_cover_period,
        )
        loader.page_loaded.connect(lambda page: self._calls_arrived(loader, page))
        loader.finished.connect(lambda total: self._calls_finished(loader, total))
        loader.enough_loaded.connect(lambda _count: self._update_calls_controls())
        loader.failed.connect(lambda error: self._calls_failed(loader, error))
        self.loader = loader
        self._replace_calls = True  # what is listed stays until the first new page replaces it
        self._calls_stopped = False
        self._calls_problem = None
        loader.start()
        self._update_calls_controls()

    def _cancel_calls(self) -> None:
        if self.loader is not None:
            self.loader.cancel()
            self.loader.deleteLater()
            self.loader = None

    @property
    def loading_calls(self) -> bool:
        return self.loader is not None and self.loader.running

    def _calls_arrived(self, loader: PagedLoader[models.Call], page: list[models.Call]) -> None:
        if loader is not self.loader:
            return
        if self._replace_calls:
            self._replace_calls = False
            self.calls_model.set_records(page)
            self._size_columns(
                self.ui.callsTable,
                [
                    ended_text(datetime(2026, 12, 30, 22, 59).astimezone(), None),
                    "Outbound",
                    "10:00:00",
                    "10,000",
                    "10,000",
                    "10,000",
                    "$1,000.00",
                ],
            )
        else:
            self.calls_model.append_records(page)
        self._update_calls_controls()

    def _calls_finished(self, loader: PagedLoader[models.Call], _total: int) -> None:
        if loader is not self.loader:
            return
        if self._replace_calls:  # no calls at all
            self._replace_calls = False
            self.calls_model.clear()
        self._update_calls_controls()

    def _calls_failed(self, loader: PagedLoader[models.Call], error: errors.SmartAlexError) -> None:
        if loader is not self.loader:
            return
        if isinstance(error, errors.SessionExpired):
            self._calls_problem = "The calls could not all be loaded: you were signed out."
        else:
            self._calls_problem = f"The calls could not all be loaded. {error.user_message}"
        self._update_calls_controls()

    def stop_loading_calls(self) -> None:
        """Stop (or Escape): what arrived stays listed; Load All Calls starts over."""
        if not self.loading_calls or self.loader is None:
            return
        self.loader.cancel()
        self._calls_stopped = True
        if self._replace_calls:  # stopped before anything new arrived: the old list is stale
            self._replace_calls = False
            self.calls_model.clear()
        self._update_calls_controls()

    def load_all_calls(self) -> None:
        if self.session is not None:
            self._start_calls(self.session)

    def _apply_calls_filter(self) -> None:
        period = self.period
        if period is None or self.ui.allPeriodsCheck.isChecked():
            self.calls_model.set_filter(None)
        else:
            start, end = period.period_start, period.period_end
            self.calls_model.set_filter(lambda call: figures.contains(start, end, call.ended_at))
        loader = self.loader
        if loader is not None and loader.paused and not self._calls_cover_period():
            loader.resume()  # an earlier period, or every period: older calls are needed now
        self._update_calls_controls()

    def _calls_cover_period(self, _page: object = None) -> bool:
        """Whether the calls loaded (newest first) go back past the start of the period shown,
        so the list is whole for it and older pages can wait. Every period needs them all."""
        records = self.calls_model.records
        if self.period is None or self.ui.allPeriodsCheck.isChecked() or not records:
            return False
        return records[-1].ended_at < self.period.period_start

    def _reached_period_start(self) -> bool:
        """Whether the calls loaded so far go back past the start of the period shown (the
        list is newest first), so an empty list means the period truly had none."""
        if self.loader is None or not self.loader.running:
            return True
        return self._calls_cover_period()

    def _update_calls_controls(self) -> None:
        ui = self.ui
        loading = self.loading_calls
        shown = len(self.calls_model.matching)
        loaded = self.loader.loaded if self.loader is not None else 0
        every_period = ui.allPeriodsCheck.isChecked() or self.period is None
        scope = (
            ""
            if every_period
            else (" this period" if self.showing_current_period else " in this period")
        )
        if loading:
            status = f"Loading calls… {count(loaded)} so far" if loaded else "Loading calls…"
        elif self._calls_problem:
            status = self._calls_problem
        elif self._calls_stopped:
            status = f"Stopped after {calls(loaded)}: older calls are not listed."
        elif self.loader is None:
            status = ""
        else:
            status = f"{calls(shown)}{scope}"
        ui.callsStatusLabel.setText(status)
        ui.callsStatusLabel.setAccessibleDescription(status)
        ui.callsProgress.setVisible(loading)
        ui.stopButton.setVisible(loading)
        self._stop_shortcut.setEnabled(loading)
        ui.loadCallsButton.setVisible(
            not loading and (self._calls_stopped or self._calls_problem is not None)
        )
        ui.loadCallsButton.setText(
            "&Try Loading Again" if self._calls_problem else "&Load All Calls"
        )

        if shown == 0 and self._reached_period_start() and self.loader is not None:
            if every_period:
                empty = "No calls yet."
            elif self.showing_current_period:
                empty = "No calls this period yet."
            else:
                empty = "No calls in this period."
            if self._calls_stopped or self._calls_problem:
                empty = f"{empty.rstrip('.')} among the calls loaded."
            ui.callsEmptyLabel.setText(empty)
            ui.callsPages.setCurrentIndex(CALLS_EMPTY)
        else:
            ui.callsPages.setCurrentIndex(CALLS_TABLE)

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
