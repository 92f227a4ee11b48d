"""The layout's promises, checked: the sandbox is a server that shares nothing with the app."""

from __future__ import annotations

import ast
from pathlib import Path

import smartalex_desktop

PACKAGE = Path(smartalex_desktop.__file__).parent


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_the_sandbox_imports_no_qt_and_nothing_of_the_app():
    offenders = {}
    for path in (PACKAGE / "sandbox").rglob("*.py"):
        bad = {
            name
            for name in _imports(path)
            if name.startswith("PySide6")
            or (
                name.startswith("smartalex_desktop")
                and name != "smartalex_desktop"  # the version number
                and not name.startswith("smartalex_desktop.sandbox")
            )
        }
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = sorted(bad)
    assert offenders == {}


def test_the_app_core_imports_no_qt():
    """api/, billing/, store/, documents/ and credentials.py run in worker threads and in
    scripts (the headless export): no Qt in them."""
    paths = [
        *(PACKAGE / "api").rglob("*.py"),
        *(PACKAGE / "billing").rglob("*.py"),
        *(PACKAGE / "store").rglob("*.py"),
        *(PACKAGE / "documents").rglob("*.py"),
        PACKAGE / "credentials.py",
        PACKAGE / "private_files.py",
    ]
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(n for n in _imports(path) if n.startswith("PySide6"))
        for path in paths
    }
    assert {path: names for path, names in offenders.items() if names} == {}
