"""Where the app may connect and what it may open: the API over https:// (or plain http:// to this
computer's own sandbox), and hosted pages only where SmartAlex's pages can be."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from smartalex_desktop.api import errors


def is_loopback_url(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(url: str) -> str:
    """The API base, refused unless https:// (or http:// to this machine's own sandbox)."""
    parts = urlsplit(url.strip())
    if parts.scheme == "https" and parts.hostname:
        return url.strip().rstrip("/")
    if parts.scheme == "http" and is_loopback_url(url):
        return url.strip().rstrip("/")
    raise errors.InsecureConnection()


def check_page_url(url: str, *, loopback_allowed: bool) -> str:
    """A hosted page's address (card setup, a payment's confirmation) is opened in the user's
    browser, so a hostile server must not be able to name anything else: https:// only, or
    http:// to this computer when the API itself is this computer's sandbox; no user name or
    password in it."""
    parts = urlsplit(url)
    safe = parts.hostname is not None and not parts.username and not parts.password
    if parts.scheme == "https" and safe:
        return url
    if parts.scheme == "http" and safe and loopback_allowed and is_loopback_url(url):
        return url
    raise errors.UnsafePageAddress()
