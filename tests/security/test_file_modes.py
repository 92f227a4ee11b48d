"""Issue 18, finding 7: what the app and the sandbox keep is readable by their user only."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from smartalex_desktop.api import SmartAlexClient
from smartalex_desktop.documents import files
from smartalex_desktop.gui.runtime.settings import AppSettings
from smartalex_desktop.store import Store, sync
from tests.helpers.cards import add_card
from tests.helpers.ledger import post_top_up
from tests.helpers.sandbox import SandboxProcess


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The common 022: what made these files world-readable before."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _modes_under(root: Path) -> dict[str, int]:
    return {str(path.relative_to(root)): _mode(path) for path in [root, *root.rglob("*")]}


def test_finding_07_files_the_app_and_the_sandbox_keep_are_0600_in_0700_folders(
    usual_umask, own_sandbox: SandboxProcess, tmp_path: Path
):
    # The sandbox: database (password hashes) with its WAL, localstripe's state, the receipts.
    customer = own_sandbox.create_account()
    card = add_card(customer.http)
    assert post_top_up(customer.http, 10_00, str(card["id"])).status_code == 200
    own_sandbox.port = int(own_sandbox.url.rsplit(":", 1)[1])
    data = own_sandbox.data_dir
    while_running = _modes_under(data)
    assert "sandbox.sqlite3" in while_running  # with its -wal and -shm while they exist
    own_sandbox.stop()
    stopped = _modes_under(data)
    assert "localstripe-state.pickle" in stopped and "outbox" in stopped
    for found in (while_running, stopped):
        wide = {
            name: oct(mode)
            for name, mode in found.items()
            if mode != (0o700 if (data / name).is_dir() else 0o600)
        }
        assert wide == {}

    # The app: each account's offline copy, made new, and one an older version left wider.
    own_sandbox.start()
    cache = tmp_path / "user-data" / "SmartAlex Desktop" / "cache"
    with (
        SmartAlexClient(own_sandbox.url) as client,
        Store.open(cache, own_sandbox.url, customer.email) as store,
    ):
        client.sign_in(customer.email, customer.password)
        sync(client, store)
        assert {_mode(folder) for folder in (cache, cache.parent, cache.parent.parent)} == {0o700}
        assert {_mode(path) for path in cache.iterdir()} == {0o600}
    cache.chmod(0o755)
    for path in cache.iterdir():
        path.chmod(0o644)
    with Store.open(cache, own_sandbox.url, customer.email) as store:
        assert store.account() is not None
        assert _mode(cache) == 0o700 and {_mode(path) for path in cache.iterdir()} == {0o600}

    # The settings file: 0600 whatever Qt writes, in a folder made 0700.
    settings_file = tmp_path / "config" / "SmartAlex" / "SmartAlex Desktop.ini"
    settings = AppSettings(settings_file)
    settings.remember_account(own_sandbox.url, customer.email)
    settings.sync()
    assert settings_file.read_text() and _mode(settings_file) == 0o600
    assert _mode(settings_file.parent) == 0o700

    # What the user exports into a folder they chose is theirs: their usual mode (022 → 0644).
    exported = files.write_atomic(tmp_path / "invoice.pdf", b"%PDF-1.7\n")
    assert _mode(exported) == 0o644
