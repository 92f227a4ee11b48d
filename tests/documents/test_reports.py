"""Receipt, usage report and wallet statement PDFs, read back with pdftotext/pdfinfo/qpdf."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest

from smartalex_desktop.api import models
from smartalex_desktop.documents import (
    render_receipt,
    render_usage_report,
    render_wallet_statement,
)
from smartalex_desktop.documents.text import local_day, money
from tests.documents.conftest import PRACTICE
from tests.helpers import pdf


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_receipt_names_the_payment_and_what_it_paid_for(live, tmp_path):
    invoice = live.invoice("top_up", "paid")
    path = pdf.save(tmp_path, "receipt.pdf", render_receipt(invoice, live.account))
    pdf.qpdf_check(path)
    content = pdf.text(path)
    assert invoice.receipt is not None
    assert invoice.receipt.number in content
    assert invoice.number in content
    (payment,) = invoice.payments
    assert f"Paid with Visa •••• {payment.last4}" in _flat(content)
    assert f"Total paid {money(invoice.amount_paid_cents)}" in _flat(content)
    for line in invoice.lines:  # the items, and the tax line's amount in the totals
        assert money(line.amount_cents) in content
    assert PRACTICE in content
    assert pdf.info(path)["Title"] == f"Receipt {invoice.receipt.number}"
    assert render_receipt(invoice, live.account) == path.read_bytes()


def test_an_invoice_nothing_was_paid_on_has_no_receipt(live):
    unpaid = live.invoice("top_up", "paid").model_copy(
        update={"status": "open", "amount_paid_cents": 0, "payments": [], "receipt": None}
    )
    with pytest.raises(ValueError, match="no payment"):
        render_receipt(unpaid, live.account)


def test_the_usage_report_holds_the_period_figures_chart_and_calls(live, tmp_path):
    usage = live.usage
    path = pdf.save(
        tmp_path,
        "usage.pdf",
        render_usage_report(usage, live.daily, live.account, live.calls),
    )
    pdf.qpdf_check(path)
    content = pdf.text(path)
    flat = _flat(content)
    assert f"Included minutes {usage.included_minutes}" in flat
    assert f"Minutes used {usage.used_minutes}" in flat
    assert f"Overage minutes {usage.overage_minutes}" in flat
    assert f"Overage cost so far {money(usage.overage_cents)}" in flat
    assert f"Projected overage cost {money(usage.projected_overage_cents)}" in flat
    inbound = usage.by_call_type["inbound"]
    assert inbound.overage_cents == 77, "the fixture's long call: 7 minutes at $0.11"
    assert (
        f"Inbound {inbound.minutes} {inbound.overage_minutes} $0.11/min "
        f"{money(inbound.overage_cents)}" in flat
    )
    # The chart: its legend, and the day of the month under the first bar.
    assert "Inbound Outbound Website" in flat
    assert "Minutes per day" in flat
    # Every call of the period, one row each.
    assert f"Calls ({len(live.calls)})" in flat
    call_rows = [row for row in content.splitlines() if row.strip().endswith(("$0.00", "$0.77"))]
    assert len([row for row in call_rows if "AM" in row or "PM" in row]) == len(live.calls)
    assert pdf.info(path)["Title"].startswith("Usage report ")


def _transaction(
    day: int, kind: str, amount: int, balance: int, **fields
) -> models.WalletTransaction:
    return models.WalletTransaction(
        id=f"wtx_{day}_{kind}",
        kind=kind,
        status=fields.pop("status", "succeeded"),
        amount_cents=amount,
        balance_after_cents=balance,
        description=fields.pop("description", f"{kind} on day {day}"),
        created_at=datetime(2026, 4, day, 16, 0, tzinfo=UTC),
        **fields,
    )


def test_a_wallet_statement_opens_and_closes_on_the_right_balances(live, tmp_path):
    history = [  # newest first, as the API lists them
        _transaction(20, "usage", -2_00, 45_00, description="Web call: 25 overage minutes"),
        _transaction(
            12,
            "auto_top_up",
            0,
            47_00,
            status="failed",
            description="Automatic top-up could not run",
            failure_message="Your card was declined.",
        ),
        _transaction(11, "usage", -3_00, 47_00, description="Inbound call: 28 overage minutes"),
        _transaction(10, "top_up", 25_00, 50_00, description="Top-up of $25.00"),
        _transaction(2, "top_up", 25_00, 25_00, description="Top-up of $25.00"),
    ]
    path = pdf.save(
        tmp_path,
        "statement.pdf",
        render_wallet_statement(history, live.account, date(2026, 4, 10), date(2026, 4, 12)),
    )
    pdf.qpdf_check(path)
    content = pdf.text(path)
    flat = _flat(content)
    assert "Opening balance, April 10, 2026 $25.00" in flat  # what day 2 left
    assert "Money in (top-ups) $25.00" in flat
    assert "Money out (usage, refunds) -$3.00" in flat
    assert "Closing balance, April 12, 2026 $47.00" in flat
    rows = [row for row in content.splitlines() if re.match(r"\s*Apr \d+, 2026 {2,}\S", row)]
    assert [row.split()[3] for row in rows] == ["Top-up", "Usage", "Auto"]  # oldest first
    assert "$25.00 $50.00 Succeeded" in _flat(rows[0])
    assert "-$3.00 $47.00 Succeeded" in _flat(rows[1])
    assert "Failed" in rows[2] and "$0.00 $47.00" in _flat(rows[2])
    assert "Your card" in rows[2] and "was declined." in content  # the reason, wrapped
    assert "Web call" not in content and "-$2.00" not in content  # after the range
    assert "3 transactions, 1 of them failed" in flat


def test_a_wallet_statement_of_the_live_account_reconciles(live, tmp_path):
    today = local_day(live.transactions[0].created_at, live.account.timezone)
    data = render_wallet_statement(
        live.transactions, live.account, today - timedelta(days=1), today
    )
    path = pdf.save(tmp_path, "live.pdf", data)
    pdf.qpdf_check(path)
    flat = _flat(pdf.text(path))
    # All four share one timestamp (the sandbox clock is frozen): the balance chain orders them.
    closing = live.transactions[0].balance_after_cents
    assert "$0.00" in flat.split("Money in")[0]
    assert f"Money in (top-ups) {money(75_00)}" in flat
    assert f"Money out (usage, refunds) {money(-25_77)}" in flat
    assert f"{money(closing)}" in flat.split("Closing balance")[1][:40]
    for transaction in live.transactions:
        assert f"{money(transaction.amount_cents)} {money(transaction.balance_after_cents)}" in flat
    assert "do not account for" not in flat
    assert (
        render_wallet_statement(
            list(reversed(live.transactions)), live.account, today - timedelta(days=1), today
        )
        == data
    )
