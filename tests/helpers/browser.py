"""Debian's chromium, driven by Playwright's sync API, for the hosted card and payment pages.

Never `playwright install` (it downloads a browser build): the system's chromium is launched by
path. Without the background-networking flags chromium's own calls home (updates, safe browsing,
sync) are refused on an offline machine and slow every page down; a fresh user-data folder per
launch keeps runs apart. One browser per test session, a new context (cookies, storage, colour
scheme) per test.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextmanager
def chromium() -> Iterator[Any]:
    """A running headless chromium (Playwright `BrowserContext`s come from it)."""
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    if executable is None:
        raise RuntimeError("chromium is not installed: scripts/run-tests installs it (Debian)")
    profile = tempfile.mkdtemp(prefix="smartalex-chromium-")
    with sync_playwright() as playwright:
        # A persistent context is what takes a user-data folder; its pages share it, so tests
        # make their own contexts from the browser behind it.
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=executable, args=CHROMIUM_FLAGS, headless=True
        )
        try:
            yield context.browser if context.browser is not None else context
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)


def fill_card(
    page: Any, number: str, *, cvc: str = "123", month: str = "12", year: str = "30"
) -> None:
    """Type a card into the card Element (localstripe's stand-in: one input per field)."""
    page.get_by_placeholder("number").fill(number)
    page.get_by_placeholder("exp_month").fill(month)
    page.get_by_placeholder("exp_year").fill(year)
    page.get_by_placeholder("cvc").fill(cvc)
    page.get_by_placeholder("postal_code").fill("10001")
