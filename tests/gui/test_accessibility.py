"""Keyboard and screen-reader basics, checked over every tab and the dialogs they open: each
input has an accessible name (or a label that is its buddy), each button says what it does, each
tab and menu has a mnemonic of its own."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.gui.conftest import wait_idle
from tests.helpers.cards import add_card

INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


def _unnamed(root: QWidget) -> list[str]:
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.parent() is None:
            continue
        if isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            continue  # a combo's or spin box's own line edit speaks through its owner
        if isinstance(widget, INPUTS) and not widget.accessibleName() and widget not in buddies:
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} has no name")
        if (
            isinstance(widget, QAbstractButton)
            and not isinstance(widget.parent(), QTabBar)
            and not (widget.text().strip() or widget.accessibleName() or widget.toolTip())
        ):
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} says nothing")
    return problems


def _mnemonics(texts: list[str]) -> list[str]:
    keys = []
    for text in texts:
        if "&" in text.replace("&&", ""):
            keys.append(text.replace("&&", "")[text.replace("&&", "").index("&") + 1].lower())
    return keys


def test_every_tab_and_dialog_names_its_controls(qtbot, open_window):
    opened = open_window(plan="dental")
    add_card(opened.customer.http)
    window = opened.window
    window.ui.refreshAction.trigger()
    wait_idle(qtbot, window)

    problems = []
    tabs = window.ui.tabs
    titles = [tabs.tabText(index) for index in range(tabs.count())]
    assert len(set(_mnemonics(titles))) == len(titles), titles
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        wait_idle(qtbot, window)
        problems += [f"{titles[index]}: {p}" for p in _unnamed(tabs.widget(index))]

    for menu in (window.ui.accountMenu, window.ui.viewMenu, window.ui.helpMenu):
        texts = [action.text() for action in menu.actions() if action.text()]
        assert len(set(_mnemonics(texts))) == len(texts), texts

    # The dialogs, opened the way a user opens them.
    plan_tab = tabs.widget(0)
    openers = [
        lambda: window.ui.accountSettingsAction.trigger(),
        lambda: window.ui.billingFaqAction.trigger(),
        lambda: window.ask_to_sign_in(),
        lambda: plan_tab.ui.changePlanButton.click(),
        lambda: plan_tab.ui.cancelSubscriptionButton.click(),
    ]
    for open_dialog in openers:
        tabs.setCurrentIndex(0)
        open_dialog()
        wait_idle(qtbot, window)
        dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
        assert dialogs, "no dialog opened"
        for dialog in dialogs:
            problems += [f"{dialog.windowTitle()}: {p}" for p in _unnamed(dialog)]
            dialog.reject()
        wait_idle(qtbot, window)
    # Add Card opens no dialog: the tab's panel waits for the card page in the browser.
    tabs.setCurrentIndex(1)
    panel = tabs.widget(1).wait_panel
    panel.show()
    problems += [f"card page panel: {p}" for p in _unnamed(panel)]
    panel.hide()
    assert problems == []


def test_the_check_finds_an_unnamed_field(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    named, unnamed = QLineEdit(root), QLineEdit(root)
    named.setAccessibleName("Practice name")
    unnamed.setObjectName("mystery")
    label = QLabel("&Tax ID:", root)
    labelled = QLineEdit(root)
    label.setBuddy(labelled)
    assert _unnamed(root) == ["QLineEdit 'mystery' has no name"]
