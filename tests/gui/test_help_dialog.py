"""The Billing FAQ dialog: written for this app (every tab and button it names exists), find
with wrap-around, keyboard use."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

from smartalex_desktop.billing.names import INVOICE_KIND_NAMES
from smartalex_desktop.gui.window.help_dialog import HelpDialog, load_faq_markdown
from tests.gui.conftest import wait_idle
from tests.helpers.cards import MASTERCARD, VISA, add_card

FAQ_FILE = Path(__file__).resolve().parents[2] / "resources" / "help" / "billing-faq.md"
UI_FOLDER = FAQ_FILE.parents[2] / "ui"

# Qt's offscreen platform warns about every QDialog it shows; real platforms don't.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.fixture
def dialog(qtbot):
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _selection(dialog: HelpDialog) -> str:
    return dialog.ui.faqView.textCursor().selectedText()


def test_the_faq_comes_from_the_compiled_resources():
    assert load_faq_markdown() == FAQ_FILE.read_text(encoding="utf-8")


def _plain(text: str) -> str:
    """A widget's text as the FAQ writes it: no "&" mnemonic, no trailing colon, one space."""
    unmarked = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(unmarked.split()).rstrip(":")


def _texts_of(widget: QWidget) -> set[str]:
    """Every name a user reads on `widget` and its children: buttons, actions (menus included),
    group boxes, inner tabs and labels."""
    found: set[str] = set()
    for button in widget.findChildren(QAbstractButton):
        found.add(_plain(button.text()))
    for action in widget.findChildren(QAction):
        found.add(_plain(action.text()))
    for box in widget.findChildren(QGroupBox):
        found.add(_plain(box.title()))
    for tabs in widget.findChildren(QTabWidget):
        found.update(_plain(tabs.tabText(index)) for index in range(tabs.count()))
    for label in widget.findChildren(QLabel):
        found.add(_plain(label.text()))
    return found - {""}


def _form_texts() -> set[str]:
    """The texts of every form in ui/ (the dialogs the window opens): buttons, labels, titles."""
    found: set[str] = set()
    for form in UI_FOLDER.glob("*.ui"):
        root = ElementTree.parse(form).getroot()
        for holder in root.iter():
            if holder.tag in ("property", "attribute") and holder.get("name") in (
                "text",
                "title",
                "windowTitle",
            ):
                string = holder.find("string")
                if string is not None and string.text:
                    found.add(_plain(string.text))
    return found


def _faq_directions() -> list[str]:
    """The names the FAQ puts in bold ("**Wallet → Add Credits…**"), whitespace made single."""
    faq = FAQ_FILE.read_text(encoding="utf-8")
    return [" ".join(name.split()) for name in re.findall(r"\*\*(.+?)\*\*", faq, re.S)]


def test_the_faq_contradicts_nothing_the_app_does():
    """Issue 20, item 2: the documentation's text sent users to "Billing → …" (no such page),
    to support for refunds (the Wallet tab refunds), and said invoices carry overage."""
    faq = FAQ_FILE.read_text(encoding="utf-8")
    for wrong in ("Billing →", "Contact support", "Usage charges (overage)", "Enter card details"):
        assert wrong not in faq
    assert re.search(r"Changing plans\n\n1\. ", faq), "the plan change has its steps"
    # The invoice types it explains are the ones the Type column shows, all of them.
    explained = set(re.findall(r"^- \*([^*]+)\*: ", faq, re.M))
    assert explained == set(INVOICE_KIND_NAMES.values())


def test_every_tab_menu_and_button_the_faq_names_is_in_the_window(qtbot, open_window, sandbox):
    """Issue 20, item 2: each name in bold is the window's own. "A → B": A is a tab or a menu
    and B is in it (a button, a page, a menu item); what follows is in the dialog B opens (its
    form in ui/). A name alone is a tab, or a button or field somewhere in the window or its
    dialogs."""
    customer = sandbox.create_account(plan="dental")
    add_card(customer.http, VISA)
    add_card(customer.http, MASTERCARD)  # two cards: Make Default and Remove… both offered
    window = open_window(customer=customer).window
    wait_idle(qtbot, window)
    tabs = window.ui.tabs
    for index in range(tabs.count()):  # a tab loads when first shown
        tabs.setCurrentIndex(index)
        wait_idle(qtbot, window)
    containers: dict[str, set[str]] = {
        _plain(tabs.tabText(index)): _texts_of(tabs.widget(index)) for index in range(tabs.count())
    }
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        containers[_plain(menu_action.text())] = {_plain(a.text()) for a in menu.actions()}
    everywhere = set(containers) | _texts_of(window) | _form_texts()
    assert {"Plan", "Payment Methods", "Invoices", "Wallet", "Usage"} <= set(containers)

    directions = _faq_directions()
    assert len(directions) > 30
    for direction in directions:
        first, *rest = direction.split(" → ")
        if not rest:
            assert first in everywhere, f"the FAQ names “{direction}”, not in the window"
            continue
        assert first in containers, f"“{direction}”: no tab or menu “{first}”"
        assert rest[0] in containers[first], f"“{direction}”: “{rest[0]}” is not in {first}"
        for name in rest[1:]:
            assert name in everywhere, f"“{direction}”: “{name}” is not in its dialog"


def test_dialog_shows_the_documentation_headings_and_rules(dialog):
    assert dialog.windowTitle() == "Billing FAQ"
    assert not dialog.isModal()
    assert not dialog.windowIcon().isNull()
    text = dialog.ui.faqView.toPlainText()
    for heading in (
        "Payment Methods",
        "Invoices",
        "Wallet",
        "Usage and overage",
        "Can I get a refund?",
    ):
        assert heading in text
    assert "Your only card can't be removed while your plan is running" in text
    assert "#" not in text  # rendered as Markdown, not shown as source
    assert dialog.ui.faqView.document().toMarkdown().count("## Payment methods") == 1
    assert dialog.ui.searchField.placeholderText() == "Find in the FAQ"
    assert dialog.ui.searchField.accessibleName()


def test_enter_finds_refund_and_f3_moves_to_the_next_match(dialog, qtbot):
    view = dialog.ui.faqView
    qtbot.keyClicks(dialog.ui.searchField, "refund")
    qtbot.keyClick(dialog.ui.searchField, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter searches; it does not press Close
    assert _selection(dialog).lower() == "refund"
    first = view.textCursor().selectionStart()

    qtbot.keyClick(dialog.ui.searchField, Qt.Key.Key_F3)
    assert _selection(dialog).lower() == "refund"
    assert view.textCursor().selectionStart() > first
    assert dialog.ui.findStatus.text() == ""


def test_find_wraps_around_to_the_top(dialog):
    view = dialog.ui.faqView
    cursor = view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    view.setTextCursor(cursor)
    dialog.ui.searchField.setText("How billing works")
    assert dialog.find_next()
    assert _selection(dialog) == "How billing works"
    assert view.textCursor().selectionStart() < 200


def test_a_missing_word_says_so_and_the_hint_goes_when_it_is_found(dialog, qtbot):
    qtbot.keyClicks(dialog.ui.searchField, "bitcoin")
    qtbot.keyClick(dialog.ui.searchField, Qt.Key.Key_Return)
    assert "No match" in dialog.ui.findStatus.text()
    assert not dialog.ui.faqView.textCursor().hasSelection()
    dialog.ui.searchField.setText("wallet")
    assert dialog.ui.findStatus.text() == ""
    assert _selection(dialog).lower() == "wallet"


def test_escape_closes_the_dialog(dialog, qtbot):
    dialog.ui.searchField.setFocus()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.ui.searchField, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_close_button_closes_the_dialog(dialog, qtbot):
    close = dialog.ui.buttons.buttons()[0]
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
