"""Sign in to a SmartAlex API: email, password, and "remember me" (refresh token → keyring).

The sign-in runs on a worker through `Accounts.sign_in`; the dialog stays open and responsive,
shows a busy bar, and on failure keeps what was typed (except nothing: the password stays too,
so a typo in the email is fixed without retyping it) and says what went wrong in a sentence.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from smartalex_desktop.api.errors import SmartAlexError
from smartalex_desktop.gui.forms.ui_sign_in_dialog import Ui_SignInDialog
from smartalex_desktop.gui.runtime.accounts import Accounts
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.widgets.icons import app_icon


class SignInDialog(QDialog):
    def __init__(
        self,
        accounts: Accounts,
        api_url: str,
        email: str = "",
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(app_icon())
        self._accounts = accounts
        self._api_url = api_url
        self.session: AccountSession | None = None
        self.ui.serverLabel.setText(f"Server: {api_url}")
        if reason:
            self.ui.headline.setText(reason)
        self.ui.emailField.setText(email)
        self.ui.errorLabel.hide()
        self.ui.progress.hide()
        self._sign_in_button.setText("&Sign In")
        self._sign_in_button.setDefault(True)
        self.ui.emailField.textChanged.connect(self._update_button)
        self.ui.passwordField.textChanged.connect(self._update_button)
        self.ui.buttons.accepted.connect(self._sign_in)
        self.ui.buttons.rejected.connect(self.reject)
        self._update_button()
        (self.ui.passwordField if email else self.ui.emailField).setFocus()

    @property
    def _sign_in_button(self):  # noqa: ANN202 (a QPushButton)
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def error_text(self) -> str:
        return self.ui.errorLabel.text() if not self.ui.errorLabel.isHidden() else ""

    def _update_button(self) -> None:
        filled = "@" in self.ui.emailField.text() and bool(self.ui.passwordField.text())
        self._sign_in_button.setEnabled(filled and self.ui.progress.isHidden())

    def _set_busy(self, busy: bool) -> None:
        self.ui.progress.setVisible(busy)
        for widget in (self.ui.emailField, self.ui.passwordField, self.ui.rememberBox):
            widget.setEnabled(not busy)
        self._update_button()

    def _sign_in(self) -> None:
        if not self._sign_in_button.isEnabled():
            return
        self.ui.errorLabel.hide()
        self._set_busy(True)
        self._accounts.sign_in(
            self._api_url,
            self.ui.emailField.text(),
            self.ui.passwordField.text(),
            remember=self.ui.rememberBox.isChecked(),
            on_success=self._signed_in,
            on_failure=self._failed,
        )

    def _signed_in(self, session: AccountSession) -> None:
        self.session = session
        self._set_busy(False)
        self.ui.passwordField.clear()
        self.accept()

    def _failed(self, error: SmartAlexError) -> None:
        self._set_busy(False)
        self.ui.errorLabel.setText(error.user_message)
        self.ui.errorLabel.show()
        self.ui.passwordField.setFocus()
        self.ui.passwordField.selectAll()
