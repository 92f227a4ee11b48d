"""The credential store against a real Secret Service (gnome-keyring on a private bus), and with no
secure backend at all: refresh tokens go to the keyring or nowhere — never a file.

Each keyring test gets its own gnome-keyring-daemon and session bus (tests/helpers/
secret_service.py; about half a second to start), so locking or killing one touches no other.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import keyring.backends.fail
import keyring.backends.null
import keyring.backends.SecretService
import pytest
import secretstorage
from jeepney.io.blocking import open_dbus_connection

from smartalex_desktop.api import SmartAlexClient
from smartalex_desktop.api.errors import CredentialsUnavailable
from smartalex_desktop.credentials import (
    SERVICE_NAME,
    CredentialStore,
    entry_name,
    index_name,
    is_secure,
)
from tests.helpers.secret_service import SecretService, private_secret_service

API = "https://api.smartalex.ai"
OTHER_API = "https://api.eu.smartalex.ai"
LOCKED_SENTENCE = (
    "The system keyring is locked, so SmartAlex cannot remember your sign-in. "
    "Unlock it (or sign in again next time); you stay signed in until you quit."
)


@pytest.fixture
def secret_service(tmp_path):
    """A private, unlocked gnome-keyring; this process's bus address and HOME point at it."""
    with private_secret_service(tmp_path / "secret-service") as service, service.activated():
        yield service


def real_store() -> CredentialStore:
    return CredentialStore(backend=keyring.backends.SecretService.Keyring())


def keyring_items(service: SecretService, *, with_index: bool = False) -> dict[str, str]:
    """Our entries as the Secret Service itself lists them (username → secret), over its bus;
    the tokens only, unless `with_index` (the lists of remembered emails, one per API URL)."""
    with closing(open_dbus_connection(service.bus_address)) as connection:
        collection = secretstorage.get_default_collection(connection)
        found = {}
        for item in collection.search_items({"service": SERVICE_NAME}):
            attributes = item.get_attributes()
            assert (
                item.get_label() == f"Password for '{attributes['username']}' on '{SERVICE_NAME}'"
            )
            if with_index or not attributes["username"].startswith("remembered-accounts @ "):
                found[attributes["username"]] = item.get_secret().decode()
        return found


def lock_login_keyring(service: SecretService) -> None:
    with closing(open_dbus_connection(service.bus_address)) as connection:
        collection = secretstorage.get_default_collection(connection)
        collection.lock()
        assert collection.is_locked()


def files_containing(root: Path, needle: str) -> list[Path]:
    return [
        path
        for path in root.rglob("*")
        if path.is_file() and not path.is_symlink() and needle.encode() in path.read_bytes()
    ]


# --- a real Secret Service ------------------------------------------------------------------


def test_the_store_talks_to_the_real_secret_service_over_its_private_bus(secret_service):
    backend = keyring.backends.SecretService.Keyring()
    assert type(backend).__module__ == "keyring.backends.SecretService"
    # The backend's own availability check (a D-Bus round trip to org.freedesktop.secrets).
    assert backend.priority == 5
    assert os.environ["DBUS_SESSION_BUS_ADDRESS"] == secret_service.bus_address
    store = CredentialStore(backend=backend)
    assert is_secure(backend) and store.available()
    assert store.backend_name() == "keyring.backends.SecretService.Keyring"


def test_tokens_of_several_accounts_round_trip_side_by_side(secret_service):
    store = real_store()
    tokens = {
        (API, "office@lakeside.test"): "srt_lakeside_office",
        (API, "billing@lakeside.test"): "srt_lakeside_billing",
        (OTHER_API, "office@lakeside.test"): "srt_eu_lakeside_office",
    }
    for (api_url, email), token in tokens.items():
        store.save(api_url, email, token)
    for (api_url, email), token in tokens.items():
        assert store.load(api_url, email) == token
    # The entry name is normalised: the same account however the email and URL are typed.
    assert store.load(API + "/", " Office@Lakeside.TEST ") == "srt_lakeside_office"
    assert store.load(API, "nobody@lakeside.test") is None

    # In the keyring itself, under our service name, one entry per (API URL, email).
    expected = {entry_name(url, email): token for (url, email), token in tokens.items()}
    assert keyring_items(secret_service) == expected

    # Saving again replaces (a rotated refresh token), it does not add a second entry.
    store.save(API, "office@lakeside.test", "srt_lakeside_office_rotated")
    assert store.load(API, "office@lakeside.test") == "srt_lakeside_office_rotated"
    assert len(keyring_items(secret_service)) == 3

    # gnome-keyring's files hold them encrypted: no token in any file under the temp HOME.
    assert any(secret_service.keyring_dir.iterdir())
    for token in [*tokens.values(), "srt_lakeside_office_rotated"]:
        assert files_containing(secret_service.home, token) == []


@pytest.mark.skipif(shutil.which("secret-tool") is None, reason="secret-tool (libsecret-tools)")
def test_another_secret_service_client_finds_the_entries(secret_service):
    """libsecret's command-line client (not Python) sees what the store saved, by attribute."""
    store = real_store()
    store.save(API, "office@lakeside.test", "srt_seen_by_libsecret")
    entry = entry_name(API, "office@lakeside.test")
    found = subprocess.run(
        ["secret-tool", "lookup", "service", SERVICE_NAME, "username", entry],
        env=secret_service.env,
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    )
    assert found.stdout.strip() == "srt_seen_by_libsecret"


def test_move_follows_an_email_change_and_forget_removes(secret_service):
    store = real_store()
    store.save(API, "old@lakeside.test", "srt_moving")
    store.save(API, "colleague@lakeside.test", "srt_colleague")

    store.move(API, "old@lakeside.test", "new@lakeside.test")
    assert store.load(API, "new@lakeside.test") == "srt_moving"
    assert store.load(API, "old@lakeside.test") is None
    assert keyring_items(secret_service) == {
        entry_name(API, "new@lakeside.test"): "srt_moving",
        entry_name(API, "colleague@lakeside.test"): "srt_colleague",
    }

    # A change of case only names the same entry: the token must stay (not be deleted).
    store.move(API, "new@lakeside.test", "New@Lakeside.test")
    assert store.load(API, "new@lakeside.test") == "srt_moving"
    # Nothing remembered for the old email: nothing to move, nothing created.
    store.move(API, "never@lakeside.test", "other@lakeside.test")
    assert store.load(API, "other@lakeside.test") is None

    store.forget(API, "new@lakeside.test")
    assert store.load(API, "new@lakeside.test") is None
    store.forget(API, "new@lakeside.test")  # forgetting twice is fine
    assert keyring_items(secret_service) == {
        entry_name(API, "colleague@lakeside.test"): "srt_colleague"
    }


def test_the_remembered_emails_of_an_api_are_listed_for_the_export(secret_service):
    """`export --all-accounts` has no settings file: the keyring lists who is remembered where
    (one index entry per API URL, never a token in it), kept in step by save, move and forget."""
    store = real_store()
    store.save(API, "Office@Lakeside.test", "srt_office")
    store.save(API, "billing@lakeside.test", "srt_billing")
    store.save(API, "office@lakeside.test", "srt_office_rotated")  # no second listing
    store.save(OTHER_API, "eu@lakeside.test", "srt_eu")
    assert store.remembered_emails(API) == ["office@lakeside.test", "billing@lakeside.test"]
    assert store.remembered_emails(OTHER_API + "/") == ["eu@lakeside.test"]
    store.move(API, "billing@lakeside.test", "accounts@lakeside.test")
    store.forget(API, "office@lakeside.test")
    assert store.remembered_emails(API) == ["accounts@lakeside.test"]
    items = keyring_items(secret_service, with_index=True)
    index = items[index_name(API)]
    assert json.loads(index) == ["accounts@lakeside.test"]
    assert not any(token in index for token in ("srt_office", "srt_billing"))
    assert store.remembered_emails("https://nowhere.example") == []


@pytest.mark.parametrize("stores", ["one store", "a store per thread"])
def test_many_threads_saving_and_loading_see_consistent_tokens(secret_service, stores):
    shared = real_store()
    threads_n, rounds = 6, 2
    barrier = threading.Barrier(threads_n)
    problems: list[str] = []
    written_to_common: list[str] = []

    def work(n: int) -> None:
        store = shared if stores == "one store" else real_store()
        email = f"thread{n}@lakeside.test"
        try:
            barrier.wait(timeout=10)
            for i in range(rounds):
                token = f"srt_{n}_{i}"
                store.save(API, email, token)
                if (loaded := store.load(API, email)) != token:
                    problems.append(f"{email}: saved {token}, loaded {loaded}")
                common = f"srt_common_{n}_{i}"
                written_to_common.append(common)
                store.save(API, "common@lakeside.test", common)
                if not (store.load(API, "common@lakeside.test") or "").startswith("srt_common_"):
                    problems.append("the common entry was lost")
        except Exception as error:  # reported below with the thread's name
            problems.append(f"{email}: {type(error).__name__}: {error}")

    workers = [threading.Thread(target=work, args=(n,)) for n in range(threads_n)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert problems == []
    items = keyring_items(secret_service)
    # One entry per account, each with the last token its thread saved; one common entry.
    assert len(items) == threads_n + 1
    for n in range(threads_n):
        assert items[entry_name(API, f"thread{n}@lakeside.test")] == f"srt_{n}_{rounds - 1}"
    assert items[entry_name(API, "common@lakeside.test")] in written_to_common
    assert (
        shared.load(API, "common@lakeside.test") == items[entry_name(API, "common@lakeside.test")]
    )


def test_a_locked_keyring_is_a_clear_error_and_loses_nothing(tmp_path):
    with private_secret_service(tmp_path / "ss") as service, service.activated():
        store = real_store()
        store.save(API, "office@lakeside.test", "srt_before_lock")
        lock_login_keyring(service)

        started = time.monotonic()
        for attempt in (
            lambda: store.load(API, "office@lakeside.test"),
            lambda: store.save(API, "office@lakeside.test", "srt_while_locked"),
            lambda: store.forget(API, "office@lakeside.test"),
            lambda: store.move(API, "office@lakeside.test", "new@lakeside.test"),
        ):
            with pytest.raises(CredentialsUnavailable) as raised:
                attempt()
            assert raised.value.code == "keyring_locked"
            assert raised.value.user_message == LOCKED_SENTENCE
        assert not store.available()
        # gnome-keyring asks its prompter to unlock; with none reachable (this bus activates
        # nothing, as a session without a display could not show one) the prompt is dismissed
        # at once: no hang.
        assert time.monotonic() - started < 5

        service.unlock_with_password()  # as the desktop login would
        assert store.available()
        assert store.load(API, "office@lakeside.test") == "srt_before_lock"
        assert store.load(API, "new@lakeside.test") is None
        assert files_containing(service.home, "srt_while_locked") == []


def test_a_keyring_daemon_or_bus_that_goes_away_is_a_clear_error(tmp_path):
    with private_secret_service(tmp_path / "ss") as service, service.activated():
        store = real_store()
        store.save(API, "office@lakeside.test", "srt_before_crash")

        service.stop_keyring_daemon()  # the bus answers, the Secret Service is gone
        with pytest.raises(CredentialsUnavailable) as raised:
            store.load(API, "office@lakeside.test")
        assert raised.value.code == "keyring_error"
        assert not store.available()

        service.stop_bus()  # the whole session bus is gone (its socket refuses)
        with pytest.raises(CredentialsUnavailable) as raised:
            store.save(API, "office@lakeside.test", "srt_after_crash")
        assert raised.value.user_message == CredentialsUnavailable.default_message
        assert not store.available()
        assert files_containing(service.home, "srt_after_crash") == []


def test_the_helper_stops_its_daemons_and_restores_the_environment(tmp_path):
    before = {name: os.environ.get(name) for name in ("HOME", "DBUS_SESSION_BUS_ADDRESS")}
    with private_secret_service(tmp_path / "ss") as service:
        pids = service.pids
        assert len(pids) == 2 and sorted(service.leftover_processes()) == sorted(pids)
        assert service.runtime_dir.stat().st_mode & 0o777 == 0o700
        assert service.home.stat().st_mode & 0o777 == 0o700
        with service.activated():
            assert os.environ["HOME"] == str(service.home)
        assert {name: os.environ.get(name) for name in before} == before
    for pid in pids:
        assert not Path(f"/proc/{pid}").exists() or _zombie(pid)
    assert service.leftover_processes() == []
    assert not service.runtime_dir.exists()
    assert {name: os.environ.get(name) for name in before} == before


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


# --- end to end: a session remembered in the keyring -----------------------------------------


def test_a_session_saved_through_on_tokens_resumes_in_a_new_client(sandbox, secret_service):
    store = real_store()
    first, second = sandbox.create_account(), sandbox.create_account()

    def remember(email: str):
        def on_tokens(pair) -> None:
            if pair is None:
                store.forget(sandbox.url, email)
            else:
                store.save(sandbox.url, email, pair.refresh_token)

        return on_tokens

    for customer in (first, second):
        with SmartAlexClient(sandbox.url, on_tokens=remember(customer.email)) as client:
            client.sign_in(customer.email, customer.password)
    signed_in_tokens = {c.email: store.load(sandbox.url, c.email) for c in (first, second)}
    assert all(token and token.startswith("srt_") for token in signed_in_tokens.values())

    # "Restart": new clients from the keyring alone. Refresh tokens rotate (and a reused one
    # ends the session), so each resume must store the new one for the next resume to work.
    for _restart in range(2):
        for customer in (first, second):
            with SmartAlexClient(
                sandbox.url,
                refresh_token=store.load(sandbox.url, customer.email),
                on_tokens=remember(customer.email),
            ) as client:
                assert client.account().email == customer.email
    for customer in (first, second):
        assert store.load(sandbox.url, customer.email) != signed_in_tokens[customer.email]

    with SmartAlexClient(
        sandbox.url,
        refresh_token=store.load(sandbox.url, first.email),
        on_tokens=remember(first.email),
    ) as client:
        client.sign_out()
    assert store.load(sandbox.url, first.email) is None
    assert store.load(sandbox.url, second.email) is not None


# --- no secure backend: refused, and nothing written anywhere ---------------------------------


@pytest.mark.parametrize(
    "backend",
    [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()],
    ids=["fail", "null"],
)
def test_no_secure_backend_is_refused_with_its_sentence_and_nothing_is_written(
    backend, tmp_path, monkeypatch
):
    home, cwd = tmp_path / "home", tmp_path / "cwd"
    home.mkdir()
    cwd.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(cwd)
    token = "srt_must_never_reach_a_file"

    assert not is_secure(backend)
    store = CredentialStore(backend=backend)
    assert not store.available()
    for attempt in (
        lambda: store.save(API, "office@lakeside.test", token),
        lambda: store.load(API, "office@lakeside.test"),
        lambda: store.forget(API, "office@lakeside.test"),
        lambda: store.move(API, "office@lakeside.test", "new@lakeside.test"),
    ):
        with pytest.raises(CredentialsUnavailable) as raised:
            attempt()
        assert raised.value.code == "no_secure_keyring"
        assert raised.value.user_message == CredentialsUnavailable.default_message
        assert "No secure password store" in str(raised.value)

    assert files_containing(home, token) == [] and files_containing(cwd, token) == []
    (cwd / "control").write_text(token)  # the search itself does find a token when there is one
    assert files_containing(tmp_path, token) == [cwd / "control"]


def test_with_no_keyring_on_the_machine_the_default_store_refuses_and_writes_nothing(tmp_path):
    """keyring's own backend detection in a fresh process: HOME empty, no session bus."""
    home, cwd = tmp_path / "home", tmp_path / "cwd"
    home.mkdir()
    cwd.mkdir()
    token = "srt_no_keyring_anywhere"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path / 'no-bus'}",
    }
    child = f"""
import json, sys
from smartalex_desktop.api.errors import CredentialsUnavailable
from smartalex_desktop.credentials import CredentialStore
store = CredentialStore()
result = {{"backend": store.backend_name(), "available": store.available()}}
try:
    store.save({API!r}, "office@lakeside.test", sys.argv[1])
except CredentialsUnavailable as error:
    result.update(code=error.code, message=error.user_message)
print(json.dumps(result))
"""
    done = subprocess.run(
        [sys.executable, "-c", child, token],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["available"] is False, result
    assert result["code"] == "no_secure_keyring", result
    assert result["message"] == CredentialsUnavailable.default_message
    assert token not in done.stdout + done.stderr
    assert files_containing(home, token) == [] and files_containing(cwd, token) == []


def test_the_thread_guard_runs_first_and_is_not_turned_into_unavailable():
    class OnGuiThread(RuntimeError):
        pass

    def guard() -> None:
        raise OnGuiThread("keyring calls belong on a worker thread")

    store = CredentialStore(backend=keyring.backends.SecretService.Keyring(), thread_guard=guard)
    with pytest.raises(OnGuiThread):
        store.save(API, "office@lakeside.test", "srt_x")
    with pytest.raises(OnGuiThread):
        store.load(API, "office@lakeside.test")
