"""The invoice PDF and the accountant export, from models made here (no server needed).

- A 12-line invoice rendered by `documents.render_invoice` with the embedded font, median of
  many runs; beside it, in the same run, the same invoice as an HTML page (the way
  HTML-template billing systems make their PDFs) printed by WeasyPrint and by headless
  Chromium, when they are installed.
- 1,000 invoices exported as PDFs + invoices.csv by `documents.export_invoices`.
"""

from __future__ import annotations

import html
import importlib.util
import shutil
import subprocess
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.common import Result, median, timed
from smartalex_desktop.api import models

PDF_RUNS = 40


def account() -> models.Account:
    return models.Account(
        id="acct_bench",
        email="office@brightsmile.test",
        company_name="Zoë's Bright Smile Dental — Montréal",
        address="4521 Rue Saint-Denis, bureau 200\nMontréal, QC H2J 2L4",
        tax_id="GST/TPS 123456789 RT0001",
        tax_rate_bps=825,
        timezone="America/New_York",
        created_at=datetime(2024, 1, 1, tzinfo=UTC),
    )


def invoice(number: int, lines: int = 12) -> models.Invoice:
    made = datetime(2026, 1, 1, 9, tzinfo=UTC) + timedelta(hours=number * 7)
    items = [
        models.InvoiceLine(
            kind="usage",
            description=f"Inbound calls, overage minutes (day {day + 1})",
            quantity=10 + day,
            unit_amount_cents=11,
            amount_cents=(10 + day) * 11,
        )
        for day in range(lines - 1)
    ]
    items.insert(
        0,
        models.InvoiceLine(
            kind="subscription",
            description="Dental plan, monthly",
            quantity=1,
            unit_amount_cents=299_00,
            amount_cents=299_00,
        ),
    )
    subtotal = sum(line.amount_cents for line in items)
    tax = (subtotal * 825 + 5_000) // 10_000
    return models.Invoice(
        id=f"in_{number:06d}",
        number=f"SA-2026-{number:06d}",
        status="paid",
        kind="renewal",
        created_at=made,
        period_start=made,
        period_end=made + timedelta(days=30),
        subtotal_cents=subtotal,
        tax_cents=tax,
        total_cents=subtotal + tax,
        amount_paid_cents=subtotal + tax,
        lines=items,
        payments=[
            models.Payment(
                id=f"pay_{number:06d}",
                amount_cents=subtotal + tax,
                status="succeeded",
                brand="visa",
                last4="4242",
                created_at=made,
            )
        ],
    )


def as_html(inv: models.Invoice, acct: models.Account) -> str:
    """The same invoice as a billing system's HTML template would print it."""
    rows = "".join(
        f"<tr><td>{html.escape(line.description)}</td><td>{line.quantity}</td>"
        f"<td>${line.unit_amount_cents / 100:,.2f}</td>"
        f"<td>${line.amount_cents / 100:,.2f}</td></tr>"
        for line in inv.lines
    )
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>Invoice {inv.number}</title>
<style>body{{font-family:"DejaVu Sans",sans-serif;font-size:10pt;margin:2cm}}
table{{width:100%;border-collapse:collapse}}th,td{{padding:4px;border-bottom:1px solid #ccc}}
td:nth-child(n+2){{text-align:right}}h1{{color:#2563EB}}</style></head><body>
<h1>SmartAlex</h1><h2>Invoice {inv.number}</h2>
<p><b>Bill to</b><br>{html.escape(acct.company_name)}<br>
{html.escape(acct.address).replace(chr(10), "<br>")}<br>{html.escape(acct.tax_id)}</p>
<table><thead><tr><th>Description</th><th>Qty</th><th>Unit</th><th>Amount</th></tr></thead>
<tbody>{rows}</tbody></table>
<p>Subtotal ${inv.subtotal_cents / 100:,.2f}<br>Tax ${inv.tax_cents / 100:,.2f}<br>
<b>Total ${inv.total_cents / 100:,.2f}</b><br>Paid with Visa •••• 4242</p></body></html>"""


def invoice_pdf() -> list[Result]:
    from smartalex_desktop.documents import render_invoice

    acct, inv = account(), invoice(123)
    render_invoice(inv, acct)  # fonts registered, modules warm: what every later call sees
    ours = median(timed(lambda: render_invoice(inv, acct), PDF_RUNS))
    results = [Result("invoice PDF (reportlab)", ours * 1000, "ms", "≤ 10 ms", ours * 1000 <= 10)]
    page = as_html(inv, acct)
    if importlib.util.find_spec("weasyprint") is not None:
        import weasyprint

        weasyprint.HTML(string=page).write_pdf()
        theirs = median(timed(lambda: weasyprint.HTML(string=page).write_pdf(), 10))
        results.append(
            Result(
                "invoice PDF: WeasyPrint / ours",
                theirs / ours,
                "×",
                note=f"WeasyPrint {theirs * 1000:.0f} ms for the same invoice from HTML",
            )
        )
    else:
        results.append(
            Result("invoice PDF: WeasyPrint / ours", None, "×", note="WeasyPrint not installed")
        )
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / "invoice.html"
            source.write_text(page, encoding="utf-8")
            out = Path(tmp) / "invoice.pdf"
            command = [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--print-to-pdf={out}",
                source.as_uri(),
            ]

            def print_pdf() -> None:
                subprocess.run(command, capture_output=True, check=True, timeout=60)

            print_pdf()
            theirs = median(timed(print_pdf, 5))
        results.append(
            Result(
                "invoice PDF: Chromium / ours",
                theirs / ours,
                "×",
                note=f"headless Chromium print-to-PDF {theirs * 1000:.0f} ms, process start "
                "included (how a billing system shells out to it)",
            )
        )
    else:
        results.append(
            Result("invoice PDF: Chromium / ours", None, "×", note="Chromium not installed")
        )
    return results


def export_1000() -> list[Result]:
    from smartalex_desktop.documents import export_invoices

    acct = account()
    invoices = [invoice(n, lines=3 + n % 10) for n in range(1, 1001)]
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        result = export_invoices(invoices, acct, Path(tmp) / "out")
        seconds = time.perf_counter() - started
        written = len(result.pdfs)
    return [
        Result(
            "export 1,000 invoices (PDFs + CSV)",
            seconds,
            "s",
            "≤ 15 s",
            seconds <= 15 and written == 1000,
            note=f"{written} PDFs",
        )
    ]
