"""Reading PDFs back with independent tools (poppler's pdftotext/pdfinfo/pdffonts, qpdf), so the
tests check what a reader sees, not what reportlab was asked to draw."""

from __future__ import annotations

import subprocess
from pathlib import Path


def save(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _run(*args: str | Path) -> str:
    result = subprocess.run(
        [str(arg) for arg in args], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, f"{args[0]} failed: {result.stderr or result.stdout}"
    return result.stdout


def text(path: Path, page: int | None = None) -> str:
    """`pdftotext -layout`, of one page when `page` is given."""
    pages = ["-f", str(page), "-l", str(page)] if page is not None else []
    return _run("pdftotext", "-layout", *pages, path, "-")


def info(path: Path) -> dict[str, str]:
    fields = {}
    for line in _run("pdfinfo", path).splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields


def page_count(path: Path) -> int:
    return int(info(path)["Pages"])


def fonts(path: Path) -> str:
    return _run("pdffonts", path)


def qpdf_check(path: Path) -> None:
    """qpdf exits 0 and reports no errors (2 = errors, 3 = warnings: both fail)."""
    result = subprocess.run(
        ["qpdf", "--check", str(path)], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, f"qpdf --check {path.name}: {result.stdout}{result.stderr}"
    assert "No syntax or stream encoding errors found" in result.stdout, result.stdout
