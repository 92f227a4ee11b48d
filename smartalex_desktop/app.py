"""`smartalex-desktop`: the composition root of the desktop app.

The window is not built yet (it arrives with the app issue), so demo mode is, for now, what the
app's demo mode will embed: the SmartAlex sandbox on a free loopback port with the demo data,
serving until Ctrl+C, and saying where it listens.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from platformdirs import user_data_path

from smartalex_desktop import __version__

APP_NAME = "SmartAlex Desktop"


def default_demo_data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / "demo-sandbox"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="smartalex-desktop", description="Manage the billing side of a SmartAlex account."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="demo mode: the embedded sandbox with demo data (the default)",
    )
    parser.add_argument("--api-url", help="sign in to the SmartAlex API at this URL")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="demo mode's sandbox data folder (default: the user data folder)",
    )
    args = parser.parse_args(argv)
    if args.api_url and not args.demo:
        print(
            "smartalex-desktop: signing in to another server needs the main window, which this "
            "version does not have yet; run without --api-url for demo mode.",
            file=sys.stderr,
        )
        return 2
    from smartalex_desktop.sandbox import cli as sandbox_cli

    data_dir = args.data_dir or default_demo_data_dir()
    print(f"{APP_NAME} {__version__}: demo mode (the window comes in a later version).")
    return sandbox_cli.main(["--port", "0", "--data-dir", str(data_dir), "--demo"])


if __name__ == "__main__":
    sys.exit(main())
