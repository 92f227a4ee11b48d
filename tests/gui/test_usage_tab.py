"""The Usage tab through the real window against the live sandbox: the allowance bar, the cost by
call type and the projection equal what `GET /v1/usage` says, before and after a call that goes
past the allowance (with the warning only when the projection passes it); the chart shows each
day's minutes by call type as `GET /v1/usage/daily` counts them; the calls are listed with their
billable minutes; earlier periods are one click away (and stop at the account's first period);
a new account's empty states, and a failed load tried again."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from smartalex_desktop.api import errors, models
from smartalex_desktop.documents import text as document_text
from smartalex_desktop.gui.usage import usage_calls as usage_calls_module
from smartalex_desktop.gui.usage.usage_periods import CHART, DAILY_MESSAGE
from smartalex_desktop.gui.usage.usage_tab import UsageTab
from smartalex_desktop.gui.usage.usage_text import period_text
from smartalex_desktop.gui.widgets import formatting
from smartalex_desktop.gui.widgets.formatting import count
from smartalex_desktop.gui.window.assembly import build_window
from tests.gui.conftest import wait_idle
from tests.helpers import pdf
from tests.helpers.cards import VISA, add_card
from tests.helpers.ledger import post_top_up
from tests.helpers.periods import advance_to_period_end

LEFT = Qt.MouseButton.LeftButton
TIMEZONE = "America/Los_Angeles"

pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


# --- helpers ------------------------------------------------------------------------------------


def usage_tab(qtbot, window) -> UsageTab:
    tab = next(view for view in window.tab_views if isinstance(view, UsageTab))
    window.ui.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.state is not None and not tab.calls.loading_calls, timeout=20_000)
    wait_idle(qtbot, window)
    return tab


def record_call(customer, call_type: str, seconds: int) -> dict:
    response = customer.http.post(
        "/v1/sandbox/calls", json={"call_type": call_type, "seconds": seconds}
    )
    assert response.status_code in (200, 201), response.text
    return response.json()


def server_usage(customer) -> dict:
    response = customer.http.get("/v1/usage")
    response.raise_for_status()
    return response.json()


def server_daily(customer, day: date | None = None) -> dict:
    params = {"date": day.isoformat()} if day else {}
    response = customer.http.get("/v1/usage/daily", params=params)
    response.raise_for_status()
    return response.json()


def breakdown_cells(tab) -> dict[str, list[str]]:
    table = tab.ui.breakdownTable
    return {
        table.verticalHeaderItem(row).text(): [
            table.item(row, column).text() for column in range(table.columnCount())
        ]
        for row in range(table.rowCount())
    }


def expected_breakdown(usage: dict) -> dict[str, list[str]]:
    rates = {"inbound": 11, "outbound": 11, "web": 8}
    names = {"inbound": "Inbound", "outbound": "Outbound", "web": "Website"}
    rows = {}
    for call_type, rate in rates.items():
        item = usage["by_call_type"][call_type]
        rows[names[call_type]] = [
            str(item["minutes"]),
            str(item["overage_minutes"]),
            formatting.money(rate),
            formatting.money(item["overage_cents"]),
        ]
    items = usage["by_call_type"].values()
    rows["Total"] = [
        str(sum(item["minutes"] for item in items)),
        str(sum(item["overage_minutes"] for item in items)),
        "",
        formatting.money(sum(item["overage_cents"] for item in items)),
    ]
    return rows


def shown_calls(tab) -> list[dict[str, str]]:
    model = tab.calls.calls_model
    titles = [column.title for column in model.columns]
    return [
        {title: model.index(row, column).data() for column, title in enumerate(titles)}
        for row in range(model.rowCount())
    ]


def chart_day(tab, day: str) -> dict[str, int]:
    index = [d.day.isoformat() for d in tab.chart.days].index(day)
    return tab.chart.minutes_on(index)


def moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


# --- the current period -------------------------------------------------------------------------


def test_allowance_breakdown_projection_chart_and_calls_follow_the_server(
    qtbot, open_window, sandbox
):
    # Twenty days into the period: a slow pace projects well under the 100 included minutes.
    with sandbox.client() as anonymous:
        now = moment(anonymous.get("/v1/sandbox/clock").json()["now"])
    customer = sandbox.create_account(
        plan="professional", timezone=TIMEZONE, signup_at=(now - timedelta(days=20)).isoformat()
    )
    record_call(customer, "inbound", 61)  # 2 billable minutes
    record_call(customer, "outbound", 300)  # 5
    record_call(customer, "web", 59)  # 1
    opened = open_window(customer=customer)
    window = opened.window
    tab = usage_tab(qtbot, window)
    ui = tab.ui

    usage = server_usage(customer)
    assert (usage["used_minutes"], usage["included_minutes"]) == (8, 100)
    assert usage["projected_minutes"] <= usage["included_minutes"]
    start, end = moment(usage["period_start"]), moment(usage["period_end"])
    assert ui.allowanceBox.title() == f"This period: {period_text(start, end, TIMEZONE)}"
    assert TIMEZONE in ui.periodLabel.text()
    assert ui.usedLabel.text() == "Minutes used: 8 of 100 (92 left)"
    assert (ui.allowanceBar.value(), ui.allowanceBar.maximum()) == (8, 100)
    assert ui.allowanceBar.accessibleDescription() == ui.usedLabel.text()
    assert not ui.overageLabel.isVisible()
    assert breakdown_cells(tab) == expected_breakdown(usage)
    # Under the allowance: a plain projection, no warning.
    assert not ui.projectionNotice.isVisible()
    assert ui.projectionLabel.isVisible()
    assert ui.projectionLabel.text().startswith(
        f"At this pace you'll use about {usage['projected_minutes']} of your 100 included"
    )

    # The chart: one bar set per call type; today's bar is what the server counts for today.
    assert ui.dailyPages.currentIndex() == CHART
    assert [s.label() for s in tab.chart.series.barSets()] == ["Inbound", "Outbound", "Website"]
    daily = server_daily(customer)
    assert [d.day.isoformat() for d in tab.chart.days] == [d["date"] for d in daily["data"]]
    [today] = [d for d in daily["data"] if d["total_minutes"]]
    assert (
        chart_day(tab, today["date"])
        == {
            "inbound": today["inbound_minutes"],
            "outbound": today["outbound_minutes"],
            "web": today["web_minutes"],
        }
        == {"inbound": 2, "outbound": 5, "web": 1}
    )
    assert "8 minutes" in tab.chart.accessibleDescription()
    assert ui.shownPeriodLabel.text() == f"{period_text(start, end, TIMEZONE)} (this period)"
    assert not ui.nextButton.isEnabled()  # the current period: nothing after it
    # The account began this period: nothing before it either.
    assert not ui.previousButton.isEnabled()

    # The same numbers as a table, for screen readers and exact reading.
    qtbot.mouseClick(ui.showTableCheck, LEFT)
    assert ui.dailyPages.currentWidget() is ui.dailyTablePage
    row = tab.daily.days_model.row_of(lambda d: d.day.isoformat() == today["date"])
    assert [tab.daily.days_model.index(row, c).data() for c in range(5)][1:] == ["2", "5", "1", "8"]
    qtbot.mouseClick(ui.showTableCheck, LEFT)

    # The calls, newest first, with their billable minutes.
    ui.detailTabs.setCurrentWidget(ui.callsTab)
    assert ui.callsStatusLabel.text() == "3 calls this period"
    calls = shown_calls(tab)
    assert [(c["Type"], c["Duration"], c["Billable min."]) for c in calls] == [
        ("Website", "0:59", "1"),
        ("Outbound", "5:00", "5"),
        ("Inbound", "1:01", "2"),
    ]
    assert {c["Paid from"] for c in calls} == {"Included"}

    # A 101-minute call goes past the allowance: 9 minutes over at $0.11.
    record_call(customer, "inbound", 101 * 60)
    window.ui.refreshAction.trigger()  # F5
    qtbot.waitUntil(lambda: tab.state is not None and tab.state.usage.used_minutes == 109)
    qtbot.waitUntil(lambda: not tab.calls.loading_calls and tab.calls.calls_model.rowCount() == 4)
    wait_idle(qtbot, window)

    usage = server_usage(customer)
    assert (usage["overage_minutes"], usage["overage_cents"]) == (9, 99)
    assert ui.usedLabel.text() == "Minutes used: 100 of 100, 9 minutes over"
    assert (ui.allowanceBar.value(), ui.allowanceBar.maximum()) == (100, 100)
    assert ui.overageLabel.isVisible()
    assert ui.overageLabel.text().startswith(
        f"Overage so far: 9 minutes, {formatting.money(99)}, taken from your Wallet first"
    )
    assert breakdown_cells(tab) == expected_breakdown(usage)
    assert breakdown_cells(tab)["Inbound"][1:] == ["9", "$0.11", "$0.99"]

    # Past the allowance, so is the projection: the warning, with the server's figures.
    assert usage["projected_minutes"] > usage["included_minutes"]
    assert ui.projectionNotice.isVisible() and not ui.projectionLabel.isVisible()
    over = usage["projected_minutes"] - 100
    assert ui.projectionNoticeText.text() == (
        f"At this pace you'll use about {usage['projected_minutes']} minutes by "
        f"{formatting.long_date(end, TIMEZONE)}, {over} over your 100 — about "
        f"{formatting.money(usage['projected_overage_cents'])} in overage, taken from your "
        "Wallet first, then charged to your default card."
    )
    assert not ui.projectionNoticeIcon.pixmap().isNull()

    newest = shown_calls(tab)[0]
    assert (newest["Duration"], newest["Billable min."]) == ("1:41:00", "101")
    assert (newest["Included min."], newest["Overage min."]) == ("92", "9")
    assert (newest["Overage cost"], newest["Paid from"]) == ("$0.99", "Card")  # no credits
    assert chart_day(tab, today["date"])["inbound"] == 103


def test_a_new_account_says_so_and_a_failed_load_can_be_tried_again(qtbot, open_window):
    opened = open_window(plan="dental")
    window = opened.window
    client = window.accounts.current.client
    original = client.usage

    def offline():
        raise errors.ServerError()  # a failure the saved copy does not stand in for

    client.usage = offline
    tab = next(view for view in window.tab_views if isinstance(view, UsageTab))
    window.ui.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.ui.pages.currentWidget() is tab.ui.problemPage, timeout=20_000)
    assert tab.ui.problemLabel.text() == (
        f"Your usage could not be shown. {errors.ServerError.default_message}"
    )
    wait_idle(qtbot, window)

    client.usage = original
    qtbot.mouseClick(tab.ui.retryButton, LEFT)
    qtbot.waitUntil(lambda: tab.ui.pages.currentWidget() is tab.ui.usagePage, timeout=20_000)
    qtbot.waitUntil(lambda: not tab.calls.loading_calls)
    wait_idle(qtbot, window)
    ui = tab.ui
    assert ui.usedLabel.text() == "Minutes used: 0 of 300 (300 left)"
    assert ui.projectionLabel.text() == (
        "No calls yet this period, so there is nothing to project yet."
    )
    assert not ui.projectionNotice.isVisible()
    assert ui.dailyPages.currentIndex() == DAILY_MESSAGE
    assert ui.dailyMessageLabel.text() == "No calls this period yet."
    assert not ui.dailyRetryButton.isVisible()
    ui.detailTabs.setCurrentWidget(ui.callsTab)
    assert ui.callsPages.currentWidget() is ui.callsEmptyPage
    assert ui.callsEmptyLabel.text() == "No calls this period yet."
    assert server_usage(opened.customer)["used_minutes"] == 0


def test_a_long_list_of_calls_counts_as_it_loads_and_escape_stops_it(qtbot, open_window, sandbox):
    opened = open_window(plan="dental")
    window = opened.window
    tab = usage_tab(qtbot, window)
    ui = tab.ui
    ui.detailTabs.setCurrentWidget(ui.callsTab)
    client = window.accounts.current.client
    original = client.calls_page
    pages = []
    # SmartAlex's now (the sandbox's pinned clock), so the calls are in the period shown.
    now = sandbox.now()

    def endless(*, limit: int, starting_after: str | None = None):
        """A history that never ends: page after page of calls (on the loader's worker)."""
        pages.append(starting_after)
        return [
            models.Call(
                id=f"call_{len(pages)}_{n}",
                call_type="inbound",
                seconds=61,
                billable_minutes=2,
                included_minutes=2,
                overage_minutes=0,
                overage_cents=0,
                ended_at=now,
            )
            for n in range(limit)
        ], True

    client.calls_page = endless
    try:
        window.ui.refreshAction.trigger()
        qtbot.waitUntil(lambda: tab.calls.calls_model.rowCount() >= 300, timeout=20_000)
        assert tab.calls.loading_calls
        assert ui.stopButton.isVisible() and ui.callsProgress.isVisible()
        assert ui.callsStatusLabel.text().startswith("Loading calls… ")
        assert pages[1] is not None  # each page asked for after the last one
        ui.callsTable.setFocus()
        qtbot.keyClick(ui.callsTable, Qt.Key.Key_Escape)
        assert not tab.calls.loading_calls
        loaded = tab.calls.loader.loaded
        assert ui.callsStatusLabel.text() == (
            f"Stopped after {count(loaded)} calls: older calls are not listed."
        )
        assert not ui.stopButton.isVisible() and ui.loadCallsButton.isVisible()
        asked = len(pages)
        wait_idle(qtbot, window)
        assert len(pages) <= asked + 1  # at most the page already in flight
        assert len(tab.calls.calls_model.records) == loaded  # what the count says is listed
    finally:
        client.calls_page = original

    # Load All Calls starts over: the real list (none) replaces what was loaded.
    qtbot.mouseClick(ui.loadCallsButton, LEFT)
    qtbot.waitUntil(lambda: not tab.calls.loading_calls, timeout=20_000)
    assert ui.callsPages.currentWidget() is ui.callsEmptyPage
    assert ui.callsEmptyLabel.text() == "No calls this period yet."
    assert not ui.loadCallsButton.isVisible()


# --- earlier periods ----------------------------------------------------------------------------


def test_earlier_periods_show_their_own_minutes_and_calls(
    qtbot, own_sandbox, app_settings, no_keyring, monkeypatch
):
    """A month later: the previous period keeps its calls; the current one starts empty. The
    calls load a page at a time (one call a page here) only as far back as the period shown."""
    monkeypatch.setattr(usage_calls_module, "CALLS_PAGE_SIZE", 1)
    customer = own_sandbox.create_account(plan="professional", timezone=TIMEZONE)
    add_card(customer.http, VISA)  # the renewal is paid
    record_call(customer, "web", 125)  # 3 minutes, in the first period
    record_call(customer, "inbound", 30)  # 1
    first = server_usage(customer)
    advance_to_period_end(own_sandbox, customer.http)
    current = server_usage(customer)
    assert current["used_minutes"] == 0 and current["period_start"] == first["period_end"]

    window = build_window(
        settings=app_settings, credentials=no_keyring, api_url=own_sandbox.url, demo=False
    ).window
    qtbot.addWidget(window)
    window.show()
    try:
        window.accounts.sign_in(own_sandbox.url, customer.email, customer.password, remember=False)
        qtbot.waitUntil(lambda: window.accounts.current is not None, timeout=20_000)
        tab = usage_tab(qtbot, window)
        ui = tab.ui
        start, end = moment(current["period_start"]), moment(current["period_end"])
        assert ui.shownPeriodLabel.text() == f"{period_text(start, end, TIMEZONE)} (this period)"
        assert ui.dailyMessageLabel.text() == "No calls this period yet."
        assert ui.previousButton.isEnabled() and not ui.nextButton.isEnabled()
        # The newest call is older than this period: no older page is asked for yet.
        wait_idle(qtbot, window)
        assert tab.calls.loader.paused and len(tab.calls.calls_model.records) == 1

        qtbot.mouseClick(ui.previousButton, LEFT)
        earlier_start, earlier_end = moment(first["period_start"]), moment(first["period_end"])
        earlier = period_text(earlier_start, earlier_end, TIMEZONE)
        qtbot.waitUntil(lambda: ui.shownPeriodLabel.text() == earlier, timeout=20_000)
        wait_idle(qtbot, window)
        # The summary stays on the current period; the chart and calls show the earlier one.
        assert ui.usedLabel.text() == "Minutes used: 0 of 100 (100 left)"
        assert ui.dailyPages.currentIndex() == CHART
        daily = server_daily(customer, formatting.local_date(earlier_start, TIMEZONE))
        assert moment(daily["period_start"]) == earlier_start
        [day] = [d for d in daily["data"] if d["total_minutes"]]
        assert chart_day(tab, day["date"]) == {"inbound": 1, "outbound": 0, "web": 3}
        assert tab.daily.period.period_start == earlier_start
        ui.detailTabs.setCurrentWidget(ui.callsTab)
        assert [(c["Type"], c["Billable min."]) for c in shown_calls(tab)] == [
            ("Inbound", "1"),
            ("Website", "3"),
        ]
        assert ui.callsStatusLabel.text() == "2 calls in this period"
        assert (
            not tab.calls.loader.paused and tab.calls.loader.loaded == 2
        )  # went on to the list's end
        # The account began in that period: there is nothing before it.
        assert not ui.previousButton.isEnabled() and ui.nextButton.isEnabled()
        assert "no earlier one" in ui.previousButton.toolTip()

        # Back to this period: no calls yet, until every period's calls are asked for.
        qtbot.mouseClick(ui.nextButton, LEFT)
        qtbot.waitUntil(lambda: ui.shownPeriodLabel.text().endswith("(this period)"))
        wait_idle(qtbot, window)
        assert ui.callsEmptyLabel.text() == "No calls this period yet."
        assert ui.callsPages.currentWidget() is ui.callsEmptyPage
        assert ui.previousButton.isEnabled() and not ui.nextButton.isEnabled()
        qtbot.mouseClick(ui.allPeriodsCheck, LEFT)
        assert ui.callsPages.currentWidget() is ui.callsTablePage
        assert [c["Type"] for c in shown_calls(tab)] == ["Inbound", "Website"]
        assert ui.callsStatusLabel.text() == "2 calls"
    finally:
        window.accounts.runner.wait_for_done(20_000)


def test_an_earlier_periods_report_is_added_up_from_its_calls(
    qtbot, own_sandbox, app_settings, no_keyring, monkeypatch, tmp_path
):
    """Issue 20, item 4: Save Report PDF… was greyed out on an earlier period, its tooltip saying
    the usage was "billed on their invoices" — but overage is paid from the Wallet first. The
    report of an ended period is made from its calls, and says how the overage was paid."""
    customer = own_sandbox.create_account(plan="professional", timezone=TIMEZONE)
    card = add_card(customer.http, VISA)
    assert post_top_up(customer.http, 10_00, card["id"]).status_code == 200
    record_call(customer, "inbound", 95 * 60)  # 95 minutes, all included
    record_call(customer, "outbound", 20 * 60)  # 5 included, 15 over at $0.11: $1.65
    record_call(customer, "web", 200 * 60)  # 200 over at $0.08: $16.00, the Wallet's last $8.35
    first = server_usage(customer)
    calls = customer.http.get("/v1/usage/calls").json()["data"]
    assert sum(c["wallet_cents"] for c in calls) == 10_00
    assert sum(c["card_cents"] for c in calls) == 7_65
    advance_to_period_end(own_sandbox, customer.http)
    record_call(customer, "inbound", 60)  # the new period's: not in the earlier report

    out = tmp_path / "chosen"
    out.mkdir()
    asked: list[str] = []

    def save_as(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(out / Path(suggested).name), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    window = build_window(
        settings=app_settings, credentials=no_keyring, api_url=own_sandbox.url, demo=False
    ).window
    qtbot.addWidget(window)
    window.show()
    try:
        window.accounts.sign_in(own_sandbox.url, customer.email, customer.password, remember=False)
        qtbot.waitUntil(lambda: window.accounts.current is not None, timeout=20_000)
        tab = usage_tab(qtbot, window)
        ui = tab.ui
        qtbot.mouseClick(ui.previousButton, LEFT)
        start, end = moment(first["period_start"]), moment(first["period_end"])
        qtbot.waitUntil(
            lambda: ui.shownPeriodLabel.text() == period_text(start, end, TIMEZONE), timeout=20_000
        )
        wait_idle(qtbot, window)
        assert ui.saveReportButton.isEnabled()
        assert "added up from its calls" in ui.saveReportButton.toolTip()
        assert "billed on" not in ui.saveReportButton.toolTip()

        qtbot.mouseClick(ui.saveReportButton, LEFT)
        qtbot.waitUntil(
            lambda: window.message_bar.text.startswith("The usage report"), timeout=20_000
        )
        first_day = formatting.local_date(start, TIMEZONE)
        assert Path(asked[0]).name == f"{first_day}_usage-report.pdf"
        report = out / Path(asked[0]).name
        pdf.qpdf_check(report)
        flat = " ".join(pdf.text(report).split())
        assert f"Usage report {document_text.period(start, end, TIMEZONE)}" in flat
        assert "Minutes used 315" in flat
        assert "Of them, included in the plan 100" in flat
        assert "Overage minutes 215" in flat
        assert "Overage cost $17.65" in flat
        assert "Paid from the Wallet $10.00" in flat
        assert "Charged to your card $7.65" in flat
        assert "Website 200 200 $0.08/min $16.00" in flat
        assert "Calls (3)" in flat
        assert "Projected" not in flat  # the period is over
        assert window.message_bar.text.endswith(f"was saved to {report}.")
    finally:
        window.accounts.runner.wait_for_done(20_000)
