"""The GUI suite's fixtures, for the security tests that drive the real window."""

from tests.gui.conftest import app_settings, no_keyring

__all__ = ["app_settings", "no_keyring"]
