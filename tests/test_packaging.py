"""The packaging's inputs, checked on every run (the PyInstaller build itself takes minutes and
runs in `scripts/build-app`, not here): every data file the spec collects exists, the desktop
entry and the AppStream metainfo pass their validators, the metainfo's release is the app's
version, and the icon theme's PNGs have their folders' sizes."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from smartalex_desktop import __version__, autostart

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
from app_files import APP_ID, data_files, linux_files  # noqa: E402


def validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing (scripts/bootstrap.sh installs it as root)")
    return path


def test_every_file_the_spec_collects_exists():
    for source, target in data_files(ROOT):
        assert source.exists(), f"{source} (→ {target}) is gone: update packaging/app_files.py"
        if source.is_dir():
            assert any(source.iterdir()), f"{source} is empty"
    for path in linux_files(ROOT):
        assert path.exists(), path
    spec = (ROOT / "packaging" / "smartalex-desktop.spec").read_text()
    assert "data_files(ROOT)" in spec and '"launcher.py"' in spec


def test_the_desktop_entries_validate(tmp_path):
    result = subprocess.run(
        [
            validator("desktop-file-validate"),
            str(ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr
    # The start-at-login entry the app writes, too.
    entry = tmp_path / "smartalex-desktop.desktop"
    entry.write_text(autostart.entry(["/opt/SmartAlex Desktop/smartalex-desktop", "--flag"]))
    result = subprocess.run(
        [validator("desktop-file-validate"), str(entry)], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


def test_the_metainfo_validates_and_names_this_version():
    metainfo = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(
        [validator("appstreamcli"), "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout
    assert not re.search(r"^[EWI]:", result.stdout, re.M), result.stdout  # no notes at all
    [newest] = re.findall(r'<release version="([^"]+)"', metainfo.read_text())[:1]
    assert newest == __version__


def test_the_icon_theme_has_every_size():
    hicolor = ROOT / "packaging" / "linux" / "icons" / "hicolor"
    sizes = []
    for png in sorted(hicolor.glob(f"*/apps/{APP_ID}.png")):
        side = int(png.parts[-3].split("x")[0])
        image = QImage(str(png))
        assert (image.width(), image.height()) == (side, side), png
        sizes.append(side)
    assert sorted(sizes) == [16, 22, 24, 32, 48, 64, 128, 256, 512]
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == (
        ROOT / "resources" / "icons" / "smartalex.svg"
    ).read_bytes()
