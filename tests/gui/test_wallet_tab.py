"""The Wallet tab through the real window against the live sandbox: the balance and the alert
threshold (saved), the history with its failed rows, Add Credits with the tax SmartAlex charges
(once, whatever the clicks and lost answers), its refusals (out of limits, a declined card), auto
top-up settings saved, auto top-up switched off by declines and saying why, and refunds: an
eligible one made, an ineligible one explained, and a refusal from SmartAlex shown inline."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt

from smartalex_desktop.api import errors
from smartalex_desktop.gui.runtime.table_model import RecordRole
from smartalex_desktop.gui.wallet.wallet_tab import WalletTab
from smartalex_desktop.gui.widgets import formatting
from tests.gui.conftest import wait_idle
from tests.helpers.cards import DECLINED_WHEN_CHARGED, MASTERCARD, VISA, add_card
from tests.helpers.ledger import check_invariants, get_json, list_all, post_top_up

LEFT = Qt.MouseButton.LeftButton
FULL_ALLOWANCE_S = 100 * 60  # the Professional plan's included minutes
# In the test run's number format ("$1,000.00" in English, "$1000.00" in the C locale).
LIMITS = f"Enter an amount from $10.00 to {formatting.money(100000)}."

# Qt's offscreen platform warns about what it can't do for dialogs; real platforms don't.
pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


# --- helpers ------------------------------------------------------------------------------------


def wallet_tab(qtbot, window) -> WalletTab:
    tab = next(view for view in window.tab_views if isinstance(view, WalletTab))
    window.ui.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(
        lambda: tab.state is not None and not tab.history.loading_transactions, timeout=20_000
    )
    wait_idle(qtbot, window)
    return tab


def settled(qtbot, window, tab) -> None:
    """After an action: every reload delivered, the history too."""
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: not tab.history.loading_transactions, timeout=20_000)
    wait_idle(qtbot, window)


def wallet(customer) -> dict:
    return get_json(customer.http, "/v1/wallet")


def record_call(customer, seconds: int, call_type: str = "inbound") -> dict:
    response = customer.http.post(
        "/v1/sandbox/calls", json={"call_type": call_type, "seconds": seconds}
    )
    assert response.status_code == 201, response.text
    return response.json()


def patch_wallet(customer, **body) -> dict:
    response = customer.http.patch("/v1/wallet", json=body)
    assert response.status_code == 200, response.text
    return response.json()


def rows(model, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def open_add_credits(qtbot, tab):
    qtbot.mouseClick(tab.ui.addCreditsButton, LEFT)
    dialog = tab.credits.add_credits_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.isModal()
    activate(qtbot, dialog)
    return dialog


def tick(qtbot, checkbox) -> None:
    """Click a check box on its box (a wide check box's middle may be empty space)."""
    qtbot.mouseClick(checkbox, LEFT, pos=QPoint(8, checkbox.height() // 2))


def closed(dialog) -> bool:
    """Closed, and maybe already deleted (the tab lets Qt delete a dialog once it closes)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def activate(qtbot, dialog) -> None:
    """Focus moves only inside the active window (offscreen, a new dialog isn't at once)."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


# --- what the tab shows -------------------------------------------------------------------------


def test_balance_history_and_the_alert_threshold_saved(qtbot, open_window, sandbox):
    customer = sandbox.create_account(plan="professional")
    card = add_card(customer.http, VISA)
    assert post_top_up(customer.http, 5000, card["id"]).status_code == 200
    record_call(customer, FULL_ALLOWANCE_S)  # the allowance, used up: no charge
    record_call(customer, 180)  # 3 minutes of overage: $0.33 from the Wallet
    record_call(customer, 60)  # and one more: three transactions
    opened = open_window(customer=customer)
    window = opened.window

    # A long history: pages of two here, the second held back until the test lets it come.
    client = window.accounts.current.client
    real_page = client.wallet_transactions_page
    gate = threading.Event()

    def slow_pages(*, limit=100, starting_after=None):
        if starting_after is not None:
            gate.wait(20)
        return real_page(limit=2, starting_after=starting_after)

    client.wallet_transactions_page = slow_pages
    tab = next(view for view in window.tab_views if isinstance(view, WalletTab))
    window.ui.tabs.setCurrentWidget(tab)
    ui = tab.ui
    try:
        qtbot.waitUntil(
            lambda: tab.state is not None and tab.history.transactions.rowCount() == 2,
            timeout=20_000,
        )
        assert ui.loadStatus.text() == "Loading… 2 transactions so far"
        assert ui.stopButton.isVisible() and ui.loadProgress.isVisible()
        ui.transactionsView.setFocus()
        qtbot.keyClick(ui.transactionsView, Qt.Key.Key_Escape)  # Esc stops, as Stop does
        assert ui.stopButton.isHidden() and not tab.history.loading_transactions
        assert ui.loadStatus.text().startswith("Stopped after the newest 2 transactions.")
    finally:
        gate.set()
    wait_idle(qtbot, window)
    assert tab.history.transactions.rowCount() == 2  # the held-back page was not added
    client.wallet_transactions_page = real_page
    window.refresh()  # F5 loads them all
    settled(qtbot, window, tab)
    assert ui.loadStatus.text() == "3 transactions"

    assert wallet(customer)["balance_cents"] == 4956
    assert ui.balanceValue.text() == "$49.56"
    assert ui.balanceExplainer.text() == (
        "Pays for minutes past your plan's allowance. Credits never expire."
    )
    assert ui.balanceNotice.isHidden()
    assert ui.thresholdField.text() == "20.00"  # a new wallet alerts below $20.00
    assert not ui.saveThresholdButton.isEnabled()  # nothing changed yet

    # The history, newest first, amounts signed.
    model = tab.history.transactions
    assert rows(model, 1) == ["Usage", "Usage", "Top-up"]
    assert rows(model, 2) == ["-$0.11", "-$0.33", "+$50.00"]
    assert rows(model, 3) == ["$49.56", "$49.67", "$50.00"]
    assert rows(model, 4) == ["Succeeded"] * 3
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight
    )
    # Sorted by a header click (in the model), filtered by kind.
    header = ui.transactionsView.horizontalHeader()
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(header.sectionViewportPosition(3) + 10, 5))
    assert rows(model, 3) == ["$49.56", "$49.67", "$50.00"]  # ascending by balance after
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(header.sectionViewportPosition(3) + 10, 5))
    assert rows(model, 3) == ["$50.00", "$49.67", "$49.56"]  # and back
    ui.kindFilter.setCurrentText("Top-ups")
    assert rows(model, 1) == ["Top-up"]
    ui.kindFilter.setCurrentText("All transactions")

    # A threshold above the balance: saved, and the tab warns.
    type_into(qtbot, ui.thresholdField, "60")
    assert ui.saveThresholdButton.isEnabled()
    qtbot.mouseClick(ui.saveThresholdButton, LEFT)
    assert not ui.saveThresholdButton.isEnabled()  # once, however often it is clicked
    settled(qtbot, window, tab)
    assert wallet(customer)["low_balance_threshold_cents"] == 6000
    assert window.message_bar.text == (
        "You'll be alerted when your Wallet balance falls below $60.00."
    )
    qtbot.waitUntil(lambda: ui.balanceNotice.isVisible())
    assert ui.balanceNoticeText.text().startswith(
        "Your balance is below your alert threshold of $60.00."
    )
    assert ui.thresholdField.text() == "60.00"

    # Not an amount: said under the field once it is left, and nothing is sent.
    type_into(qtbot, ui.thresholdField, "")
    qtbot.keyClick(ui.thresholdField, Qt.Key.Key_Backspace)
    qtbot.keyClicks(ui.thresholdField, "abc")  # the validator refuses letters
    assert ui.thresholdField.text() == ""
    qtbot.keyClick(ui.thresholdField, Qt.Key.Key_Return)
    assert "Enter the balance to be alerted at" in ui.thresholdHint.text()
    assert not ui.saveThresholdButton.isEnabled()
    assert wallet(customer)["low_balance_threshold_cents"] == 6000


# --- adding credits -----------------------------------------------------------------------------


def test_add_credits_charges_the_tax_shown_once_however_often_clicked(qtbot, open_window, sandbox):
    customer = sandbox.create_account(plan="professional", tax_rate_bps=825)
    add_card(customer.http, VISA)
    window = open_window(customer=customer).window
    tab = wallet_tab(qtbot, window)
    assert tab.ui.balanceValue.text() == "$0.00"
    assert "Your Wallet is empty" in tab.ui.balanceNoticeText.text()

    dialog = open_add_credits(qtbot, tab)
    assert not dialog.add_button.isEnabled()  # no amount yet
    assert dialog.ui.cardCombo.currentText() == "Visa •••• 4242 (default)"
    qtbot.mouseClick(dialog.ui.pick50Button, LEFT)
    # $50.00 × 8.25 % = $4.125, rounded half-up to $4.13, as SmartAlex rounds it.
    assert dialog.ui.chargeValue.text() == (
        "$50.00 credit + $4.13 tax = $54.13 charged to Visa •••• 4242"
    )
    assert dialog.add_button.text() == "&Add $50.00"

    # The first press reaches SmartAlex, but its answer is lost on the way back; the second
    # press must carry the same key (one top-up), and a double click sends once.
    client = window.accounts.current.client
    real_top_up = client.top_up
    sent: list[str | None] = []
    lose_answer = [True]

    def flaky(amount_cents, payment_method_id, *, idempotency_key=None):
        sent.append(idempotency_key)
        result = real_top_up(amount_cents, payment_method_id, idempotency_key=idempotency_key)
        if lose_answer:
            lose_answer.pop()
            raise errors.OutcomeUnknown()
        return result

    client.top_up = flaky
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert not dialog.add_button.isEnabled() and dialog.ui.progress.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # can't be dismissed while charging
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.error_text != "", timeout=20_000)
    assert "you won't be charged twice" in dialog.error_text
    assert dialog.isVisible() and dialog.add_button.isEnabled()

    qtbot.mouseClick(dialog.add_button, LEFT)
    qtbot.mouseClick(dialog.add_button, LEFT)  # the second click of a double click
    qtbot.waitUntil(lambda: closed(dialog), timeout=20_000)
    settled(qtbot, window, tab)

    assert len(sent) == 2 and sent[0] == sent[1] and sent[0]
    [top_up] = list_all(customer.http, "/v1/wallet/top-ups")
    assert (top_up["amount_cents"], top_up["tax_cents"], top_up["charged_cents"]) == (
        5000,
        413,
        5413,
    )
    invoice = get_json(customer.http, f"/v1/invoices/{top_up['invoice_id']}")
    assert invoice["total_cents"] == 5413 and invoice["status"] == "paid"
    assert wallet(customer)["balance_cents"] == 5000
    assert window.message_bar.text == (
        "$50.00 was added to your Wallet ($54.13 charged to Visa •••• 4242; the receipt is on "
        "its way to your email). Your balance is now $50.00."
    )
    assert tab.ui.balanceValue.text() == "$50.00"
    assert rows(tab.history.transactions, 2) == ["+$50.00"]
    check_invariants(sandbox, customer)


def test_add_credits_refuses_an_amount_out_of_limits_and_shows_a_decline(
    qtbot, open_window, sandbox
):
    customer = sandbox.create_account(plan="professional")
    add_card(customer.http, VISA)
    declining = add_card(customer.http, DECLINED_WHEN_CHARGED)
    window = open_window(customer=customer).window
    tab = wallet_tab(qtbot, window)
    dialog = open_add_credits(qtbot, tab)
    sent: list[object] = []
    client = window.accounts.current.client
    real_top_up = client.top_up
    client.top_up = lambda *args, **kwargs: sent.append(args) or real_top_up(*args, **kwargs)

    # Issue 20, items 9 and 10: an empty field with no placeholder that looks like an amount;
    # the limits are a hint beside it, and a disabled Add says why in its tooltip.
    assert dialog.ui.amountField.text() == "" and dialog.ui.amountField.placeholderText() == ""
    assert dialog.ui.amountProblem.text() == f"From $10.00 to {formatting.money(100000)}."
    assert not dialog.add_button.isEnabled()
    assert dialog.add_button.toolTip() == "Add is off: Choose or type an amount first."
    # Too little, $0 or $5: said beside the field as it is typed, Add stays off and says why.
    for typed in ("0", "5"):
        type_into(qtbot, dialog.ui.amountField, typed)
        assert dialog.amount_problem == LIMITS
        assert dialog.ui.amountProblem.isVisible() and dialog.ui.amountProblem.text() == LIMITS
        assert not dialog.add_button.isEnabled()
        assert dialog.add_button.toolTip() == f"Add is off: {LIMITS}"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button does nothing either
    type_into(qtbot, dialog.ui.amountField, "1000.01")  # too much: the same, at once
    assert dialog.amount_problem == LIMITS
    assert not dialog.add_button.isEnabled()
    wait_idle(qtbot, window)
    assert sent == []
    assert list_all(customer.http, "/v1/wallet/top-ups") == []

    # A card the bank declines: the reason inline, nothing credited, the dialog still open.
    type_into(qtbot, dialog.ui.amountField, "25")
    assert dialog.amount_problem == ""
    dialog.choose_card(declining["id"])
    assert dialog.ui.chargeValue.text() == (
        "$25.00 charged to Visa •••• 0341; no tax applies to your account"
    )
    qtbot.mouseClick(dialog.add_button, LEFT)
    qtbot.waitUntil(lambda: dialog.error_text != "", timeout=20_000)
    assert "Visa •••• 0341 was declined" in dialog.error_text
    assert "No credit was added" in dialog.error_text
    assert dialog.isVisible() and dialog.add_button.isEnabled()
    assert wallet(customer)["balance_cents"] == 0
    [failed] = list_all(customer.http, "/v1/wallet/top-ups")
    assert failed["status"] == "failed"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog))
    assert tab.ui.balanceValue.text() == "$0.00"


# --- auto top-up --------------------------------------------------------------------------------


def test_auto_top_up_settings_are_saved(qtbot, open_window, sandbox):
    customer = sandbox.create_account(plan="professional")
    add_card(customer.http, VISA)
    other = add_card(customer.http, MASTERCARD)
    window = open_window(customer=customer).window
    tab = wallet_tab(qtbot, window)
    assert tab.ui.autoStatusBadge.text() == "Off"

    qtbot.mouseClick(tab.ui.editAutoTopUpButton, LEFT)
    dialog = tab.auto.auto_top_up_dialog
    qtbot.waitUntil(dialog.isVisible)
    activate(qtbot, dialog)
    ui = dialog.ui
    assert ui.thresholdField.text() == "10.00" and ui.amountField.text() == "50.00"
    assert not ui.amountField.isEnabled()  # off: the settings wait greyed out
    tick(qtbot, ui.enabledCheck)
    assert ui.amountField.isEnabled()
    # Issue 20, item 9: each problem beside its field as it is typed, Save's tooltip says why.
    type_into(qtbot, ui.amountField, "5")
    assert dialog.problem_text == f"Amount to add: {LIMITS}"
    assert ui.amountHint.text() == f"Amount to add: {LIMITS}"
    assert not dialog.save_button.isEnabled()
    assert LIMITS in dialog.save_button.toolTip()

    type_into(qtbot, ui.thresholdField, "15")
    type_into(qtbot, ui.amountField, "40")
    dialog.choose_card(other["id"])
    tick(qtbot, ui.capCheck)
    type_into(qtbot, ui.capField, "30")  # a limit below the amount: no top-up could run
    assert "at least the amount added each time ($40.00)" in dialog.problem_text
    assert ui.capProblem.isVisible() and "($40.00)" in ui.capProblem.text()
    assert not dialog.save_button.isEnabled()
    assert "($40.00)" in dialog.save_button.toolTip()
    type_into(qtbot, ui.capField, "120")
    assert dialog.problem_text == "" and dialog.save_button.isEnabled()
    assert ui.capProblem.isHidden() and dialog.save_button.toolTip() == ""
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: closed(dialog), timeout=20_000)
    settled(qtbot, window, tab)

    auto = wallet(customer)["auto_top_up"]
    assert auto["enabled"] is True
    assert (auto["threshold_cents"], auto["amount_cents"], auto["cap_cents"]) == (1500, 4000, 12000)
    assert auto["payment_method_id"] == other["id"]
    assert tab.ui.autoStatusBadge.text() == "On"
    summary = (
        "When the balance falls below $15.00, $40.00 is added and Mastercard •••• 4444 is "
        "charged (plus tax)."
    )
    assert tab.ui.autoSummary.text() == summary
    assert tab.ui.autoDetails.text() == (
        "Limit: $120.00 each billing period; $0.00 added automatically so far this period."
    )
    assert window.message_bar.text.startswith(f"Auto top-up is on. {summary}")

    # Switched off again: only "off" is sent, the settings stay.
    qtbot.mouseClick(tab.ui.editAutoTopUpButton, LEFT)
    dialog = tab.auto.auto_top_up_dialog
    qtbot.waitUntil(dialog.isVisible)
    tick(qtbot, dialog.ui.enabledCheck)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: closed(dialog), timeout=20_000)
    settled(qtbot, window, tab)
    auto = wallet(customer)["auto_top_up"]
    assert auto["enabled"] is False and auto["amount_cents"] == 4000
    assert tab.ui.autoStatusBadge.text() == "Off"


def test_auto_top_up_switched_off_by_declines_says_why(qtbot, open_window, sandbox):
    customer = sandbox.create_account(plan="professional")
    add_card(customer.http, DECLINED_WHEN_CHARGED)  # the default card: declines when charged
    patch_wallet(customer, auto_top_up={"enabled": True, "threshold_cents": 1000})
    record_call(customer, FULL_ALLOWANCE_S)
    for attempt in range(3):
        if attempt:
            # A declined auto top-up is retried at most once a day; a changed threshold
            # re-arms it at once (documented), which saves moving the sandbox's clock.
            patch_wallet(customer, auto_top_up={"threshold_cents": 0})
            patch_wallet(customer, auto_top_up={"threshold_cents": 1000})
        record_call(customer, 60)  # overage with an empty Wallet: below the threshold
    auto = wallet(customer)["auto_top_up"]
    assert auto["enabled"] is False and auto["consecutive_declines"] == 3
    reason = auto["disabled_reason"]
    assert "after 3 declined charges in a row" in reason

    opened = open_window(customer=customer)
    window = opened.window
    tab = wallet_tab(qtbot, window)
    ui = tab.ui
    assert ui.autoStatusBadge.text() == "Off: switched itself off"
    assert ui.autoNotice.isVisible()
    assert ui.autoNoticeText.text() == reason
    # Usage goes to the card meanwhile, and the tab says so.
    assert ui.balanceNoticeText.text().startswith(
        "Your Wallet is empty, so minutes past your allowance are billed to your default card: "
        "$0.33 so far"
    )

    # The three declines are in the history, in the error colour, the bank's reason on hover.
    ui.kindFilter.setCurrentText("Failed only")
    model = tab.history.transactions
    assert rows(model, 1) == ["Automatic top-up"] * 3
    assert rows(model, 4) == ["Failed"] * 3
    failure = model.data(model.index(0, 0), RecordRole).failure_message
    assert failure and model.data(model.index(0, 4), Qt.ItemDataRole.ToolTipRole) == failure
    assert model.data(model.index(0, 4), Qt.ItemDataRole.ForegroundRole) is not None

    # The settings dialog opens with the reason and offers to switch it on again.
    qtbot.mouseClick(ui.editAutoTopUpButton, LEFT)
    dialog = tab.auto.auto_top_up_dialog
    qtbot.waitUntil(dialog.isVisible)
    activate(qtbot, dialog)
    assert dialog.ui.enabledCheck.text() == "&Turn auto top-up on again"
    assert dialog.ui.errorBar.text == reason
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog))


# --- refunds ------------------------------------------------------------------------------------


def test_refunds_eligible_made_ineligible_explained_refused_inline(qtbot, open_window, sandbox):
    customer = sandbox.create_account(plan="professional", tax_rate_bps=825)
    card = add_card(customer.http, VISA)
    older = post_top_up(customer.http, 2000, card["id"]).json()
    newer = post_top_up(customer.http, 5000, card["id"]).json()
    third = post_top_up(customer.http, 1000, card["id"]).json()
    record_call(customer, FULL_ALLOWANCE_S)
    record_call(customer, 60)  # $0.11 of overage, from the oldest credits
    opened = open_window(customer=customer)
    window = opened.window
    tab = wallet_tab(qtbot, window)
    ui = tab.ui
    ui.historyTabs.setCurrentWidget(ui.topUpsPage)

    listed = {t["id"]: t for t in list_all(customer.http, "/v1/wallet/top-ups")}
    assert listed[older["id"]]["refundable"] is False
    assert listed[newer["id"]]["refundable"] is True

    # The partly used one: SmartAlex's reason, and no refund button.
    assert tab.credits.select_top_up(older["id"])
    refusal = listed[older["id"]]["refund_refusal"]
    assert "$0.11 of these credits has already paid for calls" in refusal
    assert ui.refundHint.text().endswith(refusal)
    assert not ui.requestRefundButton.isEnabled()

    # The unused one: the last day and the days left, in the account's timezone.
    assert tab.credits.select_top_up(newer["id"])
    deadline = datetime.fromisoformat(listed[newer["id"]]["refund_deadline"])
    last_day = formatting.long_date(deadline - timedelta(microseconds=1), "UTC")
    assert ui.refundHint.text().endswith(f"Unused: refundable until {last_day} (30 days left).")
    assert ui.requestRefundButton.isEnabled()
    qtbot.mouseClick(ui.requestRefundButton, LEFT)
    dialog = tab.credits.refund_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.ui.backValue.text() == "$54.13 ($50.00 credit + $4.13 tax) to Visa •••• 4242"
    assert dialog.ui.walletValue.text() == "$50.00; your balance will be $29.89"
    assert dialog.refund_button.text() == "&Refund $54.13"
    qtbot.mouseClick(dialog.refund_button, LEFT)
    qtbot.mouseClick(dialog.refund_button, LEFT)  # a double click: one request
    qtbot.waitUntil(lambda: closed(dialog), timeout=20_000)
    settled(qtbot, window, tab)

    listed = {t["id"]: t for t in list_all(customer.http, "/v1/wallet/top-ups")}
    assert listed[newer["id"]]["status"] == "refunded"
    [note] = list_all(customer.http, "/v1/invoices", kind="credit_note")
    assert note["related_invoice_id"] == newer["invoice_id"] and note["total_cents"] == 5413
    assert wallet(customer)["balance_cents"] == 2989
    assert window.message_bar.text == (
        "$54.13 is on its way back to Visa •••• 4242, and $50.00 left your Wallet. "
        f"Credit note {note['number']} is in Invoices."
    )
    assert ui.balanceValue.text() == "$29.89"
    assert tab.credits.select_top_up(newer["id"]) and ui.refundHint.text().endswith("Refunded.")
    assert not ui.requestRefundButton.isEnabled()

    # Refunded elsewhere while the dialog was open: SmartAlex's refusal, inline.
    assert tab.credits.select_top_up(third["id"]) and ui.requestRefundButton.isEnabled()
    qtbot.mouseClick(ui.requestRefundButton, LEFT)
    dialog = tab.credits.refund_dialog
    qtbot.waitUntil(dialog.isVisible)
    response = customer.http.post(f"/v1/wallet/top-ups/{third['id']}/refund-request")
    assert response.status_code == 200, response.text
    qtbot.mouseClick(dialog.refund_button, LEFT)
    qtbot.waitUntil(lambda: dialog.error_text != "", timeout=20_000)
    assert dialog.error_text == (
        "This top-up can't be refunded. This top-up has already been refunded."
    )
    assert not dialog.refund_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog))
    settled(qtbot, window, tab)
    assert len(list_all(customer.http, "/v1/invoices", kind="credit_note")) == 2
    check_invariants(sandbox, customer)


def test_a_refund_says_it_goes_back_to_the_card_that_paid_even_one_removed(
    qtbot, open_window, sandbox
):
    """Issue 20, item 8: the refund dialog sent money to "Visa •••• 4242", a card just removed,
    without saying that a refund always goes back to the card that paid."""
    customer = sandbox.create_account(plan="professional", tax_rate_bps=825)
    paid_with = add_card(customer.http, VISA)
    add_card(customer.http, MASTERCARD)
    kept = post_top_up(customer.http, 2000, paid_with["id"]).json()
    removed = customer.http.delete(f"/v1/payment-methods/{paid_with['id']}")
    assert removed.status_code == 200, removed.text
    window = open_window(customer=customer).window
    tab = wallet_tab(qtbot, window)
    tab.ui.historyTabs.setCurrentWidget(tab.ui.topUpsPage)
    assert tab.credits.select_top_up(kept["id"])
    qtbot.mouseClick(tab.ui.requestRefundButton, LEFT)
    dialog = tab.credits.refund_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.ui.backValue.text() == (
        "$21.65 ($20.00 credit + $1.65 tax) to Visa •••• 4242, no longer saved"
    )
    note = dialog.ui.noteLabel.text()
    assert note.startswith(
        "A refund always goes back to the card that paid for the top-up "
        "(Visa •••• 4242, no longer saved); it can't be sent to another card."
    )
    assert "your bank credits that card's account" in note
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog))


# --- the alert and auto top-up ------------------------------------------------------------------


def test_an_alert_auto_top_up_always_beats_is_said_where_either_is_set(qtbot, open_window, sandbox):
    """Issue 20, item 7: an alert at or under the auto top-up threshold can never come while
    auto top-up works; the Wallet tab's alert field and the Auto Top-Up dialog both say so."""
    customer = sandbox.create_account(plan="professional")
    add_card(customer.http, VISA)
    patch_wallet(
        customer,
        low_balance_threshold_cents=1500,
        auto_top_up={"enabled": True, "threshold_cents": 2000, "amount_cents": 5000},
    )
    window = open_window(customer=customer).window
    tab = wallet_tab(qtbot, window)
    hint = tab.ui.thresholdHint
    assert hint.text().startswith(
        "Auto top-up refills your Wallet as soon as it falls below $20.00, so the low-balance "
        "alert at $15.00 only comes if an automatic top-up is declined or reaches its limit."
    )
    # Typed above the threshold: the alert comes before auto top-up charges; no note.
    type_into(qtbot, tab.ui.thresholdField, "25")
    assert hint.text() == "Save to be alerted at this amount."
    type_into(qtbot, tab.ui.thresholdField, "20")
    assert "so the low-balance alert at $20.00 only comes" in hint.text()
    assert hint.text().endswith("Save to be alerted at this amount.")

    qtbot.mouseClick(tab.ui.editAutoTopUpButton, LEFT)
    dialog = tab.auto.auto_top_up_dialog
    qtbot.waitUntil(dialog.isVisible)
    activate(qtbot, dialog)
    note = dialog.ui.thresholdNote
    assert note.isVisible() and "the low-balance alert at $15.00 only comes" in note.text()
    assert dialog.save_button.isEnabled()  # worth knowing, not wrong
    type_into(qtbot, dialog.ui.thresholdField, "10")  # under the alert: no note
    assert note.isHidden()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog))


def test_the_top_ups_list_opens_on_the_newest(qtbot, open_window, sandbox):
    """Issue 20, item 14: the list opened on its second row (the first refundable top-up) under
    a newest one that was not; it opens on the newest, as every history does."""
    customer = sandbox.create_account(plan="professional")
    card = add_card(customer.http, VISA)
    post_top_up(customer.http, 2000, card["id"])
    newest = post_top_up(customer.http, 3000, card["id"]).json()
    refunded = customer.http.post(f"/v1/wallet/top-ups/{newest['id']}/refund-request")
    assert refunded.status_code == 200, refunded.text
    window = open_window(customer=customer).window
    tab = wallet_tab(qtbot, window)
    tab.ui.historyTabs.setCurrentWidget(tab.ui.topUpsPage)
    assert tab.ui.topUpsView.currentIndex().row() == 0
    assert tab.credits.chosen_top_up.id == newest["id"]
    assert tab.ui.refundHint.text().endswith("Refunded.")
