"""Refresh tokens in the OS keyring — and nowhere else.

One keyring entry per (API URL, account email), under the service name `SmartAlex Desktop`
(username `<email> @ <api url>`), so an agency can keep several clinics signed in side by side.
The store is thread-safe and meant for worker threads (keyring calls can block while the keyring
asks to be unlocked). It fails closed: if no secure backend works — keyring's fail backend, a
plaintext or "null" backend, a locked or broken Secret Service — `CredentialsUnavailable` says
so in a sentence, and the caller keeps the session in memory only. Never a file.

A remembered session is shared by every process of the user that uses it: the app, and the
headless `smartalex-desktop export` a scheduled job runs. A refresh token works once (using it
twice ends the session), so whoever refreshes does it under `SessionLock` — a file lock in the
user's data folder (`session.lock`, 0600 in a 0700 folder), not the runtime folder, which a cron
job has no $XDG_RUNTIME_DIR for — reading the keyring's token first (another process may have
rotated it) and saving the new one before letting go (`KeyringSession`).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from smartalex_desktop.api.errors import CredentialsUnavailable, SmartAlexError
from smartalex_desktop.identity import APP_NAME
from smartalex_desktop.private_files import private_dir

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE_NAME = APP_NAME  # renaming the app would forget every remembered sign-in

# Backends that "work" but do not protect a secret: refused. Matched on the class's module and
# name, so the optional keyrings.alt package need not be installed to recognise its classes.
_INSECURE = (
    "keyring.backends.fail.",
    "keyring.backends.null.",
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.file.EncryptedKeyring",  # a file with a password we would have to ask for
    "keyrings.alt.",  # the rest of keyrings.alt: files, Gnome 2, registries of old
)


def _qualified(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__name__}"


def is_secure(backend: KeyringBackend) -> bool:
    name = _qualified(backend)
    if any(name.startswith(prefix) for prefix in _INSECURE):
        return False
    if name.startswith("keyring.backends.chainer."):
        # The chain writes to the first backend that takes the secret: every link must be safe.
        inner = list(getattr(backend, "backends", []))
        return bool(inner) and all(is_secure(backend) for backend in inner)
    return True


# One lock for every store of the process: the Secret Service backend writes an entry as
# "search, then replace or create", so two stores writing one entry at once could each find the
# item the other is replacing. move() holds it across its load, save and forget.
_KEYRING_LOCK = threading.RLock()


def entry_name(api_url: str, email: str) -> str:
    return f"{email.strip().lower()} @ {api_url.rstrip('/')}"


def index_name(api_url: str) -> str:
    """The entry listing which emails have a remembered sign-in at `api_url` (keyrings cannot
    be listed portably). No email is "remembered-accounts", so it never names a token's entry."""
    return f"remembered-accounts @ {api_url.rstrip('/')}"


class CredentialStore:
    """Save, load, move and forget refresh tokens in the system keyring."""

    def __init__(
        self,
        backend: KeyringBackend | None = None,
        thread_guard: Callable[[], None] | None = None,
    ) -> None:
        self._backend = backend
        self._thread_guard = thread_guard
        self._lock = _KEYRING_LOCK

    def _keyring(self) -> KeyringBackend:
        if self._thread_guard is not None:
            self._thread_guard()
        backend = self._backend or _default_keyring()
        if not is_secure(backend):
            raise CredentialsUnavailable(code="no_secure_keyring")
        return backend

    def backend_name(self) -> str:
        return _qualified(self._backend or _default_keyring())

    def available(self) -> bool:
        """Whether tokens can be kept: a secure backend that answers."""
        with self._lock:
            try:
                backend = self._keyring()
            except CredentialsUnavailable:
                return False
            try:
                backend.get_password(SERVICE_NAME, "availability check")
            except Exception as error:  # any failure of the backend: see _unavailable
                self._unavailable(error)
                return False
        return True

    def save(self, api_url: str, email: str, refresh_token: str) -> None:
        with self._lock:
            backend = self._keyring()
            self._set(backend, entry_name(api_url, email), refresh_token)
            self._index(backend, api_url, add=email)

    def _set(self, backend: KeyringBackend, name: str, value: str) -> None:
        try:
            try:
                backend.set_password(SERVICE_NAME, name, value)
            except Exception as error:
                # Another process replaced the entry between the backend's search and its
                # write: once more finds the new one.
                if type(error).__name__ != "ItemNotFoundException":
                    raise
                backend.set_password(SERVICE_NAME, name, value)
        except Exception as error:
            raise self._unavailable(error) from None

    def remembered_emails(self, api_url: str) -> list[str]:
        """Every email with a remembered sign-in at `api_url`, as the app saved them (for
        `smartalex-desktop export --all-accounts`, which has no settings file to read)."""
        with self._lock:
            backend = self._keyring()
            try:
                listed = backend.get_password(SERVICE_NAME, index_name(api_url))
            except Exception as error:
                raise self._unavailable(error) from None
            emails = _emails_of(listed)
            # An entry listed whose token is gone (forgotten by an older app) is not a sign-in.
            return [email for email in emails if self.load(api_url, email) is not None]

    def _index(
        self, backend: KeyringBackend, api_url: str, *, add: str = "", drop: str = ""
    ) -> None:
        """Keep the index of remembered emails in step (under the keyring lock)."""
        try:
            listed = backend.get_password(SERVICE_NAME, index_name(api_url))
        except Exception as error:
            raise self._unavailable(error) from None
        emails = _emails_of(listed)
        folded = {email.casefold() for email in emails}
        if add and add.strip().casefold() not in folded:
            emails.append(add.strip().lower())
        if drop:
            emails = [e for e in emails if e.casefold() != drop.strip().casefold()]
        if _emails_of(listed) != emails:
            self._set(backend, index_name(api_url), json.dumps(emails))

    def load(self, api_url: str, email: str) -> str | None:
        with self._lock:
            backend = self._keyring()
            try:
                return backend.get_password(SERVICE_NAME, entry_name(api_url, email))
            except Exception as error:
                raise self._unavailable(error) from None

    def forget(self, api_url: str, email: str) -> None:
        with self._lock:
            backend = self._keyring()
            try:
                backend.delete_password(SERVICE_NAME, entry_name(api_url, email))
            except Exception as error:
                from keyring.errors import PasswordDeleteError  # loaded with the backend

                if not isinstance(error, PasswordDeleteError):  # else: already forgotten
                    raise self._unavailable(error) from None
            self._index(backend, api_url, drop=email)

    def move(self, api_url: str, old_email: str, new_email: str) -> None:
        """After a billing email change: the entry follows the new sign-in email."""
        if entry_name(api_url, old_email) == entry_name(api_url, new_email):
            return  # a change of case or spaces only: the same entry, which must stay
        with self._lock:  # a refresh saving a newer token meanwhile would otherwise be lost
            token = self.load(api_url, old_email)
            if token is None:
                return
            self.save(api_url, new_email, token)
            self.forget(api_url, old_email)

    @staticmethod
    def _unavailable(error: Exception) -> CredentialsUnavailable:
        # Not only keyring's own errors: a backend lets its transport's through too (the Secret
        # Service one raises secretstorage's and jeepney's exceptions, or OSError, when the
        # session bus is gone). Fail closed on all of them; the guard's and the insecure-backend
        # refusals are raised before the backend is called and pass through unchanged.
        log.warning("keyring unavailable: %s", type(error).__name__)
        from keyring.errors import KeyringLocked

        if isinstance(error, KeyringLocked):
            return CredentialsUnavailable(
                "The system keyring is locked, so SmartAlex cannot remember your sign-in. "
                "Unlock it (or sign in again next time); you stay signed in until you quit.",
                code="keyring_locked",
            )
        return CredentialsUnavailable(code="keyring_error")


def _emails_of(listed: str | None) -> list[str]:
    try:
        value = json.loads(listed) if listed else []
    except ValueError:
        return []
    return (
        [str(email) for email in value if isinstance(email, str)] if isinstance(value, list) else []
    )


def _default_keyring() -> KeyringBackend:
    """The platform's keyring, chosen on first use (importing keyring and finding its backends
    takes a worker's time, not the window's start-up: docs/performance.md, "Start-up: heavy
    imports wait")."""
    import keyring

    return keyring.get_keyring()


LOCK_FILE_NAME = "session.lock"


def default_lock_path() -> Path:
    """`<user data folder>/SmartAlex Desktop/session.lock`: the same for the app and for an
    export started by cron or a systemd timer (which have HOME, but often no runtime folder)."""
    from platformdirs import user_data_path

    return user_data_path(SERVICE_NAME, appauthor=False) / LOCK_FILE_NAME


class SessionLock:
    """One lock for refreshing remembered sessions, across threads and processes of the user.

    Reentrant within a thread (the client refreshes, then saves through `on_tokens`, under one
    hold). Across processes: `flock` (POSIX) or `msvcrt.locking` (Windows) on the lock file;
    the operating system lets go if a holder dies."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_lock_path()
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._fd: int | None = None

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        with self._thread_lock:
            if self._depth == 0:
                self._fd = self._lock_file()
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0 and self._fd is not None:
                    self._unlock_file(self._fd)
                    self._fd = None

    def _lock_file(self) -> int:
        private_dir(self.path.parent)  # the app's own data folder
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if os.name == "nt":  # pragma: no cover (the Windows build)
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # retries for 10 s, then raises
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX)
        except BaseException:
            os.close(fd)
            raise
        return fd

    @staticmethod
    def _unlock_file(fd: int) -> None:
        try:
            if os.name == "nt":  # pragma: no cover
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)


_PROCESS_LOCK: SessionLock | None = None
_PROCESS_LOCK_GUARD = threading.Lock()


def process_session_lock() -> SessionLock:
    """The one `SessionLock` of this process (every session of the app shares it)."""
    global _PROCESS_LOCK
    with _PROCESS_LOCK_GUARD:
        if _PROCESS_LOCK is None:
            _PROCESS_LOCK = SessionLock()
        return _PROCESS_LOCK


class KeyringSession:
    """A remembered session as a `SmartAlexClient` shares it with the user's other processes:
    the refresh token the keyring holds now, and the lock to hold while refreshing it.

    `remembered` says whether the keyring entry is this session's at all (a session signed in
    without "Remember me" must not pick up another one's token); `email` is read on each use
    (it follows an email change)."""

    def __init__(
        self,
        store: CredentialStore,
        api_url: str,
        email: Callable[[], str],
        *,
        remembered: Callable[[], bool] = lambda: True,
        lock: SessionLock | None = None,
    ) -> None:
        self._store = store
        self._api_url = api_url
        self._email = email
        self._remembered = remembered
        self._lock = lock or process_session_lock()

    def held(self) -> contextlib.AbstractContextManager[None]:
        return self._lock.held() if self._remembered() else contextlib.nullcontext()

    def latest_refresh_token(self) -> str | None:
        """The keyring's token for this session, None when there is none or it can't be read
        (the client then goes on with the one it holds)."""
        if not self._remembered():
            return None
        try:
            return self._store.load(self._api_url, self._email())
        except SmartAlexError:
            return None
