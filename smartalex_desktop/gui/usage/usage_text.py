"""How the Usage tab's figures read: minutes and calls counted in words, a period's dates, a
call's end time in the account's timezone, who paid for a call's overage, and the columns of
the calls and daily tables."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QLocale, Qt, QTime

from smartalex_desktop.api import models
from smartalex_desktop.billing import usage as figures
from smartalex_desktop.billing.usage import Day
from smartalex_desktop.gui.runtime.table_model import Column
from smartalex_desktop.gui.usage.usage_chart import day_name
from smartalex_desktop.gui.widgets import formatting
from smartalex_desktop.gui.widgets.formatting import count

RIGHT = Qt.AlignmentFlag.AlignRight


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
