"""The tray on a real X display (Xvfb), in processes of their own (the test process stays
offscreen):

- with `trayer` as the tray host, `isSystemTrayAvailable()` is true and the SmartAlex icon is on
  the screen, where Qt says the icon is;
- with a StatusNotifierWatcher on a private session bus (sni_watcher.py), Qt takes the D-Bus
  route and a notice becomes a real `org.freedesktop.Notifications.Notify` call, with its title
  and text, seen by `dbus-monitor` and answered by `dunst`.

Every process gets its DISPLAY and DBUS_SESSION_BUS_ADDRESS set on purpose: a Qt app with a
display and no session bus could otherwise start a stray dbus-daemon.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "trayer", "dunst", "dbus-daemon", "dbus-monitor")
# A 120×32 panel at the bottom right of the 800×600 screen.
TRAYER = ["trayer", "--edge", "bottom", "--align", "right", "--widthtype", "pixel", "--width"]
TRAYER += ["120", "--height", "32", "--SetDockType", "true"]
NOTIFY_CALLS = "interface='org.freedesktop.Notifications',member='Notify'"


@pytest.fixture(scope="module", autouse=True)
def tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        message = f"missing {', '.join(missing)} (scripts/bootstrap.sh installs them as root)"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI installs them: their absence is a broken set-up
        pytest.skip(message)


def start(stack: ExitStack, args: list[str], env: dict[str, str], **popen) -> subprocess.Popen:
    process = subprocess.Popen(args, env=env, **popen)

    def stop() -> None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    stack.callback(stop)
    return process


@contextmanager
def xvfb(screen: str = "800x600x24") -> Iterator[str]:
    """A fresh X server on a free display number; yields ":N"."""
    read, write = os.pipe()
    process = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=[write],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()  # written once the server accepts clients
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def base_env(display: str, bus: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=bus, QT_QPA_PLATFORM="xcb")
    env["PYTHONPATH"] = str(ROOT)
    return env


def probe(env: dict[str, str], *args: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "tests.integration.tray_probe", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_icon_is_in_a_real_tray(tmp_path):
    screenshot = tmp_path / "screen.png"
    with xvfb() as display, ExitStack() as stack:
        env = base_env(display, "disabled:")  # no bus: the XEmbed tray protocol
        start(
            stack,
            TRAYER,
            env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shown = probe(env, "screenshot", str(screenshot))
    assert shown["platform"] == "xcb"
    assert shown["available"] is True and shown["visible"] is True
    x, y, width, height = shown["geometry"]
    assert width > 0 and height > 0, shown
    assert y > 600 - 32 - height  # in trayer's panel at the bottom of the screen
    # The icon's teal-to-blue tile is painted there, not elsewhere on the (black) screen.
    image = QImage(str(screenshot))

    def icon_pixels(left: int, top: int) -> int:
        count = 0
        for px in range(left, left + width):
            for py in range(top, top + height):
                colour = image.pixelColor(px, py)
                count += colour.blue() > colour.red() + 60 and colour.green() > 80
        return count

    assert icon_pixels(x, y) > width * height // 3
    assert icon_pixels(0, 0) == 0


def test_a_notice_is_a_desktop_notification_over_d_bus(tmp_path):
    with xvfb() as display, ExitStack() as stack:
        daemon = start(
            stack,
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            dict(os.environ),
            stdout=subprocess.PIPE,
            text=True,
        )
        bus = daemon.stdout.readline().strip()
        assert bus.startswith("unix:"), bus
        env = base_env(display, bus)
        watcher = start(
            stack,
            [sys.executable, "-m", "tests.integration.sni_watcher"],
            env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert watcher.stdout.readline().strip() == "ready"
        start(stack, ["dunst"], env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        log = tmp_path / "monitor.log"
        with open(log, "w") as out:
            start(
                stack,
                ["dbus-monitor", "--session", NOTIFY_CALLS],
                env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
            deadline = time.monotonic() + 10
            while "NameAcquired" not in log.read_text() and time.monotonic() < deadline:
                time.sleep(0.1)  # the monitor is listening once it has its name
            sent = probe(env, "notify")
            deadline = time.monotonic() + 10
            while sent["text"] not in log.read_text() and time.monotonic() < deadline:
                time.sleep(0.1)
        watcher.terminate()
        registered = watcher.stdout.read()
    assert sent["available"] is True and sent["sent"] == [sent["title"]]
    assert sent["title"] == "Wallet low: $16.80"
    calls = log.read_text().split("method call")[1:]
    [notify] = [call for call in calls if "member=Notify" in call]
    assert f'string "{sent["title"]}"' in notify
    assert f'string "{sent["text"]}"' in notify
    assert "registered" in registered  # the icon registered with the watcher (the SNI route)
