"""Who the app is, in one place: its name, its organisation, its desktop id and its default
folders. Qt-free, so the core (store/, credentials.py, documents/), the headless export and the
GUI all read the same words.

The name is more than a label: it names the per-user data folder (offline copies, the demo
sandbox) and the keyring service that holds refresh tokens. Changing it moves those folders and
forgets remembered sign-ins, so it is written here once and nowhere else.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "SmartAlex Desktop"
ORGANIZATION = "SmartAlex"  # QSettings' folder (with APP_NAME) and the PDFs' author
DESKTOP_ID = "ai.smartalex.Desktop"  # the .desktop file's and AppStream's id


def data_dir() -> Path:
    """The platform's per-user data folder for the app (~/.local/share/SmartAlex Desktop)."""
    return user_data_path(APP_NAME, appauthor=False)


def default_cache_root() -> Path:
    """Where each account's offline copy lives, one SQLite file per (API URL, account)."""
    return data_dir() / "cache"


def default_demo_data_dir(agency: int = 0) -> Path:
    """Demo mode's sandbox data folder, seeded with the demo year the first time. The agency
    demo (`--agency N`) has a folder of its own per N: its practices live the demo year's last
    weeks, which an existing demo folder's clock has passed."""
    return data_dir() / ("demo-sandbox" if not agency else f"demo-sandbox-agency-{agency}")
