"""All Accounts, in the real window against a real sandbox: six accounts an agency manages, built
through the API in the states the view must tell apart (tests/helpers/agency.py). Each row is
checked figure by figure against what the API says of its account, "Needs attention" holds
exactly the accounts that need it, opening a row lands on the tab and record of its problem, and
an account whose sign-in ended says so while the others go on refreshing."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from smartalex_desktop.billing.overview import Attention, Standing
from smartalex_desktop.gui.overview.account_columns import OPEN, PRACTICE, UPDATED, WALLET, columns
from smartalex_desktop.gui.overview.account_lines import AccountsModel
from smartalex_desktop.gui.overview.export_all_dialog import ExportAllDialog
from smartalex_desktop.gui.overview.overview_tab import ATTENTION, EVERYTHING, AccountsOverview
from smartalex_desktop.gui.runtime.account_refresh import Refresh
from smartalex_desktop.gui.wallet.add_credits_dialog import AddCreditsDialog
from smartalex_desktop.gui.window.assembly import Assembly, build_window
from smartalex_desktop.gui.window.demo import start_demo
from smartalex_desktop.gui.window.sign_in_dialog import SignInDialog
from smartalex_desktop.sandbox.demo_accounts import agency_sign_ins
from tests.gui.conftest import wait_idle
from tests.helpers.agency import STATES, Agency, build_agency
from tests.helpers.ledger import list_all
from tests.helpers.sandbox import SandboxProcess, running_sandbox

pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


@pytest.fixture(scope="module")
def agency_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    """A sandbox of this module's own: building the agency moves its clock."""
    with running_sandbox(tmp_path_factory.mktemp("agency-sandbox")) as sandbox:
        yield sandbox


@pytest.fixture(scope="module")
def agency(agency_sandbox: SandboxProcess) -> Agency:
    return build_agency(agency_sandbox)


def open_agency(qtbot, sandbox, agency: Agency, app_settings, no_keyring, tmp_path) -> Assembly:
    """The window signed in to every account of the agency, every account refreshed once."""
    assembly = build_window(
        settings=app_settings,
        credentials=no_keyring,
        api_url=sandbox.url,
        cache_root=tmp_path / "cache",
    )
    assembly.refresher.set_automatic(False)
    window = assembly.window
    qtbot.addWidget(window)
    window.resize(1500, 700)
    window.show()
    done: list = []
    window.accounts.sign_in_many(
        sandbox.url,
        [(agency[state].email, agency[state].password) for state in STATES],
        on_done=done.append,
    )
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    assert len(done[0]) == len(STATES)
    qtbot.waitUntil(lambda: not window.accounts.refresher.running, timeout=60_000)
    wait_idle(qtbot, window, timeout=60_000)
    return assembly


def line_of(overview: AccountsOverview, email: str):
    return next(line for line in overview.lines.values() if line.session.email == email)


def shown_emails(overview: AccountsOverview) -> set[str]:
    return {line.session.email for line in overview.model.matching}


def cell(overview: AccountsOverview, email: str, column: int, role=Qt.ItemDataRole.DisplayRole):
    row = overview.model.row_of(lambda line: line.session.email == email)
    assert row is not None, email
    return overview.model.data(overview.model.index(row, column), role)


def test_each_row_matches_the_api_and_needs_attention_holds_exactly_who_needs_it(
    qtbot, agency_sandbox, agency, app_settings, no_keyring, tmp_path
):
    assembly = open_agency(qtbot, agency_sandbox, agency, app_settings, no_keyring, tmp_path)
    window, overview = assembly.window, assembly.overview
    # Two accounts or more: All Accounts is the first tab, and the page shown.
    assert window.ui.tabs.indexOf(overview) == 0
    assert window.ui.tabs.currentWidget() is overview
    assert window.ui.tabs.tabText(0) == "A&ll Accounts"
    assert window.ui.accountLabel.text().endswith(f"{len(STATES)} signed in")

    for state in STATES:
        api = agency[state].http
        subscription = api.get("/v1/subscription").json()
        wallet = api.get("/v1/wallet").json()
        usage = api.get("/v1/usage").json()
        cards = api.get("/v1/payment-methods").json()["data"]
        open_invoices = api.get("/v1/invoices", params={"status": "open"}).json()["data"]
        line = line_of(overview, agency[state].email)
        row = line.row
        assert row is not None and row.live, state
        assert line.status.refresh is Refresh.DONE
        assert row.practice_name == api.get("/v1/account").json()["company_name"]
        assert row.balance_cents == wallet["balance_cents"], state
        assert row.alert_cents == wallet["low_balance_threshold_cents"], state
        assert row.used_minutes == usage["used_minutes"], state
        assert row.included_minutes == usage["included_minutes"], state
        assert row.projected_overage_cents == usage["projected_overage_cents"], state
        upcoming = subscription["upcoming_renewal"]
        assert row.renewal_cents == (upcoming["total_cents"] if upcoming else None), state
        assert not row.renewal_estimated
        due = [i for i in open_invoices if i["amount_due_cents"] > 0]
        assert [i.id for i in row.open_invoices] == [i["id"] for i in due], state
        assert row.open_total_cents == sum(i["amount_due_cents"] for i in due), state
        assert {c.id for c in row.expiring_cards} <= {c["id"] for c in cards}
        assert row.auto_top_up_declines == wallet["auto_top_up"]["consecutive_declines"]

    def row(state: str):
        return line_of(overview, agency[state].email).row

    assert row("past_due").standing is Standing.PAST_DUE
    assert row("past_due").open_total_cents == 11_00 + 91  # $11.00 + 8.25 % tax
    assert Attention.LOW_BALANCE in row("low_balance").attention
    assert row("auto_top_up_off").auto_top_up_reason
    assert (
        row("canceling").standing is Standing.CANCELING and row("canceling").renewal_cents is None
    )
    assert [c.days_left < 60 for c in row("card_expiring").expiring_cards] == [True]
    assert row("healthy").attention == ()

    # Needs attention is the filter shown first, and holds exactly who needs it.
    assert overview.ui.filterCombo.currentData() == ATTENTION
    needing = {
        agency[s].email for s in ("past_due", "low_balance", "auto_top_up_off", "card_expiring")
    }
    assert shown_emails(overview) == needing
    assert overview.ui.filterCombo.currentText() == "Needs attention (4)"
    overview.show_filter(EVERYTHING)
    assert len(overview.model.matching) == len(STATES)
    assert overview.ui.summaryLabel.text().startswith("6 accounts · 4 need attention")
    # The most urgent first: past due, then the Wallet, auto top-up, the card, then the rest.
    order = [line.session.email for line in overview.model.matching]
    assert order[:4] == [
        agency[s].email for s in ("past_due", "low_balance", "auto_top_up_off", "card_expiring")
    ]

    # Colour is never alone: each flagged cell has an icon and says it in words.
    low = agency["low_balance"].email
    assert cell(overview, low, WALLET) == "$20.00 · under $50.00"
    assert cell(overview, low, WALLET, Qt.ItemDataRole.AccessibleTextRole) == (
        "Wallet $20.00, below the $50.00 alert"
    )
    assert cell(overview, low, WALLET, Qt.ItemDataRole.DecorationRole) is not None
    owing = agency["past_due"].email
    assert cell(overview, owing, OPEN) == "1 · $11.91"
    assert cell(overview, owing, OPEN, Qt.ItemDataRole.AccessibleTextRole) == (
        "1 open invoice, $11.91 past due"
    )
    assert cell(overview, owing, PRACTICE, Qt.ItemDataRole.AccessibleTextRole).startswith(
        "Harborview Family Medicine: needs attention: past due"
    )
    assert cell(
        overview, agency["healthy"].email, PRACTICE, Qt.ItemDataRole.AccessibleTextRole
    ) == ("Maple Grove Dental: nothing needs attention")

    # The manager's overage amount: the same figures judged again, and remembered.
    projected = row("healthy").projected_overage_cents or 0
    overview.ui.overageEdit.setText("0.00")
    overview.ui.overageEdit.editingFinished.emit()
    assert app_settings.overage_alert_cents == 0
    assert (Attention.OVERAGE in row("healthy").attention) == (projected > 0)


def test_opening_a_row_lands_on_the_tab_and_record_of_its_problem(
    qtbot, agency_sandbox, agency, app_settings, no_keyring, tmp_path
):
    assembly = open_agency(qtbot, agency_sandbox, agency, app_settings, no_keyring, tmp_path)
    window, overview = assembly.window, assembly.overview
    tabs = window.ui.tabs
    table = overview.ui.accountsTable

    # Past due, by Enter: Invoices, the open invoice selected.
    owing = agency["past_due"]
    assert overview.select_account(line_of(overview, owing.email).session)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    invoices_tab = window.tab_named("invoice")
    assert tabs.currentWidget() is invoices_tab
    assert window.accounts.current.email == owing.email
    [open_invoice] = owing.http.get("/v1/invoices", params={"status": "open"}).json()["data"]
    qtbot.waitUntil(lambda: invoices_tab.selected_invoice is not None, timeout=30_000)
    assert invoices_tab.selected_invoice.id == open_invoice["id"]
    assert invoices_tab.ui.invoiceTable.currentIndex().isValid()

    # Back to All Accounts (Ctrl+0's action): Wallet low, by a double click: Add Credits open.
    window.show_overview()
    assert tabs.currentWidget() is overview
    low = agency["low_balance"]
    assert overview.select_account(line_of(overview, low.email).session)
    index = overview.model.index(table.currentIndex().row(), 0)
    qtbot.waitUntil(lambda: table.visualRect(index).isValid() and table.isVisible())
    centre = table.visualRect(index).center()
    # A double click, as a mouse makes it: a click, then the second press Qt reports as double.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    wallet_tab = window.tab_named("wallet")
    assert tabs.currentWidget() is wallet_tab and window.accounts.current.email == low.email
    qtbot.waitUntil(lambda: wallet_tab.credits.add_credits_dialog is not None, timeout=30_000)
    dialog = wallet_tab.credits.add_credits_dialog
    assert isinstance(dialog, AddCreditsDialog) and dialog.isVisible()
    dialog.reject()

    # A card expiring: Payment Methods; nothing wrong: Plan (from the Open button).
    for state, tab in (("card_expiring", "card"), ("healthy", "plan")):
        window.show_overview()
        overview.show_filter(EVERYTHING)
        assert overview.select_account(line_of(overview, agency[state].email).session)
        overview.ui.openButton.click()
        assert tabs.currentWidget() is window.tab_named(tab), state
        assert window.accounts.current.email == agency[state].email
    wait_idle(qtbot, window, timeout=60_000)

    # The context menu offers the direct actions, with what is owed.
    window.show_overview()
    assert overview.select_account(line_of(overview, owing.email).session)
    overview.row_actions.open_context_menu(table.visualRect(table.currentIndex()).center())
    menu = overview.row_actions.context_menu
    assert isinstance(menu, QMenu)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["&Open", "A&dd Credits…", "Pay $11.91 &Now…", "&Refresh This Account"]
    menu.close()


def test_the_chosen_row_stays_on_its_account_through_sorts_and_refreshes(
    qtbot, agency_sandbox, agency, app_settings, no_keyring, tmp_path
):
    assembly = open_agency(qtbot, agency_sandbox, agency, app_settings, no_keyring, tmp_path)
    overview = assembly.overview
    overview.show_filter(EVERYTHING)
    chosen = agency["canceling"].email
    assert overview.select_account(line_of(overview, chosen).session)
    header = overview.ui.accountsTable.horizontalHeader()
    for column in (WALLET, UPDATED, PRACTICE):
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder)
        assert overview.current_line.session.email == chosen
    with qtbot.waitSignal(overview.refresher.batch_finished, timeout=60_000):
        overview.ui.refreshAllButton.click()
        assert overview.ui.progressRow.isVisible()  # progress while it runs
    assert not overview.ui.progressRow.isVisible()
    assert overview.current_line.session.email == chosen


def test_a_cell_is_painted_from_one_call_with_what_data_says(
    qtbot, agency_sandbox, agency, app_settings, no_keyring, tmp_path
):
    """Painting asks `multiData` once a cell (each call into Python waits for the GIL while
    accounts refresh), never `data()` role by role; the cell shows what `data()` says."""
    assembly = open_agency(qtbot, agency_sandbox, agency, app_settings, no_keyring, tmp_path)
    overview = assembly.overview
    overview.show_filter(EVERYTHING)
    model = overview.model
    delegate = QStyledItemDelegate()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, index)
            assert option.text == model.data(index), (row, column)
            icon = model.data(index, Qt.ItemDataRole.DecorationRole)
            assert option.icon.isNull() == (icon is None), (row, column)
            brush = model.data(index, Qt.ItemDataRole.ForegroundRole)
            if brush is not None:
                assert option.palette.text().color() == brush.color(), (row, column)

    # A model of the same lines in a table of its own, counting the calls Qt makes into data()
    # itself (not through multiData).
    direct = [0]

    class Counting(AccountsModel):
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            frame = sys._getframe(1)
            if frame.f_code.co_name != "multiData":
                direct[0] += 1
            return super().data(index, role)

    counting = Counting(columns(), identity=lambda line: line.key)
    counting.set_records(overview.lines.values())
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(counting)
    view.resize(1500, 400)
    direct[0] = 0
    view.grab()  # painted as the screen would be
    assert direct[0] == 0


def test_a_refresh_that_moves_no_row_repaints_only_the_rows_it_changed(
    qtbot, agency_sandbox, agency, app_settings, no_keyring, tmp_path
):
    """Nothing changed at SmartAlex: each account's new figures sort and filter as before, so
    its row takes them in place (dataChanged), and no layout change repaints every row."""
    assembly = open_agency(qtbot, agency_sandbox, agency, app_settings, no_keyring, tmp_path)
    overview = assembly.overview
    overview.show_filter(EVERYTHING)
    model = overview.model
    before = [line.key for line in model.matching]
    as_of = {line.key: line.row.as_of for line in model.matching}
    layouts, changed_rows = [], set()
    model.layoutChanged.connect(lambda *_: layouts.append(1))
    model.modelReset.connect(lambda: layouts.append(1))
    model.dataChanged.connect(lambda top, _bottom, *_: changed_rows.add(top.row()))
    with qtbot.waitSignal(overview.refresher.batch_finished, timeout=60_000):
        overview.ui.refreshAllButton.click()
    assert layouts == []
    assert changed_rows == set(range(len(before)))
    assert [line.key for line in model.matching] == before
    for line in model.matching:  # the rows show the new figures
        assert line.row.as_of > as_of[line.key]
        assert line is overview.lines[line.key]


def test_refresh_all_can_be_cancelled_and_keeps_what_it_had(
    qtbot, agency_sandbox, agency, app_settings, no_keyring, tmp_path
):
    assembly = open_agency(qtbot, agency_sandbox, agency, app_settings, no_keyring, tmp_path)
    overview, refresher = assembly.overview, assembly.accounts.refresher
    before = {key: line.row for key, line in overview.lines.items()}
    refresher.max_in_flight = 1  # one at a time, so there is something left to cancel
    seen: list[tuple[int, int]] = []
    refresher.progress.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(refresher.batch_finished, timeout=60_000) as finished:
        overview.refresh_all()
        qtbot.waitUntil(lambda: any(done >= 1 for done, _total in seen), timeout=30_000)
        overview.ui.cancelRefreshButton.click()
    assert finished.args == [True]
    assert seen[0] == (0, len(STATES)) and max(done for done, _ in seen) < len(STATES)
    assert overview.last_refresh_cancelled and not overview.ui.progressRow.isVisible()
    for key, line in overview.lines.items():  # nothing blanked
        assert line.row is not None and before[key] is not None
        assert line.status.refresh in (Refresh.DONE, Refresh.NOT_YET)


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def _cents(text: str) -> int:
    sign = -1 if text.startswith("-") else 1
    dollars, cents = text.lstrip("-").split(".")
    return sign * (int(dollars) * 100 + int(cents))


def test_export_all_from_the_window_adds_up_to_each_accounts_invoices(
    qtbot, agency_sandbox, agency, app_settings, no_keyring, tmp_path
):
    """Export All… makes the bundle `export --all-accounts` makes, read back: each account's
    invoices in the combined invoices.csv under its practice, and summary.csv's months adding
    up to the same totals as the API's invoices."""
    assembly = open_agency(qtbot, agency_sandbox, agency, app_settings, no_keyring, tmp_path)
    window, overview = assembly.window, assembly.overview
    overview.ui.exportAllButton.click()
    dialog = overview.row_actions.export_dialog
    assert isinstance(dialog, ExportAllDialog) and dialog.isVisible()
    dialog.ui.yearSpin.setValue(agency_sandbox.now().year)
    out = tmp_path / "all accounts"
    dialog.ui.folderEdit.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=120_000) as exported:
        dialog.export_button.click()
        assert dialog.running and not dialog.ui.yearSpin.isEnabled()
    sentence, folder = exported.args
    assert folder == out and not dialog.isVisible()
    assert f"of {len(STATES)} accounts" in sentence and "Left out" not in sentence
    assert window.message_bar.isVisible() and window.message_bar.text == sentence
    action = window.message_bar.findChild(QPushButton, "messageAction")
    assert action.isVisible() and action.text() == "Open &Folder"  # the bundle, one click away
    combined, summary = _csv(out / "invoices.csv"), _csv(out / "summary.csv")
    for state in STATES:
        customer = agency[state]
        invoices = [i for i in list_all(customer.http, "/v1/invoices") if i["status"] != "void"]
        mine = [row for row in combined if row["account"] == customer.email]
        assert {row["number"] for row in mine} == {i["number"] for i in invoices}, state
        assert {row["practice"] for row in mine} <= {line_of(overview, customer.email).session
                                                     .practice_name}  # fmt: skip
        assert all((out / row["file"]).is_file() for row in mine)
        api_total = sum(i["total_cents"] for i in invoices)
        assert sum(_cents(row["total"]) for row in mine) == api_total, state
        months = [row for row in summary if row["account"] == customer.email]
        assert sum(_cents(row["total"]) for row in months) == api_total, state
    wait_idle(qtbot, window, timeout=60_000)


def test_an_ended_sign_in_says_so_and_offers_sign_in_while_the_others_refresh(
    qtbot, agency_sandbox, agency, app_settings, no_keyring, tmp_path
):
    """Runs last in this module: it changes the healthy account's password."""
    assembly = open_agency(qtbot, agency_sandbox, agency, app_settings, no_keyring, tmp_path)
    window, overview = assembly.window, assembly.overview
    healthy = agency["healthy"]
    times = {key: line.row.as_of for key, line in overview.lines.items()}
    # Signed out elsewhere: a password change on another computer ends every other session.
    changed = healthy.http.post(
        "/v1/account/password",
        json={"current_password": healthy.password, "new_password": "a new password 2"},
    )
    assert changed.is_success, changed.text
    healthy.password = "a new password 2"
    with qtbot.waitSignal(overview.refresher.batch_finished, timeout=60_000):
        overview.refresh_all()
    wait_idle(qtbot, window, timeout=60_000)
    ended = line_of(overview, healthy.email)
    assert ended.signed_out and ended.status.refresh is Refresh.SIGNED_OUT
    assert ended.row is not None  # its last figures stay
    assert cell(overview, healthy.email, UPDATED) == "Signed out"
    assert "Sign In" in cell(overview, healthy.email, UPDATED, Qt.ItemDataRole.ToolTipRole)
    for key, line in overview.lines.items():
        if line is not ended:
            assert line.status.refresh is Refresh.DONE
            assert line.row.as_of > times[key]  # refreshed all the same
    # Under Needs attention, and its row offers to sign in.
    overview.show_filter(ATTENTION)
    assert healthy.email in shown_emails(overview)
    assert overview.select_account(ended.session)
    assert overview.ui.signInButton.isVisible()
    assert not overview.ui.addCreditsButton.isEnabled()
    overview.ui.signInButton.click()
    dialog = window.sign_in_dialog
    assert isinstance(dialog, SignInDialog) and dialog.isVisible()
    assert dialog.ui.emailField.text() == healthy.email
    dialog.reject()


def test_the_agency_demo_signs_in_to_every_practice_and_opens_on_all_accounts(
    qtbot, app_settings, no_keyring, tmp_path
):
    """`smartalex-desktop --demo --agency N`: the embedded sandbox seeds N practices and the
    window signs in to each, in their order, and opens on All Accounts with their live rows."""
    assembly = build_window(settings=app_settings, credentials=no_keyring, api_url=None, demo=True)
    assembly.refresher.set_automatic(False)
    window, overview = assembly.window, assembly.overview
    qtbot.addWidget(window)
    window.show()
    sandbox = start_demo(window, tmp_path / "demo", agency=3)
    try:
        qtbot.waitUntil(lambda: len(window.accounts.sessions) == 3, timeout=180_000)
        qtbot.waitUntil(lambda: not window.accounts.refresher.running, timeout=120_000)
        wait_idle(qtbot, window, timeout=60_000)
        emails = [email for email, _password in agency_sign_ins(3)]
        assert [s.email for s in window.accounts.sessions] == emails
        assert all(s.demo for s in window.accounts.sessions)
        assert window.ui.tabs.currentWidget() is overview
        assert window.windowTitle().startswith("All Accounts")
        assert all(line.row is not None and line.row.live for line in overview.lines.values())
        assert overview.attention_count >= 1  # the first practices are the ones in trouble
    finally:
        window.accounts.runner.wait_for_done(20_000)
        sandbox.stop()
