"""Change plan: the plans side by side, then what the chosen change costs, before anything moves.

Choosing a plan asks SmartAlex for the preview (on a worker; only the newest choice's answer is
shown): what is charged now (tax included), when the change takes effect, the new monthly
allowance and the invoice lines. The confirm button then says exactly what it does ("Upgrade and
Pay $150.00", "Schedule Change"). An upgrade moves money, so its Idempotency-Key is made when the
user picks the plan and reused if the confirm is retried after an answer that never came; a
decline or a refusal is shown inline with its reason and changes nothing.

`plan_changed(result, sentence)` is emitted on success; the caller announces and says it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from smartalex_desktop.api import errors, models, new_idempotency_key
from smartalex_desktop.gui.forms.ui_change_plan_dialog import Ui_ChangePlanDialog
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.runtime.tasks import Task, TaskRunner
from smartalex_desktop.gui.widgets import formatting
from smartalex_desktop.gui.widgets.accessibility import show_value
from smartalex_desktop.gui.widgets.formatting import count
from smartalex_desktop.gui.widgets.icons import icon
from smartalex_desktop.gui.widgets.request_dialog import RequestDialog, answer_was_final

# Pages of `ui.previewPages`.
CHOOSE, LOADING, PREVIEW = 0, 1, 2


class PlanCard(QFrame):
    """One plan of the catalog: a radio button with the plan's name, and what it includes.
    A click anywhere on the card chooses it; the current plan is marked and can't be chosen."""

    def __init__(self, plan: models.Plan, current: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setObjectName(f"planCard_{plan.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        price = formatting.money(plan.price_cents)
        self.radio = QRadioButton(plan.name, self)
        self.radio.setObjectName(f"planRadio_{plan.id}")
        font = QFont(self.radio.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        self.radio.setFont(font)
        spoken = f"{plan.name} plan, {price} a month, {plan.included_minutes} minutes a month"
        self.radio.setAccessibleName(f"{spoken}, your current plan" if current else spoken)
        self.radio.setEnabled(not current)
        layout.addWidget(self.radio)
        muted = self.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, self.palette().color(QPalette.ColorRole.PlaceholderText)
        )
        tier = QLabel("Your current plan" if current else f"{plan.tier} tier", self)
        tier.setPalette(muted)
        layout.addWidget(tier)
        price_label = QLabel(f"<b>{escape(price)}</b> a month", self)
        price_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(price_label)
        layout.addWidget(QLabel(f"{count(plan.included_minutes)} included minutes a month", self))
        features = QLabel(
            "".join(f"<div>✓ {escape(feature)}</div>" for feature in plan.features), self
        )
        features.setWordWrap(True)
        features.setTextFormat(Qt.TextFormat.RichText)
        features.setAccessibleName(f"{plan.name} includes: " + "; ".join(plan.features))
        layout.addWidget(features)
        layout.addStretch(1)
        self.current = current
        self.radio.toggled.connect(self._mark)
        self._mark(False)

    def _mark(self, chosen: bool) -> None:
        """The chosen card is framed in the palette's highlight colour, like a selected item;
        the current plan's frame is dashed."""
        if chosen:
            border, padding = "2px solid palette(highlight)", 0
        elif self.current:
            border, padding = "1px dashed palette(mid)", 1
        else:
            border, padding = "1px solid palette(mid)", 1
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ background-color: palette(base); border: {border};"
            f" padding: {padding}px; border-radius: 6px; }}"
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.radio.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self.radio.setChecked(True)
            self.radio.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)


class ChangePlanDialog(RequestDialog):
    plan_changed = Signal(object, str)  # PlanChangeResult, the sentence to show
    # The upgrade's charge waits for the bank (3-D Secure): the Plan tab waits for its page.
    needs_bank = Signal(object)  # errors.AuthenticationRequired

    def __init__(
        self,
        session: AccountSession,
        runner: TaskRunner,
        *,
        plans: list[models.Plan],
        subscription: models.Subscription,
        default_card: models.PaymentMethod | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePlanDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("plan"))
        self._session = session
        self._runner = runner
        self._plans = plans
        self._subscription = subscription
        self._default_card = default_card
        self._current = next((plan for plan in plans if plan.id == subscription.plan), None)
        self.preview: models.PlanChangePreview | None = None
        self._preview_task: Task[models.PlanChangePreview] | None = None
        self._keys: dict[str, str] = {}  # plan id → the key of changing to it
        self.cards: dict[str, PlanCard] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        previous: QWidget | None = None
        for plan in plans:
            card = PlanCard(plan, current=plan.id == subscription.plan, parent=self)
            self.ui.plansLayout.addWidget(card, 1)
            self._group.addButton(card.radio)
            card.radio.toggled.connect(
                lambda checked, plan_id=plan.id: self._plan_chosen(plan_id) if checked else None
            )
            self.cards[plan.id] = card
            if previous is not None:
                QWidget.setTabOrder(previous, card.radio)
            previous = card.radio
        if previous is not None:
            QWidget.setTabOrder(previous, self.ui.buttons)
        self.confirm_button.setEnabled(False)
        self.confirm_button.setText("&Confirm")
        self.confirm_button.setDefault(True)
        self.ui.buttons.accepted.connect(self.confirm)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.progress.hide()
        self.ui.previewPages.setCurrentIndex(CHOOSE)
        bold = QFont(self.ui.chargedNowValue.font())
        bold.setBold(True)
        self.ui.chargedNowValue.setFont(bold)
        choosable = [card for card in self.cards.values() if not card.current]
        if choosable:
            choosable[0].radio.setFocus()

    # --- what tests and callers read ----------------------------------------------------------

    @property
    def confirm_button(self) -> QPushButton:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def error_text(self) -> str:
        return self.ui.errorBar.text

    @property
    def chosen_plan(self) -> models.Plan | None:
        return next((card.plan for card in self.cards.values() if card.radio.isChecked()), None)

    def choose(self, plan_id: str) -> None:
        self.cards[plan_id].radio.setChecked(True)

    # --- the preview --------------------------------------------------------------------------

    def _plan_chosen(self, plan_id: str) -> None:
        self.preview = None
        self.ui.errorBar.hide()
        self.confirm_button.setEnabled(False)
        self.confirm_button.setText("&Confirm")
        self.ui.previewPages.setCurrentIndex(LOADING)
        if self._preview_task is not None:
            self._preview_task.cancel()
        client = self._session.client
        self._preview_task = self._runner.run(
            lambda: client.preview_plan_change(plan_id),
            on_success=self._show_preview,
            on_failure=self._preview_failed,
            description="ChangePlanDialog: preview",
        )

    def _preview_failed(self, error: errors.SmartAlexError) -> None:
        self.ui.previewPages.setCurrentIndex(CHOOSE)
        self.ui.errorBar.error(
            f"The price of this change could not be worked out. {error.user_message}"
        )

    def _show_preview(self, preview: models.PlanChangePreview) -> None:
        plan = next(plan for plan in self._plans if plan.id == preview.plan)
        self.preview = preview
        # The user has started this change: its key exists from now on, for every retry.
        self._keys.setdefault(plan.id, new_idempotency_key())
        ui = self.ui
        timezone = self._session.timezone
        current_name = self._current.name if self._current else "your current plan"
        renewal = formatting.long_date(self._subscription.current_period_end, timezone)
        effective = formatting.long_date(preview.effective_at, timezone)
        amount = preview.amount_due_now_cents
        price = formatting.money(plan.price_cents)
        card = self._default_card
        card_name = formatting.card_label(card.brand, card.last4) if card else None
        blocked = ""

        if amount > 0:
            charged = formatting.money(amount)
            if preview.tax_cents:
                charged += (
                    f" ({formatting.money(preview.subtotal_cents)} plus "
                    f"{formatting.money(preview.tax_cents)} tax)"
                )
        else:
            charged = "Nothing"
        show_value(ui.chargedNowValue, charged)

        if preview.change == "downgrade":
            show_value(ui.effectiveValue, f"At your next renewal, on {effective}")
            show_value(
                ui.allowanceValue,
                f"{count(preview.included_minutes)} minutes a month from {effective} "
                f"(until then you keep {current_name}'s allowance)",
            )
            summary = (
                f"You keep {current_name} until {renewal}. From then on you are on {plan.name} "
                f"at {price} a month. Nothing is charged now, and you can keep {current_name} "
                "until then if you change your mind."
            )
            button = "&Schedule Change"
        else:
            show_value(ui.effectiveValue, "Now")
            show_value(
                ui.allowanceValue,
                f"{count(preview.included_minutes)} minutes a month, from now and for this whole "
                "period (minutes already used count toward it)",
            )
            if amount > 0:
                paid_by = f"your default card, {card_name}," if card_name else "your default card"
                summary = (
                    f"You move to {plan.name} now. {paid_by[0].upper()}{paid_by[1:]} is charged "
                    f"{formatting.money(amount)} for the rest of this period; from {renewal} "
                    f"you pay {price} a month."
                )
                button = f"&Upgrade and Pay {formatting.money(amount)}"
                if card is None:
                    blocked = (
                        "There is no card on file to charge for the upgrade. Add a card in "
                        "Payment Methods first, then change your plan."
                    )
            else:
                summary = (
                    f"You move to {plan.name} now, at no charge; from {renewal} you pay "
                    f"{price} a month."
                )
                button = f"&Switch to {plan.name}"
        ui.summaryLabel.setText(summary)

        lines = [
            f"{escape(line.description)}: {escape(formatting.money(line.amount_cents))}"
            for line in preview.lines
        ]
        show_value(ui.linesValue, "<br>".join(lines))
        ui.linesCaption.setVisible(bool(lines))
        ui.linesValue.setVisible(bool(lines))
        ui.previewPages.setCurrentIndex(PREVIEW)

        self.confirm_button.setText(button)
        self.confirm_button.setAccessibleName(button.replace("&", ""))
        if blocked:
            ui.errorBar.warning(blocked)
        self.confirm_button.setEnabled(not blocked)

    # --- confirming ---------------------------------------------------------------------------

    def confirm(self) -> None:
        preview, plan = self.preview, self.chosen_plan
        if self.sending or preview is None or plan is None or preview.plan != plan.id:
            return
        if not self.confirm_button.isEnabled():
            return
        key = self._keys[plan.id]
        self.ui.errorBar.hide()
        self._set_changing(True)
        client = self._session.client
        self._runner.run(
            lambda: client.change_plan(plan.id, idempotency_key=key),
            on_success=lambda result: self._changed(result, plan, preview),
            on_failure=lambda error: self._change_failed(error, plan),
            description="ChangePlanDialog: change",
        )

    def _changed(
        self, result: models.PlanChangeResult, plan: models.Plan, preview: models.PlanChangePreview
    ) -> None:
        self._set_changing(False)
        if self.orphaned:
            return
        timezone = self._session.timezone
        if preview.change == "downgrade":
            when = formatting.long_date(preview.effective_at, timezone)
            current = self._current.name if self._current else "your current plan"
            sentence = f"Your plan changes to {plan.name} on {when}. Until then you keep {current}."
        elif result.invoice_id and preview.amount_due_now_cents > 0:
            sentence = (
                f"You're now on the {plan.name} plan. "
                f"{formatting.money(preview.amount_due_now_cents)} was charged to your default "
                "card; the invoice is in Invoices."
            )
        else:
            sentence = f"You're now on the {plan.name} plan."
        self.plan_changed.emit(result, sentence)
        self.accept()

    def _change_failed(self, error: errors.SmartAlexError, plan: models.Plan) -> None:
        self._set_changing(False)
        if self.orphaned:
            return
        if isinstance(error, errors.AuthenticationRequired):
            self.needs_bank.emit(error)  # the plan changes once the bank confirms
            self.accept()
            return
        if answer_was_final(error):
            # Declined or refused: nothing changed, and the same key would only replay that
            # answer. Confirming again is a new attempt.
            self._keys[plan.id] = new_idempotency_key()
        self.ui.errorBar.error(error.user_message)

    def _set_changing(self, changing: bool) -> None:
        self.sending = changing
        self.ui.progress.setVisible(changing)
        self.confirm_button.setEnabled(not changing and self.preview is not None)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not changing)
        for card in self.cards.values():
            card.radio.setEnabled(not changing and not card.current)

    def about_to_close(self) -> None:
        if self._preview_task is not None:
            self._preview_task.cancel()
