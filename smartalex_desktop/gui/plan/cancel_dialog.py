"""Cancel the subscription: the survey, then a confirmation that says what cancelling means.

One dialog, two pages (a QStackedWidget): the reasons SmartAlex asks for (docs/billing-rules.md,
"Cancelling") as radio buttons in the office manager's words, with an optional comment; Next
once a reason is chosen. Then the confirmation — it stays active until the period ends, it can
be resumed until then, and it is non-refundable; what becomes of the Wallet and of auto top-up
— with "Keep My Subscription" as the safe default and a destructive "Cancel Subscription".
Nothing is sent before that last button.

`cancelled(subscription)` is emitted on success; the caller announces and says it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QSizePolicy, QWidget

from smartalex_desktop.api import errors, models
from smartalex_desktop.gui.forms.ui_cancel_dialog import Ui_CancelDialog
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.runtime.tasks import TaskRunner
from smartalex_desktop.gui.widgets import formatting
from smartalex_desktop.gui.widgets.icons import icon
from smartalex_desktop.gui.widgets.request_dialog import RequestDialog

# Pages of `ui.pages`.
SURVEY, CONFIRM = 0, 1
COMMENT_MAX_CHARS = 2000  # what the API accepts

DESTRUCTIVE_ON_LIGHT = QColor(0xC6, 0x28, 0x28)
DESTRUCTIVE_ON_DARK = QColor(0xEF, 0x9A, 0x9A)


class CancelDialog(RequestDialog):
    cancelled = Signal(object)  # the Subscription, now set to cancel at period end

    def __init__(
        self,
        session: AccountSession,
        runner: TaskRunner,
        subscription: models.Subscription,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CancelDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("plan"))
        self._session = session
        self._runner = runner
        self._subscription = subscription
        ui = self.ui
        self.reasons: dict[str, QRadioButton] = {
            "too_expensive": ui.tooExpensiveRadio,
            "missing_features": ui.missingFeaturesRadio,
            "switched_service": ui.switchedServiceRadio,
            "unused": ui.unusedRadio,
            "technical_issues": ui.technicalIssuesRadio,
            "other": ui.otherRadio,
        }
        self._group = QButtonGroup(self)
        for radio in self.reasons.values():
            self._group.addButton(radio)
        self._group.buttonToggled.connect(lambda *_: self._update_buttons())
        heading = QFont(ui.surveyHeading.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.2)
        heading.setWeight(QFont.Weight.DemiBold)
        ui.surveyHeading.setFont(heading)
        ui.confirmHeading.setFont(heading)
        size = ui.confirmHeading.fontMetrics().height() + 4
        ui.confirmIcon.setPixmap(icon("warning").pixmap(size, size))
        end = formatting.long_date(subscription.current_period_end, session.timezone)
        ui.confirmText.setText(
            f"Your subscription stays active until {end}, and you can resume it until then. "
            "Subscriptions are non-refundable: you won't be charged again, and nothing already "
            "paid is refunded."
        )
        # The sandbox's rule (services/auto_top_up.py): an automatic top-up runs only after a
        # call's cost was taken from the Wallet, and once the subscription has ended SmartAlex
        # answers no calls (services/usage.py) — so auto top-up charges until the end date and
        # never after, without being switched off. Cancelling doesn't touch the Wallet.
        ui.walletNote.setText(
            "Your Wallet credits stay with your account and never expire; credits you haven't "
            "used can still be refunded within 30 days of adding them. Auto top-up only charges "
            f"your card when calls use your Wallet, so it goes on until {end} and never charges "
            "after that."
        )
        ui.confirmButton.setIcon(icon("warning"))
        self._mark_destructive()
        ui.nextButton.clicked.connect(self.next_page)
        ui.backButton.clicked.connect(self.previous_page)
        ui.keepButton.clicked.connect(self.reject)
        ui.confirmButton.clicked.connect(self.confirm)
        ui.commentField.textChanged.connect(self._limit_comment)
        ui.progress.hide()
        self._show_page(SURVEY)

    # --- what tests and callers read ----------------------------------------------------------

    @property
    def reason(self) -> str | None:
        return next((code for code, radio in self.reasons.items() if radio.isChecked()), None)

    @property
    def comment(self) -> str:
        return self.ui.commentField.toPlainText().strip()

    @property
    def error_text(self) -> str:
        return self.ui.errorBar.text

    # --- pages --------------------------------------------------------------------------------

    def next_page(self) -> None:
        if self.reason is not None:
            self._show_page(CONFIRM)

    def previous_page(self) -> None:
        if not self.sending:
            self._show_page(SURVEY)

    def _show_page(self, page: int) -> None:
        ui = self.ui
        ui.pages.setCurrentIndex(page)
        ui.errorBar.hide()
        survey = page == SURVEY
        ui.nextButton.setVisible(survey)
        ui.backButton.setVisible(not survey)
        ui.confirmButton.setVisible(not survey)
        # The safe choice is the default on the confirmation: Enter keeps the subscription.
        ui.nextButton.setDefault(survey)
        ui.keepButton.setDefault(not survey)
        ui.keepButton.setAutoDefault(not survey)
        self._update_buttons()
        if survey:
            checked = self._group.checkedButton()
            (checked or ui.tooExpensiveRadio).setFocus()
        else:
            ui.keepButton.setFocus()
        if self.isVisible():  # before the first show the form's size is the survey's own
            self._fit_page()

    def _fit_page(self) -> None:
        """The dialog as tall as the page shown: a stack is as big as its biggest page, so the
        short confirmation stood in the survey's height over a large empty area (issue 20, item
        13). The hidden page is ignored in the size; the width stays what it was."""
        pages = self.ui.pages
        for index in range(pages.count()):
            policy = QSizePolicy.Policy.Preferred
            if index != pages.currentIndex():
                policy = QSizePolicy.Policy.Ignored
            pages.widget(index).setSizePolicy(policy, policy)
        pages.updateGeometry()
        layout = self.layout()
        if layout is not None:  # the dialog's minimum follows the layout's: work it out now
            layout.invalidate()
            layout.activate()
        # The stack's own height-for-width is its tallest page's, whatever the policies: ask
        # the page shown, and keep what is around the stack as it is.
        page = pages.currentWidget()
        width = self.width()
        page_height = page.heightForWidth(pages.width()) if page.hasHeightForWidth() else -1
        if page_height < 0:
            page_height = page.sizeHint().height()
        height = self.height() - pages.height() + page_height
        self.resize(width, max(height, self.minimumSizeHint().height()))

    def _update_buttons(self) -> None:
        ui = self.ui
        busy = self.sending
        ui.nextButton.setEnabled(self.reason is not None)
        ui.backButton.setEnabled(not busy)
        ui.keepButton.setEnabled(not busy)
        ui.confirmButton.setEnabled(not busy and self.reason is not None)
        ui.progress.setVisible(busy)

    def _limit_comment(self) -> None:
        field = self.ui.commentField
        text = field.toPlainText()
        if len(text) > COMMENT_MAX_CHARS:
            field.setPlainText(text[:COMMENT_MAX_CHARS])
            field.moveCursor(field.textCursor().MoveOperation.End)

    def _mark_destructive(self) -> None:
        """Red text on the destructive button: dark red on a light palette, light red on a
        dark one, so it reads on both."""
        button = self.ui.confirmButton
        palette = button.palette()
        dark = palette.color(QPalette.ColorRole.Button).lightness() < 128
        palette.setColor(
            QPalette.ColorRole.ButtonText, DESTRUCTIVE_ON_DARK if dark else DESTRUCTIVE_ON_LIGHT
        )
        button.setPalette(palette)

    # --- cancelling ---------------------------------------------------------------------------

    def confirm(self) -> None:
        reason = self.reason
        if self.sending or reason is None:
            return
        comment = self.comment or None
        self.ui.errorBar.hide()
        self.sending = True
        self._update_buttons()
        client = self._session.client
        self._runner.run(
            lambda: client.cancel_subscription(reason, comment),
            on_success=self._cancelled,
            on_failure=self._failed,
            description="CancelDialog: cancel",
        )

    def _cancelled(self, subscription: models.Subscription) -> None:
        self.sending = False
        self._update_buttons()
        if self.orphaned:
            return
        self.cancelled.emit(subscription)
        self.accept()

    def _failed(self, error: errors.SmartAlexError) -> None:
        self.sending = False
        self._update_buttons()
        if self.orphaned:
            return
        self.ui.errorBar.error(error.user_message)

    # --- closing ------------------------------------------------------------------------------
