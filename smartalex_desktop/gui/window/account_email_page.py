"""The Account Settings dialog's Sign-in email page: a new email and the current password; the
server has the last word, and once it has the new email the session and the keyring entry
follow it, whether the dialog is still open or not.

`EmailPage(dialog)` is part of the `AccountSettingsDialog`, as `PasswordPage` is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartalex_desktop.api import models
from smartalex_desktop.api.errors import SmartAlexError
from smartalex_desktop.gui.window.account_settings_text import EMAIL_INVALID, EMAIL_SHAPE

if TYPE_CHECKING:
    from smartalex_desktop.gui.window.account_settings_dialog import AccountSettingsDialog


class EmailPage:
    def __init__(self, dialog: AccountSettingsDialog) -> None:
        self.dialog = dialog
        ui = dialog.ui
        ui.changeEmailButton.clicked.connect(self.change_email)
        ui.newEmailField.textChanged.connect(lambda: self._email_edited("email"))
        ui.emailPasswordField.textChanged.connect(lambda: self._email_edited("current_password"))
        ui.newEmailField.editingFinished.connect(self._check_email_shape)

    def _new_email(self) -> str:
        return self.dialog.ui.newEmailField.text().strip()

    def _email_edited(self, name: str) -> None:
        self.dialog.hide_field_error(
            self.dialog.email, name
        )  # being fixed: say it again only if it is not
        self.dialog.set_status(self.dialog.email, "", None)
        self.update_button()

    def _check_email_shape(self) -> None:
        """Said when the user leaves the field, not while they are still typing."""
        email = self._new_email()
        if email and not EMAIL_SHAPE.match(email):
            self.dialog.show_field_error(self.dialog.email, "email", EMAIL_INVALID)

    def update_button(self) -> None:
        email = self._new_email()
        ready = (
            bool(EMAIL_SHAPE.match(email))
            and email != self.dialog.session.email
            and bool(self.dialog.ui.emailPasswordField.text())
            and not self.dialog.email.running
        )
        self.dialog.ui.changeEmailButton.setEnabled(ready)
        for field in self.dialog.email.inputs:
            field.setEnabled(not self.dialog.email.running)

    def change_email(self) -> None:
        if not self.dialog.ui.changeEmailButton.isEnabled() or self.dialog.email.running:
            return
        session = self.dialog.session
        new_email = self._new_email()
        password = self.dialog.ui.emailPasswordField.text()
        self.dialog.start(self.dialog.email)
        self.update_button()

        def change() -> models.Account:
            return session.client.change_email(new_email, password)

        def changed(account: models.Account) -> None:
            # The server has the new email: the session and the keyring follow, dialog or not.
            self.dialog.accounts.email_changed(session, account.email)
            text = (
                f"Your sign-in email is now {account.email}. Use it the next time you sign in; "
                "receipts and billing notices go there from now on."
            )
            if not self.dialog.alive():
                self.dialog.tell_window(text, ok=True)
                return
            self.dialog.finish(self.dialog.email)
            self.dialog.ui.newEmailField.clear()
            self.dialog.ui.emailPasswordField.clear()
            self.dialog._show_header()
            self.update_button()
            self.dialog.set_status(self.dialog.email, text, True)

        def failed(error: SmartAlexError) -> None:
            if not self.dialog.alive():
                self.dialog.tell_window(f"Your sign-in email was not changed. {error.user_message}")
                return
            self.dialog.finish(self.dialog.email)
            self.update_button()
            self.dialog.show_failure(self.dialog.email, error, new_email)

        self.dialog.runner.run(
            change, on_success=changed, on_failure=failed, description="change email"
        )
