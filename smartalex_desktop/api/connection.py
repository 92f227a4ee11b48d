"""One session's HTTP with one SmartAlex API: tokens, refresh, retries, errors and parsing.

`SmartAlexClient` (client.py) adds the endpoints on top; everything that decides how a request
is sent, repeated or read back lives here, so the safety rules in client.py's docstring are
enforced in one place.
"""

from __future__ import annotations

import contextlib
import logging
import random
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from typing import Any, Protocol, Self, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from smartalex_desktop.api import errors, models
from smartalex_desktop.api.addresses import check_base_url, check_page_url, is_loopback_url

log = logging.getLogger("smartalex_desktop.api.client")

DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=20.0, write=20.0, pool=5.0)
MAX_RETRY_AFTER_S = 30.0

T = TypeVar("T", bound=BaseModel)


class SharedSession(Protocol):
    """A session other processes refresh too (the app and a scheduled export share the one the
    keyring remembers): hold `held()` while refreshing, and start from `latest_refresh_token()`
    — another process may have rotated the token since this client last saw it, and a refresh
    token used twice ends the session for everyone. `credentials.KeyringSession` is the app's."""

    def held(self) -> AbstractContextManager[None]: ...

    def latest_refresh_token(self) -> str | None: ...


class ApiConnection:
    """One signed-in (or not yet) session with one SmartAlex API. Thread-safe."""

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
        shared_session: SharedSession | None = None,
    ) -> None:
        self.base_url = check_base_url(base_url)
        self._shared_session = shared_session
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

    def _shared_hold(self) -> AbstractContextManager[None]:
        shared = self._shared_session
        return shared.held() if shared is not None else nullcontext()

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
        with self._shared_hold():  # saved while no other process refreshes
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
            with self._shared_hold():
                self._set_tokens(None)
                self._pending_refresh_token = None

    def _set_tokens(self, pair: models.TokenPair | None) -> None:
        self._tokens = pair
        if pair is not None:
            self._pending_refresh_token = None
        if self._on_tokens is not None:
            self._on_tokens(pair)

    def _refresh(self, failed_access_token: str | None) -> None:
        """Exchange the refresh token for a new pair, once for all threads that hit a 401, and
        — for a shared session — once for all processes: under its lock, from the token it
        holds now, the new one saved (`on_tokens`) before the lock is let go."""
        with self._refresh_lock:
            current = self._tokens.access_token if self._tokens else None
            if current is not None and current != failed_access_token:
                return  # another thread refreshed while this one waited
            with self._shared_hold():
                refresh_token = (
                    self._tokens.refresh_token if self._tokens else self._pending_refresh_token
                )
                if self._shared_session is not None:
                    # Rotated by another process (the app, an export) since we last saw it?
                    refresh_token = self._shared_session.latest_refresh_token() or refresh_token
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
                failure = None
            except httpx.HTTPError as error:
                failure = _Failure.of(error)
            except ssl.SSLError as error:  # httpx wraps these; one that slips through is alike
                failure = _Failure("insecure", error)
            if failure is not None:
                # Decided and raised out here, past the `except`: the error raised carries no
                # `__context__`, so nothing in its chain holds the request (its headers hold
                # the token; a sign-in's body, the password).
                if failure.retryable(safe) and attempt < self._max_retries:
                    attempt += 1
                    self._backoff(attempt, None)
                    continue
                raise failure.error(safe) from failure.cause
            log.debug(
                "%s %s → %s in %.0f ms",
                method,
                path,
                response.status_code,
                (time.monotonic() - started) * 1000,
            )
            retryable = (
                # A sign-in (not safe to repeat) whose advised wait is longer than we would sleep
                # is answered at once; anything else waits, the wait capped.
                response.status_code == 429
                and (safe or _retry_after_s(response) <= MAX_RETRY_AFTER_S)
            ) or (
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

    def _raise_for_status(self, response: httpx.Response) -> None:
        if response.status_code < 400:
            return
        try:
            body = response.json()
        except ValueError:
            body = None
        error = errors.from_response(response.status_code, body)
        if isinstance(error, errors.AuthenticationRequired):
            # A page the app will open in the browser: only where SmartAlex's pages can be.
            check_page_url(error.authentication_url, loopback_allowed=self.sandbox)
        raise error

    @staticmethod
    def _parse(model: type[T], response: httpx.Response) -> T:
        try:
            return model.model_validate_json(response.content)
        except ValidationError as error:  # a ValueError: not JSON at all, or not the model
            count = error.error_count()
        # Raised out here: a ValidationError holds the values it refused (a token pair's tokens).
        log.warning("unexpected %s from %s: %d errors", model.__name__, response.url.path, count)
        raise _not_understood()

    @staticmethod
    def _parse_page(model: type[T], response: httpx.Response) -> tuple[list[T], bool]:
        """A list page `{"data": [...], "has_more": bool}`: its items and whether more follow."""
        try:
            page = response.json()
            items = [model.model_validate(item) for item in page["data"]]
            return items, bool(page.get("has_more"))
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            problem = type(error).__name__
        log.warning("unexpected page of %s from %s: %s", model.__name__, response.url.path, problem)
        raise _not_understood()

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
        return self._parse_page(model, response)

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
            items, has_more = self._parse_page(model, response)
            yield from items
            if not has_more or not items:
                return
            cursor = str(items[-1].id)


def _retry_after_s(response: httpx.Response) -> float:
    """The seconds a 429 asks to wait (0 when it does not say). A sign-in asked to wait longer
    than the client would sleep (a throttled one: minutes) is not retried: the person reads the
    sentence instead of watching a frozen dialog."""
    try:
        return float(response.headers.get("Retry-After", "0"))
    except ValueError:  # an HTTP date: retried within the usual backoff
        return 0.0


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


def _not_understood() -> errors.ServerError:
    return errors.ServerError(
        "SmartAlex answered something this version of the app does not understand. "
        "Check for an update.",
        code="unexpected_response",
    )


class _Failure:
    """What went wrong on the way to SmartAlex or back, decided from httpx's exception while it is
    being handled, and raised as one of the client's own errors after: never with the request
    (whose headers hold the token, and a sign-in's body the password) in its chain."""

    def __init__(self, kind: str, error: BaseException) -> None:
        # not_sent | lost | timeout | unreadable | insecure
        self.kind = kind
        # The cause the raised error names: the same type and message, without the request.
        try:
            self.cause: BaseException | None = type(error)(str(error))
        except Exception:  # a type that takes other arguments: the sentence says enough
            self.cause = None

    @classmethod
    def of(cls, error: httpx.HTTPError) -> _Failure:
        if _from_certificate(error):
            return cls("insecure", error)
        if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout):
            return cls("not_sent", error)  # the request never left
        if isinstance(error, httpx.TimeoutException):
            return cls("timeout", error)
        if isinstance(error, httpx.DecodingError | httpx.TooManyRedirects):
            return cls("unreadable", error)
        return cls("lost", error)  # any other transport failure: the request may have arrived

    def retryable(self, safe: bool) -> bool:
        if self.kind == "not_sent":
            return True  # retrying cannot do anything twice
        return safe and self.kind in ("lost", "timeout")

    def error(self, safe: bool) -> errors.SmartAlexError:
        if self.kind == "insecure":
            return errors.InsecureConnection(
                "The connection to SmartAlex is not secure: its certificate was refused. Check "
                "the address, and the computer's date and time.",
                code="certificate_refused",
            )
        if self.kind == "unreadable":
            return errors.ServerError(
                "SmartAlex sent an answer that could not be read. Try again in a few minutes; "
                "if it keeps happening, check for an update.",
                code="unreadable_response",
            )
        if self.kind == "not_sent":
            return errors.Offline()
        if not safe:
            # The request left: the server may have done it. Say so, not "try again".
            return errors.OutcomeUnknown()
        return errors.TimedOut() if self.kind == "timeout" else errors.Offline()


def _from_certificate(error: BaseException) -> bool:
    """Whether a TLS certificate check is behind `error` (httpx wraps ssl's error)."""
    seen: BaseException | None = error
    for _ in range(5):  # a short chain: httpx → httpcore → ssl
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
