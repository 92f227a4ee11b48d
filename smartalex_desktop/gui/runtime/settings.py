"""The app's settings: preferences and UI state in QSettings, never a secret (docs/conventions.md,
"Settings").

What is remembered per signed-in account is only where and who (API URL and email); the refresh
token is in the keyring. Tests pass a settings file of their own. The file is made 0600 before Qt
writes it (Qt keeps the mode of the file it replaces), its folder 0700 when we make it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from smartalex_desktop.identity import APP_NAME, ORGANIZATION
from smartalex_desktop.private_files import private_dir, private_file

log = logging.getLogger(__name__)


DEFAULT_REFRESH_MINUTES = 5
MIN_REFRESH_MINUTES, MAX_REFRESH_MINUTES = 1, 120


def _bool(value: object, default: bool) -> bool:
    """QSettings' INI files give back "true"/"false" strings."""
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    return str(value).lower() in ("true", "1", "yes")


def _int(value: object, default: int) -> int:
    try:
        return int(str(value)) if value not in (None, "") else default
    except ValueError:
        return default


def _key(text: str) -> str:
    """A settings key from an account key (URL + email): no "/" (QSettings' group separator)."""
    return "".join(c if c.isalnum() or c in "@._-" else "_" for c in text)


@dataclass(frozen=True)
class RememberedAccount:
    api_url: str
    email: str


class AppSettings:
    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._qsettings = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APP_NAME
            )
        else:
            self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        file = Path(self._qsettings.fileName())
        try:
            private_dir(file.parent, narrow_existing=False)
            private_file(file)
        except OSError as error:  # Qt says so itself when it cannot write the file
            log.warning("settings file %s not made private: %s", file, error.strerror)

    # --- preferences ----------------------------------------------------------------------

    @property
    def api_url(self) -> str | None:
        """The SmartAlex API to sign in to; none configured means demo mode."""
        value = self._qsettings.value("api/url", "")
        return str(value) or None

    @api_url.setter
    def api_url(self, url: str | None) -> None:
        self._qsettings.setValue("api/url", url or "")

    # --- accounts (who, not the secret) ------------------------------------------------------

    def remembered_accounts(self, api_url: str) -> list[RememberedAccount]:
        try:
            rows = json.loads(str(self._qsettings.value("accounts/remembered", "[]")))
        except ValueError:
            rows = []
        found = [
            RememberedAccount(str(row["api_url"]), str(row["email"]))
            for row in rows
            if isinstance(row, dict) and "api_url" in row and "email" in row
        ]
        return [account for account in found if account.api_url == api_url]

    def _all_remembered(self) -> list[dict[str, str]]:
        try:
            rows = json.loads(str(self._qsettings.value("accounts/remembered", "[]")))
        except ValueError:
            return []
        return [row for row in rows if isinstance(row, dict)]

    def remember_account(self, api_url: str, email: str) -> None:
        rows = [
            row
            for row in self._all_remembered()
            if (row.get("api_url"), str(row.get("email", "")).lower()) != (api_url, email.lower())
        ]
        rows.append({"api_url": api_url, "email": email})
        self._qsettings.setValue("accounts/remembered", json.dumps(rows))

    def forget_account(self, api_url: str, email: str) -> None:
        rows = [
            row
            for row in self._all_remembered()
            if (row.get("api_url"), str(row.get("email", "")).lower()) != (api_url, email.lower())
        ]
        self._qsettings.setValue("accounts/remembered", json.dumps(rows))

    # --- tray and notifications ------------------------------------------------------------

    @property
    def refresh_minutes(self) -> int:
        """How often the wallet and usage are checked in the background."""
        value = _int(self._qsettings.value("tray/refresh_minutes"), DEFAULT_REFRESH_MINUTES)
        return min(max(value, MIN_REFRESH_MINUTES), MAX_REFRESH_MINUTES)

    @refresh_minutes.setter
    def refresh_minutes(self, minutes: int) -> None:
        self._qsettings.setValue("tray/refresh_minutes", int(minutes))

    @property
    def start_minimized(self) -> bool:
        """Start in the tray with the window hidden (where there is a tray)."""
        return _bool(self._qsettings.value("tray/start_minimized"), False)

    @start_minimized.setter
    def start_minimized(self, value: bool) -> None:
        self._qsettings.setValue("tray/start_minimized", bool(value))

    def notifies(self, kind: str) -> bool:
        """Whether notices of `kind` (a `billing.notifications.Kind`) are shown; all are, at
        first."""
        return _bool(self._qsettings.value(f"notifications/{kind}"), True)

    def set_notifies(self, kind: str, on: bool) -> None:
        self._qsettings.setValue(f"notifications/{kind}", bool(on))

    def notification_memory(self, account_key: str) -> dict[str, object]:
        """What the notification rules already said for an account (see NotificationRules)."""
        raw = self._qsettings.value(f"notification_memory/{_key(account_key)}", "")
        try:
            value = json.loads(str(raw)) if raw else {}
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def save_notification_memory(self, account_key: str, memory: dict[str, object]) -> None:
        self._qsettings.setValue(f"notification_memory/{_key(account_key)}", json.dumps(memory))

    @property
    def close_to_tray_explained(self) -> bool:
        """Closing the window keeps the app in the tray: said once, the first time."""
        return _bool(self._qsettings.value("tray/close_explained"), False)

    @close_to_tray_explained.setter
    def close_to_tray_explained(self, value: bool) -> None:
        self._qsettings.setValue("tray/close_explained", bool(value))

    # --- the All Accounts view ------------------------------------------------------------

    @property
    def overage_alert_cents(self) -> int:
        """Projected overage above this puts an account under "Needs attention" (0: any)."""
        # Imported here: billing.overview brings the API's models (pydantic), 0.2 s the first
        # window would wait for at start-up for a figure only the All Accounts view reads.
        from smartalex_desktop.billing.overview import DEFAULT_OVERAGE_ALERT_CENTS

        value = _int(
            self._qsettings.value("overview/overage_alert_cents"), DEFAULT_OVERAGE_ALERT_CENTS
        )
        return max(value, 0)

    @overage_alert_cents.setter
    def overage_alert_cents(self, cents: int) -> None:
        self._qsettings.setValue("overview/overage_alert_cents", max(int(cents), 0))

    # --- UI state -----------------------------------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        value = self._qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_window_geometry(self, geometry: QByteArray) -> None:
        self._qsettings.setValue("window/geometry", geometry)

    def sync(self) -> None:
        self._qsettings.sync()
