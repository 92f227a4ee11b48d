"""The Payment Methods tab through the real window against the live sandbox: the cards as the
office manager sees them, making a card the default, removing the default, and the only card
that can't be removed. Adding a card (the hosted card page in a real browser) is
tests/gui/test_card_page.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from smartalex_desktop.gui.cards.payment_methods_tab import PaymentMethodsTab
from tests.gui.conftest import wait_idle
from tests.helpers.cards import MASTERCARD, VISA, add_card

LEFT = Qt.MouseButton.LeftButton
AMEX = "378282246310005"

# Qt's offscreen platform warns about what it can't do for dialogs and popup menus; real
# platforms don't.
pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


def open_tab(qtbot, open_window, **fields):
    opened = open_window(**fields)
    window = opened.window
    tab = next(view for view in window.tab_views if isinstance(view, PaymentMethodsTab))
    window.ui.tabs.setCurrentWidget(tab)
    wait_idle(qtbot, window)
    return opened, tab


def server_cards(customer) -> list[dict]:
    response = customer.http.get("/v1/payment-methods")
    response.raise_for_status()
    return response.json()["data"]


def test_cards_show_brand_last4_expiry_flags_and_the_default_first(qtbot, open_window, sandbox):
    customer = sandbox.create_account()
    # Expiry is judged by SmartAlex's date (the sandbox's pinned clock; the account is in UTC).
    today = sandbox.now().date()
    add_card(customer.http, VISA, exp_month=4, exp_year=today.year + 3)  # first: the default
    add_card(customer.http, MASTERCARD, exp_month=today.month, exp_year=today.year)
    add_card(customer.http, AMEX, exp_month=today.month, exp_year=today.year - 1, cvc="1234")
    _opened, tab = open_tab(qtbot, open_window, customer=customer)

    assert tab.ui.pages.currentWidget() is tab.ui.listPage
    names = [row.name_label.text() for row in tab.rows]
    # The default first, then the others newest first.
    assert names == ["Visa •••• 4242", "American Express •••• 0005", "Mastercard •••• 4444"]
    visa, amex, mastercard = tab.rows
    yy = f"{today.year % 100:02d}"
    assert visa.expiry_label.text() == f"Expires 04/{(today.year + 3) % 100:02d}"
    assert mastercard.expiry_label.text() == f"Expires {today.month:02d}/{yy}"
    assert [row.default_badge.isVisible() for row in tab.rows] == [True, False, False]
    assert visa.default_badge.text() == "Default"

    assert not visa.flag_badge.isVisible()
    assert mastercard.flag_badge.isVisible() and mastercard.flag_badge.text() == "Expires soon"
    assert "replacement card" in mastercard.hint_label.text()
    assert amex.flag_badge.isVisible() and amex.flag_badge.text() == "Expired"
    assert "expired" in amex.hint_label.text()
    # An expired card can't become the default, and the menu says why.
    assert not amex.make_default_action.isEnabled()
    assert "expired" in amex.make_default_action.toolTip()
    assert mastercard.make_default_action.isEnabled()
    assert not visa.make_default_action.isVisible()  # already the default

    for row in tab.rows:
        assert not row.brand_icon.pixmap().isNull()
        assert row.menu_button.accessibleName() == f"Actions for {row.label}"
        assert row.focusPolicy() == Qt.FocusPolicy.StrongFocus
        assert row.remove_action.isEnabled()  # three cards: any can go
    assert visa.accessibleName().startswith("Visa •••• 4242, default card, Expires 04/")
    assert amex.accessibleName().endswith("Expired")


def test_make_default_then_remove_the_default_names_the_new_one(qtbot, open_window, sandbox):
    customer = sandbox.create_account()
    add_card(customer.http, VISA)
    add_card(customer.http, MASTERCARD)
    opened, tab = open_tab(qtbot, open_window, customer=customer)
    window = opened.window
    visa, mastercard = tab.rows
    assert visa.default_badge.isVisible() and not mastercard.default_badge.isVisible()

    # Keyboard: the row takes focus and Space opens its menu; D is Make Default.
    mastercard.setFocus()
    qtbot.keyClick(mastercard, Qt.Key.Key_Space)
    qtbot.waitUntil(mastercard.menu.isVisible)
    qtbot.keyClick(mastercard.menu, "d")
    assert mastercard.busy and not mastercard.menu_button.isEnabled()
    assert not visa.menu_button.isEnabled()  # one card action at a time
    mastercard.make_default_action.trigger()  # a second go sends nothing more
    wait_idle(qtbot, window)

    by_last4 = {card["last4"]: card for card in server_cards(customer)}
    assert by_last4["4444"]["is_default"] and not by_last4["4242"]["is_default"]
    assert window.message_bar.text.startswith("Mastercard •••• 4444 is now your default card.")
    assert [row.label for row in tab.rows] == ["Mastercard •••• 4444", "Visa •••• 4242"]
    assert tab.rows[0].default_badge.isVisible()

    # Remove the default (mouse this time): asked first, then the other card is the default.
    qtbot.mouseClick(tab.rows[0].menu_button, LEFT)
    qtbot.waitUntil(tab.rows[0].menu.isVisible)
    tab.rows[0].menu.close()
    tab.rows[0].remove_action.trigger()
    box = tab.remove_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "Remove Mastercard •••• 4444?"
    details = box.informativeText().replace("\xa0", " ")  # the card's name kept on one line
    assert "Visa •••• 4242 will become your default card." in details
    remove_button = box.findChild(QPushButton, "removeButton")
    assert box.defaultButton() is not remove_button  # Enter keeps the card
    qtbot.mouseClick(remove_button, LEFT)
    wait_idle(qtbot, window)

    (remaining,) = server_cards(customer)
    assert remaining["last4"] == "4242" and remaining["is_default"]
    assert window.message_bar.text == (
        "Mastercard •••• 4444 was removed. Visa •••• 4242 is now your default card."
    )
    assert [row.label for row in tab.rows] == ["Visa •••• 4242"]
    assert tab.rows[0].default_badge.isVisible()


def test_the_only_card_cannot_be_removed_while_the_plan_runs(qtbot, open_window, sandbox):
    customer = sandbox.create_account()
    add_card(customer.http, VISA)
    opened, tab = open_tab(qtbot, open_window, customer=customer)
    (row,) = tab.rows

    qtbot.keyClick(row, Qt.Key.Key_Menu)  # the context-menu key opens it too
    qtbot.waitUntil(row.menu.isVisible)
    assert not row.remove_action.isEnabled()
    assert "Add a new card first, then remove this one." in row.remove_action.toolTip()
    assert "Add a new card first, then remove this one." in row.remove_action.statusTip()
    assert "add a new card first" in row.remove_action.text()
    qtbot.keyClick(row.menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not row.menu.isVisible())

    # A view that missed the rule: the server refuses with its sentence, and the card stays.
    tab.remove(row.card)
    wait_idle(qtbot, opened.window)
    assert "add a new card first, then remove this one" in opened.window.message_bar.text
    assert len(server_cards(customer)) == 1
    assert [r.label for r in tab.rows] == ["Visa •••• 4242"]
    assert tab.rows[0].menu_button.isEnabled()
