"""Issue 18, finding 2: `smartalex-desktop export --api-url` shares the remembered session with
the running app instead of using it up.

The app is its real `Accounts` (signed in with "Remember me", a real Secret Service behind the
keyring); the export is the real command in a child process, twice in a row as a scheduled job
would run it, while the app goes on using the same session.
"""

from __future__ import annotations

import stat
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from smartalex_desktop.credentials import CredentialStore, default_lock_path
from smartalex_desktop.gui.runtime.accounts import Accounts
from smartalex_desktop.gui.runtime.settings import AppSettings
from smartalex_desktop.gui.runtime.tasks import TaskRunner
from smartalex_desktop.gui.runtime.thread_guard import refuse_gui_thread
from tests.helpers.cards import add_card
from tests.helpers.ledger import post_top_up
from tests.helpers.sandbox import SandboxProcess
from tests.helpers.secret_service import private_secret_service
from tests.security.export_cli import run_export


def test_finding_02_the_export_saves_rotated_tokens_and_shares_one_lock_with_the_app(
    qtbot, sandbox: SandboxProcess, tmp_path: Path
):
    customer = sandbox.create_account()
    card = add_card(customer.http)
    assert post_top_up(customer.http, 10_00, str(card["id"])).status_code == 200
    url, email = sandbox.url, customer.email
    where = ("--api-url", url, "--account", email, "--cache-dir", str(tmp_path / "cache"))
    worker = ThreadPoolExecutor(max_workers=1)  # the client refuses the GUI thread
    with private_secret_service(tmp_path / "keyring") as service, service.activated():
        keyring = CredentialStore()
        runner = TaskRunner()
        accounts = Accounts(
            runner,
            CredentialStore(thread_guard=refuse_gui_thread),
            AppSettings(tmp_path / "settings.ini"),
            cache_root=tmp_path / "app-cache",
        )
        accounts.sign_in(url, email, customer.password, remember=True)
        qtbot.waitUntil(lambda: accounts.current is not None, timeout=20_000)
        qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
        app_session = accounts.current
        assert app_session is not None
        tokens_seen = [keyring.load(url, email)]
        assert tokens_seen[0]

        for run in range(2):  # a scheduled job, twice: each signs in with what the last left
            done = run_export(*where, "--out", str(tmp_path / f"out{run}"))
            assert done.returncode == 0, done.stderr
            assert "Synced with SmartAlex" in done.stdout
            tokens_seen.append(keyring.load(url, email))
            assert tokens_seen[-1] not in tokens_seen[:-1]  # rotated, and saved back
            # The app goes on: its access token was retired by the export's refresh, so it
            # refreshes from the keyring's token (not its own, used already) under the lock.
            account = worker.submit(app_session.client.account).result(timeout=30)
            assert account.email == email
            tokens_seen.append(keyring.load(url, email))
        assert keyring.load(url, email) is not None  # the app never lost its entry
        lock = default_lock_path()
        assert stat.S_IMODE(lock.stat().st_mode) == 0o600
        assert stat.S_IMODE(lock.parent.stat().st_mode) == 0o700

        # Only the saved copy (here: nothing remembered): a failure unless asked for.
        worker.submit(app_session.client.sign_out).result(timeout=30)
        assert keyring.load(url, email) is None
        refused = run_export(*where, "--out", str(tmp_path / "refused"))
        assert refused.returncode == 3, refused.stderr
        assert "--allow-saved-copy" in refused.stderr and "Traceback" not in refused.stderr
        assert not (tmp_path / "refused").exists()
        allowed = run_export(*where, "--out", str(tmp_path / "allowed"), "--allow-saved-copy")
        assert allowed.returncode == 0, allowed.stderr
        assert list((tmp_path / "allowed").glob("*.pdf"))
        accounts.close_all()
    worker.shutdown()
