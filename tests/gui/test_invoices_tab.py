"""The Invoices tab through the real window against the live sandbox: the table as the server
holds it (numbers, kinds, amounts, statuses, dates in the account's timezone), loaded page by
page and stoppable; filters and the search by number or amount; the detail pane (lines, tax,
payment card, receipt saved to disk, bill-to); a credit note shown against the invoice it
corrects; the empty and failure states; and a past-due renewal paid with another card, once,
however often Pay is clicked. The filter rules and amount parsing are also tested alone."""

from __future__ import annotations

import email
import threading
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from smartalex_desktop.api import errors, models
from smartalex_desktop.gui.invoices.invoice_filters import InvoiceFilter, parse_amount_cents
from smartalex_desktop.gui.invoices.invoices_tab import InvoicesTab
from smartalex_desktop.gui.runtime.table_model import Column, RecordTableModel
from smartalex_desktop.gui.widgets import formatting
from tests.gui.conftest import wait_idle
from tests.helpers import pdf
from tests.helpers.cards import DECLINED_WHEN_CHARGED, MASTERCARD, VISA, add_card
from tests.helpers.ledger import post_top_up
from tests.helpers.periods import advance_to_period_end

LEFT = Qt.MouseButton.LeftButton
TIMEZONE = "America/Los_Angeles"
PRACTICE = {
    "company_name": "Bright Smile Dental",
    "address": "12 Harbor Way, Santa Cruz, CA 95060",
    "tax_id": "US-94-1234567",
}

# Qt's offscreen platform warns about what it can't do for dialogs and popup menus; real
# platforms don't.
pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


# --- helpers ------------------------------------------------------------------------------------


def server_invoices(customer, **filters) -> list[dict]:
    response = customer.http.get("/v1/invoices", params={"limit": 100, **filters})
    response.raise_for_status()
    return response.json()["data"]


def show_tab(qtbot, window, *, wait: bool = True) -> InvoicesTab:
    tab = next(view for view in window.tab_views if isinstance(view, InvoicesTab))
    window.ui.tabs.setCurrentWidget(tab)
    if wait:
        qtbot.waitUntil(lambda: tab.listing.load_state == "done", timeout=20_000)
        wait_idle(qtbot, window)
    return tab


def shown_rows(tab) -> list[tuple[str, ...]]:
    model = tab.model
    return [
        tuple(model.data(model.index(row, column)) for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def shown_numbers(tab) -> list[str]:
    return [row[1] for row in shown_rows(tab)]


def expected_row(invoice: dict, numbers: dict[str, str]) -> tuple[str, ...]:
    """How an invoice of GET /v1/invoices must read in the table (an oracle written out here)."""
    created = datetime.fromisoformat(invoice["created_at"])
    kind = {
        "renewal": "Renewal",
        "plan_change": "Plan change",
        "top_up": "Wallet top-up",
        "usage": "Usage",
        "final": "Final",
    }.get(invoice["kind"])
    total = invoice["total_cents"]
    if invoice["kind"] == "credit_note":
        kind = "Credit note"  # which invoice it refunds: in the tooltip and the pane
        total = -total
    status = {
        "paid": "Paid",
        "open": "Open",
        "refunded": "Refunded",
        "partially_refunded": "Partially refunded",
        "void": "Void",
    }[invoice["status"]]
    return (
        formatting.short_date(created, TIMEZONE),
        invoice["number"],
        kind,
        formatting.money(total),
        status,
    )


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not among {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def search(qtbot, tab, text: str) -> None:
    field = tab.ui.searchEdit
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, text)


def select_number(qtbot, tab, number: str) -> None:
    """Click the row of `number`, then wait until the pane shows the full invoice."""
    row = shown_numbers(tab).index(number)
    table = tab.ui.invoiceTable
    rect = table.visualRect(tab.model.index(row, 1))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    wait_detail(qtbot, tab, number)


def wait_detail(qtbot, tab, number: str) -> None:
    qtbot.waitUntil(
        lambda: tab.detail.complete and tab.detail.invoice.number == number, timeout=20_000
    )


# --- the filter rules alone ---------------------------------------------------------------------


def test_amounts_are_read_as_the_user_types_them():
    assert parse_amount_cents("328") == 32800
    assert parse_amount_cents("$328.00") == 32800
    assert parse_amount_cents("328.00") == 32800
    assert parse_amount_cents("1,234.5") == 123450
    assert parse_amount_cents("1.234,50") == 123450  # a comma-decimal locale
    assert parse_amount_cents("1,234") == 123400
    assert parse_amount_cents(" $ 54.13 ") == 5413
    assert parse_amount_cents("000123") is None  # part of an invoice number
    assert parse_amount_cents("SA-2026") is None
    assert parse_amount_cents("") is None


def _invoice(number: str, *, year: int, status="paid", kind="top_up", total=1000, related=None):
    return models.Invoice(
        id=f"in_{number}",
        number=f"SA-{year}-{number}",
        status=status,
        kind=kind,
        related_invoice_id=related,
        created_at=datetime(year, 1, 1, 3, 0, tzinfo=UTC),  # Dec 31 of the year before in LA
        subtotal_cents=total - 100,
        tax_cents=100,
        total_cents=total,
        amount_paid_cents=total,
    )


def test_the_filter_keeps_exactly_what_the_row_asks_for(qtmodeltester):
    invoices = [
        _invoice("000001", year=2025, total=5413),
        _invoice("000002", year=2026, kind="renewal", status="open", total=32380),
        _invoice("000003", year=2026, kind="credit_note", total=5413, related="in_000001"),
        _invoice("000004", year=2027, total=123450),
    ]
    numbers = {invoice.id: invoice.number for invoice in invoices}

    def day(moment):
        return formatting.local_date(moment, TIMEZONE)

    def kept(**wanted) -> list[str]:
        test = InvoiceFilter(**wanted).predicate(day, numbers)
        return [i.number[-6:] for i in invoices if test is None or test(i)]

    assert InvoiceFilter().predicate(day, numbers) is None  # no filter pass at all
    # The year is the account's: 2026-01-01 03:00 UTC is still 2025 in Los Angeles.
    assert kept(year=2024) == ["000001"]
    assert kept(year=2025) == ["000002", "000003"]
    assert kept(year=2026) == ["000004"]
    assert kept(status="open") == ["000002"]
    assert kept(kind="credit_note", year=2025) == ["000003"]
    assert kept(search="000002") == ["000002"]
    assert kept(search="sa-2025-000001") == ["000001", "000003"]  # and the note correcting it
    assert kept(search="$1,234.50") == ["000004"]
    assert kept(search="322.80") == ["000002"]  # before tax
    assert kept(search="54.13", status="paid") == ["000001", "000003"]
    assert kept(search="999") == []

    # The same rule in the tab's model passes Qt's model checks, sorted and filtered.
    model = RecordTableModel(
        [
            Column("Number", lambda i: i.number),
            Column("Amount", lambda i: str(i.total_cents), key=lambda i: i.total_cents),
        ]
    )
    model.set_records(invoices)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_filter(InvoiceFilter(year=2025).predicate(day, numbers))
    qtmodeltester.check(model, force_py=True)
    assert [i.number[-6:] for i in model.matching] == ["000002", "000003"]


# --- a billed account ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def billed(sandbox):
    """Two top-ups ($50.00, $328.00), an upgrade, and a refund of the first top-up (a credit
    note), with 8.25 % tax, in Los Angeles. Read-only for the tests that use it."""
    customer = sandbox.create_account(plan="professional", tax_rate_bps=825, timezone=TIMEZONE)
    response = customer.http.patch("/v1/account", json=PRACTICE)
    assert response.status_code == 200, response.text
    card = add_card(customer.http, VISA)
    first = post_top_up(customer.http, 50_00, card["id"])
    assert first.status_code == 200, first.text
    assert post_top_up(customer.http, 328_00, card["id"]).status_code == 200
    upgrade = customer.http.post("/v1/subscription/change", json={"plan": "dental"})
    assert upgrade.status_code == 200, upgrade.text
    refund = customer.http.post(
        f"/v1/wallet/top-ups/{first.json()['id']}/refund-request",
        headers={"Idempotency-Key": "refund-first-top-up"},
    )
    assert refund.status_code == 200, refund.text
    return customer


def test_the_table_shows_every_invoice_as_the_server_holds_it_and_filters_narrow_it(
    qtbot, open_window, billed
):
    opened = open_window(customer=billed)
    window = opened.window
    client = window.accounts.current.client
    tab = next(view for view in window.tab_views if isinstance(view, InvoicesTab))
    tab.PAGE_SIZE = 2  # four invoices: two pages, so paging, progress and Stop are seen

    # The second page waits until the test lets it go: the load is seen in progress.
    release = threading.Event()
    original = client.invoices_page
    pages: list[str | None] = []

    def gated(**kwargs):
        pages.append(kwargs.get("starting_after"))
        if len(pages) == 2:
            release.wait(20)
        return original(**kwargs)

    client.invoices_page = gated
    try:
        show_tab(qtbot, window, wait=False)
        qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=20_000)
        assert tab.listing.load_state == "loading"
        assert tab.ui.countLabel.text() == "Loading… 2 invoices so far"
        assert tab.ui.stopButton.isVisible() and tab.ui.loadProgress.isVisible()
        assert tab.ui.invoiceTable.hasFocus()  # the table has the focus first
        qtbot.keyClick(tab.ui.invoiceTable, Qt.Key.Key_Escape)  # Escape stops the load
        assert tab.listing.load_state == "stopped"
        assert tab.ui.countLabel.text() == (
            "2 invoices — loading stopped, so older invoices are not shown."
        )
        assert tab.ui.loadRestButton.isVisible() and tab.ui.stopButton.isHidden()
    finally:
        release.set()
    wait_idle(qtbot, window)
    assert tab.model.rowCount() == 2  # the stopped page's late answer is not shown
    qtbot.mouseClick(tab.ui.loadRestButton, LEFT)
    qtbot.waitUntil(lambda: tab.listing.load_state == "done", timeout=20_000)
    wait_idle(qtbot, window)
    client.invoices_page = original

    listed = server_invoices(billed)
    assert len(listed) == 4
    numbers = {invoice["id"]: invoice["number"] for invoice in listed}
    newest_first = sorted(listed, key=lambda i: (i["created_at"], i["number"]), reverse=True)
    assert shown_rows(tab) == [expected_row(invoice, numbers) for invoice in newest_first]
    assert tab.ui.countLabel.text() == "4 invoices"
    assert tab.ui.loadRestButton.isHidden()
    kinds = {invoice["kind"] for invoice in listed}
    assert kinds == {"top_up", "plan_change", "credit_note"}
    note = next(invoice for invoice in listed if invoice["kind"] == "credit_note")
    refunded = next(invoice for invoice in listed if invoice["id"] == note["related_invoice_id"])
    assert refunded["status"] == "refunded"
    # The newest is selected, so the pane is never blank beside the table.
    assert tab.ui.invoiceTable.currentIndex().row() == 0
    assert tab.selected_id == newest_first[0]["id"]

    # Sorting happens in the model, by what the column means (amounts as numbers).
    tab.ui.invoiceTable.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    amounts = sorted(
        (-i["total_cents"] if i["kind"] == "credit_note" else i["total_cents"]) for i in listed
    )
    assert [row[3] for row in shown_rows(tab)] == [formatting.money(a) for a in amounts]
    tab.ui.invoiceTable.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def matches(**filters) -> list[str]:
        return sorted(invoice["number"] for invoice in server_invoices(billed, **filters))

    # Status and kind: the same invoices as the server's own filters.
    choose(tab.ui.statusCombo, "Refunded")
    assert sorted(shown_numbers(tab)) == matches(status="refunded")
    assert len(shown_numbers(tab)) == 2  # the top-up and its credit note
    assert tab.ui.countLabel.text() == "2 of 4 invoices match"
    choose(tab.ui.kindCombo, "Wallet top-up")
    assert shown_numbers(tab) == [refunded["number"]]
    assert tab.ui.countLabel.text() == "1 of 4 invoices matches"
    choose(tab.ui.statusCombo, "All statuses")
    assert sorted(shown_numbers(tab)) == matches(kind="top_up")
    choose(tab.ui.kindCombo, "All types")

    # Years: the ones present, in the account's timezone.
    year = formatting.local_date(datetime.fromisoformat(listed[0]["created_at"]), TIMEZONE).year
    combo = tab.ui.yearCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All years", str(year)]
    choose(combo, str(year))
    assert len(shown_numbers(tab)) == 4
    choose(combo, "All years")

    # Search: by number, and by an amount typed as the user sees it.
    qtbot.keyClick(tab.ui.invoiceTable, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.ui.searchEdit.hasFocus()
    plan_change = next(invoice for invoice in listed if invoice["kind"] == "plan_change")
    search(qtbot, tab, plan_change["number"][-6:])
    assert shown_numbers(tab) == [plan_change["number"]]
    assert tab.selected_id == plan_change["id"]  # the pane follows what is shown
    top_up_328 = next(i for i in listed if i["kind"] == "top_up" and i["subtotal_cents"] == 32800)
    search(qtbot, tab, "328")  # before tax
    assert shown_numbers(tab) == [top_up_328["number"]]
    search(qtbot, tab, formatting.money(top_up_328["total_cents"]))  # "$355.06", with tax
    assert shown_numbers(tab) == [top_up_328["number"]]
    search(qtbot, tab, f"{plan_change['total_cents'] / 100:,.2f}".rstrip("0"))  # "162.38"
    assert shown_numbers(tab) == [plan_change["number"]]
    search(qtbot, tab, "1,234.5")
    assert shown_numbers(tab) == []
    assert tab.ui.countLabel.text() == "No invoices match these filters (of 4 invoices)."
    assert tab.detail.ui.placeholderLabel.text() == "No invoice matches the filters."
    qtbot.keyClick(tab.ui.searchEdit, Qt.Key.Key_Escape)  # Escape clears the search
    assert tab.ui.searchEdit.text() == "" and len(shown_numbers(tab)) == 4
    choose(tab.ui.statusCombo, "Paid")
    assert tab.ui.clearFiltersButton.isEnabled()
    qtbot.mouseClick(tab.ui.clearFiltersButton, LEFT)
    assert len(shown_numbers(tab)) == 4 and tab.ui.countLabel.text() == "4 invoices"
    assert not tab.ui.clearFiltersButton.isEnabled()


def test_the_detail_pane_reads_like_the_invoice_and_links_credit_notes(
    qtbot, open_window, billed, tmp_path, monkeypatch
):
    opened = open_window(customer=billed)
    window = opened.window
    tab = show_tab(qtbot, window)
    listed = server_invoices(billed)
    plan_change = next(invoice for invoice in listed if invoice["kind"] == "plan_change")
    note = next(invoice for invoice in listed if invoice["kind"] == "credit_note")
    refunded = next(invoice for invoice in listed if invoice["id"] == note["related_invoice_id"])
    detail = tab.detail
    ui = detail.ui

    # Up/Down move the selection and the pane follows, fetched in full.
    table = tab.ui.invoiceTable
    table.setFocus()
    target = shown_numbers(tab).index(plan_change["number"])
    for _ in range(target):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    wait_detail(qtbot, tab, plan_change["number"])
    full = billed.http.get(f"/v1/invoices/{plan_change['id']}").json()
    assert ui.titleLabel.text() == f"Invoice {plan_change['number']}"
    assert ui.statusBadge.text() == "Paid"
    assert ui.kindValue.text() == "Plan change"
    created = datetime.fromisoformat(full["created_at"])
    assert ui.dateValue.text() == formatting.long_date(created, TIMEZONE)
    start, end = (datetime.fromisoformat(full[k]) for k in ("period_start", "period_end"))
    assert ui.periodValue.text() == (
        f"{formatting.long_date(start, TIMEZONE)} to {formatting.long_date(end, TIMEZONE)}"
    )
    assert ui.billToValue.text() == "\n".join(
        [PRACTICE["company_name"], PRACTICE["address"], f"Tax ID: {PRACTICE['tax_id']}"]
    )
    items = [line for line in full["lines"] if line["kind"] != "tax"]
    assert detail.line_items == [
        (
            line["description"],
            str(line["quantity"]),
            formatting.money(line["unit_amount_cents"]),
            formatting.money(line["amount_cents"]),
        )
        for line in items
    ]
    assert ui.taxCaption.text() == "Tax (8.25%):"
    assert ui.subtotalValue.text() == formatting.money(full["subtotal_cents"])
    assert ui.taxValue.text() == formatting.money(full["tax_cents"])
    assert ui.totalValue.text() == formatting.money(full["total_cents"])
    assert ui.paidValue.text() == formatting.money(full["amount_paid_cents"])
    assert ui.dueValue.text() == "$0.00"
    assert ui.payNowButton.isHidden()
    [payment] = full["payments"]
    paid_on = formatting.long_date(datetime.fromisoformat(payment["created_at"]), TIMEZONE)
    assert detail.payment_lines == [
        f"{paid_on} · Visa •••• 4242 · {formatting.money(payment['amount_cents'])} · Paid"
    ]
    receipt = full["receipt"]
    sent = formatting.long_date(datetime.fromisoformat(receipt["sent_at"]), TIMEZONE)
    assert ui.receiptLabel.text() == (
        f"Receipt {receipt['number']} was emailed to {billed.email} on {sent}."
    )

    # Save Receipt: the user picks the file and the kind (PDF, or the email SmartAlex sent);
    # it is written whole, off the GUI thread.
    chosen = tmp_path / "receipts" / "for-the-accountant"
    chosen.parent.mkdir()
    asked = []
    kind = {"filter": 0}

    def choose_file(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(chosen), filters.split(";;")[kind["filter"]]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose_file))
    assert ui.saveReceiptButton.isVisible() and ui.saveReceiptButton.isEnabled()
    qtbot.mouseClick(ui.saveReceiptButton, LEFT)
    assert not ui.saveReceiptButton.isEnabled() and ui.savingProgress.isVisible()
    wait_idle(qtbot, window)
    saved_pdf = chosen.with_suffix(".pdf")
    assert asked[0].endswith(f"_{plan_change['number']}_receipt.pdf")
    printed = pdf.text(saved_pdf)
    assert receipt["number"] in printed and plan_change["number"] in printed
    assert formatting.money(plan_change["amount_paid_cents"]) in printed
    assert "Visa" in printed and "4242" in printed
    assert window.message_bar.text == f"Receipt {receipt['number']} was saved to {saved_pdf}."
    saved_pdf.unlink()

    kind["filter"] = 1  # the email, as SmartAlex sent it
    qtbot.mouseClick(ui.saveReceiptButton, LEFT)
    wait_idle(qtbot, window)
    written = chosen.with_suffix(".eml")
    server_copy = billed.http.get(f"/v1/invoices/{plan_change['id']}/receipt").content
    saved, original = (
        email.message_from_bytes(data) for data in (written.read_bytes(), server_copy)
    )
    for header in ("From", "To", "Subject", "Date", "X-SmartAlex-Invoice"):  # not Message-ID
        assert saved[header] == original[header]
    assert saved.get_payload() == original.get_payload()
    assert saved["X-SmartAlex-Invoice"] == plan_change["number"]
    assert list(chosen.parent.iterdir()) == [written]  # no temporary file left beside it
    assert window.message_bar.text == f"Receipt {receipt['number']} was saved to {written}."
    assert ui.saveReceiptButton.isEnabled() and ui.savingProgress.isHidden()

    # A credit note names the invoice it corrects, and links to it.
    select_number(qtbot, tab, note["number"])
    row = shown_numbers(tab).index(note["number"])
    assert shown_rows(tab)[row][2] == "Credit note"
    type_cell = tab.model.index(row, 2)
    assert refunded["number"] in tab.model.data(type_cell, Qt.ItemDataRole.ToolTipRole)
    assert ui.titleLabel.text() == f"Credit note {note['number']}"
    assert ui.correctsValue.text() == f"Invoice {refunded['number']}"
    assert ui.totalCaption.text() == "Total refunded:"
    assert ui.totalValue.text() == formatting.money(note["total_cents"])
    assert ui.paidValue.isHidden() and ui.receiptLabel.isHidden()
    assert f"corrects invoice {refunded['number']}" in ui.noticeLabel.text()
    assert "refunded to Visa •••• 4242" in ui.noticeLabel.text()
    qtbot.mouseClick(ui.showCorrectedButton, LEFT)
    wait_detail(qtbot, tab, refunded["number"])
    assert table.currentIndex().row() == shown_numbers(tab).index(refunded["number"])

    # …and the corrected invoice lists its credit notes, each a way back.
    assert ui.statusBadge.text() == "Refunded"
    assert ui.creditNotesHeading.isVisible()
    assert list(detail.credit_note_buttons) == [note["id"]]
    noted = formatting.long_date(datetime.fromisoformat(note["created_at"]), TIMEZONE)
    sentence = f"{note['number']}: {formatting.money(note['total_cents'])} refunded on {noted}"
    assert sentence in [label.text() for label in ui.creditNotesList.findChildren(QLabel)]
    assert "was refunded in full" in ui.noticeLabel.text()
    # Even from behind a filter that hides it.
    choose(tab.ui.kindCombo, "Wallet top-up")
    qtbot.mouseClick(detail.credit_note_buttons[note["id"]], LEFT)
    wait_detail(qtbot, tab, note["number"])
    assert tab.ui.kindCombo.currentText() == "All types"
    assert table.hasFocus()

    # The context menu offers what applies to the row.
    rect = table.visualRect(tab.model.index(shown_numbers(tab).index(refunded["number"]), 0))
    table.customContextMenuRequested.emit(rect.center())
    menu = tab.invoice_actions.context_menu
    assert menu is not None
    actions = {action.text(): action for action in menu.actions() if action.text()}
    assert not actions[f"&Pay {formatting.money(0)} Now…"].isEnabled()
    assert actions["&Save Receipt…"].isEnabled()
    actions["&Copy Invoice Number"].trigger()
    assert QApplication.clipboard().text() == refunded["number"]
    menu.close()


def test_no_invoices_yet_and_a_failed_load_that_is_tried_again(qtbot, open_window):
    opened = open_window(plan="professional")
    window = opened.window
    client = window.accounts.current.client
    original = client.invoices_page

    def offline(**_kwargs):
        raise errors.ServerError()  # a failure the saved copy does not stand in for

    client.invoices_page = offline
    tab = show_tab(qtbot, window, wait=False)
    qtbot.waitUntil(lambda: tab.ui.pages.currentWidget() is tab.ui.errorPage, timeout=20_000)
    assert tab.ui.loadErrorLabel.text() == (
        f"Your invoices could not be loaded. {errors.ServerError.default_message}"
    )
    assert not tab.ui.searchEdit.isEnabled()  # nothing to filter

    client.invoices_page = original
    qtbot.mouseClick(tab.ui.retryButton, LEFT)
    qtbot.waitUntil(lambda: tab.ui.pages.currentWidget() is tab.ui.emptyPage, timeout=20_000)
    assert tab.ui.emptyLabel.text() == "No invoices yet."
    assert server_invoices(opened.customer) == []


# --- paying an open invoice ---------------------------------------------------------------------


def test_an_open_renewal_is_paid_from_the_table_once_however_often_pay_is_clicked(
    qtbot, own_sandbox, open_own_window
):
    customer = own_sandbox.create_account(plan="professional", phone_numbers=0)
    add_card(customer.http, DECLINED_WHEN_CHARGED)  # the default: declines when charged
    good = add_card(customer.http, MASTERCARD)
    advance_to_period_end(own_sandbox, customer.http)  # past the renewal, before the first retry
    [renewal] = server_invoices(customer, kind="renewal")
    assert renewal["status"] == "open"
    owed = formatting.money(renewal["total_cents"] - renewal["amount_paid_cents"])

    opened = open_own_window(customer)
    window = opened.window
    tab = show_tab(qtbot, window)
    assert shown_numbers(tab) == [renewal["number"]]
    assert shown_rows(tab)[0][4] == "Open"
    red = tab.model.data(tab.model.index(0, 4), Qt.ItemDataRole.ForegroundRole).color()
    assert red.red() > red.green()  # a declined, past-due invoice reads red
    wait_detail(qtbot, tab, renewal["number"])
    ui = tab.detail.ui
    assert ui.payNowButton.isVisible() and ui.payNowButton.text() == f"Pay {owed} &Now…"
    assert ui.dueValue.text() == owed
    assert "didn't go through" in ui.noticeLabel.text()
    retry = datetime.fromisoformat(renewal["next_payment_attempt"])
    assert f"again on {formatting.long_date(retry, 'UTC')}" in ui.noticeLabel.text()
    [declined] = [line for line in tab.detail.payment_lines if line.endswith("Declined")]
    assert "Visa •••• 0341" in declined
    failure = renewal["payments"][0]["failure_message"]
    assert failure and failure in [w.text() for w in ui.paymentsList.findChildren(QLabel)]
    assert ui.receiptLabel.text() == "A receipt is emailed to you once this invoice is paid."

    # Enter on the open row opens Pay Invoice for it; a second Enter opens nothing more.
    table = tab.ui.invoiceTable
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = tab.invoice_actions.pay_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.isModal() and not ui.payNowButton.isEnabled()
    tab.invoice_actions.pay_now()
    assert tab.invoice_actions.pay_dialog is dialog
    assert dialog.ui.amountValue.text() == owed
    assert renewal["number"] in dialog.ui.invoicesValue.text()
    qtbot.waitUntil(lambda: dialog.ui.cardCombo.count() == 2, timeout=20_000)

    dialog.choose_card(good["id"])
    qtbot.mouseClick(dialog.pay_button, LEFT)
    qtbot.mouseClick(dialog.pay_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    wait_idle(qtbot, window)

    [renewal] = server_invoices(customer, kind="renewal")
    assert renewal["status"] == "paid"
    succeeded = [p for p in renewal["payments"] if p["status"] == "succeeded"]
    assert len(succeeded) == 1 and succeeded[0]["last4"] == "4444"
    assert customer.http.get("/v1/subscription").json()["status"] == "active"
    assert window.message_bar.text == (
        f"{owed} was paid with Mastercard •••• 4444; the receipt is on its way to your email."
    )
    # The table and the pane show what is true now, the same invoice still selected.
    qtbot.waitUntil(lambda: shown_rows(tab)[0][4] == "Paid", timeout=20_000)
    wait_detail(qtbot, tab, renewal["number"])
    qtbot.waitUntil(lambda: tab.detail.ui.statusBadge.text() == "Paid", timeout=20_000)
    assert ui.payNowButton.isHidden() and ui.dueValue.text() == "$0.00"
    assert any(
        line.endswith("Mastercard •••• 4444 · " + owed + " · Paid")
        for line in tab.detail.payment_lines
    )
    assert ui.saveReceiptButton.isVisible()


def test_a_refunded_invoice_fits_a_narrow_pane_and_nothing_moves_when_a_message_comes(
    qtbot, open_window, billed
):
    """Issue 20, item 13: a refunded invoice's pane was cut off on the right ("Amoun", "$54.1")
    with no scroll bar; and "saved" in the message bar after Download PDF… pushed the pane
    down. The pane is never narrower than its content (else it scrolls), and the message bar
    keeps its room."""
    window = open_window(customer=billed).window
    tab = show_tab(qtbot, window)
    note = next(i for i in server_invoices(billed) if i["kind"] == "credit_note")
    refunded = billed.http.get(f"/v1/invoices/{note['related_invoice_id']}").json()
    tab.select_invoice(refunded["id"])
    wait_detail(qtbot, tab, refunded["number"])
    assert tab.detail.credit_note_buttons  # the wide row: "SA-…: $54.13 refunded on … Show"

    splitter, scroll = tab.ui.splitter, tab.ui.detailScroll
    splitter.setSizes([splitter.width(), 0])  # dragged as narrow as the splitter lets it
    qtbot.waitUntil(lambda: scroll.widget().width() <= scroll.viewport().width())
    assert scroll.width() >= tab.detail.minimumSizeHint().width()
    bar = scroll.horizontalScrollBar()
    assert not bar.isVisible() or bar.maximum() == 0

    def pane_top() -> int:
        QApplication.processEvents()  # the layouts follow what was shown or hidden
        return scroll.mapTo(window, QPoint(0, 0)).y()

    message_bar = window.message_bar
    message_bar.clear()
    top = pane_top()
    message_bar.success("Invoice SA-2026-000001 was saved as invoice.pdf in /tmp.")
    assert message_bar.isVisible()
    assert pane_top() == top
    message_bar.clear()
    assert pane_top() == top
