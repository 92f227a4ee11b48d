"""Payments the bank asks the cardholder to confirm (3-D Secure), end to end: the app under
pytest-qt, SmartAlex's payment page in a real chromium (Playwright) with localstripe's Stripe.js
stand-in, the live sandbox behind both. The card (4000002760003184) asks on every payment.

A top-up from Add Credits and an invoice's Pay Now answer 402 `authentication_required`; the
app opens the page and waits in the tab; the bank's "Complete authentication" credits / pays,
"Fail authentication" leaves nothing charged — and both say so, in the page and in the app."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from smartalex_desktop.api import models
from smartalex_desktop.billing.notifications import AccountSnapshot, NotificationRules
from smartalex_desktop.gui.invoices.invoices_tab import InvoicesTab
from smartalex_desktop.gui.wallet.wallet_tab import WalletTab
from tests.gui.conftest import wait_idle
from tests.helpers.cards import AUTHENTICATE_ALWAYS, add_card

LEFT = Qt.MouseButton.LeftButton
CONFIRMED = "Payment confirmed — you can close this tab and go back to SmartAlex Desktop"

pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


def gone(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def show(qtbot, window, kind):
    tab = next(view for view in window.tab_views if isinstance(view, kind))
    window.ui.tabs.setCurrentWidget(tab)
    wait_idle(qtbot, window)
    return tab


def confirm_in_page(page, url: str, bank: str) -> None:
    page.goto(url)
    page.get_by_role("button", name="Confirm with My Bank").click()
    page.get_by_role("button", name=bank).click()


def caught(qtbot, links, before: int) -> str:
    qtbot.waitUntil(lambda: len(links.urls) > before, timeout=10_000)
    url = links.urls[-1]
    assert "/payment-confirmation#" in url
    return url


@pytest.mark.parametrize("bank", ["Complete authentication", "Fail authentication"])
def test_a_top_up_the_bank_asks_to_confirm(qtbot, open_window, opened_links, page, bank):
    opened = open_window(tax_rate_bps=825)
    add_card(opened.customer.http, AUTHENTICATE_ALWAYS)
    window = opened.window
    window.refresh()
    tab = show(qtbot, window, WalletTab)
    qtbot.waitUntil(lambda: tab.state is not None and bool(tab.state.cards), timeout=10_000)
    qtbot.mouseClick(tab.ui.addCreditsButton, LEFT)
    dialog = tab.credits.add_credits_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.ui.pick50Button, LEFT)
    qtbot.mouseClick(dialog.add_button, LEFT)
    url = caught(qtbot, opened_links, 0)
    qtbot.waitUntil(lambda: gone(dialog))  # handed to the tab: nothing modal
    assert tab.bank.waiting and tab.bank.panel.isVisible()
    assert QApplication.activeModalWidget() is None
    assert "$54.13 with Visa •••• 3184" in tab.bank.panel.ui.textLabel.text()

    confirm_in_page(page, url, bank)
    qtbot.waitUntil(lambda: not tab.bank.waiting, timeout=10_000)
    wait_idle(qtbot, window)
    wallet = opened.customer.http.get("/v1/wallet").json()
    transactions = opened.customer.http.get("/v1/wallet/transactions").json()["data"]
    if bank == "Complete authentication":
        page.get_by_text(CONFIRMED).wait_for()
        assert window.message_bar.text.startswith(
            "Your bank confirmed the payment of $54.13 with Visa •••• 3184: the credits are in "
            "your Wallet"
        )
        assert wallet["balance_cents"] == 50_00 and tab.ui.balanceValue.text() == "$50.00"
        assert [t["status"] for t in transactions] == ["succeeded"]
    else:
        page.get_by_text("Your bank did not confirm the payment.").wait_for()
        assert page.get_by_text("Nothing was charged.").first.is_visible()
        assert window.message_bar.text.startswith(
            "Wallet top-up of $50.00: Your bank did not confirm the payment, so nothing was "
            "charged."
        )
        assert wallet["balance_cents"] == 0
        assert [(t["status"], t["amount_cents"]) for t in transactions] == [("failed", 0)]


@pytest.mark.parametrize("bank", ["Complete authentication", "Fail authentication"])
def test_pay_now_on_an_invoice_the_bank_asks_to_confirm(
    qtbot, open_window, sandbox, opened_links, page, bank
):
    """Usage past the allowance is invoiced at once and tried on the card off-session: the bank
    can't ask anyone then, so it is a decline that leaves the invoice open (and the app's notice
    says to confirm it). Pay Now confirms it with the bank, in the page."""
    customer = sandbox.create_account(plan="professional")
    add_card(customer.http, AUTHENTICATE_ALWAYS)
    call = customer.http.post("/v1/sandbox/calls", json={"call_type": "inbound", "seconds": 12_000})
    assert call.status_code == 201, call.text
    [invoice] = customer.http.get("/v1/invoices", params={"status": "open"}).json()["data"]
    assert invoice["payments"][-1]["failure_code"] == "authentication_required"
    assert customer.http.get("/v1/subscription").json()["status"] == "past_due"

    opened = open_window(customer=customer)
    window = opened.window
    rules = NotificationRules()
    notices = rules.observe(
        AccountSnapshot(
            account="Clinic",
            wallet=models.Wallet.model_validate(customer.http.get("/v1/wallet").json()),
            usage=None,
            cards=[],
            open_invoices=[models.Invoice.model_validate(invoice)],
            today=models.Invoice.model_validate(invoice).created_at.date(),
        )
    )
    [notice] = [n for n in notices if n.kind == "invoice_past_due"]
    assert notice.title == "Your bank asks you to confirm a payment"
    assert f"confirm the payment of invoice {invoice['number']}" in notice.text
    assert "press Pay Now" in notice.text

    tab = show(qtbot, window, InvoicesTab)
    qtbot.waitUntil(lambda: tab.selected_invoice is not None, timeout=10_000)
    tab.invoice_actions.pay_now(tab.selected_invoice)
    dialog = tab.invoice_actions.pay_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.pay_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(dialog.pay_button, LEFT)
    url = caught(qtbot, opened_links, 0)
    qtbot.waitUntil(lambda: gone(dialog))
    assert tab.bank.waiting and tab.bank.panel.isVisible()

    confirm_in_page(page, url, bank)
    qtbot.waitUntil(lambda: not tab.bank.waiting, timeout=10_000)
    wait_idle(qtbot, window)
    now = customer.http.get(f"/v1/invoices/{invoice['id']}").json()
    if bank == "Complete authentication":
        page.get_by_text(CONFIRMED).wait_for()
        assert now["status"] == "paid"
        assert window.message_bar.text.startswith(
            f"Your bank confirmed the payment: Invoice {invoice['number']} was paid"
        )
        assert customer.http.get("/v1/subscription").json()["status"] == "active"
    else:
        page.get_by_text("Your bank did not confirm the payment.").wait_for()
        assert now["status"] == "open" and now["amount_paid_cents"] == 0
        assert "nothing was charged" in window.message_bar.text
