"""The sign-in throttle: failed sign-ins counted per account and per client, refused with 429.

Limits a person never reaches and a password guesser always does: 10 failed sign-ins in 15
minutes for one account (the email as typed, whether or not such an account exists, so the
throttle tells nobody which emails are accounts), 50 in 15 minutes from one client address (a
guesser spreading over many emails). Past a limit every sign-in of that account, or from that
client, answers 429 with `Retry-After` (the seconds until the oldest failure leaves the window)
until the window has room again — the right password too, or the 429 would tell a guesser when
it hit. Only failures count: signing in a hundred times in a row is fine.

Attempts still running count against the limit too, so a guesser cannot get past it by sending
its guesses all at once. The counts live in memory: a restart forgets them, which a guesser
cannot use (restarting the sandbox needs the user's own account).
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from smartalex_desktop.sandbox.errors import ApiError, AuthenticationFailed

WINDOW_S = 15 * 60
MAX_FAILURES_PER_ACCOUNT = 10
MAX_FAILURES_PER_CLIENT = 50


class TooManySignIns(ApiError):
    status = 429
    type = "rate_limit_error"

    def __init__(self, message: str, retry_after_s: int) -> None:
        super().__init__(
            message,
            code="too_many_sign_in_attempts",
            headers={"Retry-After": str(retry_after_s)},
        )


def _wait_sentence(seconds: int) -> str:
    minutes = max(1, math.ceil(seconds / 60))
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


class SignInThrottle:
    """Thread-safe (sign-ins run in the server's thread pool)."""

    def __init__(
        self,
        *,
        window_s: float = WINDOW_S,
        per_account: int = MAX_FAILURES_PER_ACCOUNT,
        per_client: int = MAX_FAILURES_PER_CLIENT,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._window_s = window_s
        self._limits = {"account": per_account, "client": per_client}
        self._clock = clock
        self._lock = threading.Lock()
        self._failures: dict[tuple[str, str], deque[float]] = {}
        self._running: dict[tuple[str, str], int] = {}

    @contextmanager
    def attempt(self, email: str, client: str) -> Iterator[None]:
        """Around one sign-in: raises `TooManySignIns` before it when a limit is reached, and
        counts it as a failure when it raises `AuthenticationFailed`."""
        keys = [("account", email.strip().casefold()), ("client", client)]
        with self._lock:
            now = self._clock()
            for key in keys:
                self._refuse_if_full(key, now)
            for key in keys:
                self._running[key] = self._running.get(key, 0) + 1
        failed = False
        try:
            yield
        except AuthenticationFailed:
            failed = True
            raise
        finally:
            with self._lock:
                now = self._clock()
                for key in keys:
                    self._running[key] -= 1
                    if not self._running[key]:
                        del self._running[key]
                    if failed:
                        self._failures.setdefault(key, deque()).append(now)

    def _refuse_if_full(self, key: tuple[str, str], now: float) -> None:
        failures = self._failures.get(key)
        if failures is not None:
            while failures and failures[0] <= now - self._window_s:
                failures.popleft()
            if not failures:
                del self._failures[key]
                failures = None
        count = (len(failures) if failures else 0) + self._running.get(key, 0)
        if count < self._limits[key[0]]:
            return
        retry_after_s = math.ceil(failures[0] + self._window_s - now) if failures else 1
        retry_after_s = max(1, retry_after_s)
        wait = _wait_sentence(retry_after_s)
        if key[0] == "account":
            message = (
                f"Too many sign-ins with this email failed; wait {wait} and try again, "
                "checking the email and the password."
            )
        else:
            message = f"Too many sign-ins from this computer failed; wait {wait} and try again."
        raise TooManySignIns(message, retry_after_s)
