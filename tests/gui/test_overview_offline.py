"""All Accounts when SmartAlex can't be reached, and the year's bundle of every remembered account.

Two accounts are remembered in a real keyring (a private Secret Service). While the sandbox
runs, `smartalex-desktop export --all-accounts --api-url` exports both — the sign-ins it finds in
the keyring, each refreshed under the lock the app shares — and the CSVs add up to what the API's
invoices say. Then SmartAlex goes away: the window, started afresh, opens All Accounts from the
saved copies, each row saying how old its figures are; Refresh All says it can't reach them and
keeps the figures; what needs SmartAlex is disabled and says why; Open still shows the account.
"""

from __future__ import annotations

import csv
from pathlib import Path

import keyring.backends.SecretService
import pytest
from PySide6.QtCore import Qt

from smartalex_desktop.credentials import CredentialStore
from smartalex_desktop.gui.overview.account_columns import UPDATED
from smartalex_desktop.gui.overview.overview_actions import UNREACHABLE, destination_for
from smartalex_desktop.gui.overview.overview_tab import EVERYTHING
from smartalex_desktop.gui.runtime.account_refresh import Refresh
from smartalex_desktop.gui.runtime.thread_guard import refuse_gui_thread
from smartalex_desktop.gui.window.assembly import Assembly, build_window
from tests.gui.conftest import wait_idle
from tests.helpers.agency import record_call
from tests.helpers.cards import VISA, add_card
from tests.helpers.ledger import list_all, post_top_up
from tests.helpers.sandbox import running_sandbox
from tests.helpers.secret_service import private_secret_service
from tests.security.export_cli import run_export

pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def _cents(text: str) -> int:
    sign = -1 if text.startswith("-") else 1
    dollars, cents = text.lstrip("-").split(".")
    return sign * (int(dollars) * 100 + int(cents))


def test_offline_rows_from_the_saved_copies_and_the_bundle_of_every_remembered_account(
    qtbot, tmp_path, app_settings
):
    with private_secret_service(tmp_path / "secret-service") as service, service.activated():
        credentials = CredentialStore(
            backend=keyring.backends.SecretService.Keyring(), thread_guard=refuse_gui_thread
        )

        def open_window(url: str) -> Assembly:
            assembly = build_window(
                settings=app_settings,
                credentials=credentials,
                api_url=url,
                cache_root=tmp_path / "cache",
            )
            assembly.refresher.set_automatic(False)
            qtbot.addWidget(assembly.window)
            assembly.window.show()
            return assembly

        with running_sandbox(tmp_path / "sandbox") as sandbox:
            url = sandbox.url
            # Two practices of one name, in two cities: their folders must not collide.
            first = sandbox.create_account(
                plan="dental", company_name="Cedar Park Dental", tax_rate_bps=825
            )
            second = sandbox.create_account(plan="professional", company_name="Cedar Park Dental")
            for customer, amount in ((first, 50_00), (second, 30_00)):
                card = add_card(customer.http, VISA)
                assert post_top_up(customer.http, amount, str(card["id"])).is_success
            record_call(second, 130)  # 30 minutes over, from the Wallet
            assembly = open_window(url)
            window = assembly.window
            for customer in (first, second):
                window.accounts.sign_in(url, customer.email, customer.password, remember=True)
                qtbot.waitUntil(
                    lambda c=customer: any(s.email == c.email for s in window.accounts.sessions),
                    timeout=30_000,
                )
            qtbot.waitUntil(lambda: not window.accounts.refresher.running, timeout=60_000)
            wait_idle(qtbot, window, timeout=60_000)
            overview = assembly.overview
            online_rows = {line.session.email: line.row for line in overview.lines.values()}
            assert all(row is not None and row.live for row in online_rows.values())

            # The year's bundle of every remembered account, as a scheduled job makes it.
            year = sandbox.now().year
            out = tmp_path / "bundle"
            done = run_export(
                "--all-accounts", "--api-url", url, "--cache-dir", str(tmp_path / "export-cache"),
                "--year", str(year), "--out", str(out), "--zip",
            )  # fmt: skip
            assert done.returncode == 0, done.stderr
            assert "Traceback" not in done.stderr
            folders = sorted(path.name for path in out.iterdir() if path.is_dir())
            local = {c.email: c.email.split("@")[0] for c in (first, second)}
            assert folders == sorted(f"Cedar-Park-Dental_{part}" for part in local.values())
            combined = _csv(out / "invoices.csv")
            summary = _csv(out / "summary.csv")
            assert list(out.glob("*.zip"))
            for customer in (first, second):
                invoices = [
                    i for i in list_all(customer.http, "/v1/invoices") if i["status"] != "void"
                ]
                assert invoices
                mine = [row for row in combined if row["account"] == customer.email]
                assert {row["number"] for row in mine} == {i["number"] for i in invoices}
                assert {row["practice"] for row in mine} == {"Cedar Park Dental"}
                folder = f"Cedar-Park-Dental_{local[customer.email]}"
                assert all(row["file"].startswith(f"{folder}/") for row in mine)
                assert all((out / row["file"]).is_file() for row in mine)
                api_total = sum(i["total_cents"] for i in invoices)  # no credit notes here
                assert sum(_cents(row["total"]) for row in mine) == api_total
                months = [row for row in summary if row["account"] == customer.email]
                assert sum(_cents(row["total"]) for row in months) == api_total
                assert sum(_cents(row["tax"]) for row in months) == sum(
                    i["tax_cents"] for i in invoices
                )
                for month in months:  # the columns add up to the month's total
                    parts = ("subscription", "phone_numbers", "usage_billed_to_card",
                             "wallet_top_ups", "refunds", "other", "tax")  # fmt: skip
                    assert sum(_cents(month[p]) for p in parts) == _cents(month["total"])
            window.close()
            assembly.runner.wait_for_done(20_000)

        # SmartAlex is gone. The app starts again: All Accounts from the saved copies.
        again = open_window(url)
        restored: list = []
        again.accounts.restore(url, on_done=restored.extend)
        qtbot.waitUntil(lambda: len(restored) == 2, timeout=60_000)
        overview = again.overview
        assert again.window.ui.tabs.currentWidget() is overview
        qtbot.waitUntil(lambda: overview.saved_loaded, timeout=30_000)
        wait_idle(qtbot, again.window, timeout=60_000)
        overview.show_filter(EVERYTHING)
        for line in overview.lines.values():
            before = online_rows[line.session.email]
            assert line.row is not None and not line.row.live
            assert line.row.balance_cents == before.balance_cents
            assert line.row.used_minutes == before.used_minutes
            assert overview_text(overview, line.session.email).startswith("Saved · ")

        with qtbot.waitSignal(overview.refresher.batch_finished, timeout=120_000):
            overview.refresh_all()
        wait_idle(qtbot, again.window, timeout=60_000)
        for line in overview.lines.values():
            assert line.status.refresh is Refresh.FAILED and line.unreachable
            assert line.row is not None and line.row.balance_cents is not None  # not blanked
            assert overview_text(overview, line.session.email).startswith("Offline · ")
        assert "2 could not be reached" in overview.ui.summaryLabel.text()
        # What needs SmartAlex waits, saying why; opening the account shows its saved copy.
        assert not overview.ui.addCreditsButton.isEnabled()
        assert overview.ui.addCreditsButton.toolTip() == UNREACHABLE
        chosen = overview.current_line
        assert chosen is not None
        overview.ui.openButton.click()
        wanted = destination_for(chosen).tab  # its problem's tab (heavy usage: Usage)
        assert again.window.ui.tabs.currentWidget() is again.window.tab_named(wanted)
        assert again.accounts.current is chosen.session
        wait_idle(qtbot, again.window, timeout=60_000)
        again.runner.wait_for_done(20_000)


def overview_text(overview, email: str) -> str:
    row = overview.model.row_of(lambda line: line.session.email == email)
    return str(overview.model.data(overview.model.index(row, UPDATED), Qt.ItemDataRole.DisplayRole))
