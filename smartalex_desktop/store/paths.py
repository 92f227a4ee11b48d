"""Where an account's cache file lives: one SQLite file per (API URL, account), safely named.

The file name is a hash, never the email or the URL themselves: those may hold characters a file
system refuses (`/`, `:`), and a file listing should not reveal which clinics used this computer.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from smartalex_desktop import identity

SUFFIX = ".sqlite3"


def default_root() -> Path:
    """The platform's per-user data folder for the app, `cache/` inside it."""
    return identity.default_cache_root()


def normalized_api_url(api_url: str) -> str:
    """The URL as one key: scheme and host lower-case, no trailing slash, no query."""
    parts = urlsplit(api_url.strip())
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, "", ""))


def normalized_account_key(account_key: str) -> str:
    """An email is case-insensitive to the API (sign-in ignores case); an account id is not."""
    key = account_key.strip()
    return key.casefold() if "@" in key else key


def cache_file(root: Path, api_url: str, account_key: str) -> Path:
    """The cache file of one account of one API under `root`."""
    if not account_key.strip():
        raise ValueError("an account key (account id or email) is required")
    material = f"{normalized_api_url(api_url)}\n{normalized_account_key(account_key)}"
    digest = hashlib.sha256(material.encode("utf-8")).hexdigest()[:32]
    return root / f"account-{digest}{SUFFIX}"
