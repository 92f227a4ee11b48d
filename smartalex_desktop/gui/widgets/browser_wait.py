"""Waiting for a hosted page in the browser: the card page, or a payment's bank confirmation.

The app never takes a card number and cannot show the bank's 3-D Secure step: both happen on a
SmartAlex page in the user's own browser (docs/cards.md). `BrowserWait` opens that page with
`QDesktopServices.openUrl`, shows a panel in the tab that started it (what to do, Open Page
Again, Copy Link, Cancel — not a dialog: the rest of the window stays usable), and asks
SmartAlex how it went until the page is done.

Why polling and not a loopback callback (RFC 8252's redirect to 127.0.0.1): the page is
SmartAlex's, on its website, and may be opened anywhere — Copy Link lets the office manager
finish on the phone where their bank app lives, and a browser on another device cannot reach
a port on this computer. Polling needs no listening socket in the app (nothing another local
program could call), no browser redirect that a closed tab would lose, and works through the
same API client as everything else. It costs one small GET every few seconds for at most the
page's 30 minutes: from `FIRST_POLL_S` growing by half each time up to `MAX_POLL_S`, and back
off to `OFFLINE_POLL_S` while SmartAlex can't be reached. It stops as soon as the page is done,
the user cancels, or the tab shows another account.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QBoxLayout, QFrame, QWidget

from smartalex_desktop.api import errors, models
from smartalex_desktop.gui.forms.ui_browser_wait_panel import Ui_BrowserWaitPanel
from smartalex_desktop.gui.runtime.changes import Change
from smartalex_desktop.gui.runtime.tasks import Task, TaskRunner
from smartalex_desktop.gui.widgets.icons import icon

if TYPE_CHECKING:
    from smartalex_desktop.gui.widgets.account_tab import AccountTab

Operation = Callable[[], Any]


class BrowserWaitPanel(QFrame):
    """The panel a tab shows while a page is open in the browser (ui/browser_wait_panel.ui)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BrowserWaitPanel()
        self.ui.setupUi(self)
        self.setObjectName("browserWaitPanel")
        font = self.ui.titleLabel.font()
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        self.ui.statusLabel.hide()

    def follow_in_tab_order(self, before: QWidget) -> QWidget:
        """Put the panel's buttons right after `before` in the Tab order, where the panel shows
        (a widget added to a tab goes last in its Tab order, after what is below it); returns
        the last button, for what comes next."""
        previous = before
        for button in (self.ui.openButton, self.ui.copyLinkButton, self.ui.cancelButton):
            QWidget.setTabOrder(previous, button)
            previous = button
        return previous

    def lead_tab_order(self, tab: QWidget) -> None:
        """Put the panel's buttons first in `tab`'s Tab order (the panel shows at its top). Qt
        can only move a widget *after* another, and after a container means after all it holds:
        so the tab's own controls are moved, in their order, to follow the panel's last button
        (the panel, made after them, is at the end of the tab's order)."""
        controls: list[QWidget] = []
        window = tab.window()
        widget = window.nextInFocusChain()
        while widget is not window:  # once round the window's chain
            mine = tab.isAncestorOf(widget) and not self.isAncestorOf(widget)
            inside = any(c.isAncestorOf(widget) for c in controls)
            if mine and not inside and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                controls.append(widget)
            widget = widget.nextInFocusChain()
        previous: QWidget = self.ui.cancelButton  # the panel's buttons: made last, in order
        for control in controls:
            QWidget.setTabOrder(previous, control)
            previous = control


class BrowserWait(QObject):
    """One hosted page opened in the browser and waited for.

    `poll()` and `cancel()` run on the TaskRunner and return the page's state; `is_done(state)`
    says when to stop; `describe(state)` is an interim sentence for the panel (the last card
    tried was declined, say) or "". `ended` carries the final state, or the `SmartAlexError`
    that ended the wait (the session ended, the page is gone)."""

    FIRST_POLL_S = 1.0
    MAX_POLL_S = 5.0
    OFFLINE_POLL_S = 15.0

    ended = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        panel: BrowserWaitPanel,
        *,
        url: str,
        title: str,
        text: str,
        poll: Operation,
        cancel: Operation,
        is_done: Callable[[Any], bool],
        describe: Callable[[Any], str] = lambda _state: "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.url = url
        self._runner = runner
        self._panel = panel
        self._poll = poll
        self._cancel = cancel
        self._is_done = is_done
        self._describe = describe
        self._interval_s = self.FIRST_POLL_S
        self._task: Task[Any] | None = None
        self._finished = False
        self.cancelling = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._ask)
        ui = panel.ui
        ui.iconLabel.setPixmap(icon("card").pixmap(QSize(32, 32)))
        ui.titleLabel.setText(title)
        ui.textLabel.setText(text)
        ui.statusLabel.hide()
        ui.cancelButton.setEnabled(True)
        self._connections = [
            ui.openButton.clicked.connect(self.open_page),
            ui.copyLinkButton.clicked.connect(self.copy_link),
            ui.cancelButton.clicked.connect(self.cancel),
        ]

    @property
    def running(self) -> bool:
        return not self._finished

    def start(self) -> None:
        """Open the page in the browser, show the panel, start asking."""
        self._panel.show()
        self.open_page()
        self._timer.start(int(self._interval_s * 1000))

    def open_page(self) -> None:
        if not QDesktopServices.openUrl(QUrl(self.url)):
            self.say(
                "The browser could not be opened. Press Copy Link and paste the link into "
                "your browser's address bar."
            )

    def copy_link(self) -> None:
        QGuiApplication.clipboard().setText(self.url)
        self.say("Link copied. Paste it into your browser's address bar to open the page.")

    def say(self, sentence: str) -> None:
        label = self._panel.ui.statusLabel
        label.setText(sentence)
        label.setVisible(bool(sentence))

    def cancel(self) -> None:
        """The user stops waiting: SmartAlex closes the page (a page finished a moment before
        is reported as finished)."""
        if self._finished or self.cancelling:
            return
        self.cancelling = True
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
        self._panel.ui.cancelButton.setEnabled(False)
        self.say("Cancelling…")
        self._task = self._runner.run(
            self._cancel,
            on_success=self._finish,
            on_failure=self._cancel_failed,
            description="BrowserWait: cancel",
        )

    def stop(self) -> None:
        """Stop without telling anyone (the tab shows another account, the app quits)."""
        self._finished = True
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._disconnect()

    # --- asking -------------------------------------------------------------------------------

    def _ask(self) -> None:
        if self._finished or self.cancelling:
            return
        self._task = self._runner.run(
            self._poll,
            on_success=self._answered,
            on_failure=self._poll_failed,
            description="BrowserWait: poll",
        )

    def _answered(self, state: Any) -> None:
        self._task = None
        if self._finished:
            return
        if self._is_done(state):
            self._finish(state)
            return
        sentence = self._describe(state)
        if sentence:
            self.say(sentence)
        self._interval_s = min(self._interval_s * 1.5, self.MAX_POLL_S)
        self._timer.start(int(self._interval_s * 1000))

    def _poll_failed(self, error: errors.SmartAlexError) -> None:
        self._task = None
        if self._finished:
            return
        if isinstance(
            error, errors.Offline | errors.TimedOut | errors.ServerError | errors.RateLimited
        ):
            # Keep waiting: the page may be finished meanwhile; SmartAlex will say so.
            self.say(f"{error.user_message} Still waiting for the page.")
            self._interval_s = self.OFFLINE_POLL_S
            self._timer.start(int(self._interval_s * 1000))
            return
        self._end(error)

    def _cancel_failed(self, error: errors.SmartAlexError) -> None:
        self._task = None
        self.cancelling = False
        if self._finished:
            return
        self._panel.ui.cancelButton.setEnabled(True)
        self.say(f"It could not be cancelled: {error.user_message}")
        self._timer.start(int(self.OFFLINE_POLL_S * 1000))

    def _finish(self, state: Any) -> None:
        self._end(state)

    def _end(self, outcome: Any) -> None:
        self._task = None
        if self._finished:
            return
        self._finished = True
        self._timer.stop()
        self._disconnect()
        self._panel.hide()
        self.ended.emit(outcome)

    def _disconnect(self) -> None:
        ui = self._panel.ui
        for button, connection in zip(
            (ui.openButton, ui.copyLinkButton, ui.cancelButton), self._connections, strict=True
        ):
            button.clicked.disconnect(connection)
        self._connections = []


class BankConfirmation:
    """A payment the bank asks the cardholder to confirm (3-D Secure), waited for in the tab
    that made it: a top-up (Wallet), an invoice's Pay Now (Invoices, Plan), an upgrade (Plan).

    The request answered `AuthenticationRequired`; nothing is charged yet. SmartAlex's payment
    page opens in the browser and the tab waits, as it does for the card page. `done(state)`
    gets the final `PaymentAuthentication` when the bank confirmed (credited, paid, upgraded);
    any other end is said in the message bar (nothing was charged, and why), after which
    `changed` is announced so the tab shows the failed attempt too."""

    def __init__(self, tab: AccountTab, changed: Change) -> None:
        self.tab = tab
        self.changed = changed
        self.panel = BrowserWaitPanel(tab)
        self.panel.hide()
        layout = tab.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self.panel)
        self.wait: BrowserWait | None = None
        tab.accounts.current_changed.connect(lambda _session: self.stop())

    @property
    def waiting(self) -> bool:
        return self.wait is not None and self.wait.running

    def start(
        self,
        asked: errors.AuthenticationRequired,
        done: Callable[[models.PaymentAuthentication], None],
    ) -> None:
        session = self.tab.session
        if session is None:
            return
        self.stop()
        # At the top of the tab, so first in its Tab order (set now: the tab is in its window).
        self.panel.lead_tab_order(self.tab)
        client = session.client
        authentication_id = asked.authentication_id
        wait = BrowserWait(
            self.tab.runner,
            self.panel,
            url=asked.authentication_url,
            title="Confirm the payment with your bank, in your browser",
            text=(
                f"{asked.user_message} SmartAlex's payment page is open in your browser; this "
                "tab shows the result as soon as your bank answers. The page works for 30 "
                "minutes."
            ),
            poll=lambda: client.payment_authentication(authentication_id),
            cancel=lambda: client.cancel_payment_authentication(authentication_id),
            is_done=lambda state: state.status != "requires_action",
            parent=self.tab,
        )

        def ended(outcome: models.PaymentAuthentication | errors.SmartAlexError) -> None:
            if self.wait is wait:
                self.wait = None
            wait.deleteLater()
            if self.tab.session is not session:
                return
            if isinstance(outcome, errors.SmartAlexError):
                if not isinstance(outcome, errors.SessionExpired):
                    self.tab.show_error(
                        f"The payment's confirmation page stopped working. {outcome.user_message}"
                    )
                return
            if outcome.status == "succeeded":
                done(outcome)
                return
            self.tab.accounts.announce(self.changed)
            reason = outcome.error.message if outcome.error else "Nothing was charged."
            self.tab.show_error(f"{outcome.description}: {reason}")

        wait.ended.connect(ended)
        self.wait = wait
        wait.start()

    def stop(self) -> None:
        if self.wait is not None:
            self.wait.stop()
            self.wait.deleteLater()
            self.wait = None
        self.panel.hide()
