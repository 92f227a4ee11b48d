"""The Plan tab: what the practice is subscribed to, what it costs, when it renews, and the
actions on it (change plan, cancel, resume, keep the current plan, pay what is past due).

Everything it shows comes from one background load (subscription, catalog, cards and, when
past due, the open invoices), so the page never shows a mix of old and new. Actions run on the
TaskRunner; while one runs the action buttons are disabled and a busy bar shows, so a double
click never sends twice. Each dialog is kept as an attribute (`change_plan_dialog`,
`cancel_dialog`, `pay_dialog`) and opened window-modal with `open()`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from smartalex_desktop.api import SmartAlexClient, errors, models
from smartalex_desktop.gui.forms.ui_plan_tab import Ui_PlanTab
from smartalex_desktop.gui.plan.plan_actions import PlanActions
from smartalex_desktop.gui.runtime.accounts import Accounts
from smartalex_desktop.gui.runtime.changes import Change
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.widgets import accessibility, formatting, plain_text
from smartalex_desktop.gui.widgets.accessibility import show_value
from smartalex_desktop.gui.widgets.account_tab import AccountTab
from smartalex_desktop.gui.widgets.browser_wait import BankConfirmation
from smartalex_desktop.gui.widgets.colours import AMBER, BLUE, GREEN, RED, blend
from smartalex_desktop.gui.widgets.follows_palette import FollowsPalette
from smartalex_desktop.gui.widgets.formatting import count
from smartalex_desktop.gui.widgets.icons import icon

# Accents for the status badge and notices: mid-tones that read on light and dark palettes
# (the text is blended towards the palette's own text colour, the background towards its base).

# Pages of `ui.pages`.
LOADING, PROBLEM, PLAN = 0, 1, 2


@dataclass(frozen=True)
class PlanState:
    """One consistent snapshot of what the tab shows."""

    subscription: models.Subscription
    plans: list[models.Plan]
    cards: list[models.PaymentMethod]
    open_invoices: list[models.Invoice]

    def plan(self, plan_id: str | None) -> models.Plan | None:
        return next((plan for plan in self.plans if plan.id == plan_id), None)

    @property
    def default_card(self) -> models.PaymentMethod | None:
        return next((card for card in self.cards if card.is_default), None)

    @property
    def past_due_cents(self) -> int:
        return sum(amount_due_cents(invoice) for invoice in self.open_invoices)


def amount_due_cents(invoice: models.Invoice) -> int:
    return max(invoice.total_cents - invoice.amount_paid_cents, 0)


def load_plan_state(client: SmartAlexClient) -> PlanState:
    """On a worker: the subscription with what explains it."""
    subscription = client.subscription()
    open_invoices = []
    if subscription.status == "past_due":
        open_invoices = list(client.iter_invoices(status="open"))
    return PlanState(
        subscription=subscription,
        plans=client.plans(),
        cards=client.payment_methods(),
        open_invoices=open_invoices,
    )


class PlanTab(FollowsPalette, AccountTab):
    shows = Change.PLAN | Change.CARDS | Change.INVOICES
    title = "&Plan"
    icon_name = "plan"

    def __init__(self, accounts: Accounts, parent: QWidget | None = None) -> None:
        super().__init__(accounts, parent)
        self.ui = Ui_PlanTab()
        self.ui.setupUi(self)
        self.state: PlanState | None = None
        self.plan_actions = PlanActions(self)
        # An upgrade or a payment whose bank asks for a confirmation (3-D Secure) waits here.
        self.bank = BankConfirmation(self, Change.PLAN | Change.INVOICES)
        self._feature_rows: list[QWidget] = []
        self._style_widgets()
        ui = self.ui
        ui.retryButton.clicked.connect(self.reload_now)
        ui.actionProgress.hide()
        ui.pages.setCurrentIndex(LOADING)

    # --- AccountTab ---------------------------------------------------------------------------

    def load(self, session: AccountSession) -> None:
        if self.state is None:
            self.ui.pages.setCurrentIndex(LOADING)
        self.fetch("plan", load_plan_state, self._show_state, self._load_failed)

    def clear(self) -> None:
        """No account (or another one): nothing of the previous account stays on screen."""
        self.plan_actions.close_for_other_account()
        self.state = None
        self.plan_actions.set_busy(False)
        self._set_features([])
        for label in (
            self.ui.planNameLabel,
            self.ui.tierLabel,
            self.ui.priceLabel,
            self.ui.minutesLabel,
            self.ui.renewalLabel,
            self.ui.statusBadge,
        ):
            label.clear()
        self.ui.pages.setCurrentIndex(LOADING)

    def reload_now(self) -> None:
        if self.session is not None:
            self.ui.pages.setCurrentIndex(LOADING)
            self.load(self.session)

    # --- showing ------------------------------------------------------------------------------

    def _load_failed(self, error: errors.SmartAlexError) -> None:
        if self.state is None:
            self.ui.problemLabel.setText(f"Your plan could not be shown. {error.user_message}")
            self.ui.pages.setCurrentIndex(PROBLEM)
        else:  # what is on screen stays; the bar says it may be out of date
            self.show_error(f"Your plan could not be refreshed. {error.user_message}")

    def _show_state(self, state: PlanState) -> None:
        self.state = state
        sub = state.subscription
        timezone = self.account_timezone
        plan = state.plan(sub.plan)
        name = plan.name if plan else sub.plan.replace("_", " ").title()
        price_cents = plan.price_cents if plan else (sub.price_cents or 0)
        minutes = plan.included_minutes if plan else (sub.included_minutes or 0)
        period_end = formatting.long_date(sub.current_period_end, timezone)
        ui = self.ui

        show_value(ui.planNameLabel, name)
        ui.tierLabel.setText(f"{plan.tier} tier" if plan else "")
        ui.priceLabel.setText(f"{formatting.money(price_cents)} a month")
        ui.minutesLabel.setText(f"{count(minutes)} included minutes a month")
        self._set_features(plan.features if plan else [])
        ui.featuresBox.setTitle(f"Included in {name}")

        # The renewal line, the status badge and the notice under them.
        card = state.default_card
        ui.renewalLabel.setVisible(sub.status != "canceled")
        if sub.cancel_at_period_end:
            ui.renewalLabel.setText(f"Ends on {period_end}")
        elif card is not None:
            ui.renewalLabel.setText(
                f"Renews on {period_end}, charged to "
                f"{formatting.card_label(card.brand, card.last4)}"
            )
        else:
            ui.renewalLabel.setText(
                f"Renews on {period_end}. Add a card in Payment Methods so the renewal can be paid."
            )

        ui.resumeButton.hide()
        ui.payNowButton.hide()
        if sub.status == "canceled":
            ended = formatting.long_date(sub.canceled_at or sub.current_period_end, timezone)
            self._set_badge("Canceled", None)
            self._set_notice(
                "info",
                BLUE,
                f"Your subscription ended on {ended}, so SmartAlex no longer answers your "
                "calls. Your invoices and Wallet credits are still here. To start again, "
                "contact SmartAlex.",
            )
        elif sub.status == "past_due":
            self._set_badge("Past due", RED)
            self._set_notice("error", RED, self._past_due_sentence(state))
            ui.payNowButton.show()
        elif sub.cancel_at_period_end:
            self._set_badge(f"Cancelling on {period_end}", AMBER)
            self._set_notice(
                "warning",
                AMBER,
                f"Your subscription is set to cancel. SmartAlex keeps answering your calls "
                f"until {period_end}; after that you won't be charged again. Resume it to "
                "keep your plan.",
            )
            ui.resumeButton.show()
        else:
            self._set_badge("Active", GREEN)
            ui.statusNotice.hide()

        scheduled = state.plan(sub.scheduled_plan) if sub.scheduled_plan else None
        if sub.scheduled_plan and sub.status != "canceled":
            new_name = scheduled.name if scheduled else sub.scheduled_plan
            details = (
                f" ({formatting.money(scheduled.price_cents)} a month, "
                f"{count(scheduled.included_minutes)} included minutes)"
                if scheduled
                else ""
            )
            ui.scheduledText.setText(
                f"Changes to {new_name} on {period_end}{details}. Until then you keep {name}."
            )
            ui.keepPlanButton.setText(f"&Keep {name}")
            ui.keepPlanButton.setAccessibleName(f"Keep the {name} plan")
            ui.keepPlanButton.setToolTip(
                plain_text.tooltip(
                    f"Cancel the change to {new_name} and stay on {name}. Nothing is charged."
                )
            )
            ui.scheduledNotice.show()
        else:
            ui.scheduledNotice.hide()

        # What can be done now, and why not when a rule stands in the way.
        ui.changePlanButton.setVisible(sub.status != "canceled")
        ui.cancelSubscriptionButton.setVisible(
            sub.status != "canceled" and not sub.cancel_at_period_end
        )
        hint = ""
        if sub.cancel_at_period_end and sub.status != "canceled":
            hint = "Resume your subscription to change plans."
        elif sub.status == "past_due":
            hint = "Pay what is past due to change plans."
        ui.actionsHint.setText(hint)
        ui.actionsHint.setVisible(bool(hint))
        ui.changePlanButton.setToolTip(
            hint or "Compare the plans and see what a change costs before anything changes."
        )
        self.update_actions()
        ui.pages.setCurrentIndex(PLAN)

    def _past_due_sentence(self, state: PlanState) -> str:
        owed = state.past_due_cents
        retry = min(
            (i.next_payment_attempt for i in state.open_invoices if i.next_payment_attempt),
            default=None,
        )
        amount = f"{formatting.money(owed)} is past due" if owed else "an invoice is past due"
        sentence = (
            f"Your last payment didn't go through, so {amount}. SmartAlex keeps answering your "
            "calls. Pay now with any of your cards"
        )
        if retry is not None:
            when = formatting.long_date(retry, self.account_timezone)
            return f"{sentence}, or we'll try your default card again on {when}."
        return f"{sentence}."

    def _set_features(self, features: list[str]) -> None:
        for row in self._feature_rows:
            self.ui.featureRows.removeWidget(row)
            row.deleteLater()
        self._feature_rows = []
        size = self.fontMetrics().height()
        for feature in features:
            row = QWidget(self.ui.featuresBox)
            # Rows keep their height; the box's spare room goes below the list.
            row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            tick = QLabel(row)
            accessibility.decorative(tick)  # the box's title says these are included
            tick.setPixmap(icon("check").pixmap(size, size))
            tick.setAlignment(Qt.AlignmentFlag.AlignTop)
            text = QLabel(feature, row)
            text.setWordWrap(True)
            text.setAccessibleName(feature)
            layout.addWidget(tick)
            layout.addWidget(text, 1)
            self.ui.featureRows.addWidget(row)
            self._feature_rows.append(row)

    @property
    def features(self) -> list[str]:
        """The feature sentences as shown (for tests and screen readers alike)."""
        return [row.findChildren(QLabel)[1].text() for row in self._feature_rows]

    def _set_badge(self, text: str, accent: QColor | None) -> None:
        badge = self.ui.statusBadge
        badge.setText(text)
        badge.setAccessibleName(f"Subscription status: {text}")
        palette = self.palette()
        colour = (
            blend(accent, palette.color(QPalette.ColorRole.WindowText), 0.25)
            if accent is not None
            else palette.color(QPalette.ColorRole.PlaceholderText)
        )
        badge.setStyleSheet(
            f"QLabel#statusBadge {{ color: {colour.name()}; border: 1px solid {colour.name()};"
            " border-radius: 10px; padding: 2px 10px; font-weight: 600; }"
        )

    def _set_notice(self, icon_name: str, accent: QColor, text: str) -> None:
        notice = self.ui.statusNotice
        size = self.fontMetrics().height() + 4
        self.ui.statusNoticeIcon.setPixmap(icon(icon_name).pixmap(size, size))
        self.ui.statusNoticeText.setText(text)
        notice.setAccessibleDescription(text)
        palette = notice.palette()
        base = self.palette().color(QPalette.ColorRole.Window)
        palette.setColor(QPalette.ColorRole.Window, blend(base, accent, 0.16))
        notice.setPalette(palette)
        notice.setAutoFillBackground(True)
        notice.show()

    def _style_widgets(self) -> None:
        ui = self.ui
        # From the tab's own font, so that restyling on a palette change doesn't grow them.
        title = QFont(self.font())
        title.setPointSizeF(title.pointSizeF() * 1.7)
        title.setWeight(QFont.Weight.DemiBold)
        ui.planNameLabel.setFont(title)
        price = QFont(self.font())
        price.setPointSizeF(price.pointSizeF() * 1.2)
        ui.priceLabel.setFont(price)
        muted = ui.tierLabel.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, self.palette().color(QPalette.ColorRole.PlaceholderText)
        )
        ui.tierLabel.setPalette(muted)
        ui.actionsHint.setPalette(muted)
        size = self.fontMetrics().height() + 4
        ui.scheduledIcon.setPixmap(icon("info").pixmap(size, size))
        palette = ui.scheduledNotice.palette()
        base = self.palette().color(QPalette.ColorRole.Window)
        palette.setColor(QPalette.ColorRole.Window, blend(base, BLUE, 0.12))
        ui.scheduledNotice.setPalette(palette)
        ui.scheduledNotice.setAutoFillBackground(True)
        ui.changePlanButton.setIcon(icon("plan"))
        ui.resumeButton.setIcon(icon("refresh"))
        ui.payNowButton.setIcon(icon("card"))
        ui.keepPlanButton.setIcon(icon("check"))
        ui.retryButton.setIcon(icon("refresh"))

    def restyle(self) -> None:
        """A light/dark switch: the tints and muted colours are worked out again."""
        self._style_widgets()
        if self.state is not None:
            self._show_state(self.state)

    # --- actions ------------------------------------------------------------------------------

    def update_actions(self) -> None:
        self.plan_actions.update_buttons()
