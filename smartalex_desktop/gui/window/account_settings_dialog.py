"""Account Settings: the practice details printed on invoices, the sign-in email, the password.

One window-modal dialog with three pages; each page has its own action button, which is the
dialog's default button while that page is shown. Every call runs through the one TaskRunner,
so the dialog stays responsive: a busy bar shows while something runs and the button of the
running action is disabled (a double click never sends twice).

A refusal is shown where the office manager will fix it: the API's `param` names the field, and
the sentence appears right under that field, with what was typed kept. Anything not tied to a
field (offline, session ended) is said at the bottom of the page.

An action keeps running if the dialog is closed meanwhile: what it changed on the server is still
recorded in the session (a new email moves the keyring entry even then), and its outcome is said
in the window's message bar instead.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)

from smartalex_desktop.api import models
from smartalex_desktop.api.errors import SmartAlexError
from smartalex_desktop.gui.forms.ui_account_settings_dialog import Ui_AccountSettingsDialog
from smartalex_desktop.gui.runtime.accounts import Accounts
from smartalex_desktop.gui.runtime.changes import Change
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.runtime.tasks import Task
from smartalex_desktop.gui.widgets.accessibility import show_value
from smartalex_desktop.gui.widgets.icons import icon
from smartalex_desktop.gui.window.account_email_page import EmailPage
from smartalex_desktop.gui.window.account_password_page import PasswordPage
from smartalex_desktop.gui.window.account_settings_text import (
    LOAD_FAILED,
    MIN_PASSWORD_LENGTH,
    clean_address,
    field_message,
    known_timezones,
    tax_rate_text,
)

# The views whose dates follow the account's timezone: they reload when it changes.
DATED_VIEWS = Change.PLAN | Change.INVOICES | Change.WALLET | Change.USAGE

_ERROR_ACCENT = (QColor(0xC6, 0x28, 0x28), QColor(0xFF, 0x8A, 0x80))  # (light, dark) palettes
_SUCCESS_ACCENT = (QColor(0x2E, 0x7D, 0x32), QColor(0x81, 0xC7, 0x84))


@dataclass(frozen=True)
class _Loaded:
    account: models.Account
    timezones: tuple[str, ...]


@dataclass
class _Page:
    """What the dialog tracks per page: its button, its inputs, the fields the API may name in a
    refusal (param → (input, error label)), its result line, and whether its action runs."""

    button: QPushButton
    inputs: list[QWidget]
    fields: dict[str, tuple[QWidget, QLabel]]
    status_icon: QLabel
    status_text: QLabel
    running: bool = False


class AccountSettingsDialog(QDialog):
    def __init__(
        self, accounts: Accounts, session: AccountSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AccountSettingsDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("account"))
        # Each opening is a new dialog (the window builds one per Ctrl+,): free it when closed.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.accounts = accounts
        self.session = session
        self.runner = accounts.runner
        # Kept as Python references so an action that ends after the dialog is gone can still
        # say how it went in the window.
        self._message_bar = getattr(parent.window(), "message_bar", None) if parent else None
        self._account: models.Account | None = None
        self._load_task: Task[_Loaded] | None = None
        self._loading = False
        self._started = False
        self._closed = False
        self._running = 0
        self._build_pages()
        self.email_page = EmailPage(self)
        self.password_page = PasswordPage(self)
        self._connect()
        self._show_header()
        self._update_practice()
        self.email_page.update_button()
        self.password_page.update_button()
        self._follow_page(self.ui.pages.currentIndex())

    # --- building -----------------------------------------------------------------------------

    def _build_pages(self) -> None:
        ui = self.ui
        self.practice = _Page(
            button=ui.saveButton,
            inputs=[ui.companyNameField, ui.addressField, ui.taxIdField, ui.timezoneField],
            fields={
                "company_name": (ui.companyNameField, ui.companyNameError),
                "address": (ui.addressField, ui.addressError),
                "tax_id": (ui.taxIdField, ui.taxIdError),
                "timezone": (ui.timezoneField, ui.timezoneError),
            },
            status_icon=ui.practiceStatusIcon,
            status_text=ui.practiceStatusText,
        )
        self.email = _Page(
            button=ui.changeEmailButton,
            inputs=[ui.newEmailField, ui.emailPasswordField],
            fields={
                "email": (ui.newEmailField, ui.newEmailError),
                "current_password": (ui.emailPasswordField, ui.emailPasswordError),
            },
            status_icon=ui.emailStatusIcon,
            status_text=ui.emailStatusText,
        )
        self.password = _Page(
            button=ui.changePasswordButton,
            inputs=[ui.currentPasswordField, ui.newPasswordField, ui.repeatPasswordField],
            fields={
                "current_password": (ui.currentPasswordField, ui.currentPasswordError),
                "new_password": (ui.newPasswordField, ui.newPasswordError),
                "repeat": (ui.repeatPasswordField, ui.repeatPasswordError),
            },
            status_icon=ui.passwordStatusIcon,
            status_text=ui.passwordStatusText,
        )
        self._pages = [self.practice, self.email, self.password]
        for page in self._pages:
            for _field, error_label in page.fields.values():
                error_label.hide()
            page.status_icon.hide()
            page.status_text.hide()
            page.button.setAutoDefault(False)
        ui.newPasswordHint.setText(
            f"At least {MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong "
            "password that is easy to remember."
        )
        ui.retryButton.hide()
        show_value(ui.taxRateValue, "—")  # until the account arrives
        # The bar keeps its place when hidden, so the buttons don't jump as work starts and ends.
        policy = ui.busyBar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        ui.busyBar.setSizePolicy(policy)
        ui.busyBar.hide()
        close = ui.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText("&Close")
        close.setAccessibleName("Close")
        close.setAutoDefault(False)
        # Type a few letters of a city anywhere in the name ("york" finds America/New_York).
        completer = QCompleter(ui.timezoneField.model(), ui.timezoneField)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        ui.timezoneField.setCompleter(completer)
        self._apply_accents()

    def _connect(self) -> None:
        ui = self.ui
        ui.pages.currentChanged.connect(self._follow_page)
        ui.buttons.rejected.connect(self.reject)
        ui.saveButton.clicked.connect(self.save_practice)
        ui.retryButton.clicked.connect(self.load)
        for name, (field, _label) in self.practice.fields.items():
            edited = functools.partial(self._practice_edited, name)
            if field is ui.timezoneField:
                ui.timezoneField.editTextChanged.connect(edited)
            elif field is ui.addressField:
                ui.addressField.textChanged.connect(edited)
            else:
                field.textChanged.connect(edited)  # type: ignore[attr-defined]

    # --- the dialog's life --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.load()

    def done(self, result: int) -> None:
        """Closing forgets the passwords typed and drops a load still on its way; an action
        already sent runs to its end (see the module's docstring)."""
        self._closed = True
        for field in (
            self.ui.emailPasswordField,
            self.ui.currentPasswordField,
            self.ui.newPasswordField,
            self.ui.repeatPasswordField,
        ):
            field.clear()
        if self._load_task is not None:
            self._load_task.cancel()
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        palette_changed = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in palette_changed and hasattr(self, "_pages"):
            self._apply_accents()

    def alive(self) -> bool:
        return not self._closed and shiboken6.isValid(self)

    def _follow_page(self, index: int) -> None:
        """Enter presses the shown page's action button."""
        for position, page in enumerate(self._pages):
            page.button.setDefault(position == index)

    def _show_header(self) -> None:
        session = self.session
        email, name = session.email, session.practice_name
        header = f"{name} — signed in as {email}" if name else f"Signed in as {email}"
        self.ui.accountLabel.setText(header)
        show_value(self.ui.currentEmailValue, session.email)

    def _track(self, delta: int) -> None:
        self._running += delta
        self.ui.busyBar.setVisible(self._running > 0)

    # --- Practice -----------------------------------------------------------------------------

    def load(self) -> None:
        """Fetch the account (and the timezone list) on a worker; the fields wait for it."""
        if self._loading:
            return
        session = self.session
        self._loading = True
        self.ui.retryButton.hide()
        self.set_status(self.practice, "Loading your practice details…", None)
        self._track(+1)
        self._update_practice()

        def load() -> _Loaded:
            return _Loaded(session.client.account(), known_timezones())

        self._load_task = self.runner.run(
            load,
            on_success=self._loaded,
            on_failure=self._load_failed_with,
            description="account settings: load",
        )

    def _loaded(self, loaded: _Loaded) -> None:
        self._loading = False
        self._track(-1)
        combo = self.ui.timezoneField
        combo.blockSignals(True)
        combo.clear()
        zones = list(loaded.timezones)
        if loaded.account.timezone and loaded.account.timezone not in loaded.timezones:
            zones.append(loaded.account.timezone)  # SmartAlex knows one this computer doesn't
        combo.addItems(sorted(zones))
        combo.blockSignals(False)
        self._show_account(loaded.account)
        self.set_status(self.practice, "", None)
        if self.ui.pages.currentWidget() is self.ui.practicePage:
            self.ui.companyNameField.setFocus()

    def _load_failed_with(self, error: SmartAlexError) -> None:
        self._loading = False
        self._track(-1)
        self.set_status(self.practice, f"{LOAD_FAILED} {error.user_message}", False)
        self.ui.retryButton.show()
        self._update_practice()

    def _show_account(self, account: models.Account) -> None:
        """Put the server's values in the fields; they become what "changed" compares to."""
        self._account = account
        ui = self.ui
        for field in self.practice.inputs:
            field.blockSignals(True)
        ui.companyNameField.setText(account.company_name)
        ui.addressField.setPlainText(account.address)
        ui.taxIdField.setText(account.tax_id)
        ui.timezoneField.setCurrentText(account.timezone)
        index = ui.timezoneField.findText(account.timezone)
        if index >= 0:
            ui.timezoneField.setCurrentIndex(index)
        for field in self.practice.inputs:
            field.blockSignals(False)
        show_value(ui.taxRateValue, tax_rate_text(account.tax_rate_bps))
        self._update_practice()

    def practice_changes(self) -> dict[str, str]:
        """The fields whose value differs from what SmartAlex holds (only those are sent)."""
        account = self._account
        if account is None:
            return {}
        ui = self.ui
        typed = {
            "company_name": ui.companyNameField.text().strip(),
            "address": clean_address(ui.addressField.toPlainText()),
            "tax_id": ui.taxIdField.text().strip(),
            "timezone": ui.timezoneField.currentText().strip(),
        }
        saved = {
            "company_name": account.company_name,
            "address": account.address,
            "tax_id": account.tax_id,
            "timezone": account.timezone,
        }
        return {name: value for name, value in typed.items() if value != saved[name].strip()}

    def _practice_edited(self, name: str, *_args: Any) -> None:
        self.hide_field_error(self.practice, name)
        if self._account is not None:
            self.set_status(self.practice, "", None)
        self._update_practice()

    def _update_practice(self) -> None:
        ready = self._account is not None and not self._loading and not self.practice.running
        for field in self.practice.inputs:
            field.setEnabled(ready)
        self.ui.saveButton.setEnabled(ready and bool(self.practice_changes()))

    def save_practice(self) -> None:
        changes = self.practice_changes()
        if not self.ui.saveButton.isEnabled() or self.practice.running or not changes:
            return
        session = self.session
        self.start(self.practice)
        self._update_practice()

        def save() -> models.Account:
            return session.client.update_account(**changes)

        def saved(account: models.Account) -> None:
            self.accounts.account_updated(session, account)
            if "timezone" in changes:
                # Every date the tabs show (renewal, invoices, daily usage) moves with it.
                self.accounts.announce(DATED_VIEWS)
            text = "Your practice details were saved."
            if "timezone" in changes:
                text += f" Renewal dates and daily usage now follow {account.timezone}."
            if not self.alive():
                self.tell_window(text, ok=True)
                return
            self.finish(self.practice)
            self._show_account(account)
            self._show_header()
            self.set_status(self.practice, text, True)

        def failed(error: SmartAlexError) -> None:
            if not self.alive():
                self.tell_window(f"Your practice details were not saved. {error.user_message}")
                return
            self.finish(self.practice)
            self._update_practice()
            self.show_failure(self.practice, error, changes.get(error.param or "", ""))

        self.runner.run(save, on_success=saved, on_failure=failed, description="save practice")

    # --- Sign-in email ------------------------------------------------------------------------

    # --- Password -----------------------------------------------------------------------------

    # --- shared between pages -----------------------------------------------------------------

    def start(self, page: _Page) -> None:
        page.running = True
        page.button.setEnabled(False)
        self.set_status(page, "", None)
        for name in page.fields:
            self.hide_field_error(page, name)
        self._track(+1)

    def finish(self, page: _Page) -> None:
        page.running = False
        self._track(-1)

    def show_failure(self, page: _Page, error: SmartAlexError, value: str = "") -> None:
        """Under the field the API named, or at the bottom of the page."""
        if error.param in page.fields:
            self.show_field_error(page, error.param, field_message(error, value))
            field, _label = page.fields[error.param]
            field.setFocus()
            select_all: Callable[[], None] | None = getattr(field, "selectAll", None)
            if select_all is not None:
                select_all()
        else:
            self.set_status(page, error.user_message, False)

    def show_field_error(self, page: _Page, name: str, text: str) -> None:
        field, label = page.fields[name]
        label.setText(text)
        label.show()
        field.setAccessibleDescription(text)

    def hide_field_error(self, page: _Page, name: str) -> None:
        field, label = page.fields[name]
        if not label.isHidden():
            label.hide()
            label.clear()
            field.setAccessibleDescription("")

    def set_status(self, page: _Page, text: str, ok: bool | None) -> None:
        """The result line of a page: success (check), failure (error) or progress (no icon)."""
        page.status_text.setText(text)
        page.status_text.setVisible(bool(text))
        page.status_text.setProperty("ok", ok)
        self._tint(
            page.status_text, None if ok is None else (_SUCCESS_ACCENT if ok else _ERROR_ACCENT)
        )
        if text and ok is not None:
            page.status_icon.setPixmap(icon("check" if ok else "error").pixmap(16, 16))
            page.status_icon.show()
        else:
            page.status_icon.hide()

    def tell_window(self, text: str, *, ok: bool = False) -> None:
        """The dialog is gone: say it in the window's message bar instead."""
        bar = self._message_bar
        if bar is None or not shiboken6.isValid(bar):
            return
        if ok:
            bar.success(text)
        else:
            bar.error(text)

    def _apply_accents(self) -> None:
        """Error text in a red that reads on the current palette (lighter on a dark one)."""
        for page in self._pages:
            for _field, label in page.fields.values():
                self._tint(label, _ERROR_ACCENT)
            ok = page.status_text.property("ok")
            if ok is not None:
                self._tint(page.status_text, _SUCCESS_ACCENT if ok else _ERROR_ACCENT)

    def _tint(self, label: QLabel, accent: tuple[QColor, QColor] | None) -> None:
        """Only the text colour is set; everything else keeps following the window's palette."""
        palette = QPalette()  # no role set: all inherited
        if accent is not None:
            dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
            palette.setColor(QPalette.ColorRole.WindowText, accent[1] if dark else accent[0])
        label.setPalette(palette)
