"""Demo mode: the embedded SmartAlex sandbox, started on a worker while the window is already on
screen, then signed in as the demo account — or, as an agency (`--agency N`), to the N agency
practices the sandbox seeds (sandbox/agency_demo.py), a few sign-ins at a time."""

from __future__ import annotations

from pathlib import Path

from smartalex_desktop.api.errors import SmartAlexError
from smartalex_desktop.gui.widgets import wording
from smartalex_desktop.gui.window.main_window import MainWindow
from smartalex_desktop.sandbox.demo_accounts import DEMO_EMAIL, DEMO_PASSWORD, agency_sign_ins
from smartalex_desktop.sandbox.embedded import EmbeddedSandbox


def start_demo(window: MainWindow, data_dir: Path, *, agency: int = 0) -> EmbeddedSandbox:
    """Start the sandbox (seeding the demo year the first time) and sign in to it."""
    sandbox = EmbeddedSandbox(data_dir, demo=True, agency=agency)
    window.connection_label.setText(
        f"Starting the demo with {agency} practices…" if agency else wording.STARTING_DEMO
    )

    def started(url: str) -> None:
        # Said on the terminal too: the demo's API can be explored with any HTTP client.
        seeded = f", demo year seeded in {sandbox.seeding_s:.1f} s" if sandbox.seeding_s else ""
        print(f"SmartAlex sandbox listening on {url} (data in {data_dir}{seeded})", flush=True)
        window.api_url = url
        if agency:
            window.accounts.sign_in_many(
                url,
                agency_sign_ins(agency),
                demo=True,
                on_done=lambda sessions: print(
                    f"Signed in to {len(sessions)} agency practices", flush=True
                ),
            )
            return
        window.accounts.sign_in(
            url,
            DEMO_EMAIL,
            DEMO_PASSWORD,
            remember=False,
            demo=True,
            on_success=lambda session: print(f"Signed in as {session.email}", flush=True),
        )

    def failed(error: SmartAlexError) -> None:
        window.message_bar.error(
            f"The demo account could not start: {error.user_message} Its data folder is {data_dir}."
        )

    window.accounts.runner.run(
        sandbox.start, on_success=started, on_failure=failed, description="start demo sandbox"
    )
    return sandbox
