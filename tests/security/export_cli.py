"""`smartalex-desktop export` in a child process, with the keyring this process points at."""

from __future__ import annotations

import os
import subprocess
import sys

SECRET_SERVICE_BACKEND = "keyring.backends.SecretService.Keyring"


def run_export(*args: str) -> subprocess.CompletedProcess[str]:
    """The export command with `args`, its keyring the Secret Service of this process's
    environment (a test's private one, once activated)."""
    return subprocess.run(
        [sys.executable, "-m", "smartalex_desktop.app", "export", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": SECRET_SERVICE_BACKEND},
        timeout=180,
        check=False,
    )
