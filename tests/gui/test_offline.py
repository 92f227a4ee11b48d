"""SmartAlex goes away mid-use: the window keeps showing the account from its offline copy,
says so, and comes back by itself when SmartAlex answers again."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from smartalex_desktop.gui.widgets.connection_gate import OFFLINE_REASON
from smartalex_desktop.gui.window.assembly import build_window
from tests.gui.conftest import wait_idle
from tests.helpers import pdf
from tests.helpers.cards import add_card
from tests.helpers.ledger import post_top_up
from tests.helpers.sandbox import running_sandbox


def test_the_window_shows_the_saved_copy_offline_and_reconnects(
    qtbot, tmp_path, app_settings, no_keyring, monkeypatch
):
    with running_sandbox(tmp_path / "sandbox") as sandbox:
        customer = sandbox.create_account(plan="dental", tax_rate_bps=825)
        card = add_card(customer.http)
        topped_up = post_top_up(customer.http, 50_00, str(card["id"]))
        assert topped_up.is_success
        # The account is in UTC: the top-up's day there.
        top_up_day = datetime.fromisoformat(topped_up.json()["created_at"]).date()
        assembly = build_window(
            settings=app_settings,
            credentials=no_keyring,
            api_url=sandbox.url,
            cache_root=tmp_path / "cache",
        )
        window = assembly.window
        qtbot.addWidget(window)
        window.show()
        window.accounts.sign_in(sandbox.url, customer.email, customer.password, remember=False)
        qtbot.waitUntil(lambda: window.accounts.current is not None, timeout=20_000)
        wait_idle(qtbot, window)  # the first loads and the offline copy's sync
        session = window.accounts.current
        assert session.saved_at is not None
        tabs = window.ui.tabs
        plan_tab, invoices_tab = tabs.widget(0), tabs.widget(2)
        plan_text = plan_tab.ui.planNameLabel.text()
        tabs.setCurrentIndex(2)
        wait_idle(qtbot, window)
        invoice_numbers = [invoice.number for invoice in invoices_tab.model.records]
        assert invoice_numbers

        sandbox.stop()  # SmartAlex is gone
        window.ui.refreshAction.trigger()
        qtbot.waitUntil(lambda: window.offline, timeout=30_000)
        wait_idle(qtbot, window, timeout=60_000)
        assert window.message_bar.text.startswith("Offline — showing data from")
        assert window.connection_label.text().startswith("Offline")
        assert [invoice.number for invoice in invoices_tab.model.records] == invoice_numbers
        tabs.setCurrentIndex(0)
        wait_idle(qtbot, window, timeout=60_000)
        assert plan_tab.ui.planNameLabel.text() == plan_text
        assert "Traceback" not in window.message_bar.text
        # The background refresh backs off while SmartAlex can't be reached.
        refresher, every = assembly.refresher, app_settings.refresh_minutes * 60_000
        qtbot.waitUntil(lambda: not refresher.running, timeout=60_000)
        before = refresher.interval_ms
        with qtbot.waitSignal(refresher.round_finished, timeout=60_000):
            refresher.refresh_now()
        assert refresher.interval_ms == 2 * before >= 2 * every
        # What needs SmartAlex is disabled in advance, and says why.
        cards_tab, wallet_tab = tabs.widget(1), tabs.widget(3)
        tabs.setCurrentIndex(3)
        wait_idle(qtbot, window, timeout=60_000)
        needing = [
            plan_tab.ui.changePlanButton,
            plan_tab.ui.cancelSubscriptionButton,
            cards_tab.ui.addCardButton,
            wallet_tab.ui.addCreditsButton,
            wallet_tab.ui.editAutoTopUpButton,
            window.ui.accountSettingsAction,
        ]
        for target in needing:
            assert not target.isEnabled(), target.objectName()
            assert target.toolTip() == OFFLINE_REASON, target.objectName()
        assert wallet_tab.ui.balanceValue.text() == "$50.00"
        # Documents are made here, from the saved copy: a Wallet statement saves offline too.
        monkeypatch.setattr(
            QFileDialog,
            "getSaveFileName",
            staticmethod(lambda _p, _c, suggested, _f: (str(tmp_path / Path(suggested).name), "")),
        )
        assert wallet_tab.ui.saveStatementButton.isEnabled()
        qtbot.mouseClick(wallet_tab.ui.saveStatementButton, Qt.MouseButton.LeftButton)
        # The top-up's day, not a preset: offline, "this month" is this machine's, and the
        # sandbox's clock (when the top-up was made) is pinned elsewhere in the calendar.
        dialog = wallet_tab.history.statement_dialog
        for edit in (dialog.ui.fromEdit, dialog.ui.toEdit):
            edit.setDate(QDate(top_up_day.year, top_up_day.month, top_up_day.day))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, window, timeout=60_000)
        [statement] = tmp_path.glob("*_wallet-statement.pdf")
        assert "Top-up of $50.00" in pdf.text(statement)
        # Reading still works: the invoice PDF is made from the saved copy.
        tabs.setCurrentIndex(2)
        wait_idle(qtbot, window, timeout=60_000)
        assert not invoices_tab.detail.ui.payNowButton.isVisible()  # nothing is open

        # SmartAlex is back at the same address: the app finds it by itself.
        sandbox.port = urlsplit(sandbox.url).port or 0
        sandbox.start()
        # Meanwhile another top-up was made on SmartAlex (from the web portal, say).
        assert post_top_up(customer.http, 20_00, str(card["id"])).is_success
        window.accounts.check_connection()  # what the reconnect timer does every 10 s
        qtbot.waitUntil(lambda: not window.offline, timeout=30_000)
        wait_idle(qtbot, window, timeout=60_000)
        assert window.connection_label.text().startswith("Connected")
        assert not window.message_bar.text.startswith("Offline")
        with qtbot.waitSignal(refresher.round_finished, timeout=60_000):
            refresher.refresh_now()
        assert refresher.interval_ms == every  # back to normal after the first answer
        for target in needing:
            assert target.isEnabled(), target.objectName()
            assert target.toolTip() != OFFLINE_REASON, target.objectName()
        # The sync on reconnecting brought what changed into the view and the saved copy.
        qtbot.waitUntil(lambda: len(invoices_tab.model.records) == len(invoice_numbers) + 1)
        window.accounts.runner.wait_for_done(20_000)
        assert len(session.store.invoices()) == len(invoice_numbers) + 1
        window.accounts.runner.wait_for_done(20_000)


def test_a_fresh_start_with_smartalex_unreachable_opens_the_saved_copy(
    qtbot, tmp_path, app_settings
):
    import keyring.backends.SecretService

    from smartalex_desktop.credentials import CredentialStore
    from smartalex_desktop.gui.runtime.thread_guard import refuse_gui_thread
    from tests.helpers.secret_service import private_secret_service

    with private_secret_service(tmp_path / "secret-service") as service, service.activated():
        credentials = CredentialStore(
            backend=keyring.backends.SecretService.Keyring(), thread_guard=refuse_gui_thread
        )

        def window_for(url: str):
            window = build_window(
                settings=app_settings,
                credentials=credentials,
                api_url=url,
                cache_root=tmp_path / "cache",
            ).window
            qtbot.addWidget(window)
            window.show()
            return window

        with running_sandbox(tmp_path / "sandbox") as sandbox:
            customer = sandbox.create_account(plan="real_estate")
            url = sandbox.url
            first = window_for(url)
            first.accounts.sign_in(url, customer.email, customer.password, remember=True)
            qtbot.waitUntil(lambda: first.accounts.current is not None, timeout=20_000)
            wait_idle(qtbot, first)  # loads, and the offline copy's sync
            plan_text = first.ui.tabs.widget(0).ui.planNameLabel.text()
            assert "Real Estate" in plan_text
            first.close()
        # The next morning SmartAlex can't be reached: the app opens on what it saved.
        again = window_for(url)
        restored: list = []
        again.accounts.restore(url, on_done=restored.extend)
        qtbot.waitUntil(lambda: bool(restored), timeout=60_000)
        wait_idle(qtbot, again, timeout=60_000)
        assert again.accounts.current.email == customer.email
        assert again.offline
        assert again.message_bar.text.startswith("Offline — showing data from")
        assert again.ui.tabs.widget(0).ui.planNameLabel.text() == plan_text
        again.accounts.runner.wait_for_done(20_000)
