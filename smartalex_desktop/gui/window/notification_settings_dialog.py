"""View → Notifications and Tray…: which notices are shown, how often the Wallet and usage are
checked, and how the app starts.

One checkbox per notice kind (from `billing.notifications.KIND_LABELS`, so a new kind appears
here by itself). Start at login writes or removes the XDG autostart entry on a worker (it is a
file); where it is not supported the box is hidden and the note says where to find the
equivalent. Without a system tray, notices appear in the window and "Start minimized" would
hide the app with no way back, so it is disabled with the reason.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QWidget

from smartalex_desktop import autostart
from smartalex_desktop.api.errors import SmartAlexError
from smartalex_desktop.billing.notifications import KIND_LABELS, Kind
from smartalex_desktop.gui.forms.ui_notification_settings_dialog import (
    Ui_NotificationSettingsDialog,
)
from smartalex_desktop.gui.runtime.settings import AppSettings
from smartalex_desktop.gui.runtime.tasks import TaskRunner


class NotificationSettingsDialog(QDialog):
    def __init__(
        self,
        settings: AppSettings,
        runner: TaskRunner,
        *,
        has_tray: bool,
        starts_at_login: bool,
        on_saved: Callable[[], None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_NotificationSettingsDialog()
        ui.setupUi(self)
        # Made anew each time it is opened: gone once closed (the soak found each one kept).
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings = settings
        self.runner = runner
        self._on_saved = on_saved
        self._starts_at_login = starts_at_login
        self.kind_checks: dict[Kind, QCheckBox] = {}
        for kind, label in KIND_LABELS.items():
            check = QCheckBox(label, ui.kindsGroup)
            check.setObjectName(f"{kind.value}Check")
            check.setChecked(settings.notifies(kind.value))
            ui.kindsLayout.addWidget(check)
            self.kind_checks[kind] = check
        ui.intervalSpin.setValue(settings.refresh_minutes)
        ui.startMinimizedCheck.setChecked(settings.start_minimized and has_tray)
        ui.startMinimizedCheck.setEnabled(has_tray)
        ui.startAtLoginCheck.setChecked(starts_at_login)
        ui.startAtLoginCheck.setVisible(autostart.supported())
        notes = []
        if not has_tray:
            notes.append(
                "This desktop has no system tray: notices appear in the window, and closing "
                "the window quits."
            )
        if not autostart.supported():
            notes.append(
                "To start at login, add SmartAlex Desktop to your system's login items "
                "(Windows: the Startup folder; macOS: System Settings → General → Login Items)."
            )
        ui.trayNote.setText(" ".join(notes))
        ui.trayNote.setVisible(bool(notes))
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        settings = self.settings
        for kind, check in self.kind_checks.items():
            settings.set_notifies(kind.value, check.isChecked())
        settings.refresh_minutes = self.ui.intervalSpin.value()
        if self.ui.startMinimizedCheck.isEnabled():
            settings.start_minimized = self.ui.startMinimizedCheck.isChecked()
        wanted = self.ui.startAtLoginCheck.isChecked()
        if autostart.supported() and wanted != self._starts_at_login:
            # No on_failure: the window's message bar says what went wrong.
            self.runner.run(lambda: _set_autostart(wanted), description="autostart entry")
        self._on_saved()
        self.accept()


def _set_autostart(on: bool) -> None:
    """On a worker: the autostart entry written or removed, or a sentence saying why not."""
    try:
        autostart.set_enabled(on)
    except OSError as error:
        folder = autostart.entry_path().parent
        raise SmartAlexError(
            f"SmartAlex Desktop could not {'add' if on else 'remove'} its login entry in "
            f"{folder} ({(error.strerror or 'the file could not be written').lower()}). "
            "Check that the folder is yours and writable, then try again.",
            code="autostart_failed",
        ) from None
