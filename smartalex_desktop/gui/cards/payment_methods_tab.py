"""The Payment Methods tab: the cards on file, adding one, making one the default, removing one.

Adding a card opens SmartAlex's card page in the user's browser (no card number ever passes
through the app: PCI DSS SAQ A, and 3-D Secure happens in that page) and waits for it in a panel
of this tab (`BrowserWait`), with Copy Link and Cancel; docs/cards.md tells the whole flow.

The default card comes first, then the others newest first (the API's order). Each card is a
`CardRow` with its ⋮ menu. Where a billing rule blocks an action the menu says so before the user
tries: the only card can't be removed while the subscription runs (active, past due, or set to
cancel at the period's end), so the tab loads the subscription with the cards. If the server
refuses anyway (the rule changed under us), its sentence is shown.

Actions run through the TaskRunner; while one runs the card's row shows what it is doing and
every card's menu waits (a removal or a new default changes which card is the default for all).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from smartalex_desktop.api import SmartAlexClient, errors, models
from smartalex_desktop.gui.cards.card_row import CardRow, ExpiryState, expiry_state, scaled_font
from smartalex_desktop.gui.forms.ui_payment_methods_tab import Ui_PaymentMethodsTab
from smartalex_desktop.gui.runtime.accounts import Accounts
from smartalex_desktop.gui.runtime.changes import Change
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.widgets import formatting
from smartalex_desktop.gui.widgets.account_tab import AccountTab
from smartalex_desktop.gui.widgets.browser_wait import BrowserWait, BrowserWaitPanel
from smartalex_desktop.gui.widgets.icons import icon


@dataclass(frozen=True)
class CardsOnFile:
    """The cards and the subscription, loaded together so the rules see one moment."""

    cards: list[models.PaymentMethod]
    subscription: models.Subscription | None
    # SmartAlex's now when they were loaded (the sandbox's clock in demo mode): expiry is
    # judged by its date, as the tray's card notices judge it.
    now: datetime

    @property
    def subscription_running(self) -> bool:
        """A running subscription needs a card: active, past due, or cancelling at period end."""
        return self.subscription is not None and self.subscription.status != "canceled"

    @property
    def in_display_order(self) -> list[models.PaymentMethod]:
        """The default card first, then the others newest first."""
        return sorted(self.cards, key=lambda card: not card.is_default)


def load_cards(client: SmartAlexClient) -> CardsOnFile:
    """On a worker: the cards, the subscription their removal rules depend on, and the time."""
    cards = client.payment_methods()
    try:
        subscription: models.Subscription | None = client.subscription()
    except errors.NotFound:
        subscription = None  # no subscription: no card is required
    return CardsOnFile(cards, subscription, client.now())


class PaymentMethodsTab(AccountTab):
    shows = Change.CARDS | Change.PLAN
    title = "Pa&yment Methods"
    icon_name = "card"

    def __init__(self, accounts: Accounts, parent: QWidget | None = None) -> None:
        super().__init__(accounts, parent)
        self.ui = Ui_PaymentMethodsTab()
        self.ui.setupUi(self)
        self.ui.headingLabel.setFont(scaled_font(self.ui.headingLabel.font(), 1.3, bold=True))
        self.ui.addCardButton.setIcon(icon("add"))
        self.ui.emptyIcon.setPixmap(icon("card").pixmap(QSize(48, 48)))
        self.ui.addCardButton.clicked.connect(self.open_card_page)
        self.ui.retryButton.clicked.connect(self.reload)
        self.rows: list[CardRow] = []
        self.on_file: CardsOnFile | None = None
        self.remove_dialog: QMessageBox | None = None
        self._action_running = False
        # Adding a card: SmartAlex's card page in the browser, waited for in this panel.
        self.wait_panel = BrowserWaitPanel(self)
        self.wait_panel.hide()
        self.ui.layout.insertWidget(1, self.wait_panel)
        self._before_rows = self.wait_panel.follow_in_tab_order(self.ui.addCardButton)
        self.card_page: BrowserWait | None = None
        self._starting_page = False
        self.clear()

    # --- loading ------------------------------------------------------------------------------

    def load(self, session: AccountSession) -> None:
        if self.on_file is None:
            self.ui.pages.setCurrentWidget(self.ui.loadingPage)
        self.fetch("cards", load_cards, self._show, self._load_failed)

    def clear(self) -> None:
        """No account (or another one): nothing of the previous account stays on screen, and
        its card page is no longer waited for here (it expires by itself)."""
        self._close_dialogs()
        if self.card_page is not None:
            self.card_page.stop()
            self.card_page.deleteLater()
            self.card_page = None
        self.wait_panel.hide()
        self.on_file = None
        self._action_running = False
        self._set_rows([])
        self.update_actions()
        self.ui.pages.setCurrentWidget(self.ui.loadingPage)

    def _load_failed(self, error: errors.SmartAlexError) -> None:
        if isinstance(error, errors.SessionExpired):
            return  # the window asks to sign in again; this tab reloads once it has
        if self.on_file is not None:
            self.show_error(error.user_message)  # keep showing the cards we have
            return
        self.ui.loadErrorLabel.setText(f"Your cards could not be loaded. {error.user_message}")
        self.ui.pages.setCurrentWidget(self.ui.errorPage)

    def _show(self, on_file: CardsOnFile) -> None:
        focused_id = next((row.card.id for row in self.rows if row.hasFocus()), None)
        self.on_file = on_file
        blocked = len(on_file.cards) == 1 and on_file.subscription_running
        today = self._today()
        self._set_rows(
            [
                CardRow(card, today, removal_blocked=blocked, parent=self.ui.cardList)
                for card in on_file.in_display_order
            ]
        )
        self.ui.pages.setCurrentWidget(self.ui.listPage if self.rows else self.ui.emptyPage)
        for row in self.rows:
            if row.card.id == focused_id:
                row.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_rows(self, rows: list[CardRow]) -> None:
        for old in self.rows:
            old.hide()
            old.deleteLater()
        self.rows = rows
        layout = self.ui.cardLayout
        previous: QWidget = self._before_rows  # the panel's last button, below Add Card
        for index, row in enumerate(rows):
            layout.insertWidget(index, row)
            row.show()  # now, not at the layout's deferred show: focus can return to it at once
            row.make_default_requested.connect(self.make_default)
            row.remove_requested.connect(self.confirm_remove)
            row.move_focus.connect(self._move_focus)
            QWidget.setTabOrder(previous, row)
            previous = row
        self.update_actions()

    def _move_focus(self, row: CardRow, step: int) -> None:
        index = self.rows.index(row) + step if row in self.rows else -1
        if 0 <= index < len(self.rows):
            self.rows[index].setFocus(Qt.FocusReason.TabFocusReason)
            self.ui.cardScroll.ensureWidgetVisible(self.rows[index])

    def _today(self) -> date:
        """Today where the account is (a card is valid through its expiry month there), by
        SmartAlex's clock as of the cards' loading; this machine's before they are loaded."""
        timezone = self.session.timezone if self.session else "UTC"
        now = self.on_file.now if self.on_file is not None else datetime.now(UTC)
        return formatting.local_date(now, timezone)

    def row_for(self, card_id: str) -> CardRow | None:
        return next((row for row in self.rows if row.card.id == card_id), None)

    # --- adding: the card page in the browser ---------------------------------------------

    def open_card_page(self) -> None:
        """Open SmartAlex's card page in the browser and wait for it, in this tab (the rest of
        the window stays usable). The card is typed there, with Stripe.js: never here."""
        session = self.session
        if session is None or self.adding or self._starting_page:
            return
        client = session.client
        self._starting_page = True
        self.update_actions()

        def created(page: models.CardSetupSession) -> None:
            self._starting_page = False
            if self.session is not session:
                return
            self._wait_for_page(session, page)

        def failed(error: errors.SmartAlexError) -> None:
            self._starting_page = False
            self.update_actions()
            if self.session is session and not isinstance(error, errors.SessionExpired):
                self.show_error(f"The card page could not be opened. {error.user_message}")

        self.runner.run(
            lambda: client.create_card_setup_session(),
            on_success=created,
            on_failure=failed,
            description="PaymentMethodsTab: card page",
        )

    @property
    def adding(self) -> bool:
        """A card page is open in the browser and this tab waits for it."""
        return self.card_page is not None and self.card_page.running

    def _wait_for_page(self, session: AccountSession, page: models.CardSetupSession) -> None:
        client = session.client
        wait = BrowserWait(
            self.runner,
            self.wait_panel,
            url=page.url or "",
            title="Enter the card in your browser",
            text=(
                "The card is entered in your browser, on SmartAlex's secure card page (the "
                "card number goes straight to Stripe, never to this app); it appears here as "
                "soon as it is saved. The page works for 30 minutes."
            ),
            poll=lambda: client.card_setup_session(page.id),
            cancel=lambda: client.cancel_card_setup_session(page.id),
            is_done=lambda state: state.status != "open",
            describe=lambda state: (
                f"The last card tried was not saved: {state.error.message}" if state.error else ""
            ),
            parent=self,
        )
        wait.ended.connect(lambda outcome: self._page_ended(wait, outcome))
        self.card_page = wait
        wait.start()
        self.update_actions()

    def _page_ended(
        self, wait: BrowserWait, outcome: models.CardSetupSession | errors.SmartAlexError
    ) -> None:
        if self.card_page is wait:
            self.card_page = None
        wait.deleteLater()
        self.update_actions()
        if isinstance(outcome, errors.SmartAlexError):
            if not isinstance(outcome, errors.SessionExpired):
                self.show_error(f"The card page stopped working. {outcome.user_message}")
            return
        if outcome.status == "complete" and outcome.payment_method is not None:
            self._card_added(outcome.payment_method)
        elif outcome.status == "expired":
            self.show_error(
                "The card page expired before a card was saved (each page works for 30 "
                "minutes). Press Add Card to open a new one."
            )
        elif outcome.status == "canceled" and wait.cancelling:
            self.show_success("Adding a card was cancelled; no card was saved.")
        elif outcome.status == "canceled":
            self.show_error(
                "The card page was closed before a card was saved. Press Add Card to open a "
                "new one."
            )

    def _card_added(self, card: models.PaymentMethod) -> None:
        label = formatting.card_label(card.brand, card.last4)
        note = " It's your default card." if card.is_default else ""
        self.show_success(f"{label} saved.{note}")
        self.accounts.announce(Change.CARDS)

    # --- making a card the default ------------------------------------------------------------

    def make_default(self, card: models.PaymentMethod) -> None:
        session = self.session
        row = self.row_for(card.id)
        if session is None or row is None or self._action_running:
            return
        label = row.label
        self._start_action(row, "Making default…")

        def done(_card: models.PaymentMethod) -> None:
            self._finish_action()
            self.show_success(f"{label} is now your default card.")
            self.accounts.announce(Change.CARDS | Change.WALLET)

        self.runner.run(
            lambda: session.client.make_default_card(card.id),
            on_success=done,
            on_failure=self._action_failed,
            description="make a card the default",
        )

    # --- removing -----------------------------------------------------------------------------

    def confirm_remove(self, card: models.PaymentMethod) -> None:
        """Ask first (window-modal, not blocking): what the removal means, and which card
        becomes the default if this one was it."""
        row = self.row_for(card.id)
        if row is None or self._action_running or self.remove_dialog is not None:
            return
        details = "It won't be charged again."
        successor = self._successor(card)
        if successor is not None:
            successor_label = formatting.card_label(successor.brand, successor.last4).replace(
                " •••• ",
                "\u00a0••••\u00a0",  # kept on one line
            )
            details += f" {successor_label} will become your default card"
            if expiry_state(successor, self._today()) is ExpiryState.EXPIRED:
                details += ", but it has expired: make a valid card the default afterwards"
            details += "."
        box = QMessageBox(self)
        box.setObjectName("removeCardDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Remove Card")
        box.setText(f"Remove {row.label}?")
        box.setInformativeText(details)
        informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
        if informative is not None:  # Qt sizes it for the short question: give it room
            informative.setMinimumWidth(box.fontMetrics().averageCharWidth() * 48)
        remove_button = box.addButton("&Remove Card", QMessageBox.ButtonRole.DestructiveRole)
        remove_button.setObjectName("removeButton")
        cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel_button)  # Enter keeps the card; removing is a choice
        box.setEscapeButton(cancel_button)

        def answered(_result: int) -> None:
            self.remove_dialog = None
            confirmed = box.clickedButton() is remove_button
            box.deleteLater()
            if confirmed:
                self.remove(card)

        box.finished.connect(answered)
        self.remove_dialog = box
        box.open()

    def _successor(self, card: models.PaymentMethod) -> models.PaymentMethod | None:
        """The card the server makes the default when the default is removed: the most
        recently added of the others (the API lists newest first)."""
        if not card.is_default or self.on_file is None:
            return None
        return next((other for other in self.on_file.cards if other.id != card.id), None)

    def remove(self, card: models.PaymentMethod) -> None:
        session = self.session
        row = self.row_for(card.id)
        if session is None or row is None or self._action_running:
            return
        label = row.label
        known = {other.id: other for other in (self.on_file.cards if self.on_file else [])}
        self._start_action(row, "Removing…")

        def done(deleted: models.PaymentMethodDeleted) -> None:
            self._finish_action()
            message = f"{label} was removed."
            new_default = known.get(deleted.default_payment_method_id or "")
            if card.is_default and new_default is not None:
                new_label = formatting.card_label(new_default.brand, new_default.last4)
                message += f" {new_label} is now your default card."
            elif card.is_default and deleted.default_payment_method_id:
                message = deleted.message or message  # a card we had not listed yet
            self.show_success(message)
            self.accounts.announce(Change.CARDS | Change.WALLET)

        self.runner.run(
            lambda: session.client.remove_card(card.id),
            on_success=done,
            on_failure=self._action_failed,
            description="remove a card",
        )

    # --- action plumbing ----------------------------------------------------------------------

    def _start_action(self, row: CardRow, doing: str) -> None:
        """One card action at a time: the row says what runs, every menu waits."""
        self._action_running = True
        row.set_busy(True, doing)
        self.update_actions()

    def _finish_action(self) -> None:
        self._action_running = False
        for row in self.rows:
            row.set_busy(False)
        self.update_actions()

    def update_actions(self) -> None:
        """Card actions wait for each other (one changes which card is the default for all)
        and for the connection."""
        self.allow(
            self.ui.addCardButton,
            self.session is not None and not self.adding and not self._starting_page,
        )
        for row in self.rows:
            self.allow(row.menu_button, not self._action_running and not row.busy)

    def _action_failed(self, error: errors.SmartAlexError) -> None:
        """The server's sentence (a refused rule, a card that is already gone, no connection);
        then the list is reloaded, since what the user saw may be out of date."""
        self._finish_action()
        if not isinstance(error, errors.SessionExpired):  # the window offers "Sign In…"
            self.show_error(error.user_message)
        self.reload()

    def _close_dialogs(self) -> None:
        if self.remove_dialog is not None:
            self.remove_dialog.reject()
