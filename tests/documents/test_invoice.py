"""Invoice and credit note PDFs, read back with pdftotext/pdfinfo/pdffonts/qpdf."""

from __future__ import annotations

from datetime import UTC, datetime

from smartalex_desktop.api import models
from smartalex_desktop.documents import render_invoice
from smartalex_desktop.documents.text import money
from tests.documents.conftest import ADDRESS, PRACTICE, TAX_ID
from tests.helpers import pdf


def test_an_invoice_prints_every_figure_as_the_api_gave_it(live, tmp_path):
    invoice = live.invoice("plan_change")
    path = pdf.save(tmp_path, "invoice.pdf", render_invoice(invoice, live.account))
    pdf.qpdf_check(path)
    content = pdf.text(path)

    assert invoice.number in content
    items = [line for line in invoice.lines if line.kind != "tax"]
    assert items, "the upgrade invoice has a proration line"
    for line in items:
        assert money(line.amount_cents) in content
        assert money(line.unit_amount_cents) in content
    assert f"Subtotal {money(invoice.subtotal_cents)}" in " ".join(content.split())
    assert f"Tax (8.25%) {money(invoice.tax_cents)}" in " ".join(content.split())
    assert f"Total {money(invoice.total_cents)}" in " ".join(content.split())
    assert f"Amount paid {money(invoice.amount_paid_cents)}" in " ".join(content.split())
    assert "Amount due $0.00" in " ".join(content.split())
    # Bill-to from the account settings, Unicode intact, the address on its lines.
    assert PRACTICE in content
    for address_line in ADDRESS.splitlines():
        assert address_line in content
    assert TAX_ID in content
    (payment,) = invoice.payments
    assert f"Visa •••• {payment.last4}" in content
    assert "PAID" in content
    assert "Page 1 of 1" in content

    metadata = pdf.info(path)
    assert metadata["Title"] == f"Invoice {invoice.number}"
    assert metadata["Author"] == "SmartAlex"
    assert PRACTICE in metadata["Subject"]
    # The font is embedded (a subset), so the name prints on a machine without DejaVu.
    embedded = [line for line in pdf.fonts(path).splitlines() if "DejaVuSans" in line]
    assert embedded and all(" yes yes " in line for line in embedded), pdf.fonts(path)


def test_a_refunded_top_up_and_its_credit_note_point_at_each_other(live, tmp_path):
    credit_note = live.invoice("credit_note")
    refunded = next(
        invoice for invoice in live.invoices if invoice.id == credit_note.related_invoice_id
    )
    assert refunded.status == "refunded"

    note_path = pdf.save(
        tmp_path, "note.pdf", render_invoice(credit_note, live.account, related=refunded)
    )
    pdf.qpdf_check(note_path)
    note_text = pdf.text(note_path)
    assert "Credit note" in note_text and credit_note.number in note_text
    assert f"Corrects invoice {refunded.number}" in note_text
    assert f"Total credit {money(credit_note.total_cents)}" in " ".join(note_text.split())
    assert "REFUNDED" in note_text
    assert pdf.info(note_path)["Title"] == f"Credit note {credit_note.number}"

    invoice_path = pdf.save(
        tmp_path,
        "refunded.pdf",
        render_invoice(refunded, live.account, credit_notes=[credit_note]),
    )
    invoice_text = pdf.text(invoice_path)
    assert "REFUNDED" in invoice_text
    assert "Credit notes" in invoice_text
    credit_row = next(row for row in invoice_text.splitlines() if credit_note.number in row)
    assert money(credit_note.total_cents) in credit_row


def _long_invoice(line_count: int = 120) -> models.Invoice:
    lines = [
        models.InvoiceLine(
            kind="usage",
            description=f"Line item {index:03d}: calls beyond the included minutes"
            + (", billed to the default card after the wallet ran out" if index % 7 == 0 else ""),
            quantity=index % 3 + 1,
            unit_amount_cents=1_000 + index * 37,
            amount_cents=(index % 3 + 1) * (1_000 + index * 37),
        )
        for index in range(1, line_count + 1)
    ]
    subtotal = sum(line.amount_cents for line in lines)
    tax = (subtotal * 825 + 5_000) // 10_000
    return models.Invoice(
        id="in_long",
        number="SA-2026-000777",
        status="open",
        kind="usage",
        created_at=datetime(2026, 3, 15, 3, 30, tzinfo=UTC),
        subtotal_cents=subtotal,
        tax_cents=tax,
        total_cents=subtotal + tax,
        amount_paid_cents=0,
        amount_due_cents=subtotal + tax,
        lines=lines,
    )


def test_a_long_invoice_breaks_across_pages_with_the_header_on_each(live, tmp_path):
    invoice = _long_invoice()
    path = pdf.save(tmp_path, "long.pdf", render_invoice(invoice, live.account))
    pdf.qpdf_check(path)
    pages = pdf.page_count(path)
    assert pages >= 2

    every_page = [pdf.text(path, page) for page in range(1, pages + 1)]
    for number, page_text in enumerate(every_page, start=1):
        assert f"Page {number} of {pages}" in page_text
        if number < pages or "Line item" in page_text:
            header = next(row for row in page_text.splitlines() if "Description" in row)
            assert "Qty" in header and "Unit price" in header and "Amount" in header
    # Every line exactly once (none lost or doubled at a page break), with its amount.
    rows = [row for page in every_page for row in page.splitlines() if "Line item " in row]
    assert [row.split("Line item ")[1][:3] for row in rows] == [
        f"{index:03d}" for index in range(1, 121)
    ]
    for row, line in zip(rows, invoice.lines, strict=True):
        assert row.rstrip().endswith(money(line.amount_cents)), row
    assert f"Total {money(invoice.total_cents)}" in " ".join(every_page[-1].split())
    assert "OPEN" in every_page[0]
    assert f"{money(invoice.amount_due_cents)} is due" in " ".join(every_page[-1].split())
    # Issue date in the account's timezone (Toronto): 03:30 UTC on March 15 is March 14 there.
    assert "March 14, 2026" in every_page[0]


def test_the_same_invoice_gives_the_same_bytes_in_any_process(live, tmp_path):
    invoice = live.invoice("plan_change")
    first = render_invoice(invoice, live.account)
    assert render_invoice(invoice, live.account) == first
    # A fresh interpreter, another timezone and a reproducible-build date in the environment.
    other = pdf.render_in_a_fresh_process(
        invoice,
        live.account,
        env={
            "TZ": "Asia/Tokyo",
            "SOURCE_DATE_EPOCH": "1700000000",
            "LC_ALL": "C.UTF-8",
            "PATH": "/usr/bin:/bin",
        },
    )
    assert other == first
    # ...and a different invoice does not.
    changed = invoice.model_copy(update={"status": "void"})
    assert render_invoice(changed, live.account) != first
    created = pdf.info(pdf.save(tmp_path, "same.pdf", first))["CreationDate"]
    assert str(invoice.created_at.year) in created
