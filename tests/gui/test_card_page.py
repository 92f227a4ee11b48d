"""Adding a card end to end: the app under pytest-qt, SmartAlex's card page in a real chromium
(Playwright), localstripe's Stripe.js stand-in in the page, the live sandbox behind both.

The app never sees a card number: Add Card creates a card-setup session, opens its link with
`QDesktopServices.openUrl` (caught by a URL handler here and handed to the browser), and waits in
a panel of the tab while the card is typed in the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from smartalex_desktop.gui.cards.payment_methods_tab import PaymentMethodsTab
from smartalex_desktop.gui.wallet.wallet_tab import WalletTab
from tests.gui.conftest import wait_idle
from tests.helpers.browser import fill_card
from tests.helpers.cards import AUTHENTICATE, AUTHENTICATE_ALWAYS, DECLINED_AT_SETUP, VISA, add_card

LEFT = Qt.MouseButton.LeftButton
SAVED = "Card saved — you can close this tab and go back to SmartAlex Desktop"

pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


def cards_tab(qtbot, opened) -> PaymentMethodsTab:
    window = opened.window
    tab = next(view for view in window.tab_views if isinstance(view, PaymentMethodsTab))
    window.ui.tabs.setCurrentWidget(tab)
    wait_idle(qtbot, window)
    return tab


def open_card_page(qtbot, tab, links) -> str:
    """Add Card: the link the app opened (in the browser, as far as it knows)."""
    before = len(links.urls)
    qtbot.mouseClick(tab.ui.addCardButton, LEFT)
    qtbot.waitUntil(lambda: len(links.urls) > before and tab.adding, timeout=10_000)
    assert tab.wait_panel.isVisible() and not tab.ui.addCardButton.isEnabled()
    url = links.urls[-1]
    assert url.startswith("http://127.0.0.1:") and "/card-setup#" in url
    return url


def save_in_page(page, number: str, *, bank: str | None = None, cvc: str = "123") -> None:
    fill_card(page, number, cvc=cvc)
    page.get_by_role("button", name="Save Card").click()
    if bank is not None:  # the 3-D Secure step, in the page
        page.get_by_role("button", name=bank).click()


def server_cards(customer) -> list[dict]:
    return customer.http.get("/v1/payment-methods").json()["data"]


@pytest.mark.parametrize(
    ("number", "label"), [(VISA, "Visa •••• 4242"), ("5555555555554444", "Mastercard •••• 4444")]
)
def test_a_card_typed_in_the_browser_is_saved_and_named(
    qtbot, open_window, opened_links, page, number, label
):
    opened = open_window()
    window = opened.window
    tab = cards_tab(qtbot, opened)
    url = open_card_page(qtbot, tab, opened_links)

    # Waiting blocks nothing: no modal dialog, and another tab loads meanwhile.
    assert QApplication.activeModalWidget() is None
    wallet = next(view for view in window.tab_views if isinstance(view, WalletTab))
    window.ui.tabs.setCurrentWidget(wallet)
    qtbot.waitUntil(lambda: wallet.state is not None, timeout=10_000)
    window.ui.tabs.setCurrentWidget(tab)

    page.goto(url)
    page.get_by_text(f"Enter the card for {opened.customer.email}").wait_for()
    save_in_page(page, number)
    page.get_by_text(SAVED).wait_for()
    qtbot.waitUntil(lambda: not tab.adding, timeout=10_000)
    wait_idle(qtbot, window)
    assert window.message_bar.text == f"{label} saved. It's your default card."
    assert tab.wait_panel.isHidden() and tab.ui.addCardButton.isEnabled()
    assert [row.card.last4 for row in tab.rows] == [number[-4:]]
    assert server_cards(opened.customer)[0]["is_default"]


@pytest.mark.parametrize("number", [AUTHENTICATE, AUTHENTICATE_ALWAYS])
def test_3d_secure_in_the_page_failed_then_completed(
    qtbot, open_window, opened_links, page, number
):
    """A failed authentication saves nothing and the page says so; the same page then takes
    the card again, and "Complete authentication" saves it."""
    opened = open_window()
    tab = cards_tab(qtbot, opened)
    page.goto(open_card_page(qtbot, tab, opened_links))
    save_in_page(page, number, bank="Fail authentication")
    page.get_by_text("Your bank did not confirm the card").wait_for()
    assert page.get_by_text("The card was not saved.").is_visible()
    qtbot.waitUntil(lambda: "did not confirm the card" in tab.wait_panel.ui.statusLabel.text())
    assert tab.adding and server_cards(opened.customer) == []

    page.get_by_role("button", name="Save Card").click()
    page.get_by_role("button", name="Complete authentication").click()
    page.get_by_text(SAVED).wait_for()
    qtbot.waitUntil(lambda: not tab.adding, timeout=10_000)
    assert (
        opened.window.message_bar.text == f"Visa •••• {number[-4:]} saved. It's your default card."
    )
    assert [card["last4"] for card in server_cards(opened.customer)] == [number[-4:]]


def test_a_declined_card_is_said_in_the_page_and_the_app_then_cancel(
    qtbot, open_window, opened_links, page
):
    opened = open_window()
    tab = cards_tab(qtbot, opened)
    page.goto(open_card_page(qtbot, tab, opened_links))
    save_in_page(page, DECLINED_AT_SETUP)
    page.get_by_text("The bank declined this card. Try another card").wait_for()
    qtbot.waitUntil(lambda: "declined" in tab.wait_panel.ui.statusLabel.text(), timeout=10_000)
    qtbot.mouseClick(tab.wait_panel.ui.copyLinkButton, LEFT)  # to paste into another browser
    assert QApplication.clipboard().text() == tab.card_page.url
    assert tab.wait_panel.ui.statusLabel.text().startswith("Link copied.")

    qtbot.mouseClick(tab.wait_panel.ui.cancelButton, LEFT)
    qtbot.waitUntil(lambda: not tab.adding, timeout=10_000)
    assert opened.window.message_bar.text == "Adding a card was cancelled; no card was saved."
    save_in_page(page, VISA)  # the page, still open, refuses now
    page.get_by_text("This card page was cancelled in SmartAlex Desktop").wait_for()
    assert server_cards(opened.customer) == []


def test_a_duplicate_and_a_refused_brand_are_said_and_another_card_goes_on(
    qtbot, open_window, opened_links, page
):
    opened = open_window()
    add_card(opened.customer.http, VISA)
    tab = cards_tab(qtbot, opened)
    page.goto(open_card_page(qtbot, tab, opened_links))
    save_in_page(page, VISA)
    page.get_by_text("This card is already saved as Visa •••• 4242").wait_for()
    qtbot.waitUntil(lambda: "already saved" in tab.wait_panel.ui.statusLabel.text(), timeout=10_000)
    save_in_page(page, "3566002020360505")  # JCB
    page.get_by_text("JCB cards are not accepted").wait_for()
    save_in_page(page, "6011111111111117")
    page.get_by_text(SAVED).wait_for()
    qtbot.waitUntil(lambda: not tab.adding, timeout=10_000)
    assert opened.window.message_bar.text == "Discover •••• 1117 saved."
    assert len(server_cards(opened.customer)) == 2


def test_a_used_link_and_a_second_tab_save_nothing_more(qtbot, open_window, opened_links, browser):
    opened = open_window()
    tab = cards_tab(qtbot, opened)
    url = open_card_page(qtbot, tab, opened_links)
    context = browser.new_context()
    first, second = context.new_page(), context.new_page()
    try:
        first.goto(url)
        second.goto(url)  # the same session, in a second tab
        second.get_by_role("button", name="Save Card").wait_for()
        save_in_page(first, VISA)
        first.get_by_text(SAVED).wait_for()
        save_in_page(second, "5555555555554444")
        second.get_by_text("A card was already saved with this link").wait_for()
        reused = context.new_page()
        reused.goto(url)  # the link again, later
        reused.get_by_text("This link was already used").wait_for()
        assert reused.get_by_text("Visa •••• 4242 was saved with it").is_visible()
        assert reused.locator("#card-form").is_hidden()
    finally:
        context.close()
    qtbot.waitUntil(lambda: not tab.adding, timeout=10_000)
    assert [card["last4"] for card in server_cards(opened.customer)] == ["4242"]


def test_an_expired_card_page(qtbot, own_sandbox, open_own_window, opened_links, page):
    customer = own_sandbox.create_account()
    opened = open_own_window(customer)
    tab = cards_tab(qtbot, opened)
    url = open_card_page(qtbot, tab, opened_links)
    own_sandbox.advance_clock(1)  # past its 30 minutes
    qtbot.waitUntil(lambda: not tab.adding, timeout=10_000)
    assert opened.window.message_bar.text.startswith("The card page expired before a card")
    page.goto(url)
    page.get_by_text("This card page has expired").wait_for()
    assert page.locator("#card-form").is_hidden()
