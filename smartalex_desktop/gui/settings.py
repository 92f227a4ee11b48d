"""The app's settings: preferences and UI state in QSettings, never a secret (STYLE.md #7).

What is remembered per signed-in account is only where and who (API URL and email); the refresh
token is in the keyring. Tests pass a settings file of their own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "SmartAlex"
APPLICATION = "SmartAlex Desktop"


@dataclass(frozen=True)
class RememberedAccount:
    api_url: str
    email: str


class AppSettings:
    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._qsettings = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
            )
        else:
            self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

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

    # --- UI state -----------------------------------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        value = self._qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_window_geometry(self, geometry: QByteArray) -> None:
        self._qsettings.setValue("window/geometry", geometry)

    def sync(self) -> None:
        self._qsettings.sync()
