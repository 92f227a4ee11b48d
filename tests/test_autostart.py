"""Start at login on Linux: the XDG autostart entry is the setting, written whole and removed."""

from __future__ import annotations

import configparser

import pytest

from smartalex_desktop import autostart


@pytest.fixture
def config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config"


def test_the_entry_is_written_read_and_removed(config_home):
    assert autostart.entry_path() == config_home / "autostart" / "smartalex-desktop.desktop"
    assert not autostart.is_enabled()
    autostart.set_enabled(True)
    assert autostart.is_enabled()
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(autostart.entry_path())
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "SmartAlex Desktop"
    assert desktop["Exec"].split()[0] == autostart.command()[0]
    assert [p.name for p in autostart.entry_path().parent.iterdir()] == [
        "smartalex-desktop.desktop"
    ]  # no temporary file left beside it
    autostart.set_enabled(False)
    assert not autostart.is_enabled()
    autostart.set_enabled(False)  # already off: nothing to do, no error


def test_exec_arguments_are_quoted_as_the_desktop_entry_spec_says():
    line = autostart.entry(["/opt/my apps/bin/python", "-m", "smartalex_desktop", "50%"])
    assert 'Exec="/opt/my apps/bin/python" -m smartalex_desktop 50%%\n' in line
    assert 'Exec="/a\\\\"b' in autostart.entry(['/a"b'])
