"""The row the user chose stays the record every button acts on, in every history table
(`RecordTableModel` under a `QTableView`): Invoices, Wallet transactions and top-ups, Usage calls
and daily minutes. Through the real window against the live sandbox: choose a row, click each
column's header twice (both orders), let a further page merge in, filter and clear the filter,
reload; the highlighted row, the detail pane or footer and each action's target stay on the same
record, the header's arrow says the order the rows are in, and the action then acts on it.

The complaint it answers (issue 16): Invoices → choose SA-2026-000018 → click Date, and row
000003 was highlighted while the pane and "Download PDF…" still meant 000018."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableView

from smartalex_desktop.gui.invoices.invoices_tab import InvoicesTab
from smartalex_desktop.gui.runtime.table_model import Column, RecordTableModel, SortRole
from smartalex_desktop.gui.usage.usage_tab import UsageTab
from smartalex_desktop.gui.wallet.wallet_tab import WalletTab
from smartalex_desktop.gui.widgets.sort_header import show_sort_order
from tests.gui.conftest import wait_idle
from tests.helpers import pdf
from tests.helpers.cards import DECLINED_WHEN_CHARGED, VISA, add_card
from tests.helpers.ledger import list_all, post_top_up

LEFT = Qt.MouseButton.LeftButton
ASCENDING, DESCENDING = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
FULL_ALLOWANCE_S = 100 * 60  # the Professional plan's included minutes

pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


# --- what the user sees -------------------------------------------------------------------------


def row_texts(view: QTableView, row: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for column in range(model.columnCount())]


def click_row(qtbot, view: QTableView, row: int) -> list[str]:
    """Click a row as the user does; what it reads."""
    view.scrollTo(view.model().index(row, 0))
    qtbot.mouseClick(
        view.viewport(), LEFT, pos=view.visualRect(view.model().index(row, 0)).center()
    )
    assert view.currentIndex().row() == row
    return row_texts(view, row)


def click_header(qtbot, view: QTableView, column: int) -> None:
    header = view.horizontalHeader()
    view.scrollTo(view.model().index(max(view.currentIndex().row(), 0), column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))


def assert_highlighted(view: QTableView, texts: list[str], *, in_sight: bool = False) -> None:
    """One row highlighted, the current one, reading as the chosen record did."""
    current = view.currentIndex()
    assert current.isValid(), "nothing is chosen any more"
    assert [index.row() for index in view.selectionModel().selectedRows()] == [current.row()]
    assert row_texts(view, current.row()) == texts
    if in_sight:
        assert view.viewport().rect().intersects(view.visualRect(current))


def assert_rows_in_header_order(view: QTableView) -> None:
    """The rows are in the order the header's arrow says (▲ ascending, ▼ descending)."""
    header = view.horizontalHeader()
    model = view.model()
    column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
    keys = [model.index(row, column).data(SortRole) for row in range(model.rowCount())]
    keys = [key for key in keys if key is not None]
    assert keys == sorted(keys, reverse=order == DESCENDING), (column, order)
    assert arrow(header, column) == ("up" if order == ASCENDING else "down")


def arrow(header: QHeaderView, section: int) -> str:
    """Which way the sort arrow drawn on `section` points. Painted again with the other order
    (signals blocked: the rows stay), the pixels only this arrow covers are the ones nearer the
    text's colour; an ▲ has them at the bottom, where it is wider than a ▼."""
    order = header.sortIndicatorOrder()
    shown = header.grab().toImage()
    header.blockSignals(True)
    header.setSortIndicator(section, DESCENDING if order == ASCENDING else ASCENDING)
    other = header.grab().toImage()
    header.setSortIndicator(section, order)
    header.blockSignals(False)
    palette = header.palette()
    towards_text = (
        -1
        if palette.color(QPalette.ColorRole.ButtonText).lightness()
        < palette.color(QPalette.ColorRole.Button).lightness()
        else 1
    )
    left = max(header.sectionViewportPosition(section), 0)
    right = min(left + header.sectionSize(section), shown.width())
    widths = []
    for y in range(shown.height()):
        only_here = sum(
            (shown.pixelColor(x, y).lightness() - other.pixelColor(x, y).lightness()) * towards_text
            > 20
            for x in range(left, right)
        )
        if only_here:
            widths.append(only_here)
    assert len(widths) >= 2 and widths[0] != widths[-1], f"no sort arrow drawn: {widths}"
    return "up" if widths[0] < widths[-1] else "down"


def sort_every_column_both_ways(
    qtbot, view: QTableView, texts: list[str], check: Callable[[], None]
) -> None:
    """Click each header twice (one order, then the other), as the user tries them all."""
    for column in range(view.model().columnCount()):
        for _ in range(2):
            click_header(qtbot, view, column)
            assert view.horizontalHeader().sortIndicatorSection() == column
            assert_rows_in_header_order(view)
            assert_highlighted(view, texts, in_sight=True)
            check()


class HeldPages:
    """A client's page call giving pages of `size`, each after the first held until released
    (on the loader's worker), so the test can act between pages."""

    def __init__(self, client, name: str, size: int) -> None:
        self.client, self.name, self.size = client, name, size
        self.original = getattr(client, name)
        self.released = threading.Event()
        setattr(client, name, self)

    def __call__(self, *, limit: int = 100, starting_after: str | None = None):
        if starting_after is not None:
            self.released.wait(20)
        return self.original(limit=self.size, starting_after=starting_after)

    def release(self) -> None:
        self.released.set()
        setattr(self.client, self.name, self.original)


def tab_of(window, kind):
    tab = next(view for view in window.tab_views if isinstance(view, kind))
    window.ui.tabs.setCurrentWidget(tab)
    return tab


# --- the header alone ---------------------------------------------------------------------------


def test_the_arrow_points_up_for_ascending_and_down_for_descending(qtbot):
    model = RecordTableModel([Column("Amount", str, key=lambda cents: cents)])
    model.set_records([300, 100, 200])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    show_sort_order(view)
    view.show()
    qtbot.waitExposed(view)
    view.sortByColumn(0, ASCENDING)
    assert [model.record(row) for row in range(3)] == [100, 200, 300]
    assert arrow(view.horizontalHeader(), 0) == "up"
    view.sortByColumn(0, DESCENDING)
    assert [model.record(row) for row in range(3)] == [300, 200, 100]
    assert arrow(view.horizontalHeader(), 0) == "down"


# --- Invoices -----------------------------------------------------------------------------------


@pytest.fixture
def invoiced(sandbox):
    """Six invoices: a usage invoice left open (the default card declines), four paid top-ups
    of different amounts (another card), one of them refunded, and its credit note."""
    customer = sandbox.create_account(plan="professional")
    add_card(customer.http, DECLINED_WHEN_CHARGED)  # the first card: the default
    good = add_card(customer.http, VISA)
    response = customer.http.post(
        "/v1/sandbox/calls", json={"call_type": "inbound", "seconds": FULL_ALLOWANCE_S + 95 * 60}
    )
    assert response.status_code in (200, 201), response.text  # 95 minutes over: $10.45
    top_ups = {}
    for cents in (12_00, 34_00, 56_00, 78_00):
        response = post_top_up(customer.http, cents, good["id"])
        assert response.status_code == 200, response.text
        top_ups[cents] = response.json()
    refund = customer.http.post(f"/v1/wallet/top-ups/{top_ups[34_00]['id']}/refund-request")
    assert refund.status_code == 200, refund.text
    return customer


def test_the_chosen_invoice_is_what_the_pane_and_every_action_act_on_after_any_change(
    qtbot, open_window, invoiced, tmp_path, monkeypatch
):
    listed = list_all(invoiced.http, "/v1/invoices")
    by_kind = {invoice["kind"]: invoice for invoice in listed}
    assert len(listed) == 6 and by_kind["usage"]["status"] == "open"
    opened = open_window(customer=invoiced)
    window = opened.window
    window.resize(1400, 900)
    tab = next(view for view in window.tab_views if isinstance(view, InvoicesTab))
    tab.PAGE_SIZE = 3  # two pages: the second comes after the user has chosen and sorted
    held = HeldPages(window.accounts.current.client, "invoices_page", 3)
    table = tab.ui.invoiceTable
    try:
        tab_of(window, InvoicesTab)
        qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=20_000)
        qtbot.keyClick(table, Qt.Key.Key_Escape)  # Stop: the rest comes with "Load the Rest"
        assert tab.listing.load_state == "stopped"
    finally:
        held.release()
    wait_idle(qtbot, window)
    assert arrow(table.horizontalHeader(), 0) == "down"  # newest first: ▼

    # Choose the $56.00 top-up's invoice, in the middle of the first page.
    chosen = next(i for i in listed if i["kind"] == "top_up" and i["total_cents"] == 56_00)
    number = chosen["number"]
    row = [tab.model.record(r).number for r in range(tab.model.rowCount())].index(number)
    texts = click_row(qtbot, table, row)
    qtbot.waitUntil(lambda: tab.detail.complete and tab.detail.invoice.number == number)

    def pane_and_actions_mean_the_chosen_invoice() -> None:
        assert tab.detail.invoice.id == chosen["id"]
        assert tab.detail.ui.titleLabel.text() == f"Invoice {number}"
        assert tab.selected_invoice is not None and tab.selected_invoice.id == chosen["id"]
        assert [invoice.id for invoice in tab.documents.selected_invoices] == [
            chosen["id"]
        ]  # Export…

    sort_every_column_both_ways(qtbot, table, texts, pane_and_actions_mean_the_chosen_invoice)

    # The older page merges into the rows as sorted now (Status, newest last of each).
    qtbot.mouseClick(tab.ui.loadRestButton, LEFT)
    qtbot.waitUntil(lambda: tab.listing.load_state == "done", timeout=20_000)
    wait_idle(qtbot, window)
    assert tab.model.rowCount() == 6
    assert_rows_in_header_order(table)
    assert_highlighted(table, texts)
    pane_and_actions_mean_the_chosen_invoice()

    # Filters that keep it, then none: still the one chosen.
    tab.ui.statusCombo.setCurrentIndex(tab.ui.statusCombo.findText("Paid"))
    assert 1 < tab.model.rowCount() < 6
    assert_highlighted(table, texts)
    tab.ui.searchEdit.setText(number[-6:])
    assert tab.model.rowCount() == 1
    assert_highlighted(table, texts)
    qtbot.mouseClick(tab.ui.clearFiltersButton, LEFT)
    assert tab.model.rowCount() == 6
    assert_highlighted(table, texts)
    pane_and_actions_mean_the_chosen_invoice()

    # Download PDF… saves this invoice, asked for under its own name.
    tab.documents.pdf_folder = tmp_path  # not the user's Documents
    asked: list[str] = []
    saved_as = tmp_path / "chosen.pdf"

    def save_as(_parent, caption, _suggested, _filters):
        asked.append(caption)
        return str(saved_as), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    qtbot.mouseClick(tab.detail.ui.downloadPdfButton, LEFT)
    qtbot.waitUntil(saved_as.exists, timeout=20_000)
    wait_idle(qtbot, window)
    assert asked == [f"Download Invoice {number}"]
    assert number in pdf.text(saved_as)

    # The open usage invoice: Pay Now… after a re-sort pays that one.
    usage = by_kind["usage"]
    row = [tab.model.record(r).number for r in range(tab.model.rowCount())].index(usage["number"])
    texts = click_row(qtbot, table, row)
    qtbot.waitUntil(lambda: tab.detail.complete and tab.detail.invoice.id == usage["id"])
    for column in (3, 0):  # Amount, then Date
        click_header(qtbot, table, column)
        assert_rows_in_header_order(table)
        assert_highlighted(table, texts, in_sight=True)
    assert tab.detail.ui.payNowButton.isVisible()
    qtbot.mouseClick(tab.detail.ui.payNowButton, LEFT)
    dialog = tab.invoice_actions.pay_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert usage["number"] in dialog.ui.invoicesValue.text()
    assert [invoice.id for invoice in dialog.invoices] == [usage["id"]]
    dialog.reject()
    wait_idle(qtbot, window)


# --- Wallet -------------------------------------------------------------------------------------


def record_call(customer, seconds: int, call_type: str = "inbound") -> None:
    response = customer.http.post(
        "/v1/sandbox/calls", json={"call_type": call_type, "seconds": seconds}
    )
    assert response.status_code in (200, 201), response.text


@pytest.fixture
def topped_up(sandbox):
    """Three top-ups: $20.00 partly used by calls, $10.00 refunded, $50.00 unused (newest)."""
    customer = sandbox.create_account(plan="professional", tax_rate_bps=825)
    card = add_card(customer.http, VISA)
    top_ups = {"partly used": post_top_up(customer.http, 20_00, card["id"]).json()}
    record_call(customer, FULL_ALLOWANCE_S)  # the allowance, used up
    record_call(customer, 60)  # $0.11 of overage, from the oldest credits
    record_call(customer, 120)  # $0.22
    top_ups["refunded"] = post_top_up(customer.http, 10_00, card["id"]).json()
    refunded = top_ups["refunded"]["id"]
    assert customer.http.post(f"/v1/wallet/top-ups/{refunded}/refund-request").status_code == 200
    top_ups["unused"] = post_top_up(customer.http, 50_00, card["id"]).json()
    return customer, top_ups


def test_the_chosen_transaction_stays_chosen_and_opens_its_top_up(qtbot, open_window, topped_up):
    customer, top_ups = topped_up
    opened = open_window(customer=customer)
    window = opened.window
    window.resize(1400, 900)
    held = HeldPages(window.accounts.current.client, "wallet_transactions_page", 2)
    try:
        tab = tab_of(window, WalletTab)
        view = tab.ui.transactionsView
        model = tab.history.transactions
        qtbot.waitUntil(lambda: tab.state is not None and model.rowCount() == 2, timeout=20_000)
        assert tab.history.loading_transactions  # the older pages wait
        assert arrow(view.horizontalHeader(), 0) == "down"  # newest first: ▼
        # The newest: the $50.00 top-up, in the first page.
        row = next(r for r in range(2) if model.record(r).top_up_id == top_ups["unused"]["id"])
        texts = click_row(qtbot, view, row)
        sort_every_column_both_ways(qtbot, view, texts, lambda: None)
    finally:
        held.release()
    qtbot.waitUntil(lambda: not tab.history.loading_transactions, timeout=20_000)
    wait_idle(qtbot, window)
    assert model.rowCount() == 6  # the older pages, merged into the order shown
    assert_rows_in_header_order(view)
    assert_highlighted(view, texts)

    tab.ui.kindFilter.setCurrentText("Top-ups")  # it passes
    assert model.rowCount() == 3
    assert_highlighted(view, texts)
    tab.ui.kindFilter.setCurrentText("All transactions")
    assert_highlighted(view, texts)

    # Enter on it: its top-up, chosen on the other page.
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert tab.ui.historyTabs.currentWidget() is tab.ui.topUpsPage
    assert (
        tab.credits.chosen_top_up is not None
        and tab.credits.chosen_top_up.id == top_ups["unused"]["id"]
    )


@pytest.mark.parametrize("which", ["unused", "partly used", "refunded"])
def test_request_refund_follows_the_chosen_top_up_through_sorts_and_reloads(
    qtbot, open_window, topped_up, which
):
    customer, top_ups = topped_up
    chosen = top_ups[which]
    opened = open_window(customer=customer)
    window = opened.window
    window.resize(1400, 900)
    tab = tab_of(window, WalletTab)
    qtbot.waitUntil(lambda: tab.state is not None and not tab.history.loading_transactions)
    wait_idle(qtbot, window)
    ui = tab.ui
    ui.historyTabs.setCurrentWidget(ui.topUpsPage)
    view, model = ui.topUpsView, tab.credits.top_ups
    assert model.rowCount() == 3
    row = next(r for r in range(3) if model.record(r).id == chosen["id"])
    texts = click_row(qtbot, view, row)
    hint = ui.refundHint.text()
    refundable = which == "unused"
    assert hint.startswith(f"${chosen['amount_cents'] // 100}.00 top-up of ")
    assert ui.requestRefundButton.isEnabled() == refundable

    def footer_and_button_mean_the_chosen_top_up() -> None:
        assert (
            tab.credits.chosen_top_up is not None and tab.credits.chosen_top_up.id == chosen["id"]
        )
        assert ui.refundHint.text() == hint
        assert ui.requestRefundButton.isEnabled() == refundable

    sort_every_column_both_ways(qtbot, view, texts, footer_and_button_mean_the_chosen_top_up)
    window.ui.refreshAction.trigger()  # F5: the top-ups come again, as new objects
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: not tab.history.loading_transactions, timeout=20_000)
    assert_rows_in_header_order(view)
    assert_highlighted(view, texts)
    footer_and_button_mean_the_chosen_top_up()

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter asks for the refund of the chosen one
    if not refundable:
        assert tab.credits.refund_dialog is None
        return
    dialog = tab.credits.refund_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.top_up.id == chosen["id"]
    assert dialog.ui.headline.text().startswith("Refund the $50.00 top-up of ")
    qtbot.mouseClick(dialog.refund_button, LEFT)
    qtbot.waitUntil(lambda: tab.credits.refund_dialog is None, timeout=20_000)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: not tab.history.loading_transactions, timeout=20_000)
    refunded = {t["id"]: t["status"] for t in list_all(customer.http, "/v1/wallet/top-ups")}
    assert refunded == {
        top_ups["unused"]["id"]: "refunded",
        top_ups["refunded"]["id"]: "refunded",
        top_ups["partly used"]["id"]: "succeeded",
    }
    # Reloaded after the refund: the same top-up, now refunded, still the chosen one.
    assert tab.credits.chosen_top_up is not None and tab.credits.chosen_top_up.id == chosen["id"]
    assert ui.refundHint.text().endswith("Refunded.")
    assert not ui.requestRefundButton.isEnabled()


# --- Usage --------------------------------------------------------------------------------------


def test_the_chosen_call_and_day_stay_chosen_through_sorts_pages_filters_and_reloads(
    qtbot, open_window, sandbox
):
    customer = sandbox.create_account(plan="professional")
    for call_type, seconds in (
        ("inbound", 61),
        ("outbound", 300),
        ("web", 45),
        ("inbound", FULL_ALLOWANCE_S),
        ("web", 120),  # past the allowance: billed to the card
        ("outbound", 200),
    ):
        record_call(customer, seconds, call_type)
    opened = open_window(customer=customer)
    window = opened.window
    window.resize(1400, 900)
    held = HeldPages(window.accounts.current.client, "calls_page", 2)
    try:
        tab = tab_of(window, UsageTab)
        ui = tab.ui
        ui.detailTabs.setCurrentWidget(ui.callsTab)
        view, model = ui.callsTable, tab.calls.calls_model
        qtbot.waitUntil(lambda: tab.state is not None and model.rowCount() == 2, timeout=20_000)
        assert tab.calls.loading_calls
        assert arrow(view.horizontalHeader(), 0) == "down"  # newest first: ▼
        # The 2-minute web call past the allowance (the second newest).
        row = next(r for r in range(2) if model.record(r).call_type == "web")
        texts = click_row(qtbot, view, row)
        assert texts[-1] == "Card"
        sort_every_column_both_ways(qtbot, view, texts, lambda: None)
    finally:
        held.release()
    qtbot.waitUntil(lambda: not tab.calls.loading_calls, timeout=20_000)
    wait_idle(qtbot, window)
    assert model.rowCount() == 6
    assert_rows_in_header_order(view)
    assert_highlighted(view, texts)

    ui.allPeriodsCheck.setChecked(True)  # every period: the filter lifted
    assert_highlighted(view, texts)
    ui.allPeriodsCheck.setChecked(False)  # this period again
    assert_highlighted(view, texts)
    window.ui.refreshAction.trigger()  # F5: the calls come again, as new objects
    qtbot.waitUntil(lambda: not tab.calls.loading_calls, timeout=20_000)
    wait_idle(qtbot, window)
    assert_highlighted(view, texts)

    # The minutes of each day, as a table: today's row.
    ui.detailTabs.setCurrentIndex(0)
    ui.showTableCheck.setChecked(True)
    days, day_model = ui.dailyTable, tab.daily.days_model
    assert arrow(days.horizontalHeader(), 0) == "up"  # the period's days in order: ▲
    row = next(r for r in range(day_model.rowCount()) if day_model.record(r).total)
    texts = click_row(qtbot, days, row)
    sort_every_column_both_ways(qtbot, days, texts, lambda: None)
    window.ui.refreshAction.trigger()
    qtbot.waitUntil(lambda: not tab.calls.loading_calls, timeout=20_000)
    wait_idle(qtbot, window)
    assert_highlighted(days, texts)
