"""The All Accounts table's columns: what each cell of an `AccountLine` shows, how it sorts, and
what a screen reader says for it (the words a sighted user reads from a cell's icon spelled
out: "below the $50.00 alert"). `columns()` is the list the model is built with."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon

from smartalex_desktop.billing.overview import (
    PRIORITY,
    Attention,
    AutoTopUpState,
    Standing,
)
from smartalex_desktop.gui.overview.account_lines import (
    AccountLine,
    accent,
    day_text,
    flag_icon,
    from_row,
    plain_icon,
    when_text,
)
from smartalex_desktop.gui.runtime.account_refresh import Refresh
from smartalex_desktop.gui.runtime.table_model import Column
from smartalex_desktop.gui.widgets import colours, formatting

RIGHT = Qt.AlignmentFlag.AlignRight
(PRACTICE, PLAN, WALLET, AUTO_TOP_UP, MINUTES, OVERAGE, RENEWAL, OPEN, CARDS, UPDATED) = range(10)
WIDTHS = [210, 190, 170, 150, 95, 110, 150, 120, 180, 150]


def practice_text(line: AccountLine) -> str:
    return line.name


def practice_key(line: AccountLine) -> tuple[int, int, str]:
    """Most urgent first: signed out, then by the first problem's priority, then by name."""
    if line.signed_out:
        rank = 0
    elif line.row is not None and line.row.attention:
        rank = 1 + PRIORITY.index(line.row.attention[0])
    else:
        rank = 1 + len(PRIORITY)
    return (rank, 0 if line.row is not None else 1, line.name.casefold())


def practice_icon(line: AccountLine) -> QIcon | None:
    if line.signed_out or (line.row is not None and Attention.PAST_DUE in line.row.attention):
        return flag_icon("error", colours.Level.ERROR)
    if line.needs_attention:
        return flag_icon("warning", colours.Level.WARNING)
    if line.row is not None:
        return plain_icon("check")
    return None


def practice_accessible(line: AccountLine) -> str:
    problems = line.problems
    if problems:
        return f"{line.name}: needs attention: {', '.join(problems).lower()}"
    if line.row is None:
        return f"{line.name}: no figures yet"
    return f"{line.name}: nothing needs attention"


def practice_tooltip(line: AccountLine) -> str:
    problems = line.problems
    said = f"{line.session.email}"
    return f"{said}\nNeeds attention: {', '.join(problems)}" if problems else said


def plan_text(line: AccountLine) -> str:
    row = line.row
    if row is None:
        return ""
    standing = {
        Standing.ACTIVE: "Active",
        Standing.PAST_DUE: "Past due",
        Standing.CANCELING: f"Canceling on {day_text(line, row.period_end)}",
        Standing.CANCELED: "Canceled",
        Standing.UNKNOWN: "",
    }[row.standing]
    return " · ".join(part for part in (row.plan_name, standing) if part)


def plan_icon(line: AccountLine) -> QIcon | None:
    if line.row is None:
        return None
    if line.row.standing is Standing.PAST_DUE:
        return flag_icon("error", colours.Level.ERROR)
    if line.row.standing in (Standing.CANCELING, Standing.CANCELED):
        return flag_icon("info", None)
    return None


def wallet_text(line: AccountLine) -> str:
    row = line.row
    if row is None or row.balance_cents is None:
        return ""
    text = formatting.money(row.balance_cents)
    if row.alert_cents is None:
        return text
    return f"{text} · {'under' if row.below_alert else 'alert'} {formatting.money(row.alert_cents)}"


def wallet_accessible(line: AccountLine) -> str:
    row = line.row
    if row is None or row.balance_cents is None or row.alert_cents is None:
        return "Wallet not known yet"
    balance, alert = formatting.money(row.balance_cents), formatting.money(row.alert_cents)
    if row.below_alert:
        return f"Wallet {balance}, below the {alert} alert"
    return f"Wallet {balance}, alert at {alert}"


def wallet_icon(line: AccountLine) -> QIcon | None:
    if line.row is not None and line.row.below_alert:
        return flag_icon("warning", colours.Level.WARNING)
    return None


def auto_text(line: AccountLine) -> str:
    row = line.row
    if row is None:
        return ""
    declines = row.auto_top_up_declines
    return {
        AutoTopUpState.ON: "On",
        AutoTopUpState.DECLINING: f"On, {declines} declined",
        AutoTopUpState.OFF: "Off",
        AutoTopUpState.OFF_AFTER_DECLINES: f"Off after {declines} declines",
        AutoTopUpState.UNKNOWN: "",
    }[row.auto_top_up]


def auto_icon(line: AccountLine) -> QIcon | None:
    row = line.row
    if row is None:
        return None
    if row.auto_top_up is AutoTopUpState.OFF_AFTER_DECLINES:
        return flag_icon("warning", colours.Level.WARNING)
    if row.auto_top_up is AutoTopUpState.DECLINING:
        return flag_icon("warning", None)
    return None


def auto_accessible(line: AccountLine) -> str:
    text = auto_text(line)
    return f"Auto top-up: {text.lower()}" if text else "Auto top-up not known yet"


def auto_tooltip(line: AccountLine) -> str:
    return (line.row.auto_top_up_reason or "") if line.row is not None else ""


def minutes_text(line: AccountLine) -> str:
    row = line.row
    if row is None or row.used_minutes is None or row.included_minutes is None:
        return ""
    return f"{formatting.count(row.used_minutes)} of {formatting.count(row.included_minutes)}"


def minutes_key(line: AccountLine) -> float | None:
    row = line.row
    if row is None or row.used_minutes is None or not row.included_minutes:
        return None
    return row.used_minutes / row.included_minutes  # how much of the allowance, not the count


def minutes_accessible(line: AccountLine) -> str:
    text = minutes_text(line)
    return f"{text} included minutes used this period" if text else "Usage not known yet"


def overage_text(line: AccountLine) -> str:
    row = line.row
    if row is None or row.projected_overage_cents is None:
        return ""
    return formatting.money(row.projected_overage_cents) if row.projected_overage_cents else "None"


def overage_icon(line: AccountLine) -> QIcon | None:
    if line.row is not None and Attention.OVERAGE in line.row.attention:
        return flag_icon("warning", colours.Level.WARNING)
    return None


def overage_accessible(line: AccountLine) -> str:
    row = line.row
    if row is None or row.projected_overage_cents is None:
        return "Projected overage not known yet"
    amount = formatting.money(row.projected_overage_cents)
    over = " (over your limit)" if Attention.OVERAGE in row.attention else ""
    return f"Projected overage this period: {amount}{over}"


def renewal_text(line: AccountLine) -> str:
    row = line.row
    if row is None:
        return ""
    if row.standing is Standing.CANCELING:
        return f"None, ends {day_text(line, row.period_end)}"
    if row.standing is Standing.CANCELED:
        return "None, ended"
    if row.renews_at is None:
        return ""
    amount = "" if row.renewal_cents is None else formatting.money(row.renewal_cents)
    if amount and row.renewal_estimated:
        amount = f"about {amount}"
    return (
        f"{day_text(line, row.renews_at)} · {amount}" if amount else day_text(line, row.renews_at)
    )


def renewal_tooltip(line: AccountLine) -> str:
    row = line.row
    if row is None or row.renews_at is None:
        return ""
    if row.renewal_estimated:
        return "The plan's price and tax; SmartAlex did not say what else the renewal holds."
    return (
        "What the renewal would charge if it ran now: the plan, phone numbers, usage billed "
        "to the card so far, and tax."
    )


def open_text(line: AccountLine) -> str:
    row = line.row
    if row is None:
        return ""
    count = len(row.open_invoices)
    if not count:
        return "None"
    return f"{count} · {formatting.money(row.open_total_cents)}"


def open_icon(line: AccountLine) -> QIcon | None:
    if line.row is not None and line.row.open_invoices:
        return flag_icon("error", colours.Level.ERROR)
    return None


def open_accessible(line: AccountLine) -> str:
    row = line.row
    if row is None:
        return "Open invoices not known yet"
    count = len(row.open_invoices)
    if not count:
        return "No open invoices"
    noun = "invoice" if count == 1 else "invoices"
    return f"{count} open {noun}, {formatting.money(row.open_total_cents)} past due"


def cards_text(line: AccountLine) -> str:
    row = line.row
    if row is None:
        return ""
    cards = row.expiring_cards
    if not cards:
        return "None"
    first = cards[0]
    label = formatting.card_label(first.brand, first.last4)
    when = "expired" if first.expired else f"{first.days_left} days"
    more = f" (+{len(cards) - 1})" if len(cards) > 1 else ""
    return f"{label} · {when}{more}"


def cards_key(line: AccountLine) -> int | None:
    row = line.row
    if row is None:
        return None
    return row.expiring_cards[0].days_left if row.expiring_cards else 10_000


def cards_icon(line: AccountLine) -> QIcon | None:
    row = line.row
    if row is not None and row.expiring_cards:
        return flag_icon("warning", colours.Level.WARNING)
    return None


def cards_accessible(line: AccountLine) -> str:
    row = line.row
    if row is None:
        return "Cards not known yet"
    if not row.expiring_cards:
        return "No card expires within 60 days"
    said = []
    for card in row.expiring_cards:
        name = f"{formatting.brand_name(card.brand)} ending {card.last4}"
        said.append(
            f"{name} expired" if card.expired else f"{name} expires in {card.days_left} days"
        )
    return "; ".join(said)


def updated_text(line: AccountLine) -> str:
    """How fresh the row is, short (the tooltip and the accessible text say it in full)."""
    status, row = line.status, line.row
    as_of = row.as_of if row is not None else None
    if line.signed_out:
        return "Signed out"
    if status.refresh is Refresh.RUNNING:
        return "Refreshing…"
    if line.unreachable:
        return f"Offline · {when_text(as_of)}" if row else "Offline · nothing saved"
    if status.refresh is Refresh.FAILED:
        return f"Not refreshed · {when_text(as_of)}" if row else "Could not be loaded"
    if row is None:
        return "Waiting…" if status.refresh is Refresh.WAITING else "Not loaded yet"
    if not row.live:
        return f"Saved · {when_text(as_of)}"
    return when_text(as_of)


def updated_accessible(line: AccountLine) -> str:
    status, row = line.status, line.row
    as_of = when_text(row.as_of) if row is not None else ""
    if line.signed_out:
        return "Signed out: the sign-in ended. Choose Sign In to sign in again."
    if status.refresh is Refresh.RUNNING:
        return "Refreshing now"
    if line.unreachable:
        return f"SmartAlex can't be reached; figures from {as_of}" if row else "Offline"
    if status.refresh is Refresh.FAILED:
        return f"Could not be refreshed; figures from {as_of}" if row else "Could not be loaded"
    if row is None:
        return "Not loaded yet"
    if not row.live:
        return f"Figures from the saved copy of {as_of}"
    return f"Updated {as_of}"


def updated_key(line: AccountLine) -> float:
    row = line.row
    return row.as_of.timestamp() if row is not None and row.as_of is not None else 0.0


def updated_icon(line: AccountLine) -> QIcon | None:
    if line.signed_out:
        return flag_icon("error", colours.Level.ERROR)
    if line.status.refresh is Refresh.RUNNING:
        return plain_icon("refresh")
    if line.unreachable or (line.row is not None and not line.row.live):
        return plain_icon("offline")
    if line.status.refresh is Refresh.FAILED:
        return flag_icon("warning", colours.Level.WARNING)
    return None


def updated_tooltip(line: AccountLine) -> str:
    error = line.status.error
    if line.signed_out:
        return (
            "The sign-in for this account has ended (signed out elsewhere, or its password "
            "changed). Choose Sign In… to sign in again."
        )
    if error is not None and line.status.refresh is Refresh.FAILED:
        return f"{updated_accessible(line)}. {error.user_message}"
    return updated_accessible(line)


def _colour(level: colours.Level, when: bool) -> QColor | None:
    return accent(level) if when else None


def columns() -> list[Column[AccountLine]]:
    def has(line: AccountLine, kind: Attention) -> bool:
        return line.row is not None and kind in line.row.attention

    return [
        Column(
            "Practice",
            practice_text,
            key=practice_key,
            icon=practice_icon,
            accessible=practice_accessible,
            tooltip=practice_tooltip,
        ),
        Column(
            "Plan and status",
            from_row(plan_text),
            key=lambda line: (line.row.standing if line.row else "", plan_text(line)),
            tooltip=from_row(plan_text),  # in full: a narrow column cuts "Canceling on …"
            icon=plan_icon,
            colour=lambda line: _colour(colours.Level.ERROR, has(line, Attention.PAST_DUE)),
        ),
        Column(
            "Wallet",
            from_row(wallet_text),
            key=lambda line: line.row.balance_cents if line.row else None,
            icon=wallet_icon,
            accessible=wallet_accessible,
            colour=lambda line: _colour(colours.Level.WARNING, has(line, Attention.LOW_BALANCE)),
        ),
        Column(
            "Auto top-up",
            from_row(auto_text),
            icon=auto_icon,
            accessible=auto_accessible,
            tooltip=auto_tooltip,
        ),
        Column(
            "Minutes used",
            from_row(minutes_text),
            key=minutes_key,
            align=RIGHT,
            accessible=minutes_accessible,
        ),
        Column(
            "Overage ahead",
            from_row(overage_text),
            key=lambda line: line.row.projected_overage_cents if line.row else None,
            icon=overage_icon,
            accessible=overage_accessible,
            tooltip=lambda _line: "The overage the period's usage is heading for, at this pace.",
        ),
        Column(
            "Next renewal",
            from_row(renewal_text),
            key=lambda line: line.row.renews_at if line.row else None,
            tooltip=renewal_tooltip,
        ),
        Column(
            "Open invoices",
            from_row(open_text),
            key=lambda line: line.row.open_total_cents if line.row else None,
            icon=open_icon,
            accessible=open_accessible,
            colour=lambda line: _colour(colours.Level.ERROR, has(line, Attention.PAST_DUE)),
        ),
        Column(
            "Cards expiring",
            from_row(cards_text),
            key=cards_key,
            icon=cards_icon,
            accessible=cards_accessible,
        ),
        Column(
            "Updated",
            updated_text,
            key=updated_key,
            icon=updated_icon,
            accessible=updated_accessible,
            tooltip=updated_tooltip,
        ),
    ]
