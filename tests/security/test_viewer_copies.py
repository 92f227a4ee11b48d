"""Issue 18, finding 3: the PDF handed to the system's viewer is made in a private folder of the
user's, not in the shared temp folder another user of the machine can prepare."""

from __future__ import annotations

import os
import stat
import tempfile
import time
from pathlib import Path

import pytest

from smartalex_desktop.api import SmartAlexClient
from smartalex_desktop.gui.invoices import invoice_pdf
from smartalex_desktop.gui.widgets.saved_documents import FOLDER_NAME
from tests.helpers.cards import add_card
from tests.helpers.ledger import post_top_up
from tests.helpers.sandbox import SandboxProcess


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_finding_03_the_viewers_copy_is_private_and_swept(
    sandbox: SandboxProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    customer = sandbox.create_account()
    card = add_card(customer.http)
    top_up = post_top_up(customer.http, 10_00, str(card["id"])).json()
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    # Where another user could get first: the shared temp folder (not touched here: other
    # programs of this machine may use it).
    shared = Path(tempfile.gettempdir())
    opener = invoice_pdf.store_opener(tmp_path / "store", sandbox.url, customer.email)
    with SmartAlexClient(sandbox.url) as client:
        client.sign_in(customer.email, customer.password)
        folder = runtime / "SmartAlex Desktop" / "viewer"
        folder.mkdir(parents=True, mode=0o755)  # left wider by someone: narrowed
        stale = folder / "2020-01-01_SA-2020-000001.pdf"
        stale.write_bytes(b"%PDF- an old copy")
        os.utime(stale, (time.time() - 2 * 3600,) * 2)
        path = invoice_pdf.pdf_for_system_viewer(client, top_up["invoice_id"], opener)
        assert path.parent == folder and path.read_bytes().startswith(b"%PDF")
        assert (_mode(folder), _mode(path)) == (0o700, 0o600)
        assert not stale.exists()  # copies older than an hour are swept at the next use
        assert not path.is_relative_to(shared / FOLDER_NAME)

        # No usable runtime folder (unset, or not private): the user's cache folder.
        runtime.chmod(0o755)
        path = invoice_pdf.pdf_for_system_viewer(client, top_up["invoice_id"], opener)
        assert path.parent == tmp_path / "cache" / "SmartAlex Desktop" / "viewer"
        assert (_mode(path.parent), _mode(path)) == (0o700, 0o600)

        # A link planted where the folder goes is refused with a sentence, nothing written.
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir(mode=0o700)
        for old in path.parent.iterdir():
            old.unlink()
        path.parent.rmdir()
        path.parent.symlink_to(elsewhere)
        with pytest.raises(invoice_pdf.errors.SmartAlexError) as refused:
            invoice_pdf.pdf_for_system_viewer(client, top_up["invoice_id"], opener)
        assert "could not be saved" in refused.value.user_message
        assert list(elsewhere.iterdir()) == []
