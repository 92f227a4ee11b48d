"""What the Plan tab's buttons do: change the plan, cancel, resume, keep the current plan
(undoing a scheduled downgrade), and pay what is past due.

`PlanActions(tab)` is part of the `PlanTab`: it holds the dialogs it opens and the tab's "busy"
state while a request is on its way (every action button waits). A refused action means the page
was out of date, so the tab is told to reload; each money-moving request carries an idempotency
key reused on a retry (docs/conventions.md, "Idempotency keys"; the rules: docs/billing-rules.md,
"Changing plan", "Cancelling", "Renewal").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QPushButton

from smartalex_desktop.api import errors, models, new_idempotency_key
from smartalex_desktop.gui.plan.cancel_dialog import CancelDialog
from smartalex_desktop.gui.plan.change_plan_dialog import ChangePlanDialog
from smartalex_desktop.gui.runtime.changes import Change
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.widgets import formatting
from smartalex_desktop.gui.widgets.pay_invoice_dialog import PayInvoiceDialog, confirmed_sentence
from smartalex_desktop.gui.widgets.request_dialog import answer_was_final

if TYPE_CHECKING:
    from smartalex_desktop.gui.plan.plan_tab import PlanTab


@dataclass(frozen=True)
class _PayNowData:
    invoices: list[models.Invoice]
    cards: list[models.PaymentMethod]


class PlanActions:
    def __init__(self, tab: PlanTab) -> None:
        self.tab = tab
        self.change_plan_dialog: ChangePlanDialog | None = None
        self.cancel_dialog: CancelDialog | None = None
        self.pay_dialog: PayInvoiceDialog | None = None
        self.busy = False
        # "Keep my plan" is a plan change: one key per attempt, reused if it is retried after
        # an answer that never came.
        self._keep_plan_key: str | None = None
        ui = tab.ui
        ui.changePlanButton.clicked.connect(self.open_change_plan)
        ui.cancelSubscriptionButton.clicked.connect(self.open_cancel)
        ui.resumeButton.clicked.connect(self.resume)
        ui.keepPlanButton.clicked.connect(self.keep_current_plan)
        ui.payNowButton.clicked.connect(self.pay_now)

    def close_for_other_account(self) -> None:
        """The window shows another account now: its dialogs close, its attempt is over."""
        for dialog in (self.change_plan_dialog, self.cancel_dialog, self.pay_dialog):
            if dialog is not None:
                dialog.close_for_other_account()
                _retire(dialog)
        self.change_plan_dialog = self.cancel_dialog = self.pay_dialog = None
        self._keep_plan_key = None

    def update_buttons(self) -> None:
        """Enable what the subscription allows now (and SmartAlex answers)."""
        sub = self.tab.state.subscription if self.tab.state is not None else None
        ready = not self.busy and sub is not None
        for button in self._action_buttons():
            if button is self.tab.ui.changePlanButton and sub is not None:
                # A rule the server would refuse with: the hint under the buttons says which.
                self.tab.allow(
                    button, ready and sub.status == "active" and not sub.cancel_at_period_end
                )
            else:
                self.tab.allow(button, ready)

    def _action_buttons(self) -> list[QPushButton]:
        ui = self.tab.ui
        return [
            ui.changePlanButton,
            ui.cancelSubscriptionButton,
            ui.resumeButton,
            ui.keepPlanButton,
            ui.payNowButton,
        ]

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.tab.ui.actionProgress.setVisible(busy)
        self.tab.update_actions()

    def open_change_plan(self) -> None:
        session, state = self.tab.session, self.tab.state
        if session is None or state is None or self.busy:
            return
        dialog = ChangePlanDialog(
            session,
            self.tab.runner,
            plans=state.plans,
            subscription=state.subscription,
            default_card=state.default_card,
            parent=self.tab,
        )
        dialog.plan_changed.connect(self._plan_changed)
        dialog.needs_bank.connect(self._upgrade_needs_bank)
        _retire(self.change_plan_dialog)
        self.change_plan_dialog = dialog
        dialog.open()

    def _upgrade_needs_bank(self, asked: errors.AuthenticationRequired) -> None:
        """The upgrade's charge waits for the bank: the plan changes once it confirms."""

        def confirmed(payment: models.PaymentAuthentication) -> None:
            state = self.tab.state
            plan = state.plan(payment.plan) if state is not None and payment.plan else None
            name = plan.name if plan is not None else (payment.plan or "new")
            card = formatting.card_label(payment.brand, payment.last4)
            self._plan_changed(
                None,
                f"Your bank confirmed the payment: you're now on the {name} plan "
                f"({formatting.money(payment.amount_cents)} charged to {card}; the invoice is "
                "in Invoices).",
            )

        self.tab.bank.start(asked, confirmed)

    def _invoice_needs_bank(self, asked: errors.AuthenticationRequired) -> None:
        def confirmed(payment: models.PaymentAuthentication) -> None:
            self._paid([], confirmed_sentence(payment), False)

        self.tab.bank.start(asked, confirmed)

    def _plan_changed(self, _result: models.PlanChangeResult | None, message: str) -> None:
        self.tab.accounts.announce(Change.PLAN | Change.INVOICES | Change.USAGE)
        self.tab.show_success(message)

    def open_cancel(self) -> None:
        session, state = self.tab.session, self.tab.state
        if session is None or state is None or self.busy:
            return
        dialog = CancelDialog(session, self.tab.runner, state.subscription, parent=self.tab)
        dialog.cancelled.connect(self._cancelled)
        _retire(self.cancel_dialog)
        self.cancel_dialog = dialog
        dialog.open()

    def _cancelled(self, subscription: models.Subscription) -> None:
        end = formatting.long_date(subscription.current_period_end, self.tab.account_timezone)
        self.tab.accounts.announce(Change.PLAN)
        self.tab.show_success(
            f"Your subscription will end on {end}. SmartAlex answers your calls until then, "
            "and you can resume it any time before."
        )

    def resume(self) -> None:
        session = self.tab.session
        if session is None or self.busy:
            return
        self.set_busy(True)

        def resumed(subscription: models.Subscription) -> None:
            self.set_busy(False)
            if self.tab.session is not session:
                return
            renews = formatting.long_date(
                subscription.current_period_end, self.tab.account_timezone
            )
            self.tab.accounts.announce(Change.PLAN)
            self.tab.show_success(f"Your subscription is active again and renews on {renews}.")

        self.tab.runner.run(
            session.client.resume_subscription,
            on_success=resumed,
            on_failure=lambda error: self._action_failed(error, session),
            description="PlanTab: resume",
        )

    def keep_current_plan(self) -> None:
        """Undo a scheduled downgrade: changing to the current plan is how the API undoes it."""
        session, state = self.tab.session, self.tab.state
        if session is None or state is None or self.busy:
            return
        sub = state.subscription
        plan = state.plan(sub.plan)
        scheduled = state.plan(sub.scheduled_plan)
        name = plan.name if plan else sub.plan
        key = self._keep_plan_key = self._keep_plan_key or new_idempotency_key()
        self.set_busy(True)

        def kept(_result: models.PlanChangeResult) -> None:
            self._keep_plan_key = None
            self.set_busy(False)
            if self.tab.session is not session:
                return
            self.tab.accounts.announce(Change.PLAN)
            other = f" instead of changing to {scheduled.name}" if scheduled else ""
            self.tab.show_success(f"You're staying on the {name} plan{other}.")

        def failed(error: errors.SmartAlexError) -> None:
            if answer_was_final(error):
                self._keep_plan_key = None  # the answer was final: a new attempt gets a new key
            self._action_failed(error, session)

        self.tab.runner.run(
            lambda: session.client.change_plan(sub.plan, idempotency_key=key),
            on_success=kept,
            on_failure=failed,
            description="PlanTab: keep plan",
        )

    def pay_now(self) -> None:
        """Find what is open now (not what the page last saw) and the cards, then ask."""
        session = self.tab.session
        if session is None or self.busy:
            return
        self.set_busy(True)

        client = session.client

        def find() -> _PayNowData:
            return _PayNowData(list(client.iter_invoices(status="open")), client.payment_methods())

        def found(data: _PayNowData) -> None:
            self.set_busy(False)
            if self.tab.session is not session:
                return
            if not data.invoices:
                self.tab.accounts.announce(Change.PLAN | Change.INVOICES)
                self.tab.show_success("There is nothing left to pay: your invoices are paid.")
                return
            dialog = PayInvoiceDialog(
                session,
                self.tab.runner,
                data.invoices,
                cards=data.cards,
                intro=(
                    "Paying settles what is past due and makes your subscription active "
                    "again. You can use any of your cards."
                ),
                parent=self.tab,
            )
            dialog.paid.connect(self._paid)
            dialog.needs_bank.connect(self._invoice_needs_bank)
            _retire(self.pay_dialog)
            self.pay_dialog = dialog
            dialog.open()

        self.tab.runner.run(
            find,
            on_success=found,
            on_failure=lambda error: self._action_failed(error, session),
            description="PlanTab: pay",
        )

    def _paid(self, _invoices: list[models.Invoice], message: str, everything: bool) -> None:
        self.tab.accounts.announce(Change.PLAN | Change.INVOICES)
        if everything:
            message = f"{message} Your subscription is active again."
        self.tab.show_success(message)

    def _action_failed(self, error: errors.SmartAlexError, session: AccountSession) -> None:
        self.set_busy(False)
        if self.tab.session is not session:
            return  # the window shows another account now: this is not its news
        if isinstance(error, errors.RuleRefused):
            self.tab.accounts.announce(Change.PLAN)  # the page was out of date: show what is true
        self.tab.show_error(error.user_message)


def _retire(dialog: QDialog | None) -> None:
    """A closed dialog is replaced by the next one; Qt deletes it once its events are done."""
    if dialog is not None:
        dialog.deleteLater()
