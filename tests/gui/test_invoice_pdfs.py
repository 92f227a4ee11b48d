"""Invoice PDFs in the Invoices tab, through the real window against the live sandbox (GUI-thread
guard on): Download PDF writes the invoice where the user chose and the store remembers it; View
PDF shows that file (or, never downloaded, a copy made in memory) in a QPdfView; Open in System
Viewer hands over a complete file; Export… (Ctrl+E) writes one PDF per invoice of the year, the
CSV and the zip with the progress bar moving; a cancelled export leaves only complete PDFs. The
Usage tab saves the period's report and the Wallet tab a statement for the days chosen.

The PDFs are read back with poppler's `pdftotext` and the figures compared with what the API
gives, formatted here by hand (not by the app's own formatter)."""

from __future__ import annotations

import csv
import io
import re
import threading
import zipfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog

from smartalex_desktop.gui.invoices.invoices_tab import InvoicesTab
from smartalex_desktop.gui.runtime.changes import Change
from smartalex_desktop.gui.usage.usage_tab import UsageTab
from smartalex_desktop.gui.wallet.wallet_tab import WalletTab
from smartalex_desktop.store import Store
from tests.gui.conftest import wait_idle
from tests.helpers import pdf
from tests.helpers.cards import VISA, add_card
from tests.helpers.ledger import post_top_up

LEFT = Qt.MouseButton.LeftButton
TIMEZONE = "America/Los_Angeles"
PRACTICE = {
    "company_name": "Zoë's Dental Studio",
    "address": "12 Harbor Way, Santa Cruz, CA 95060",
    "tax_id": "US-94-1234567",
}

pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


# --- helpers ------------------------------------------------------------------------------------


def dollars(cents: int) -> str:
    """$1,234.50 — how the PDF prints an amount, written out independently."""
    sign = "-" if cents < 0 else ""
    return f"{sign}${abs(cents) // 100:,}.{abs(cents) % 100:02d}"


def server_invoices(customer) -> list[dict]:
    response = customer.http.get("/v1/invoices", params={"limit": 100})
    response.raise_for_status()
    return response.json()["data"]


def local_day(invoice: dict):
    return datetime.fromisoformat(invoice["created_at"]).astimezone(ZoneInfo(TIMEZONE)).date()


def file_name(invoice: dict) -> str:
    return f"{local_day(invoice).isoformat()}_{invoice['number']}.pdf"


def show_tab(qtbot, window) -> InvoicesTab:
    tab = next(view for view in window.tab_views if isinstance(view, InvoicesTab))
    window.ui.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.listing.load_state == "done", timeout=20_000)
    wait_idle(qtbot, window)
    return tab


def select_number(qtbot, tab, number: str) -> None:
    numbers = [tab.model.record(row).number for row in range(tab.model.rowCount())]
    table = tab.ui.invoiceTable
    rect = table.visualRect(tab.model.index(numbers.index(number), 1))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    qtbot.waitUntil(
        lambda: tab.detail.complete and tab.detail.invoice.number == number, timeout=20_000
    )


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    """The user's Documents folder, in the test's own folder."""
    folder = tmp_path / "Documents"
    real = QStandardPaths.writableLocation

    def writable(location):
        if location == QStandardPaths.StandardLocation.DocumentsLocation:
            return str(folder)
        return real(location)

    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(writable))
    return folder


@pytest.fixture(scope="module")
def billed(sandbox):
    """Top-ups of $50.00 and $328.00 with 8.25 % tax, the first refunded (a credit note)."""
    customer = sandbox.create_account(plan="professional", tax_rate_bps=825, timezone=TIMEZONE)
    assert customer.http.patch("/v1/account", json=PRACTICE).status_code == 200
    card = add_card(customer.http, VISA)
    first = post_top_up(customer.http, 50_00, card["id"])
    assert first.status_code == 200, first.text
    assert post_top_up(customer.http, 328_00, card["id"]).status_code == 200
    refund = customer.http.post(
        f"/v1/wallet/top-ups/{first.json()['id']}/refund-request",
        headers={"Idempotency-Key": "refund-first-top-up"},
    )
    assert refund.status_code == 200, refund.text
    return customer


# --- download, view, system viewer --------------------------------------------------------------


def test_a_downloaded_invoice_is_saved_remembered_and_viewed(
    qtbot, open_window, billed, sandbox, documents, tmp_path, monkeypatch
):
    opened = open_window(customer=billed)
    window = opened.window
    tab = show_tab(qtbot, window)
    listed = server_invoices(billed)
    top_up = next(i for i in listed if i["kind"] == "top_up" and i["status"] == "paid")
    note = next(i for i in listed if i["kind"] == "credit_note")
    select_number(qtbot, tab, top_up["number"])
    ui = tab.detail.ui

    chosen = tmp_path / "for the accountant" / "march"
    chosen.parent.mkdir()
    asked: list[str] = []

    def save_as(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(chosen), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    assert ui.downloadPdfButton.isVisible() and ui.downloadPdfButton.isEnabled()
    qtbot.mouseClick(ui.downloadPdfButton, LEFT)
    assert not ui.downloadPdfButton.isEnabled() and ui.pdfProgress.isVisible()
    qtbot.mouseClick(ui.downloadPdfButton, LEFT)  # a second click while busy asks nothing
    qtbot.waitUntil(lambda: ui.downloadPdfButton.isEnabled(), timeout=20_000)
    wait_idle(qtbot, window)

    # Asked once, in Documents/SmartAlex Invoices (made for it), under the sortable name.
    default_folder = documents / "SmartAlex Invoices"
    assert asked == [str(default_folder / file_name(top_up))]
    assert default_folder.is_dir()
    written = chosen.with_suffix(".pdf")
    assert sorted(chosen.parent.iterdir()) == [written]  # no temporary file beside it
    text = pdf.text(written)
    full = billed.http.get(f"/v1/invoices/{top_up['id']}").json()
    assert full["number"] in text
    assert dollars(full["total_cents"]) in text
    for line in full["lines"]:
        assert dollars(line["amount_cents"]) in text
    assert PRACTICE["company_name"] in text
    assert window.message_bar.text == (
        f"Invoice {top_up['number']} was saved as {written.name} in {written.parent}."
    )
    assert ui.pdfProgress.isHidden()
    # Remembered in the account's offline copy (a second connection to the same file).
    with Store.open(window.accounts.cache_root, sandbox.url, billed.email) as store:
        assert store.downloaded_path(top_up["id"]) == written

    # The next download starts in the folder just used.
    asked.clear()
    qtbot.mouseClick(ui.downloadPdfButton, LEFT)
    qtbot.waitUntil(lambda: ui.downloadPdfButton.isEnabled(), timeout=20_000)
    wait_idle(qtbot, window)
    assert asked == [str(chosen.parent / file_name(top_up))]

    # View PDF opens that file in the viewer.
    qtbot.mouseClick(ui.viewPdfButton, LEFT)
    viewer = tab.documents.viewer
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.document.status() == QPdfDocument.Status.Ready, timeout=20_000)
    wait_idle(qtbot, window)
    assert viewer.isVisible()
    assert viewer.path == written
    assert viewer.document.pageCount() >= 1
    assert viewer.view.document() is viewer.document
    assert viewer.windowTitle() == f"Invoice {top_up['number']} — SmartAlex Desktop"
    assert viewer.ui.noteLabel.text() == f"Saved as {written}."
    assert viewer.ui.fitWidthButton.isChecked()
    qtbot.keyClick(viewer.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert not viewer.ui.fitWidthButton.isChecked()
    qtbot.keyClick(viewer.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert viewer.ui.fitWidthButton.isChecked()

    # A credit note never downloaded: made in memory, nothing saved.
    select_number(qtbot, tab, note["number"])
    qtbot.mouseClick(ui.viewPdfButton, LEFT)
    qtbot.waitUntil(
        lambda: (
            viewer.invoice_id == note["id"]
            and viewer.document.status() == QPdfDocument.Status.Ready
        ),
        timeout=20_000,
    )
    wait_idle(qtbot, window)
    assert viewer.path is None
    assert viewer.document.pageCount() >= 1
    assert viewer.windowTitle() == f"Credit note {note['number']} — SmartAlex Desktop"
    assert sorted(chosen.parent.iterdir()) == [written]

    # Open in System Viewer: a complete temporary copy of the credit note goes to the desktop.
    opened_urls = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened_urls.append(url) or True)
    )
    qtbot.mouseClick(viewer.ui.systemViewerButton, LEFT)
    qtbot.waitUntil(lambda: bool(opened_urls), timeout=20_000)
    wait_idle(qtbot, window)
    handed = Path(opened_urls[0].toLocalFile())
    assert handed.name == file_name(note)
    assert note["number"] in pdf.text(handed)
    assert dollars(note["total_cents"]) in pdf.text(handed)
    viewer.close()


def test_a_pdf_that_arrives_after_the_viewer_closed_stays_closed(qtbot, open_window, billed):
    window = open_window(customer=billed).window
    tab = show_tab(qtbot, window)
    ui = tab.detail.ui
    qtbot.waitUntil(lambda: ui.viewPdfButton.isEnabled(), timeout=20_000)
    # Closed before the worker's answer can be delivered (no event is handled in between).
    qtbot.mouseClick(ui.viewPdfButton, LEFT)
    viewer = tab.documents.viewer
    assert viewer is not None and viewer.isVisible()
    viewer.reject()
    wait_idle(qtbot, window)
    assert not viewer.isVisible()
    assert viewer.invoice_id is None
    assert viewer.document.status() == QPdfDocument.Status.Null


# --- export ------------------------------------------------------------------------------------


def test_export_of_a_year_writes_every_pdf_the_csv_and_the_zip(
    qtbot, open_window, billed, documents, tmp_path
):
    window = open_window(customer=billed).window
    tab = show_tab(qtbot, window)
    qtbot.keyClick(tab.ui.invoiceTable, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.documents.export_dialog
    assert dialog is not None and dialog.isVisible()
    listed = server_invoices(billed)
    year = max(local_day(invoice).year for invoice in listed)
    expected = sorted(file_name(i) for i in listed if local_day(i).year == year)
    assert dialog.ui.yearRadio.isChecked()
    assert dialog.ui.yearCombo.currentData() == year
    assert dialog.ui.folderEdit.text() == str(documents / "SmartAlex Invoices")
    assert dialog.export_button.isDefault()

    out = tmp_path / "bundle"
    dialog.ui.folderEdit.setText(str(out))
    qtbot.mouseClick(dialog.ui.zipCheck, LEFT)
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert not dialog.export_button.isEnabled() and dialog.ui.progressBar.isVisible()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    wait_idle(qtbot, window)

    count = len(expected)
    assert dialog.progress_seen[0] == (0, count)
    assert dialog.progress_seen[-1] == (count, count)
    zip_name = f"SmartAlex-invoices-{year}.zip"
    assert sorted(p.name for p in out.iterdir()) == sorted([*expected, "invoices.csv", zip_name])
    rows = list(csv.DictReader(io.StringIO((out / "invoices.csv").read_text("utf-8"))))
    by_number = {invoice["number"]: invoice for invoice in listed}
    assert sorted(row["file"] for row in rows) == expected
    for row in rows:
        invoice = by_number[row["number"]]
        assert row["total"] == f"{invoice['total_cents'] // 100}.{invoice['total_cents'] % 100:02d}"
        text = pdf.text(out / row["file"])
        assert invoice["number"] in text and dollars(invoice["total_cents"]) in text
    with zipfile.ZipFile(out / zip_name) as bundle:
        assert sorted(bundle.namelist()) == sorted([*expected, "invoices.csv"])
    assert window.message_bar.text == (
        f"Exported {count} PDFs, invoices.csv and {zip_name} to {out}."
    )
    assert tab.documents.pdf_folder == out


def test_a_cancelled_export_leaves_only_complete_pdfs(
    qtbot, open_window, documents, tmp_path, monkeypatch
):
    opened = open_window(plan="professional", timezone=TIMEZONE)
    customer = opened.customer
    card = add_card(customer.http, VISA)
    for _ in range(8):
        assert post_top_up(customer.http, 10_00, card["id"]).status_code == 200
    window = opened.window
    window.accounts.announce(Change.INVOICES)  # they came after the window opened
    tab = show_tab(qtbot, window)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 8, timeout=20_000)

    # The export waits before its second invoice until the test has pressed Cancel.
    client = window.accounts.current.client
    real_invoice = client.invoice
    fetched: list[str] = []
    go_on = threading.Event()

    def gated(invoice_id):
        # Distinct invoices: the detail pane may fetch the first row's invoice meanwhile too.
        if invoice_id not in fetched:
            fetched.append(invoice_id)
            if len(fetched) == 2:
                go_on.wait(20)
        return real_invoice(invoice_id)

    monkeypatch.setattr(client, "invoice", gated)
    qtbot.mouseClick(tab.ui.exportButton, LEFT)
    dialog = tab.documents.export_dialog
    qtbot.mouseClick(dialog.ui.everythingRadio, LEFT)
    out = tmp_path / "stopped"
    dialog.ui.folderEdit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: (1, 8) in dialog.progress_seen, timeout=20_000)
    assert dialog.ui.progressBar.value() == 1
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert dialog.isVisible()  # it closes when the export has stopped, not before
    assert not dialog.cancel_button.isEnabled()
    assert dialog.ui.summaryLabel.text() == "Stopping after the current invoice…"
    go_on.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    wait_idle(qtbot, window)

    files = sorted(out.iterdir())
    assert len(files) == 1 and files[0].suffix == ".pdf"  # the one finished; no CSV, no .part
    pdf.qpdf_check(files[0])
    assert window.message_bar.text == (
        f"Export stopped: the 1 PDF finished before you stopped it is in {out}. The summary "
        "(invoices.csv) was not written; export again to finish."
    )


# --- the usage report and the Wallet statement --------------------------------------------------


def test_the_usage_report_and_a_wallet_statement_are_saved_as_pdfs(
    qtbot, open_window, sandbox, documents, tmp_path, monkeypatch
):
    customer = sandbox.create_account(plan="dental", timezone=TIMEZONE)
    assert customer.http.patch("/v1/account", json=PRACTICE).status_code == 200
    card = add_card(customer.http, VISA)
    assert post_top_up(customer.http, 40_00, card["id"]).status_code == 200
    for call_type, seconds in (("inbound", 125), ("outbound", 61), ("web", 600)):
        call = customer.http.post(
            "/v1/sandbox/calls", json={"call_type": call_type, "seconds": seconds}
        )
        assert call.is_success, call.text
    usage = customer.http.get("/v1/usage").json()
    wallet = customer.http.get("/v1/wallet").json()
    window = open_window(customer=customer).window
    asked: list[str] = []
    out = tmp_path / "chosen"
    out.mkdir()

    def save_as(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(out / Path(suggested).name), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))

    # Usage → Save Report PDF…: the current period, its figures and its calls.
    usage_tab = next(v for v in window.tab_views if isinstance(v, UsageTab))
    window.ui.tabs.setCurrentWidget(usage_tab)
    wait_idle(qtbot, window)
    assert usage_tab.ui.saveReportButton.isEnabled()
    qtbot.mouseClick(usage_tab.ui.saveReportButton, LEFT)
    wait_idle(qtbot, window)
    first_day = datetime.fromisoformat(usage["period_start"]).astimezone(ZoneInfo(TIMEZONE)).date()
    assert Path(asked[0]) == documents / "SmartAlex Invoices" / f"{first_day}_usage-report.pdf"
    report = out / Path(asked[0]).name
    pdf.qpdf_check(report)
    text = pdf.text(report)
    assert "Usage report" in text and PRACTICE["company_name"] in text
    assert usage["used_minutes"] == 3 + 2 + 10
    assert re.search(rf"Minutes used\s+{usage['used_minutes']}\b", text), text
    assert "Calls (3)" in text
    assert window.message_bar.text.startswith("The usage report for ")
    assert window.message_bar.text.endswith(f"was saved to {report}.")

    # Wallet → Save Statement PDF…: the days first (a To before the From is refused), then where.
    wallet_tab = next(v for v in window.tab_views if isinstance(v, WalletTab))
    window.ui.tabs.setCurrentWidget(wallet_tab)
    wait_idle(qtbot, window)
    qtbot.mouseClick(wallet_tab.ui.saveStatementButton, LEFT)
    dialog = wallet_tab.history.statement_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.ui.presetCombo.currentText() == "This month"
    start, end = dialog.days
    dialog.ui.toEdit.setDate(dialog.ui.fromEdit.date().addDays(-1))
    assert not dialog.save_button.isEnabled()
    assert "To day is before the From day" in dialog.ui.problemLabel.text()
    dialog.ui.presetCombo.setCurrentText("This month")
    assert dialog.days == (start, end) and dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, LEFT)
    wait_idle(qtbot, window)
    statement = out / f"{start}_to_{end}_wallet-statement.pdf"
    pdf.qpdf_check(statement)
    text = pdf.text(statement)
    assert dollars(40_00) in text
    closing = re.escape(dollars(wallet["balance_cents"]))
    assert re.search(rf"Closing balance, [A-Z][a-z]+ \d+, \d{{4}}\s+{closing}\n", text), text
    assert "1 transaction." in text
    assert window.message_bar.text.endswith(f"was saved to {statement}.")
