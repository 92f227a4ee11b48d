"""A private, unlocked Secret Service for tests: gnome-keyring-daemon on a session bus of its own.

    with private_secret_service(tmp_path) as service, service.activated():
        keyring.backends.SecretService.Keyring().set_password(...)

What it starts, all with an environment set deliberately (never the caller's desktop session):
- a temp HOME (its XDG_DATA_HOME holds the keyring files) and a short XDG_RUNTIME_DIR, mode 0700;
- `dbus-daemon --nofork` with a bus configuration of its own: one Unix socket in that runtime
  directory and *no* service activation, so nothing else can be started behind the test's back
  (no second keyring daemon, no password prompter that could wait for a click);
- `gnome-keyring-daemon --foreground --unlock --components=secrets`, fed the password on stdin:
  it creates the "login" keyring (the default collection) and unlocks it.

`activated()` points this process at it (DBUS_SESSION_BUS_ADDRESS, HOME and the XDG variables,
restored afterwards); keyring's SecretService backend reads the bus address on every call. On exit
both daemons are stopped (SIGTERM, then SIGKILL) and any process still carrying this instance's
runtime directory in its environment — only ones it started can — is killed by its id.

The binaries come from the Debian packages `dbus-daemon` and `gnome-keyring` (scripts/run-tests
installs them as root); without them `require_binaries()` skips the test and says so.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

import pytest
import secretstorage
from jeepney.io.blocking import open_dbus_connection
from secretstorage.defines import SS_PATH
from secretstorage.util import DBusAddressWrapper, format_secret, open_session

START_TIMEOUT_S = 15.0
STOP_TIMEOUT_S = 5.0
DEFAULT_PASSWORD = "test keyring password"
LOGIN_COLLECTION = "/org/freedesktop/secrets/collection/login"
_GNOME_KEYRING_INTERFACE = "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"
BINARIES = {"dbus-daemon": "dbus-daemon", "gnome-keyring-daemon": "gnome-keyring"}

# Only the variables below reach the daemons: no DISPLAY (a prompt could never be answered), no
# GNOME_KEYRING_CONTROL or SSH_AUTH_SOCK of a real session, no bus address but ours.
_PASSED_THROUGH = ("PATH", "LANG", "LC_ALL", "TZ")

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def missing_binaries() -> list[str]:
    return [name for name in BINARIES if shutil.which(name) is None]


def require_binaries() -> None:
    """Skip the calling test, naming the Debian packages to install, if a daemon is absent."""
    missing = missing_binaries()
    if missing:
        packages = sorted({BINARIES[name] for name in missing})
        pytest.skip(
            f"no real Secret Service here: {', '.join(missing)} not found "
            f"(apt-get install {' '.join(packages)}; scripts/run-tests does it as root)"
        )


@dataclass
class SecretService:
    """A running private Secret Service; `env` is what a client process needs to reach it."""

    home: Path
    runtime_dir: Path
    data_home: Path
    password: str
    bus_address: str = ""
    env: dict[str, str] = field(default_factory=dict)
    bus: subprocess.Popen[bytes] | None = None
    keyring_daemon: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None

    @property
    def keyring_dir(self) -> Path:
        """Where gnome-keyring keeps its (encrypted) keyring files."""
        return self.data_home / "keyrings"

    @property
    def pids(self) -> list[int]:
        return [p.pid for p in (self.bus, self.keyring_daemon) if p is not None]

    def log(self) -> str:
        if self.log_path is None or not self.log_path.exists():
            return ""
        return self.log_path.read_text(errors="replace")

    @contextlib.contextmanager
    def activated(self) -> Iterator[SecretService]:
        """This process's environment pointed at the private bus and HOME; restored after."""
        names = [*self.env, "GNOME_KEYRING_CONTROL"]
        saved = {name: os.environ.get(name) for name in names}
        os.environ.pop("GNOME_KEYRING_CONTROL", None)
        os.environ.update({k: v for k, v in self.env.items() if k not in _PASSED_THROUGH})
        try:
            yield self
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value

    def stop_keyring_daemon(self) -> None:
        """The Secret Service goes away; the bus stays (a crashed keyring daemon)."""
        _stop(self.keyring_daemon)

    def stop_bus(self) -> None:
        """The session bus goes away too (a session torn down under the app)."""
        _stop(self.bus)

    def unlock_with_password(self) -> None:
        """Unlock the login keyring with its password, as a desktop login does (no prompt).

        gnome-keyring's own D-Bus method for that; the password goes through a Secret Service
        session (encrypted when the daemon negotiates it)."""
        with contextlib.closing(open_dbus_connection(self.bus_address)) as connection:
            secret = format_secret(open_session(connection), self.password.encode(), "text/plain")
            DBusAddressWrapper(SS_PATH, _GNOME_KEYRING_INTERFACE, connection).call(
                "UnlockWithMasterPassword", "o(oayays)", LOGIN_COLLECTION, secret
            )
            if secretstorage.Collection(connection, LOGIN_COLLECTION).is_locked():
                raise RuntimeError("gnome-keyring did not unlock the login keyring")

    def leftover_processes(self) -> list[int]:
        """Ids of live processes whose environment names this instance's runtime directory."""
        return _processes_with(f"XDG_RUNTIME_DIR={self.runtime_dir}")


@contextlib.contextmanager
def private_secret_service(root: Path, password: str = DEFAULT_PASSWORD) -> Iterator[SecretService]:
    """Start a private bus and an unlocked gnome-keyring under `root`; stop both on exit."""
    require_binaries()
    home = root / "home"
    home.mkdir(mode=0o700, parents=True)
    # Unix socket paths are limited to ~107 bytes: the runtime directory gets a short path of its
    # own (mkdtemp makes it 0700) rather than one under a long pytest temp path.
    runtime_dir = Path(tempfile.mkdtemp(prefix="sa-ss-"))
    service = SecretService(
        home=home,
        runtime_dir=runtime_dir,
        data_home=home / ".local" / "share",
        password=password,
        log_path=root / "secret-service.log",
    )
    for sub in (service.data_home, home / ".config", home / ".cache"):
        sub.mkdir(mode=0o700, parents=True)
    env = {name: os.environ[name] for name in _PASSED_THROUGH if name in os.environ}
    env.setdefault("PATH", "/usr/local/bin:/usr/bin:/bin")
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime_dir),
        XDG_DATA_HOME=str(service.data_home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
    )
    try:
        with open(service.log_path, "ab") as log:
            service.bus_address = _start_bus(service, env, log)
            env["DBUS_SESSION_BUS_ADDRESS"] = service.bus_address
            service.env = env
            service.keyring_daemon = subprocess.Popen(
                ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                stdin=subprocess.PIPE,
                stdout=log,
                stderr=log,
                env=env,
                cwd=home,
                start_new_session=True,
            )
        assert service.keyring_daemon.stdin is not None
        service.keyring_daemon.stdin.write(password.encode())
        service.keyring_daemon.stdin.close()  # end of the password
        _wait_until_unlocked(service)
        yield service
    finally:
        _stop(service.keyring_daemon)
        _stop(service.bus)
        for pid in service.leftover_processes():  # none expected: the bus activates nothing
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        shutil.rmtree(runtime_dir, ignore_errors=True)


def _start_bus(service: SecretService, env: dict[str, str], log: IO[bytes]) -> str:
    config = service.runtime_dir / "bus.conf"
    config.write_text(_BUS_CONFIG.format(socket=escape(str(service.runtime_dir / "bus"))))
    service.bus = subprocess.Popen(
        ["dbus-daemon", "--nofork", f"--config-file={config}", "--print-address=1"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=log,
        env=env,
        cwd=service.home,
        start_new_session=True,
    )
    assert service.bus.stdout is not None
    ready, _, _ = select.select([service.bus.stdout], [], [], START_TIMEOUT_S)
    address = service.bus.stdout.readline().decode().strip() if ready else ""
    if not address.startswith("unix:"):
        raise RuntimeError(f"dbus-daemon did not start: {address!r}\n{service.log()}")
    return address


def _wait_until_unlocked(service: SecretService) -> None:
    """Until the default collection answers over D-Bus, unlocked (or the daemon died)."""
    deadline = time.monotonic() + START_TIMEOUT_S
    problem = "not started"
    while time.monotonic() < deadline:
        if service.keyring_daemon is not None and service.keyring_daemon.poll() is not None:
            problem = f"gnome-keyring-daemon exited with {service.keyring_daemon.returncode}"
            break
        try:
            with contextlib.closing(open_dbus_connection(service.bus_address)) as connection:
                if secretstorage.check_service_availability(connection):
                    collection = secretstorage.get_default_collection(connection)
                    if not collection.is_locked():
                        return
                    problem = "the login keyring stayed locked"
        except (secretstorage.exceptions.SecretStorageException, OSError) as error:
            problem = f"{type(error).__name__}: {error}"
        time.sleep(0.05)
    raise RuntimeError(f"no unlocked Secret Service: {problem}\n{service.log()}")


def _stop(process: subprocess.Popen[bytes] | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=STOP_TIMEOUT_S)
    finally:
        for stream in (process.stdin, process.stdout, process.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


def _processes_with(marker: str) -> list[int]:
    wanted = marker.encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            environ = (entry / "environ").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue  # gone, or not ours to read
        if state != "Z" and wanted in environ.split(b"\0"):
            found.append(int(entry.name))
    return found
