"""The usage report of one billing period: the allowance, what was used and what it cost, the
projection to the period's end, the days as a chart, and — when given — every call. An ended
period's report (`render_past_usage_report`) is added up from its calls, and says how its overage
was paid: from the Wallet, or charged to the card.

It is what an office manager forwards when asked "why was the bill higher this month": the
figures are the API's own (minutes and cents already worked out by SmartAlex), arranged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer

from smartalex_desktop.api import models
from smartalex_desktop.billing.names import call_type_name
from smartalex_desktop.billing.usage import CALL_TYPES, RATE_CENTS_PER_MINUTE, PastPeriod
from smartalex_desktop.documents import fonts, style, text

SERIES_COLOURS = {
    "inbound": colors.HexColor("#2F5BD3"),
    "outbound": colors.HexColor("#2BA58C"),
    "web": colors.HexColor("#F0A229"),
}
CHART_HEIGHT = 210.0


def render_usage_report(
    usage: models.Usage,
    daily: models.DailyUsageSeries,
    account: models.Account,
    calls: Sequence[models.Call] = (),
    *,
    as_of: datetime | None = None,
) -> bytes:
    """The report as PDF bytes. `calls` may hold more than the period (the app's whole call
    list): only the calls that ended within the period are listed. `as_of`, when given, is
    printed ("figures as of …") — the current period's figures are a snapshot."""
    tz = account.timezone
    period = text.period(usage.period_start, usage.period_end, tz)
    story: list[Flowable] = [
        style.para("Usage report", style.TITLE),
        style.para(period, style.SUBTITLE),
    ]
    if as_of is not None:
        story.append(style.para(f"Figures as of {text.date_time(as_of, tz)}.", style.SMALL))
    story += [
        Spacer(1, 14),
        *style.section("Allowance"),
        style.key_value_table(_summary_rows(usage), (250.0, 120.0)),
        *style.section("Cost by call type"),
        _by_call_type_table(usage.by_call_type),
        *style.section("Minutes per day", room=CHART_HEIGHT + 30),
        _daily_chart(daily),
    ]
    in_period = sorted(
        (call for call in calls if usage.period_start <= call.ended_at < usage.period_end),
        key=lambda call: (call.ended_at, call.id),
    )
    if calls:
        story += style.section(f"Calls ({len(in_period)})")
        story.append(_calls_table(in_period, tz))
    name = account.company_name or account.email
    return style.build_pdf(
        story,
        title=f"Usage report {period}",
        subject=f"SmartAlex usage report for {name}, {period}",
        created=as_of or usage.period_start,
        heading=f"Usage report {period}",
        footer=f"{name} · Usage report {period}",
    )


def render_past_usage_report(
    period: PastPeriod, daily: models.DailyUsageSeries, account: models.Account
) -> bytes:
    """An ended period's report as PDF bytes: its figures are the sum of its calls (the API's
    usage summary is of the current period only), with how the overage was paid, since that is
    where the office manager finds it again: the Wallet's transactions, or an invoice."""
    tz = account.timezone
    label = text.period(period.period_start, period.period_end, tz)
    rows = [
        ("Minutes used", f"{period.used_minutes:,}"),
        ("Of them, included in the plan", f"{period.included_minutes_used:,}"),
        ("Overage minutes", f"{period.overage_minutes:,}"),
        ("Overage cost", text.money(period.overage_cents)),
        ("Paid from the Wallet", text.money(period.wallet_cents)),
        ("Charged to your card", text.money(period.card_cents)),
    ]
    story: list[Flowable] = [
        style.para("Usage report", style.TITLE),
        style.para(label, style.SUBTITLE),
        style.para(
            "An ended period, added up from its calls. Overage paid from the Wallet is in the "
            "Wallet's transactions; overage charged to your card is on a usage invoice or the "
            "next renewal.",
            style.SMALL,
        ),
        Spacer(1, 14),
        *style.section("Usage"),
        style.key_value_table(rows, (250.0, 120.0)),
        *style.section("Cost by call type"),
        _by_call_type_table(period.by_call_type),
        *style.section("Minutes per day", room=CHART_HEIGHT + 30),
        _daily_chart(daily),
        *style.section(f"Calls ({len(period.calls)})"),
        _calls_table(period.calls, tz),
    ]
    name = account.company_name or account.email
    return style.build_pdf(
        story,
        title=f"Usage report {label}",
        subject=f"SmartAlex usage report for {name}, {label}",
        created=period.period_end,
        heading=f"Usage report {label}",
        footer=f"{name} · Usage report {label}",
    )


def _summary_rows(usage: models.Usage) -> list[tuple[str, str]]:
    share = ""
    if usage.included_minutes:
        share = f" ({usage.used_minutes * 100 // usage.included_minutes}% of the allowance)"
    overage_cents = usage.overage_cents or sum(
        part.overage_cents for part in usage.by_call_type.values()
    )
    return [
        ("Included minutes", f"{usage.included_minutes:,}"),
        ("Minutes used", f"{usage.used_minutes:,}{share}"),
        ("Minutes remaining", f"{usage.remaining_minutes:,}"),
        ("Overage minutes", f"{usage.overage_minutes:,}"),
        ("Overage cost so far", text.money(overage_cents)),
        ("Projected minutes by the period's end", f"{usage.projected_minutes:,}"),
        ("Projected overage cost", text.money(usage.projected_overage_cents)),
    ]


def _by_call_type_table(by_call_type: Mapping[str, models.CallTypeUsage]) -> Flowable:
    rows: list[list[object]] = []
    totals = [0, 0, 0]
    for call_type in CALL_TYPES:
        part = by_call_type.get(call_type)
        if part is None:
            continue
        rows.append(
            [
                call_type_name(call_type),
                f"{part.minutes:,}",
                f"{part.overage_minutes:,}",
                f"{text.money(RATE_CENTS_PER_MINUTE[call_type])}/min",
                text.money(part.overage_cents),
            ]
        )
        totals = [
            totals[0] + part.minutes,
            totals[1] + part.overage_minutes,
            totals[2] + part.overage_cents,
        ]
    rows.append(["Total", f"{totals[0]:,}", f"{totals[1]:,}", "", text.money(totals[2])])
    return style.data_table(
        ["Call type", "Minutes", "Overage minutes", "Overage rate", "Overage cost"],
        rows,
        (132.0, 80.0, 100.0, 90.0, 90.0),
        right_columns=(1, 2, 3, 4),
        extra=[
            ("FONT", (0, -1), (-1, -1), fonts.BOLD, 9),
            ("LINEABOVE", (0, -1), (-1, -1), 0.75, style.INK),
        ],
    )


def _daily_chart(daily: models.DailyUsageSeries) -> Drawing:
    """Minutes per day stacked by call type, with a legend; the day of the month under each bar
    (the first day of a month and the first bar also name the month)."""
    width = style.CONTENT_WIDTH
    drawing = Drawing(width, CHART_HEIGHT)
    days = daily.data
    if not days:
        drawing.add(
            String(
                width / 2,
                CHART_HEIGHT / 2,
                "No calls in this period.",
                fontName=fonts.REGULAR,
                fontSize=10,
                fillColor=style.MUTED,
                textAnchor="middle",
            )
        )
        return drawing
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 52
    chart.width, chart.height = width - 46, CHART_HEIGHT - 62
    chart.data = [
        [getattr(day, f"{call_type}_minutes") for day in days] for call_type in CALL_TYPES
    ]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [
        _day_label(day.date, index) for index, day in enumerate(days)
    ]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 6.5 if len(days) > 20 else 8
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.strokeColor = style.RULE
    chart.valueAxis.valueMin = 0
    peak = max((day.total_minutes for day in days), default=0)
    if peak == 0:
        chart.valueAxis.valueMax = 10  # an empty period still gets an axis
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.strokeColor = style.RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E4E7EE")
    chart.valueAxis.gridStrokeWidth = 0.5
    chart.barSpacing = 0.5
    chart.groupSpacing = 2
    for index, call_type in enumerate(CALL_TYPES):
        chart.bars[index].fillColor = SERIES_COLOURS[call_type]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 36, 2
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 80
    legend.fontName = fonts.REGULAR
    legend.fontSize = 8
    legend.boxAnchor = "sw"
    legend.colorNamePairs = [
        (SERIES_COLOURS[call_type], call_type_name(call_type)) for call_type in CALL_TYPES
    ]
    drawing.add(legend)
    drawing.add(
        String(
            width,
            4,
            "minutes per day, in the account's timezone",
            fontName=fonts.REGULAR,
            fontSize=7.5,
            fillColor=style.MUTED,
            textAnchor="end",
        )
    )
    return drawing


def _day_label(iso_day: str, index: int) -> str:
    _year, month, day = (int(part) for part in iso_day.split("-"))
    if day == 1 or index == 0:
        return f"{day}\n{text.MONTHS[month - 1][:3]}"
    return str(day)


def _calls_table(calls: Sequence[models.Call], tz: str) -> Flowable:
    rows: list[list[object]] = [
        [
            text.date_time(call.ended_at, tz),
            call_type_name(call.call_type),
            text.duration(call.seconds),
            str(call.billable_minutes),
            str(call.included_minutes),
            str(call.overage_minutes),
            text.money(call.overage_cents),
        ]
        for call in calls
    ]
    if not rows:
        rows = [["No calls ended in this period.", "", "", "", "", "", ""]]
    return style.data_table(
        ["Ended", "Type", "Duration", "Billable min", "Included", "Overage", "Cost"],
        rows,
        (128.0, 62.0, 58.0, 68.0, 58.0, 58.0, 60.0),
        right_columns=(2, 3, 4, 5, 6),
        extra=[("FONT", (0, 1), (-1, -1), fonts.REGULAR, 8.5)],
    )
