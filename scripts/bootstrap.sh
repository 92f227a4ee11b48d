# shellcheck shell=bash
# Shared set-up of the README's two commands (sourced, not run): find Python >= 3.12, create or
# reuse the project's virtual environment, (re)install the project when pyproject.toml changed,
# and install the Debian packages a command needs when running as root and they are missing.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${SMARTALEX_VENV:-$ROOT/.venv}"

# What Qt's xcb platform (a real window, Xvfb) needs beyond a minimal Debian.
QT_RUNTIME_PACKAGES=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0 fonts-dejavu-core)
# What the tests drive: a virtual screen, a real Secret Service, PDF checkers.
# trayer (an XEmbed tray host) and dunst (a notification daemon) for the tray integration test;
# desktop-file-utils and appstream validate the packaging files; chromium (driven by Playwright,
# never `playwright install`: no browser download) runs the hosted card and payment pages. The
# AT-SPI test (tests/integration/test_atspi.py): the accessibility bus (at-spi2-core), Debian's
# pyatspi for the system Python (a screen reader's view of the window; not installable into the
# venv) and xdotool to press Tab on the virtual screen.
TEST_PACKAGES=(xvfb xauth gnome-keyring libsecret-tools dbus-x11 dbus-daemon dbus-bin poppler-utils
    qpdf trayer dunst desktop-file-utils appstream chromium at-spi2-core python3-pyatspi
    gir1.2-atspi-2.0 xdotool)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Python 3.12 or newer: PySide6 6.12 on Python 3.11 loses a reference to None (and True) on every
# void Qt call and every emit, and a long-running app aborts; from 3.12 on they are immortal
# (PEP 683) and the loss is harmless. docs/runtime.md has the measurements.
MIN_PYTHON_MINOR=12

python_is_new_enough() {
    "$1" -c "import sys; sys.exit(sys.version_info < (3, $MIN_PYTHON_MINOR))" 2>/dev/null
}

find_python() {
    # On PATH first, then the interpreters pyenv keeps (its shims answer only for the version
    # pyenv has selected, so its versions folder is looked in directly). 3.12 first: the release
    # the suite, the benchmarks and the packaged app are measured on.
    local candidate pyenv_root
    for candidate in python3.12 python3.13 python3; do
        if command -v "$candidate" >/dev/null 2>&1 && python_is_new_enough "$candidate"; then
            command -v "$candidate"
            return 0
        fi
    done
    pyenv_root="${PYENV_ROOT:-$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")}"
    for candidate in $(ls -d "$pyenv_root"/versions/3.1[2-9]* 2>/dev/null | sort -V); do
        if [ -x "$candidate/bin/python3" ] && python_is_new_enough "$candidate/bin/python3"; then
            echo "$candidate/bin/python3"
            return 0
        fi
    done
    echo "SmartAlex Desktop needs Python 3.12 or newer and none was found (looked on PATH and" \
        "in pyenv's versions). Install it (e.g. apt-get install python3.12, or pyenv install" \
        "3.12) and run this command again." >&2
    return 1
}

ensure_debian_packages() {
    local missing=() package
    command -v dpkg-query >/dev/null 2>&1 || return 0 # not Debian: nothing we can check
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "Installing Debian packages: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${missing[@]}" >/dev/null
    else
        say "Missing Debian packages (install them with sudo apt-get install): ${missing[*]}"
    fi
}

ensure_venv() {
    # $1: the project's optional extras to install ("" or "test").
    local extras="${1:-}" python stamp wanted target
    if [ -x "$VENV/bin/python" ] && ! python_is_new_enough "$VENV/bin/python"; then
        say "The virtual environment in $VENV has Python older than 3.$MIN_PYTHON_MINOR: making it again"
        rm -rf "$VENV"
    fi
    if [ ! -x "$VENV/bin/python" ]; then
        python="$(find_python)"
        say "Creating the virtual environment in $VENV"
        if ! "$python" -m venv "$VENV" 2>/dev/null; then
            ensure_debian_packages python3-venv
            "$python" -m venv "$VENV"
        fi
    fi
    stamp="$VENV/.smartalex-installed${extras:+-$extras}"
    wanted="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -c1-16)"
    if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
        target="$ROOT"
        [ -n "$extras" ] && target="$ROOT[$extras]"
        say "Installing SmartAlex Desktop${extras:+ with its $extras tools} into $VENV (first run: a few minutes)"
        # (Some machines' pip configuration names package mirrors that are absent; the lines it
        # prints about them are noise, so they are filtered out.)
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$target" \
            2> >(grep -v "^WARNING: Location .* is ignored" >&2)
        echo "$wanted" >"$stamp"
    fi
}
