"""The Billing FAQ dialog: the documentation's text, find with wrap-around, keyboard use."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from smartalex_desktop.gui.window.help_dialog import HelpDialog, load_faq_markdown

FAQ_FILE = Path(__file__).resolve().parents[2] / "resources" / "help" / "billing-faq.md"
REFERENCE = Path("/work/shared/reference/smartalex-billing-docs.txt")

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


@pytest.mark.skipif(not REFERENCE.exists(), reason="the reference documentation is not here")
def test_every_line_of_the_documentation_is_in_the_faq():
    faq = FAQ_FILE.read_text(encoding="utf-8")
    for line in REFERENCE.read_text(encoding="utf-8").splitlines():
        # The scraped text lost its line breaks where a heading followed a sentence or a list
        # followed its lead-in; every piece must still be in the FAQ word for word.
        for piece in re.split(r"(?<=[.:])(?=[A-Z|-])", line):
            piece = piece.strip().removeprefix("- ").strip()
            if piece:
                assert piece in faq, piece


def test_dialog_shows_the_documentation_headings_and_rules(dialog):
    assert dialog.windowTitle() == "Billing FAQ"
    assert not dialog.isModal()
    assert not dialog.windowIcon().isNull()
    text = dialog.ui.faqView.toPlainText()
    for heading in (
        "Payment Methods",
        "Invoices",
        "Wallet",
        "Usage & Costs",
        "Can I get a refund?",
    ):
        assert heading in text
    assert "You cannot remove your only payment method" in text
    assert "#" not in text  # rendered as Markdown, not shown as source
    assert dialog.ui.faqView.document().toMarkdown().count("## Payment Methods") == 1
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
    dialog.ui.searchField.setText("Overview")
    assert dialog.find_next()
    assert _selection(dialog) == "Overview"
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
