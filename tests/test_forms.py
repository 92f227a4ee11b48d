"""The committed forms and resources are what `scripts/build-forms` makes of ui/ and resources/
(the generated files are committed so that `pip install .` needs no Qt tools)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_compiled_forms_and_resources_match_their_sources():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_forms.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_form_is_used_by_one_module():
    """One module per tab and dialog: each compiled form is imported somewhere in gui/."""
    gui = ROOT / "smartalex_desktop" / "gui"
    sources = "\n".join(path.read_text() for path in gui.rglob("*.py"))
    unused = [
        form.stem
        for form in (ROOT / "ui").glob("*.ui")
        if f"forms.ui_{form.stem} import" not in sources
    ]
    assert unused == []
