"""The request machinery under `SmartAlexClient`: the HTTP connection, the session's tokens and
their refresh, retries, and errors turned into sentences. Every endpoint goes through
`ClientCore._request` (see client.py for the safety rules it keeps).
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any, Self, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from smartalex_desktop.api import errors, models

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=20.0, write=20.0, pool=5.0)
MAX_RETRY_AFTER_S = 30.0

T = TypeVar("T", bound=BaseModel)


def new_idempotency_key() -> str:
    """A key for one user action: create it when the user acts, reuse it on every retry."""
    return str(uuid.uuid4())


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


class ClientCore:
    """The connection and the session behind one `SmartAlexClient`. Thread-safe."""

    def __init__(
        self,
        base_url: str,
        *,
        tokens: models.TokenPair | None = None,
        refresh_token: str | None = None,
        on_tokens: Callable[[models.TokenPair | None], None] | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 3,
        backoff_s: float = 0.25,
        transport: httpx.BaseTransport | None = None,
        thread_guard: Callable[[], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = check_base_url(base_url)
        self._tokens = tokens
        # A remembered session: only the refresh token was kept; the first call refreshes.
        self._pending_refresh_token = refresh_token if tokens is None else None
        self._on_tokens = on_tokens
        self._timeout = timeout
        self._max_retries = max_retries
        self._backoff_s = backoff_s
        self._thread_guard = thread_guard
        self._sleep = sleep
        self._refresh_lock = threading.Lock()
        self._http = httpx.Client(
            base_url=self.base_url,
            timeout=timeout,
            verify=True,
            transport=transport,
            headers={"User-Agent": "SmartAlexDesktop"},
            trust_env=False,
        )
        self._stripe_transport = transport

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def signed_in(self) -> bool:
        return self._tokens is not None or self._pending_refresh_token is not None

    @property
    def sandbox(self) -> bool:
        """True against a sandbox on this machine (demo mode)."""
        return is_loopback_url(self.base_url)

    # --- auth -------------------------------------------------------------------------------

    def sign_in(self, email: str, password: str) -> models.TokenPair:
        pair = self._parse(
            models.TokenPair,
            self._request(
                "POST",
                "/v1/auth/token",
                json={"email": email, "password": password},
                authenticated=False,
                retry_unsafe=False,
            ),
        )
        self._set_tokens(pair)
        return pair

    def sign_out(self) -> None:
        """Revoke the session on the server (best effort) and forget it here."""
        try:
            if self._tokens is not None or self._pending_refresh_token is not None:
                self._request("POST", "/v1/auth/logout", retry_unsafe=True)
        except errors.SmartAlexError as error:
            log.info("sign-out could not reach the server: %s", type(error).__name__)
        finally:
            self._set_tokens(None)
            self._pending_refresh_token = None

    def _set_tokens(self, pair: models.TokenPair | None) -> None:
        self._tokens = pair
        if pair is not None:
            self._pending_refresh_token = None
        if self._on_tokens is not None:
            self._on_tokens(pair)

    def _refresh(self, failed_access_token: str | None) -> None:
        """Exchange the refresh token for a new pair, once for all threads that hit a 401."""
        with self._refresh_lock:
            current = self._tokens.access_token if self._tokens else None
            if current is not None and current != failed_access_token:
                return  # another thread refreshed while this one waited
            refresh_token = (
                self._tokens.refresh_token if self._tokens else self._pending_refresh_token
            )
            if refresh_token is None:
                raise errors.NotSignedIn()
            response = self._send_with_retries(
                "POST",
                "/v1/auth/refresh",
                json={"refresh_token": refresh_token},
                headers={},
                safe=False,
            )
            if response.status_code in (400, 401, 422):
                self._set_tokens(None)
                self._pending_refresh_token = None
                raise errors.SessionExpired(code="session_expired", status=401)
            self._raise_for_status(response)
            self._set_tokens(self._parse(models.TokenPair, response))

    # --- the request machinery ---------------------------------------------------------------

    def _request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        idempotency_key: str | None = None,
        authenticated: bool = True,
        retry_unsafe: bool = False,
    ) -> httpx.Response:
        """Send one API call: authenticated, retried where safe, refreshed once on a 401."""
        if self._thread_guard is not None:
            self._thread_guard()
        safe = method == "GET" or idempotency_key is not None or retry_unsafe
        for attempt in range(2):
            headers: dict[str, str] = {}
            access_token = None
            if authenticated:
                if self._tokens is None:
                    self._refresh(None)  # a remembered session: refresh token only
                assert self._tokens is not None
                access_token = self._tokens.access_token
                headers["Authorization"] = f"Bearer {access_token}"
            if idempotency_key is not None:
                headers["Idempotency-Key"] = idempotency_key
            response = self._send_with_retries(
                method, path, json=json, params=params, headers=headers, safe=safe
            )
            if response.status_code == 401 and authenticated and attempt == 0:
                self._refresh(access_token)
                continue
            self._raise_for_status(response)
            return response
        raise errors.SessionExpired()

    def _send_with_retries(
        self,
        method: str,
        path: str,
        *,
        headers: dict[str, str],
        safe: bool,
        json: Any = None,
        params: dict[str, Any] | None = None,
    ) -> httpx.Response:
        attempt = 0
        while True:
            started = time.monotonic()
            try:
                response = self._http.request(
                    method, path, json=json, params=_clean(params), headers=headers
                )
            except (httpx.ConnectError, httpx.ConnectTimeout) as error:
                # The request never left: retrying cannot do anything twice.
                if attempt < self._max_retries:
                    attempt += 1
                    self._backoff(attempt, None)
                    continue
                raise errors.Offline() from _without_request(error)
            except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as error:
                if safe and attempt < self._max_retries:
                    attempt += 1
                    self._backoff(attempt, None)
                    continue
                if not safe:
                    # The request left: the server may have done it. Say so, not "try again".
                    raise errors.OutcomeUnknown() from _without_request(error)
                if isinstance(error, httpx.TimeoutException):
                    raise errors.TimedOut() from _without_request(error)
                raise errors.Offline() from _without_request(error)
            log.debug(
                "%s %s → %s in %.0f ms",
                method,
                path,
                response.status_code,
                (time.monotonic() - started) * 1000,
            )
            retryable = response.status_code == 429 or (
                safe
                and (
                    response.status_code in (500, 502, 503, 504)
                    # the first attempt under this key is still running: its answer will come
                    or _error_code(response) == "idempotency_key_in_use"
                )
            )
            if retryable and attempt < self._max_retries:
                attempt += 1
                self._backoff(attempt, response.headers.get("Retry-After"))
                continue
            return response

    def _backoff(self, attempt: int, retry_after: str | None) -> None:
        delay = self._backoff_s * (2 ** (attempt - 1))
        delay += random.uniform(
            0, delay
        )  # jitter: clients that failed together don't retry together
        if retry_after is not None:
            with contextlib.suppress(ValueError):  # an HTTP date: the backoff stands
                delay = max(delay, min(float(retry_after), MAX_RETRY_AFTER_S))
        self._sleep(delay)

    @staticmethod
    def _raise_for_status(response: httpx.Response) -> None:
        if response.status_code < 400:
            return
        try:
            body = response.json()
        except ValueError:
            body = None
        raise errors.from_response(response.status_code, body)

    @staticmethod
    def _parse(model: type[T], response: httpx.Response) -> T:
        try:
            return model.model_validate_json(response.content)
        except ValidationError as error:
            log.warning(
                "unexpected %s from %s: %s", model.__name__, response.url.path, error.error_count()
            )
            raise errors.ServerError(
                "SmartAlex answered something this version of the app does not understand. "
                "Check for an update."
            ) from None

    def _get(self, model: type[T], path: str, params: dict[str, Any] | None = None) -> T:
        return self._parse(model, self._request("GET", path, params=params))

    def _post(
        self, model: type[T], path: str, body: Any = None, *, idempotency_key: str | None = None
    ) -> T:
        return self._parse(
            model, self._request("POST", path, json=body, idempotency_key=idempotency_key)
        )

    def _page(
        self, model: type[T], path: str, limit: int, starting_after: str | None
    ) -> tuple[list[T], bool]:
        response = self._request(
            "GET", path, params={"limit": limit, "starting_after": starting_after}
        )
        page = response.json()
        return [model.model_validate(item) for item in page.get("data", [])], bool(
            page.get("has_more")
        )

    def _pages(
        self, model: type[T], path: str, params: dict[str, Any] | None = None, page_size: int = 100
    ) -> Iterator[T]:
        """Every item of a list, newest first, fetched a page at a time as it is consumed."""
        cursor: str | None = None
        while True:
            response = self._request(
                "GET",
                path,
                params={**(params or {}), "limit": page_size, "starting_after": cursor},
            )
            page = response.json()
            items = [model.model_validate(item) for item in page.get("data", [])]
            yield from items
            if not page.get("has_more") or not items:
                return
            cursor = str(items[-1].id)


def _error_code(response: httpx.Response) -> str | None:
    if response.status_code != 409:
        return None
    try:
        code = response.json().get("error", {}).get("code")
    except (ValueError, AttributeError):
        return None
    return code if isinstance(code, str) else None


def _clean(params: dict[str, Any] | None) -> dict[str, Any] | None:
    if params is None:
        return None
    return {key: value for key, value in params.items() if value is not None}


def _without_request(error: httpx.HTTPError) -> Exception:
    """The transport error as a cause that carries no request (hence no body) with it."""
    return type(error)(str(error)) if isinstance(error, httpx.TransportError) else error
