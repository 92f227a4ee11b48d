"""Start SmartAlex Desktop at login, on Linux desktops: an XDG autostart entry
(`~/.config/autostart/smartalex-desktop.desktop`, the freedesktop.org Desktop Application
Autostart Specification), which GNOME, KDE, Xfce and most others read.

The file's presence is the setting (no copy in the app's settings to drift from it), and it is
written atomically. Windows and macOS have their own places (a shortcut in the Startup folder, or
the `Run` registry key; a LaunchAgent plist or SMAppService): see docs/app.md. No Qt here.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from smartalex_desktop.identity import APP_NAME, DESKTOP_ID

FILE_NAME = "smartalex-desktop.desktop"


def supported() -> bool:
    return sys.platform.startswith("linux")


def entry_path() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / FILE_NAME


def is_enabled() -> bool:
    return entry_path().is_file()


def command() -> list[str]:
    """How this installation is started: the console script when it is on PATH, else this
    Python running the package."""
    script = shutil.which("smartalex-desktop")
    return [script] if script else [sys.executable, "-m", "smartalex_desktop"]


def entry(argv: list[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Watch your SmartAlex Wallet and usage from the tray\n"
        f"Exec={' '.join(_quoted(arg) for arg in argv)}\n"
        f"Icon={DESKTOP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def _quoted(arg: str) -> str:
    """An Exec argument as the Desktop Entry spec wants it: `%` doubled (field codes), an
    argument with reserved characters double-quoted with `"`, `` ` ``, `$` and `\\` escaped by
    a backslash, and then every backslash doubled (the string escape, applied on top)."""
    arg = arg.replace("%", "%%")
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
        return arg
    quoted = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
    return quoted.replace("\\", "\\\\")


def set_enabled(on: bool) -> None:
    """Write or remove the autostart entry (raises OSError when the folder refuses)."""
    from smartalex_desktop.documents.files import write_atomic  # not at start-up: reportlab

    path = entry_path()
    if on:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, entry(command()).encode())
    else:
        path.unlink(missing_ok=True)
