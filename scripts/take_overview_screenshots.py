"""Render the All Accounts view of the agency demo to docs/screenshots/ (light and dark).

Starts the app's demo mode as an agency (`--demo --agency 12`: twelve practices in different
states) on a fresh sandbox in a temporary folder, waits until every account is signed in and
refreshed, and grabs the window: "Needs attention" (what the manager first sees), every account,
the row's context menu, the Export All dialog, and the view in dark mode. Run through
`scripts/screenshots --overview`, which provides a virtual display when there is no screen.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))

from take_screenshots import (
    OUT,
    dark_palette,
    demo_assembly,
    pump,
    save,
    screenshot_app,
    wait_until,
)

PRACTICES = 12
WINDOW_SIZE = (1500, 640)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder (default {OUT})")
    args = parser.parse_args()
    out = args.out

    from smartalex_desktop.gui.overview.overview_tab import EVERYTHING
    from smartalex_desktop.gui.window.demo import start_demo

    app = screenshot_app()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="smartalex-screenshots-") as tmp:
        assembly = demo_assembly(Path(tmp))
        assembly.refresher.set_automatic(False)
        window, overview = assembly.window, assembly.overview
        window.resize(*WINDOW_SIZE)
        window.show()
        sandbox = start_demo(window, Path(tmp) / "demo", agency=PRACTICES)
        refresher = window.accounts.refresher
        idle = lambda: not window.accounts.runner.busy and not refresher.running  # noqa: E731
        try:
            wait_until(lambda: len(window.accounts.sessions) == PRACTICES, 600)
            wait_until(idle, 600)
            wait_until(lambda: all(line.row for line in overview.lines.values()), 120)
            window.ui.tabs.setCurrentWidget(overview)
            view = overview.ui.accountsTable
            view.setCurrentIndex(overview.model.index(0, 0))
            wait_until(idle)
            save(window, "accounts_overview", out)
            overview.show_filter(EVERYTHING)
            save(window, "accounts_overview_all", out)
            overview.row_actions.open_export()
            dialog = overview.row_actions.export_dialog
            save(dialog, "export_all_dialog", out)
            dialog.reject()
            QGuiApplication.styleHints().setColorScheme(Qt.ColorScheme.Dark)
            app.setPalette(dark_palette())
            pump(300)
            overview.show_filter(EVERYTHING)
            save(window, "accounts_overview_dark", out)
        finally:
            window.accounts.runner.wait_for_done(20_000)
            window.close()
            sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
