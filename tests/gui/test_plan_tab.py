"""The Plan tab through the real window against the live sandbox: the plan as the office manager
reads it, an upgrade charged exactly as previewed (once, whatever the clicks and retries), an
upgrade refused without a card or with a declining one, a downgrade scheduled then undone,
cancelling through the survey and resuming, and paying a past-due renewal with another card."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from smartalex_desktop.api import errors
from smartalex_desktop.gui.plan.plan_tab import PlanTab
from smartalex_desktop.gui.widgets import formatting
from tests.gui.conftest import wait_idle
from tests.helpers.cards import DECLINED_WHEN_CHARGED, MASTERCARD, VISA, add_card
from tests.helpers.periods import advance_to_period_end

LEFT = Qt.MouseButton.LeftButton
TIMEZONE = "America/Los_Angeles"

# Qt's offscreen platform warns about what it can't do for dialogs; real platforms don't.
pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


# --- helpers ------------------------------------------------------------------------------------


def clock_now(sandbox) -> datetime:
    with sandbox.client() as anonymous:
        return datetime.fromisoformat(anonymous.get("/v1/sandbox/clock").json()["now"])


def evening_signup(sandbox, days_ago: int = 10) -> str:
    """A signup at 03:00 UTC, which is the evening before in Los Angeles: a renewal date shown
    in UTC instead of the account's timezone is one day off."""
    moment = (clock_now(sandbox) - timedelta(days=days_ago)).replace(
        hour=3, minute=0, second=0, microsecond=0
    )
    return moment.isoformat()


def plan_tab(qtbot, window) -> PlanTab:
    tab = next(view for view in window.tab_views if isinstance(view, PlanTab))
    window.ui.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.state is not None, timeout=20_000)
    wait_idle(qtbot, window)
    return tab


def subscription(customer) -> dict:
    response = customer.http.get("/v1/subscription")
    response.raise_for_status()
    return response.json()


def invoices(customer, **filters) -> list[dict]:
    response = customer.http.get("/v1/invoices", params={"limit": 100, **filters})
    response.raise_for_status()
    return response.json()["data"]


def renewal_date(customer) -> str:
    end = datetime.fromisoformat(subscription(customer)["current_period_end"])
    return formatting.long_date(end, TIMEZONE)


def open_change_dialog(qtbot, tab):
    assert tab.ui.changePlanButton.isEnabled()
    qtbot.mouseClick(tab.ui.changePlanButton, LEFT)
    dialog = tab.plan_actions.change_plan_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.isModal()
    return dialog


def choose_plan(qtbot, window, dialog, plan_id: str) -> None:
    qtbot.mouseClick(dialog.cards[plan_id].radio, LEFT)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.plan == plan_id)
    wait_idle(qtbot, window)


def record_calls(client, name: str) -> list[dict]:
    """Wrap one client method (on this session's client only) to see what the app sends."""
    calls: list[dict] = []
    original = getattr(client, name)

    def recorded(*args, **kwargs):
        calls.append({"args": args, **kwargs})
        return original(*args, **kwargs)

    setattr(client, name, recorded)
    return calls


# --- what the tab shows -------------------------------------------------------------------------


def test_the_plan_shown_matches_the_account(qtbot, open_window, sandbox):
    customer = sandbox.create_account(
        plan="dental", timezone=TIMEZONE, signup_at=evening_signup(sandbox)
    )
    add_card(customer.http, VISA)
    opened = open_window(customer=customer)
    tab = plan_tab(qtbot, opened.window)
    ui = tab.ui

    [dental] = [p for p in customer.http.get("/v1/plans").json()["data"] if p["id"] == "dental"]
    assert ui.pages.currentWidget() is ui.planPage
    assert ui.planNameLabel.text() == "Dental"
    assert ui.tierLabel.text() == f"{dental['tier']} tier"
    assert ui.priceLabel.text() == "$299.00 a month"
    assert ui.minutesLabel.text() == "300 included minutes a month"
    assert tab.features == dental["features"]
    assert ui.featuresBox.title() == "Included in Dental"

    end = datetime.fromisoformat(subscription(customer)["current_period_end"])
    in_la, in_utc = formatting.long_date(end, TIMEZONE), formatting.long_date(end, "UTC")
    assert in_la != in_utc  # the test would not see a timezone mistake otherwise
    assert ui.renewalLabel.text() == f"Renews on {in_la}, charged to Visa •••• 4242"
    assert ui.statusBadge.text() == "Active"
    assert ui.statusNotice.isHidden() and ui.scheduledNotice.isHidden()
    assert ui.changePlanButton.isEnabled() and ui.cancelSubscriptionButton.isEnabled()
    assert ui.actionsHint.isHidden()
    assert ui.contactSalesButton.url() == "https://smartalex.ai/contact-sales"
    assert ui.contactSalesButton.toolTip() == "https://smartalex.ai/contact-sales"


# --- changing plans -----------------------------------------------------------------------------


def test_an_upgrade_charges_the_previewed_amount_once_and_moves_to_the_new_plan(
    qtbot, open_window, sandbox
):
    customer = sandbox.create_account(
        plan="professional", tax_rate_bps=825, timezone=TIMEZONE, signup_at=evening_signup(sandbox)
    )
    add_card(customer.http, VISA)
    opened = open_window(customer=customer)
    window = opened.window
    tab = plan_tab(qtbot, window)
    dialog = open_change_dialog(qtbot, tab)

    current = dialog.cards["professional"]
    assert not current.radio.isEnabled()
    assert "current plan" in current.radio.accessibleName()
    assert not dialog.confirm_button.isEnabled()  # nothing chosen yet
    choose_plan(qtbot, window, dialog, "dental")

    # The sandbox clock stands still, so the API's own preview prices the same instant.
    expected = customer.http.post("/v1/subscription/preview-change", json={"plan": "dental"}).json()
    assert 0 < expected["amount_due_now_cents"] < 29900 - 14900  # prorated, tax included
    assert expected["tax_cents"] > 0
    ui = dialog.ui
    assert ui.chargedNowValue.text() == (
        f"{formatting.money(expected['amount_due_now_cents'])} "
        f"({formatting.money(expected['subtotal_cents'])} plus "
        f"{formatting.money(expected['tax_cents'])} tax)"
    )
    assert ui.effectiveValue.text() == "Now"
    assert ui.allowanceValue.text().startswith("300 minutes a month")
    assert "Upgrade from Professional to Dental" in ui.linesValue.text()
    assert "Visa •••• 4242" in ui.summaryLabel.text()
    amount = formatting.money(expected["amount_due_now_cents"])
    assert dialog.confirm_button.text() == f"&Upgrade and Pay {amount}"

    # The first confirm never gets an answer (the connection drops before it leaves); the
    # retry must carry the same Idempotency-Key, and a double click sends once.
    client = window.accounts.current.client
    sent = record_calls(client, "change_plan")
    real_change = client.change_plan
    failures = [errors.Offline()]

    def flaky(plan, *, idempotency_key=None):
        if failures:
            sent.append({"args": (plan,), "idempotency_key": idempotency_key})
            raise failures.pop()
        return real_change(plan, idempotency_key=idempotency_key)

    client.change_plan = flaky
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    qtbot.waitUntil(lambda: dialog.error_text != "")
    assert "can't be reached" in dialog.error_text
    assert dialog.isVisible() and dialog.confirm_button.isEnabled()
    assert subscription(customer)["plan"] == "professional"

    qtbot.mouseClick(dialog.confirm_button, LEFT)
    qtbot.mouseClick(dialog.confirm_button, LEFT)  # the second click of a double click
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    wait_idle(qtbot, window)

    keys = [call["idempotency_key"] for call in sent]
    assert len(keys) == 2 and keys[0] == keys[1] and keys[0]
    assert subscription(customer)["plan"] == "dental"
    [invoice] = invoices(customer, kind="plan_change")
    assert invoice["status"] == "paid"
    assert invoice["total_cents"] == expected["amount_due_now_cents"]
    assert window.message_bar.text == (
        f"You're now on the Dental plan. {amount} was charged to your default card; the "
        "invoice is in Invoices."
    )
    assert tab.ui.planNameLabel.text() == "Dental"
    assert tab.ui.priceLabel.text() == "$299.00 a month"


def test_an_upgrade_without_a_card_or_with_a_declining_one_changes_nothing(
    qtbot, open_window, sandbox
):
    opened = open_window(plan="professional")
    window, customer = opened.window, opened.customer
    tab = plan_tab(qtbot, window)
    assert "Add a card in Payment Methods" in tab.ui.renewalLabel.text()

    dialog = open_change_dialog(qtbot, tab)
    choose_plan(qtbot, window, dialog, "dental")
    assert dialog.preview.amount_due_now_cents > 0
    assert "There is no card on file" in dialog.error_text
    assert not dialog.confirm_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button does nothing either
    wait_idle(qtbot, window)
    assert subscription(customer)["plan"] == "professional"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # A card that the bank declines when charged: the server refuses, the dialog says why.
    add_card(customer.http, DECLINED_WHEN_CHARGED)
    window.refresh()  # F5, as after adding a card elsewhere
    qtbot.waitUntil(lambda: "Visa •••• 0341" in tab.ui.renewalLabel.text())
    dialog = open_change_dialog(qtbot, tab)
    choose_plan(qtbot, window, dialog, "dental")
    sent = record_calls(window.accounts.current.client, "change_plan")
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    qtbot.waitUntil(lambda: dialog.error_text != "", timeout=20_000)
    assert "Visa •••• 0341 was declined" in dialog.error_text
    assert "Your plan was not changed" in dialog.error_text
    assert dialog.isVisible() and dialog.confirm_button.isEnabled()
    # Confirming again is a new attempt (the old key would only replay the decline).
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    qtbot.waitUntil(lambda: len(sent) == 2)
    wait_idle(qtbot, window)
    assert sent[0]["idempotency_key"] != sent[1]["idempotency_key"]

    assert subscription(customer)["plan"] == "professional"
    assert invoices(customer, kind="plan_change", status="paid") == []
    assert tab.ui.planNameLabel.text() == "Professional"


def test_a_downgrade_is_scheduled_shown_and_can_be_undone(qtbot, open_window, sandbox):
    customer = sandbox.create_account(
        plan="dental", timezone=TIMEZONE, signup_at=evening_signup(sandbox)
    )
    add_card(customer.http, VISA)
    opened = open_window(customer=customer)
    window = opened.window
    tab = plan_tab(qtbot, window)
    renews = renewal_date(customer)

    dialog = open_change_dialog(qtbot, tab)
    choose_plan(qtbot, window, dialog, "professional")
    assert dialog.ui.chargedNowValue.text() == "Nothing"
    assert dialog.ui.effectiveValue.text() == f"At your next renewal, on {renews}"
    assert dialog.ui.allowanceValue.text().startswith(f"100 minutes a month from {renews}")
    assert dialog.confirm_button.text() == "&Schedule Change"
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    wait_idle(qtbot, window)

    server = subscription(customer)
    assert (server["plan"], server["scheduled_plan"]) == ("dental", "professional")
    assert invoices(customer, kind="plan_change") == []
    assert window.message_bar.text == (
        f"Your plan changes to Professional on {renews}. Until then you keep Dental."
    )
    assert tab.ui.planNameLabel.text() == "Dental"
    assert tab.ui.scheduledNotice.isVisible()
    assert tab.ui.scheduledText.text().startswith(f"Changes to Professional on {renews}")
    assert tab.ui.keepPlanButton.text() == "&Keep Dental"

    qtbot.mouseClick(tab.ui.keepPlanButton, LEFT)
    assert not tab.ui.keepPlanButton.isEnabled()  # busy: a second click sends nothing
    qtbot.waitUntil(lambda: tab.ui.scheduledNotice.isHidden(), timeout=20_000)
    wait_idle(qtbot, window)
    assert subscription(customer)["scheduled_plan"] is None
    assert subscription(customer)["plan"] == "dental"
    assert window.message_bar.text == (
        "You're staying on the Dental plan instead of changing to Professional."
    )


# --- cancelling and resuming --------------------------------------------------------------------


def test_cancel_goes_through_the_survey_and_confirmation_then_resume_brings_it_back(
    qtbot, open_window, sandbox
):
    customer = sandbox.create_account(
        plan="professional", timezone=TIMEZONE, signup_at=evening_signup(sandbox)
    )
    add_card(customer.http, VISA)
    opened = open_window(customer=customer)
    window = opened.window
    tab = plan_tab(qtbot, window)
    ends = renewal_date(customer)

    # Escape on the survey keeps the subscription.
    qtbot.mouseClick(tab.ui.cancelSubscriptionButton, LEFT)
    dialog = tab.plan_actions.cancel_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert subscription(customer)["cancel_at_period_end"] is False

    qtbot.mouseClick(tab.ui.cancelSubscriptionButton, LEFT)
    dialog = tab.plan_actions.cancel_dialog
    qtbot.waitUntil(dialog.isVisible)
    ui = dialog.ui
    assert ui.pages.currentWidget() is ui.surveyPage
    assert [radio.text().replace("&", "") for radio in dialog.reasons.values()] == [
        "It costs too much",
        "It's missing features we need",
        "We switched to another service",
        "We don't use it enough",
        "We had technical problems",
        "Something else",
    ]
    assert not ui.nextButton.isEnabled()
    radio = dialog.reasons["unused"]
    qtbot.mouseClick(radio, LEFT, pos=QPoint(10, radio.height() // 2))  # on the indicator
    assert ui.nextButton.isEnabled()
    qtbot.keyClicks(ui.commentField, "Our front desk answers most calls now.")
    qtbot.mouseClick(ui.nextButton, LEFT)

    assert ui.pages.currentWidget() is ui.confirmPage
    assert ui.confirmText.text() == (
        f"Your subscription stays active until {ends}, and you can resume it until then. "
        "Subscriptions are non-refundable: you won't be charged again, and nothing already "
        "paid is refunded."
    )
    assert ui.keepButton.isDefault()  # Enter keeps it; cancelling takes a deliberate click
    assert subscription(customer)["cancel_at_period_end"] is False  # nothing sent yet
    qtbot.mouseClick(ui.confirmButton, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    wait_idle(qtbot, window)

    server = subscription(customer)
    assert server["cancel_at_period_end"] is True
    assert server["cancellation_reason"] == "unused"
    assert server["status"] == "active"
    assert tab.ui.statusBadge.text() == f"Cancelling on {ends}"
    assert tab.ui.renewalLabel.text() == f"Ends on {ends}"
    assert tab.ui.resumeButton.isVisible()
    assert tab.ui.cancelSubscriptionButton.isHidden()
    assert not tab.ui.changePlanButton.isEnabled()
    assert tab.ui.actionsHint.text() == "Resume your subscription to change plans."
    assert window.message_bar.text.startswith(f"Your subscription will end on {ends}.")

    qtbot.mouseClick(tab.ui.resumeButton, LEFT)
    qtbot.waitUntil(lambda: tab.ui.statusBadge.text() == "Active", timeout=20_000)
    wait_idle(qtbot, window)
    assert subscription(customer)["cancel_at_period_end"] is False
    assert tab.ui.resumeButton.isHidden() and tab.ui.cancelSubscriptionButton.isVisible()
    assert tab.ui.changePlanButton.isEnabled()
    assert window.message_bar.text == f"Your subscription is active again and renews on {ends}."


# --- past due -----------------------------------------------------------------------------------


def test_a_past_due_renewal_is_paid_with_another_card_once(qtbot, own_sandbox, open_own_window):
    customer = own_sandbox.create_account(plan="professional", phone_numbers=0)
    bad = add_card(customer.http, DECLINED_WHEN_CHARGED)  # the default: declines when charged
    good = add_card(customer.http, MASTERCARD)
    advance_to_period_end(own_sandbox, customer.http)  # past the renewal, before the first retry
    [renewal] = invoices(customer, kind="renewal")
    assert renewal["status"] == "open" and subscription(customer)["status"] == "past_due"
    owed = formatting.money(renewal["total_cents"] - renewal["amount_paid_cents"])

    opened = open_own_window(customer)
    window = opened.window
    tab = plan_tab(qtbot, window)
    assert tab.ui.statusBadge.text() == "Past due"
    assert f"so {owed} is past due" in tab.ui.statusNoticeText.text()
    assert tab.ui.payNowButton.isVisible()
    assert not tab.ui.changePlanButton.isEnabled()
    assert tab.ui.actionsHint.text() == "Pay what is past due to change plans."

    qtbot.mouseClick(tab.ui.payNowButton, LEFT)
    actions = tab.plan_actions
    qtbot.waitUntil(lambda: actions.pay_dialog is not None and actions.pay_dialog.isVisible())
    dialog = actions.pay_dialog
    assert dialog.isModal()
    assert dialog.ui.amountValue.text() == owed
    assert renewal["number"] in dialog.ui.invoicesValue.text()
    combo = dialog.ui.cardCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Visa •••• 0341 (default)",
        "Mastercard •••• 4444",
    ]
    assert dialog.chosen_card_id == bad["id"]
    assert dialog.pay_button.text() == f"&Pay {owed}"

    # The default card is declined: said in the dialog, with the bank's reason.
    qtbot.mouseClick(dialog.pay_button, LEFT)
    qtbot.waitUntil(lambda: dialog.error_text != "", timeout=20_000)
    assert "Visa •••• 0341 was declined" in dialog.error_text
    assert dialog.isVisible()
    assert invoices(customer, kind="renewal")[0]["status"] == "open"

    # Another card, and a double click: one charge.
    dialog.choose_card(good["id"])
    qtbot.mouseClick(dialog.pay_button, LEFT)
    qtbot.mouseClick(dialog.pay_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    wait_idle(qtbot, window)

    [renewal] = invoices(customer, kind="renewal")
    assert renewal["status"] == "paid"
    succeeded = [p for p in renewal["payments"] if p["status"] == "succeeded"]
    assert len(succeeded) == 1 and succeeded[0]["last4"] == "4444"
    assert subscription(customer)["status"] == "active"
    qtbot.waitUntil(lambda: tab.ui.statusBadge.text() == "Active")
    assert tab.ui.payNowButton.isHidden()
    assert window.message_bar.text == (
        f"{owed} was paid with Mastercard •••• 4444; the receipt is on its way to your email. "
        "Your subscription is active again."
    )

    # Cancelled, and the period over: what is left is a sentence, no actions.
    response = customer.http.post("/v1/subscription/cancel", json={"reason": "other"})
    assert response.status_code == 200, response.text
    advance_to_period_end(own_sandbox, customer.http)
    assert subscription(customer)["status"] == "canceled"
    window.refresh()
    qtbot.waitUntil(lambda: tab.ui.statusBadge.text() == "Canceled", timeout=20_000)
    assert tab.ui.statusNoticeText.text().startswith("Your subscription ended on ")
    assert "no longer answers your calls" in tab.ui.statusNoticeText.text()
    for button in (
        tab.ui.changePlanButton,
        tab.ui.cancelSubscriptionButton,
        tab.ui.resumeButton,
        tab.ui.payNowButton,
    ):
        assert button.isHidden()
    assert tab.ui.renewalLabel.isHidden()
