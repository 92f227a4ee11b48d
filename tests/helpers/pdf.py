"""Reading PDFs back with independent tools (poppler's pdftotext/pdfinfo/pdffonts, qpdf), so the
tests check what a reader sees, not what reportlab was asked to draw."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any


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


_RENDER_ALONE = (
    "import sys, json\n"
    "from smartalex_desktop.api import models\n"
    "from smartalex_desktop.documents import render_invoice\n"
    "data = json.load(sys.stdin)\n"
    "sys.stdout.buffer.write(render_invoice(models.Invoice(**data['invoice']),"
    " models.Account(**data['account'])))\n"
)


def render_in_a_fresh_process(
    invoice: Any, account: Any, env: dict[str, str] | None = None
) -> bytes:
    """The invoice's PDF from an interpreter that has made no document before (every cache
    cold), with `env` as its whole environment when given."""
    payload = json.dumps(
        {"invoice": invoice.model_dump(mode="json"), "account": account.model_dump(mode="json")}
    )
    return subprocess.run(
        [sys.executable, "-c", _RENDER_ALONE],
        input=payload.encode(),
        capture_output=True,
        check=True,
        timeout=60,
        env=env,
    ).stdout
