"""The cache file: one per account, safely named, WAL, versioned, and rebuilt when untrustworthy."""

from __future__ import annotations

import logging
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from smartalex_desktop.api import models
from smartalex_desktop.store import Store, StoreUnavailable, cache_file
from smartalex_desktop.store import db as store_db

API = "https://api.smartalex.ai"
ACCOUNT = models.Account(
    id="acct_1",
    email="office@clinic.example",
    company_name="Bright Smile Dental",
    address="1 Main St",
    tax_id="",
    tax_rate_bps=825,
    timezone="America/Chicago",
    created_at=datetime(2026, 1, 31, 15, 0, tzinfo=UTC),
)


def test_one_safely_named_wal_file_per_account(tmp_path):
    root = tmp_path / "cache"
    path = cache_file(root, API, "Office@Clinic.example")
    assert re.fullmatch(r"account-[0-9a-f]{32}\.sqlite3", path.name)
    assert path == cache_file(root, API + "/", " office@clinic.example")  # the same account
    others = {
        cache_file(root, "https://other.example", "office@clinic.example"),
        cache_file(root, API, "front-desk@clinic.example"),
        cache_file(root, API, "acct_1"),
    }
    assert path not in others and len(others) == 3

    with Store.open(root, API, "office@clinic.example") as store:
        assert store.path == path and store.set_aside is None
        store.save_account(ACCOUNT)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA application_id").fetchone()[0] == store_db.APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == store_db.latest_version()
    conn.close()

    with Store.open(root, API, "office@clinic.example") as again:  # reopened: kept as it is
        assert again.set_aside is None and again.account() == ACCOUNT


def _garbage(path: Path) -> None:
    path.write_bytes(b"this is not SQLite \x00\xff" * 300)


def _newer_version(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {store_db.latest_version() + 1}")
    conn.close()


def _another_programs(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()


def _damaged_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page, len(data), 97):  # keep the header, trample every later page
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "spoil", [_garbage, _newer_version, _another_programs, _damaged_pages], ids=lambda f: f.__name__
)
def test_an_untrustworthy_file_is_set_aside_and_rebuilt(tmp_path, caplog, spoil):
    root = tmp_path / "cache"
    with Store.open(root, API, "acct_1") as store:
        store.save_account(ACCOUNT)
        store.add_calls(
            [
                models.Call(
                    id=f"call_{n}",
                    call_type="web",
                    seconds=60,
                    billable_minutes=1,
                    included_minutes=1,
                    overage_minutes=0,
                    overage_cents=0,
                    ended_at=datetime(2026, 2, 1, tzinfo=UTC),
                )
                for n in range(300)  # a few pages of data to damage
            ]
        )
        path = store.path
    spoil(path)
    spoiled = path.read_bytes()
    caplog.set_level(logging.WARNING, logger="smartalex_desktop.store")

    with Store.open(root, API, "acct_1") as rebuilt:
        assert rebuilt.set_aside is not None
        assert re.fullmatch(
            re.escape(path.name) + r"\.corrupt-\d{8}T\d{12}Z", rebuilt.set_aside.name
        )
        assert rebuilt.set_aside.read_bytes() == spoiled  # kept untouched for support
        assert rebuilt.account() is None and rebuilt.calls() == []  # fresh and empty
        assert rebuilt.last_synced_at() is None
        rebuilt.save_account(ACCOUNT)  # and usable
        assert rebuilt.account() == ACCOUNT
    assert any("set aside" in record.getMessage() for record in caplog.records)


def test_an_unusable_folder_is_an_error_with_a_sentence(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(StoreUnavailable) as raised:
        Store.open(blocker, API, "acct_1")
    assert "could not be opened" in raised.value.user_message
    assert blocker.read_text() == "a file where the folder should be"
