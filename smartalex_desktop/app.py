"""`smartalex-desktop`: the composition root of the desktop app.

The window is not built yet (it arrives with the app issue), so demo mode is, for now, what the
app's demo mode embeds: the SmartAlex sandbox in threads of this process, on a free loopback
port with the demo data, serving until Ctrl+C, and saying where it listens.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
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
    return run_demo_sandbox(args.data_dir or default_demo_data_dir())


def run_demo_sandbox(data_dir: Path) -> int:
    """Serve the embedded demo sandbox until Ctrl+C (what demo mode runs behind the window)."""
    from smartalex_desktop.sandbox.embedded import EmbeddedSandbox

    print(f"{APP_NAME} {__version__}: demo mode (the window comes in a later version).")
    print("Preparing the demo data…", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda _signum, _frame: stop.set())
    with EmbeddedSandbox(data_dir, demo=True) as sandbox:
        if sandbox.seeding_s is not None:
            print(f"Seeded the demo year in {sandbox.seeding_s:.1f} s")
        print(f"SmartAlex sandbox listening on {sandbox.url} (data in {data_dir})")
        print("Demo sign-in: demo@smartalex.test / demo-password")
        print("Press Ctrl+C to stop.", flush=True)
        with contextlib.suppress(KeyboardInterrupt):  # Ctrl+C is how one stops it
            stop.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
