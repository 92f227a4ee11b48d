"""Keyboard and screen-reader basics, checked over every tab and the dialogs they open: each
input has an accessible name (or a label that is its buddy), each button says what it does, each
tab and menu has a mnemonic of its own."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from smartalex_desktop.gui.cards.payment_methods_tab import PaymentMethodsTab
from smartalex_desktop.gui.invoices.invoices_tab import InvoicesTab
from smartalex_desktop.gui.plan.plan_tab import PlanTab
from smartalex_desktop.gui.runtime.table_model import Column, RecordTableModel
from smartalex_desktop.gui.usage.usage_tab import UsageTab
from smartalex_desktop.gui.widgets import accessibility
from smartalex_desktop.gui.widgets.browser_wait import BrowserWaitPanel
from smartalex_desktop.gui.widgets.link_button import LinkButton
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
    problems += [f"card page panel: {p}" for p in _unnamed(panel) + _hidden_values(panel)]
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


def _hidden_values(root: QWidget) -> list[str]:
    """Labels whose accessible name replaces what they show: a screen reader says the name
    instead of the text, so every word shown must be in the name (or there be no name)."""
    problems = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.accessibleName():
            continue
        shown = re.findall(r"\w+", accessibility.spoken_text(label).lower())
        said = iter(re.findall(r"\w+", label.accessibleName().lower()))
        if not all(word in said for word in shown):
            problems.append(f"{label.objectName()!r} is {label.accessibleName()!r}: {shown}")
    return problems


def test_every_value_is_heard_with_its_label(qtbot, open_window):
    """The in-process half of the AT-SPI test (tests/integration/test_atspi.py): every tab."""
    window = open_window(plan="dental").window
    wait_idle(qtbot, window)
    tabs = window.ui.tabs
    problems = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        wait_idle(qtbot, window)
        problems += [f"{tabs.tabText(index)}: {p}" for p in _hidden_values(tabs.widget(index))]
    plan = tabs.widget(0).ui
    assert plan.planNameLabel.accessibleName() == f"Plan name: {plan.planNameLabel.text()}"
    assert problems == []


def test_the_check_finds_a_name_that_hides_a_value(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    hidden, captioned, sentence = QLabel("$299.00", root), QLabel(root), QLabel("Paid.", root)
    hidden.setObjectName("price")
    hidden.setAccessibleName("Monthly price")
    accessibility.caption(captioned, "Subtotal")
    accessibility.show_value(captioned, "$303.00")
    assert captioned.accessibleName() == "Subtotal: $303.00"
    assert not sentence.accessibleName()
    assert _hidden_values(root) == ["'price' is 'Monthly price': ['299', '00']"]


def _tab(window, kind: type[QWidget]) -> QWidget:
    return next(view for view in window.tab_views if isinstance(view, kind))


def test_the_keyboard_reaches_what_the_mouse_does_and_decoration_is_silent(qtbot, open_window):
    """Item 18 of issue 20, in process (the AT-SPI test hears the same over the bus)."""
    opened = open_window(plan="dental")
    add_card(opened.customer.http)
    window = opened.window
    window.ui.refreshAction.trigger()
    wait_idle(qtbot, window)
    tabs = window.ui.tabs

    plan = _tab(window, PlanTab)
    link = plan.ui.contactSalesButton
    assert isinstance(link, LinkButton) and link.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert _accessible(link).role() == QAccessible.Role.Link
    assert not plan.ui.annualBillingLabel.focusPolicy() & Qt.FocusPolicy.TabFocus  # one stop

    invoices = _tab(window, InvoicesTab)
    tabs.setCurrentWidget(invoices)
    qtbot.waitUntil(lambda: invoices.listing.load_state == "done", timeout=20_000)
    wait_idle(qtbot, window)
    assert invoices.detail.ui.linesTable.focusPolicy() & Qt.FocusPolicy.TabFocus
    handle = invoices.ui.splitter.handle(1)
    assert handle.focusPolicy() & Qt.FocusPolicy.TabFocus and handle.accessibleName()
    assert _accessible(handle).role() == QAccessible.Role.Separator
    before = invoices.ui.splitter.sizes()
    handle.setFocus()
    qtbot.keyClick(handle, Qt.Key.Key_Left)
    after = invoices.ui.splitter.sizes()
    assert after[0] < before[0] and after[1] > before[1] and sum(after) == sum(before)
    icon = invoices.ui.emptyIcon
    assert _accessible(icon).state().invisible  # decorative: not exposed

    usage = _tab(window, UsageTab)
    tabs.setCurrentWidget(usage)
    wait_idle(qtbot, window)
    assert usage.ui.usageScroll.focusPolicy() == Qt.FocusPolicy.NoFocus
    breakdown = usage.ui.breakdownTable
    for column in range(breakdown.columnCount()):
        said = breakdown.model().headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole
        )
        assert said and said == " ".join(said.split()), said
    for row in range(breakdown.rowCount()):
        assert breakdown.model().headerData(row, Qt.Orientation.Vertical)

    cards = _tab(window, PaymentMethodsTab)
    tabs.setCurrentWidget(cards)
    wait_idle(qtbot, window)
    panel = cards.wait_panel.ui  # shows below Add Card, above the cards: so does its Tab order
    order = [cards.ui.addCardButton, panel.openButton, panel.cancelButton, cards.rows[0]]
    assert sorted(order, key=lambda w: _chain(cards).index(w)) == order
    row = cards.rows[0]
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_Space)
    qtbot.waitUntil(row.menu.isVisible)
    # Said at once, not after Down; the only card can't go, and its Remove… says why.
    assert row.menu.activeAction() is row.remove_action
    assert not row.remove_action.isEnabled() and row.remove_action.toolTip()
    row.menu.close()


def _chain(root: QWidget) -> list[QWidget]:
    """`root` and what follows it in the focus chain, once round."""
    chain, widget = [root], root.nextInFocusChain()
    while widget is not root and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_a_wait_panel_at_the_top_of_a_tab_comes_first_in_its_tab_order(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    tab = QWidget(window)
    QPushButton("Refresh", window)  # what follows the tab in the window
    layout = QVBoxLayout(tab)
    below = QPushButton("Add Credits…", tab)
    layout.addWidget(below)
    panel = BrowserWaitPanel(tab)  # made later, as a bank confirmation makes it: last in order
    layout.insertWidget(0, panel)
    panel.lead_tab_order(tab)
    buttons = [panel.ui.openButton, panel.ui.copyLinkButton, panel.ui.cancelButton, below]
    assert [w for w in _chain(tab) if w in buttons] == buttons


def _accessible(widget: QWidget) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface


def test_table_rows_are_named_by_their_first_column(qtbot):
    model = RecordTableModel([Column("Number", str), Column("Amount", lambda r: str(r * 2))])
    model.set_records([7, 8])
    said = model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.AccessibleTextRole)
    assert said == "8"
