"""The Account Settings dialog's Password page: the current password, a new one typed twice, and
what is wrong with them said as soon as it is sure (too short when the field is left, different
as soon as the two can no longer match).

`PasswordPage(dialog)` is part of the `AccountSettingsDialog` (it takes the dialog, as the tabs'
controllers take their tab); the page's shared behaviour — its busy state, a refusal shown under
the field the API named, the result line — is the dialog's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartalex_desktop.api.errors import SmartAlexError
from smartalex_desktop.gui.window.account_settings_text import (
    MIN_PASSWORD_LENGTH,
    PASSWORD_CHANGED,
    PASSWORD_UNCHANGED,
    PASSWORDS_DIFFER,
)

if TYPE_CHECKING:
    from smartalex_desktop.gui.window.account_settings_dialog import AccountSettingsDialog


class PasswordPage:
    def __init__(self, dialog: AccountSettingsDialog) -> None:
        self.dialog = dialog
        ui = dialog.ui
        ui.changePasswordButton.clicked.connect(self.change_password)
        ui.currentPasswordField.textChanged.connect(
            lambda: self._password_edited("current_password")
        )
        ui.newPasswordField.textChanged.connect(lambda: self._password_edited("new_password"))
        ui.repeatPasswordField.textChanged.connect(lambda: self._password_edited("repeat"))
        ui.newPasswordField.editingFinished.connect(self._check_new_password_length)
        ui.repeatPasswordField.editingFinished.connect(self._check_repeat)

    def _password_edited(self, name: str) -> None:
        self.dialog.hide_field_error(self.dialog.password, name)
        ui = self.dialog.ui
        current = ui.currentPasswordField.text()
        new = ui.newPasswordField.text()
        repeat = ui.repeatPasswordField.text()
        if name in ("new_password", "current_password"):
            self.dialog.hide_field_error(self.dialog.password, "new_password")
            if new and new == current:
                self.dialog.show_field_error(
                    self.dialog.password, "new_password", PASSWORD_UNCHANGED
                )
        if name in ("new_password", "repeat"):
            # Said as soon as the two can no longer match, not at every letter typed.
            if repeat and not new.startswith(repeat):
                self.dialog.show_field_error(self.dialog.password, "repeat", PASSWORDS_DIFFER)
            else:
                self.dialog.hide_field_error(self.dialog.password, "repeat")
        self.dialog.set_status(self.dialog.password, "", None)
        self.update_button()

    def _check_new_password_length(self) -> None:
        new = self.dialog.ui.newPasswordField.text()
        if 0 < len(new) < MIN_PASSWORD_LENGTH:
            self.dialog.show_field_error(
                self.dialog.password,
                "new_password",
                f"This password has {len(new)} characters; use at least {MIN_PASSWORD_LENGTH}.",
            )

    def _check_repeat(self) -> None:
        repeat = self.dialog.ui.repeatPasswordField.text()
        if repeat and repeat != self.dialog.ui.newPasswordField.text():
            self.dialog.show_field_error(self.dialog.password, "repeat", PASSWORDS_DIFFER)

    def update_button(self) -> None:
        ui = self.dialog.ui
        current = ui.currentPasswordField.text()
        new = ui.newPasswordField.text()
        ready = (
            bool(current)
            and len(new) >= MIN_PASSWORD_LENGTH
            and ui.repeatPasswordField.text() == new
            and new != current
            and not self.dialog.password.running
        )
        ui.changePasswordButton.setEnabled(ready)
        for field in self.dialog.password.inputs:
            field.setEnabled(not self.dialog.password.running)

    def change_password(self) -> None:
        if not self.dialog.ui.changePasswordButton.isEnabled() or self.dialog.password.running:
            return
        session = self.dialog.session
        current = self.dialog.ui.currentPasswordField.text()
        new = self.dialog.ui.newPasswordField.text()
        self.dialog.start(self.dialog.password)
        self.update_button()

        def change() -> None:
            session.client.change_password(current, new)

        def changed(_none: None) -> None:
            if not self.dialog.alive():
                self.dialog.tell_window(PASSWORD_CHANGED, ok=True)
                return
            self.dialog.finish(self.dialog.password)
            for field in self.dialog.password.inputs:
                field.clear()  # type: ignore[attr-defined]
            self.update_button()
            self.dialog.set_status(self.dialog.password, PASSWORD_CHANGED, True)

        def failed(error: SmartAlexError) -> None:
            if not self.dialog.alive():
                self.dialog.tell_window(f"Your password was not changed. {error.user_message}")
                return
            self.dialog.finish(self.dialog.password)
            self.update_button()
            self.dialog.show_failure(self.dialog.password, error)

        self.dialog.runner.run(
            change, on_success=changed, on_failure=failed, description="change password"
        )
