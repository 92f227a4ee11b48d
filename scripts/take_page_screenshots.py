"""Screenshots of the hosted card and payment pages (docs/screenshots/), light and dark.

    .venv/bin/python scripts/take_page_screenshots.py [--out docs/screenshots]

Runs a sandbox in this process (a demo data folder of its own, in a temporary folder), signs in
as the demo account, and drives Debian's chromium through the pages with Playwright at a phone's
width, in the light and the dark colour scheme (`prefers-color-scheme`): the card page with a
card typed in, localstripe's 3-D Secure step, the page after a 3-D Secure card was saved, and a
payment's bank confirmation. The app's side (the tab waiting for the page) is
`scripts/take_screenshots.py --only card_page_waiting`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from smartalex_desktop.api import SmartAlexClient, errors, new_idempotency_key  # noqa: E402
from smartalex_desktop.sandbox.demo_accounts import DEMO_EMAIL, DEMO_PASSWORD  # noqa: E402
from smartalex_desktop.sandbox.embedded import EmbeddedSandbox  # noqa: E402
from tests.helpers.browser import chromium, fill_card  # noqa: E402

PHONE = {"width": 420, "height": 860}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory(prefix="smartalex-pages-") as work,
        EmbeddedSandbox(Path(work) / "sandbox", demo=True) as sandbox,
        SmartAlexClient(sandbox.url) as client,
        chromium() as browser,
    ):
        client.sign_in(DEMO_EMAIL, DEMO_PASSWORD)
        for scheme in ("light", "dark"):
            suffix = "" if scheme == "light" else "_dark"
            context = browser.new_context(viewport=PHONE, color_scheme=scheme)
            page = context.new_page()
            page.goto(client.create_card_setup_session().url or "")
            fill_card(page, "4000002760003184")
            page.screenshot(path=args.out / f"card_page{suffix}.png", full_page=True)
            page.get_by_role("button", name="Save Card").click()
            page.get_by_role("button", name="Complete authentication").wait_for()
            page.screenshot(path=args.out / f"card_page_3d_secure{suffix}.png", full_page=True)
            page.get_by_role("button", name="Complete authentication").click()
            page.get_by_text("Card saved — you can close this tab").wait_for()
            page.screenshot(path=args.out / f"card_page_saved{suffix}.png", full_page=True)
            card = next(c for c in client.payment_methods() if c.last4 == "3184")
            try:
                client.top_up(50_00, card.id, idempotency_key=new_idempotency_key())
                raise SystemExit("the top-up did not ask for the bank's confirmation")
            except errors.AuthenticationRequired as asked:
                page.goto(asked.authentication_url)
            page.get_by_role("button", name="Confirm with My Bank").wait_for()
            page.screenshot(path=args.out / f"payment_page{suffix}.png", full_page=True)
            client.remove_card(card.id)
            context.close()
    print(f"wrote the hosted pages' screenshots to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
