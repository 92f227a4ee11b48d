"""Issue 18, finding 4: text from outside is never rendered as markup.

A hostile server: practice name, address and tax ID set through the API itself, and the rest —
plan names, tiers and features, invoice numbers and line descriptions, a payment's failure
reason, a card's brand, an error message — written into the real sandbox's answers by a loopback
proxy. The real window is signed in through it; every tab is shown and the dialogs opened, and
then EVERY label, button and tooltip of every window on screen (item views' tooltips included)
is checked: whatever Qt would render as rich text must not carry a hostile tag as markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import Qt as QtGui  # Qt::mightBeRichText lives in QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QMenu,
    QWidget,
)

from smartalex_desktop.gui.widgets import plain_text
from tests.gui.conftest import _signed_in_window, wait_idle
from tests.helpers.cards import add_card
from tests.helpers.fault_proxy import FaultProxy, rewrite, status
from tests.helpers.ledger import post_top_up
from tests.helpers.sandbox import SandboxProcess

# Through the API itself (the sandbox takes markup characters: they are text).
PRACTICE = {
    "company_name": '<h1 style="color:red">ACCOUNT SUSPENDED</h1>',
    "address": '1 Main St\n<img src="/etc/passwd">',
    "tax_id": '<a href="file:///etc/passwd">EU123</a>',
}
# Through the hostile server's answers.
PLAN_NAME = '<b style="font-size:40px">DENTAL PLUS</b>'
PLAN_TIER = "<i>Premium</i>"
PLAN_FEATURE = '<img src="/etc/hostname">Unlimited calls'
INVOICE_NUMBER = "<u>SA-HOSTILE-1</u>"
LINE_DESCRIPTION = "<h2>Wallet credit</h2><p style='color:red'>PAY NOW</p>"
FAILURE_REASON = (
    '<img src="/etc/shadow"> Your bank said: <a href="https://evil.example">call us</a>'
)
CARD_BRAND = '<font color="red">visa</font>'
ERROR_MESSAGE = '<h1>Your account is locked</h1><img src="/etc/passwd"> Call +1 555 0100.'
# Every tag of every hostile value, as sent: none may reach Qt's rich-text engine as markup
# (escaped, `&lt;h1 …` is text; the app's own markup, such as its bold header, is not these).
HOSTILE_TAGS = {
    tag
    for value in (
        *PRACTICE.values(),
        PLAN_NAME,
        PLAN_TIER,
        PLAN_FEATURE,
        INVOICE_NUMBER,
        LINE_DESCRIPTION,
        FAILURE_REASON,
        CARD_BRAND,
        ERROR_MESSAGE,
    )
    for tag in re.findall(r"<[^/<>][^<>]*>", value)  # opening tags: "</b>" is anyone's
}


def _hostile_plans(body: Any) -> Any:
    for plan in body.get("data", []):
        plan["name"], plan["tier"] = PLAN_NAME, PLAN_TIER
        plan["features"] = [PLAN_FEATURE, *plan["features"]]
    return body


def _hostile_invoices(body: Any) -> Any:
    for invoice in body.get("data", [body]):
        invoice["number"] = INVOICE_NUMBER
        for line in invoice.get("lines", []):
            line["description"] = LINE_DESCRIPTION
        if invoice.get("payments"):
            paid = invoice["payments"][0]
            failed = {**paid, "id": f"{paid['id']}x", "status": "failed"}
            invoice["payments"].append({**failed, "failure_message": FAILURE_REASON})
    return body


def _hostile_cards(body: Any) -> Any:
    for card in body.get("data", [body]):
        card["brand"] = CARD_BRAND
    return body


def _widgets() -> Iterator[QWidget]:
    """Every widget on screen (one added to a shown window is shown, and polished, by the next
    pass of the event loop: that pass runs first)."""
    QApplication.processEvents()
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            yield top
            yield from (child for child in top.findChildren(QWidget) if child.isVisible())


def _model_tooltips(model: QAbstractItemModel) -> Iterator[str]:
    for row in range(min(model.rowCount(), 50)):
        for column in range(model.columnCount()):
            value = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
            if isinstance(value, str):
                yield value


def _shown_as_markup() -> tuple[list[str], str]:
    """(what Qt would render as rich text carrying a hostile tag, every text on screen)."""
    offenders: list[str] = []
    everything: list[str] = []

    def check(where: str, text: str, rich: bool) -> None:
        everything.append(text)
        if rich and any(tag in text for tag in HOSTILE_TAGS):
            offenders.append(f"{where}: {text!r}")

    for widget in _widgets():
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, QLabel):
            fmt = widget.textFormat()
            rich = fmt in (Qt.TextFormat.RichText, Qt.TextFormat.MarkdownText) or (
                fmt == Qt.TextFormat.AutoText and QtGui.mightBeRichText(widget.text())
            )
            check(name, widget.text(), rich)
        if isinstance(widget, QAbstractButton):
            check(name, widget.text(), False)  # a button draws its text as it is
        check(f"{name} tooltip", widget.toolTip(), QtGui.mightBeRichText(widget.toolTip()))
        # A menu shows its actions' tooltips only when asked to; other widgets always do.
        if not isinstance(widget, QMenu) or widget.toolTipsVisible():
            for action in widget.actions():
                tip = action.toolTip()
                check(f"{name} action tooltip", tip, QtGui.mightBeRichText(tip))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            for tip in _model_tooltips(widget.model()):
                check(f"{name} item tooltip", tip, QtGui.mightBeRichText(tip))
    return offenders, "\n".join(everything)


def test_finding_04_no_text_from_outside_is_rendered_as_markup(
    qtbot, sandbox: SandboxProcess, app_settings, no_keyring
):
    customer = sandbox.create_account(plan="professional")
    assert customer.http.patch("/v1/account", json=PRACTICE).status_code == 200
    card = add_card(customer.http)
    assert post_top_up(customer.http, 25_00, str(card["id"])).status_code == 200
    with FaultProxy(sandbox.url) as proxy:
        for path, transform in (
            ("/v1/plans", _hostile_plans),
            ("/v1/invoices", _hostile_invoices),
            ("/v1/payment-methods", _hostile_cards),
        ):
            proxy.inject(rewrite(transform), "GET", path, times=None)
        window = _signed_in_window(qtbot, proxy.url, customer, app_settings, no_keyring).window
        seen: list[str] = []

        def look() -> None:
            wait_idle(qtbot, window)
            offenders, text = _shown_as_markup()
            assert offenders == []
            seen.append(text)

        for tab in ("plan", "card", "invoice", "wallet", "usage"):
            window.open_tab(tab)
            look()
        invoices = window.tab_named("invoice")
        invoices.select_invoice(invoices.model.record(0).id)
        title = invoices.detail.ui.titleLabel
        qtbot.waitUntil(lambda: "SA-HOSTILE-1" in title.text(), timeout=20_000)
        look()
        plan, wallet, cards = (window.tab_named(name) for name in ("plan", "wallet", "card"))
        for open_dialog in (
            window.open_account_settings,
            plan.plan_actions.open_change_plan,
            plan.plan_actions.open_cancel,
            wallet.credits.open_add_credits,
            wallet.auto.open_auto_top_up,
            lambda: cards.confirm_remove(cards.rows[0].card),
            invoices.documents.open_export,
        ):
            window.open_tab("plan")
            open_dialog()
            look()
            for widget in QApplication.topLevelWidgets():
                if widget is not window and widget.isVisible():
                    widget.close()

        # An error message from the server, in the message bar.
        proxy.inject(
            status(
                409, json={"error": {"type": "rule_error", "code": "x", "message": ERROR_MESSAGE}}
            ),
            "GET",
            "/v1/wallet",
            times=None,
        )
        window.open_tab("wallet")
        window.refresh()
        bar = window.message_bar
        qtbot.waitUntil(lambda: "Your account is locked" in bar.text, timeout=20_000)
        look()
        proxy.clear()

    # The hostile values did reach the screen (as text): the checks above were not vacuous.
    shown = "\n".join(seen)
    for marker in ("DENTAL PLUS", "SA-HOSTILE-1", "PAY NOW", "Your bank said", "ACCOUNT SUSPENDED"):
        assert marker in shown, marker

    # Tooltips and notices made from outside text: shown exactly as the text, never as markup.
    for text in (*PRACTICE.values(), FAILURE_REASON, "Visa •••• 4242 & co"):
        tip = plain_text.tooltip(text)
        document = QTextDocument()
        if QtGui.mightBeRichText(tip):
            document.setHtml(tip)
        else:
            document.setPlainText(tip)
        assert document.toPlainText().replace("\u2029", "\n") == text
        assert not [tag for tag in HOSTILE_TAGS if tag in plain_text.notice(text)]
