"""The layout's promises, checked (docs/architecture.md draws them):

- the sandbox is a server that shares nothing with the app but the API's shape;
- the core (api/, billing/, store/, documents/, credentials.py, identity.py) imports no Qt and
  nothing of the GUI;
- no import cycle anywhere in smartalex_desktop/;
- gui/ is layered: runtime/ at the bottom, widgets/ on it, the features (plan/, cards/,
  invoices/, wallet/, usage/, overview/, window/) on those, and no feature reaches into another —
  except the window's assembly, which imports each feature's tab (its one public entry point).
  The All Accounts view (overview/) opens other accounts' tabs only through signals the
  assembly connects to the window's public API, so it needs no exception to these rules.

How imports are read. Module-level imports are what runs when a module is imported; imports
inside functions are kept lazy on purpose (start-up paints the window before Qt's heavier
modules, the sandbox and reportlab load: see app.py and gui/window/assembly.py). Both kinds are
real dependencies, so both count for the feature boundaries and for cycles: a lazy import only
moves *when* a dependency loads, never whether it exists. Imports under `if TYPE_CHECKING:`
never run, but they say which module knows which, so they count too, with one exception: a
controller (invoice_listing.py for invoices_tab.py, say: it takes the tab, as Vorta's
`ArchiveRename(tab)` does) names its owner's class for its type hints, while the owner, in the
same feature folder, imports the controller. The cycle check is made twice: with module-level
imports only (what would break an import), then with every import but those.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import smartalex_desktop

PACKAGE = Path(smartalex_desktop.__file__).parent
ROOT_NAME = "smartalex_desktop"
GUI = f"{ROOT_NAME}.gui"
FEATURES = ("plan", "cards", "invoices", "wallet", "usage", "overview", "window")
# Each feature's public entry point: the tab the window's assembly puts in the window.
ENTRY_POINTS = {
    f"{GUI}.plan.plan_tab",
    f"{GUI}.cards.payment_methods_tab",
    f"{GUI}.invoices.invoices_tab",
    f"{GUI}.wallet.wallet_tab",
    f"{GUI}.usage.usage_tab",
    f"{GUI}.overview.overview_tab",
}
ASSEMBLY = f"{GUI}.window.assembly"
CORE = tuple(
    f"{ROOT_NAME}.{name}"
    for name in (
        "api",
        "billing",
        "store",
        "documents",
        "credentials",
        "identity",
        "private_files",
        "autostart",
    )
)
# What demo mode embeds: the sandbox (a server of its own) and its demo sign-in.
DEMO_SANDBOX = (f"{ROOT_NAME}.sandbox.embedded", f"{ROOT_NAME}.sandbox.demo_accounts")


@dataclass(frozen=True)
class Import:
    target: str  # the module imported (a submodule when `from package import submodule`)
    lazy: bool  # inside a function
    type_only: bool  # under `if TYPE_CHECKING:`


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in PACKAGE.rglob("*.py")}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _resolve(module: str, name: str | None, level: int, importer: str) -> str:
    if level:  # relative: from its package
        package = importer.split(".")
        if _modules()[importer].name != "__init__.py":
            package = package[:-1]
        base = ".".join(package[: len(package) - level + 1])
        module = f"{base}.{module}" if module else base
    if name and f"{module}.{name}" in _modules():
        return f"{module}.{name}"
    return module


@cache
def imports_of(module: str) -> tuple[Import, ...]:
    found: list[Import] = []

    def visit(node: ast.AST, lazy: bool, type_only: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                found.extend(Import(alias.name, lazy, type_only) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                for alias in child.names:
                    target = _resolve(child.module or "", alias.name, child.level, module)
                    found.append(Import(target, lazy, type_only))
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                visit(child, True, type_only)
            elif isinstance(child, ast.If) and _is_type_checking(child):
                visit(child, lazy, True)
            else:
                visit(child, lazy, type_only)

    visit(ast.parse(_modules()[module].read_text(encoding="utf-8")), False, False)
    return tuple(found)


def _ours(name: str) -> bool:
    return name == ROOT_NAME or name.startswith(f"{ROOT_NAME}.")


def _within(name: str, *prefixes: str) -> bool:
    return any(name == prefix or name.startswith(f"{prefix}.") for prefix in prefixes)


def _bad_imports(modules: list[str], allowed) -> dict[str, list[str]]:
    offenders = {}
    for module in modules:
        bad = sorted({i.target for i in imports_of(module) if not allowed(module, i.target)})
        if bad:
            offenders[module] = bad
    return offenders


def test_the_sandbox_imports_no_qt_and_nothing_of_the_app():
    def allowed(_module: str, target: str) -> bool:
        if target.startswith("PySide6"):
            return False
        # the bare package: its version number
        return not _ours(target) or target == ROOT_NAME or _within(target, f"{ROOT_NAME}.sandbox")

    sandbox = [name for name in _modules() if _within(name, f"{ROOT_NAME}.sandbox")]
    assert _bad_imports(sandbox, allowed) == {}


def test_the_app_core_imports_no_qt_and_nothing_of_the_gui():
    """api/, billing/, store/, documents/, credentials.py, identity.py and private_files.py run
    in worker threads and in scripts (the headless export): no Qt in them, nor what needs it."""

    def allowed(_module: str, target: str) -> bool:
        return not target.startswith("PySide6") and not _within(target, GUI, f"{ROOT_NAME}.app")

    core = [name for name in _modules() if _within(name, *CORE)]
    assert len(core) > 20
    assert _bad_imports(core, allowed) == {}


def _is_owner(module: str, target: str) -> bool:
    """`target` is the widget `module` is a controller of: in the same feature folder, and it
    imports `module` for real (a tab and its controllers, a dialog and its pages)."""
    return (
        _layer(module) in FEATURES
        and _layer(target) == _layer(module)
        and any(i.target == module and not i.type_only for i in imports_of(target))
    )


def _cycles(module_level_only: bool) -> list[list[str]]:
    """Every strongly connected component of more than one module (Tarjan's algorithm)."""
    graph = {
        module: sorted(
            {
                i.target
                for i in imports_of(module)
                if i.target in _modules()
                and i.target != module
                and not (module_level_only and (i.lazy or i.type_only))
                and not (i.type_only and _is_owner(module, i.target))
            }
        )
        for module in _modules()
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in graph:
        if node not in index:
            connect(node)
    return components


def test_no_import_cycle_at_module_level():
    assert _cycles(module_level_only=True) == []


def test_no_import_cycle_even_through_lazy_or_type_only_imports():
    """A function-level import delays loading and a TYPE_CHECKING one never runs; neither may
    hide a cycle (app.py <-> export_command.py <-> self_test.py and the sandbox's
    auto_top_up.py <-> top_ups.py were cycles through lazy imports, gui/accounts.py <->
    saved_copy_reader.py one through TYPE_CHECKING)."""
    assert _cycles(module_level_only=False) == []


def _layer(module: str) -> str | None:
    """The part of gui/ a module belongs to: a feature's name, widgets, runtime or forms."""
    if not _within(module, GUI) or module == GUI:
        return None
    return module.split(".")[2]


def test_gui_runtime_is_the_bottom_layer():
    """runtime/ (tasks, accounts and sessions, settings, the table model) uses only the core."""

    def allowed(_module: str, target: str) -> bool:
        return not _ours(target) or _within(target, f"{GUI}.runtime", *CORE)

    runtime = [name for name in _modules() if _layer(name) == "runtime"]
    assert _bad_imports(runtime, allowed) == {}


def test_gui_widgets_use_only_runtime_forms_and_the_core():
    def allowed(_module: str, target: str) -> bool:
        return not _ours(target) or _within(
            target, f"{GUI}.widgets", f"{GUI}.runtime", f"{GUI}.forms", *CORE
        )

    widgets = [name for name in _modules() if _layer(name) == "widgets"]
    assert _bad_imports(widgets, allowed) == {}


def test_features_import_only_the_shared_parts_never_each_other():
    """A feature (plan, cards, invoices, wallet, usage, window) imports its own modules, the
    shared widgets/ and runtime/, the compiled forms and the Qt-free core. window/ may also
    start the embedded demo sandbox, and window/assembly.py alone imports each other feature's
    tab module: the one entry point a feature offers."""

    def allowed(module: str, target: str) -> bool:
        if not _ours(target) or target == ROOT_NAME:
            return True
        own = f"{GUI}.{_layer(module)}"
        if _within(target, own, f"{GUI}.widgets", f"{GUI}.runtime", f"{GUI}.forms", *CORE):
            return True
        if _layer(module) == "window" and _within(target, *DEMO_SANDBOX):
            return True
        return module == ASSEMBLY and target in ENTRY_POINTS

    features = [name for name in _modules() if _layer(name) in FEATURES]
    assert {_layer(name) for name in features} == set(FEATURES)
    assert _bad_imports(features, allowed) == {}


def test_each_feature_offers_its_entry_point_and_the_assembly_uses_all_of_them():
    assert set(_modules()) >= ENTRY_POINTS
    assert {i.target for i in imports_of(ASSEMBLY)} >= ENTRY_POINTS


def test_the_rules_see_real_violations():
    """The checks above would fail on what they forbid (a guard against a test that sees
    nothing: a wrong path, an import form it doesn't read)."""
    assert f"{GUI}.widgets.account_tab" in {i.target for i in imports_of(f"{GUI}.plan.plan_tab")}
    assert any(i.lazy for i in imports_of(ASSEMBLY))
    assert any(i.type_only for i in imports_of(f"{ROOT_NAME}.app"))
    assert _within(f"{GUI}.cards.card_row", f"{GUI}.cards")
