"""What the frozen app carries besides Python modules, in one list that the PyInstaller spec
uses and a test checks (every source exists), so a renamed folder fails a test, not a build.
"""

from __future__ import annotations

from pathlib import Path

APP_ID = "ai.smartalex.Desktop"


def data_files(root: Path) -> list[tuple[Path, str]]:
    """(source in the repository, folder inside the app) for each data file or folder."""
    package = root / "smartalex_desktop"
    return [
        (package / "sandbox" / "migrations", "smartalex_desktop/sandbox/migrations"),
        (package / "sandbox" / "pages" / "static", "smartalex_desktop/sandbox/pages/static"),
        (package / "store" / "migrations", "smartalex_desktop/store/migrations"),
        (package / "documents" / "fonts", "smartalex_desktop/documents/fonts"),
        (root / "resources" / "icons" / "smartalex.svg", "share/icons"),
    ]


def linux_files(root: Path) -> list[Path]:
    """The desktop entry, the AppStream metainfo and the icon theme, copied under share/."""
    linux = root / "packaging" / "linux"
    return [linux / f"{APP_ID}.desktop", linux / f"{APP_ID}.metainfo.xml", linux / "icons"]
