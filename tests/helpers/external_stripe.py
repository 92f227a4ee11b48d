"""A localstripe of its own process, and sandboxes that use it, for crash and concurrency tests.

In reality Stripe is another system: when the sandbox dies, Stripe's record of what it charged
survives. The sandbox's usual localstripe runs in a thread of the sandbox and dies with it, so
these tests run `LocalStripeServer` in a separate child process instead:

    python -m tests.helpers.external_stripe STATE_PATH

prints `localstripe listening on http://127.0.0.1:PORT`, serves until SIGTERM (or until its
parent goes away: its stdin closes), then stops the server, which saves its state.

`running_external_sandbox` starts a `SandboxProcess` with extra environment variables: the Stripe
keys and `STRIPE_API_BASE` of an `ExternalStripe`, and `SMARTALEX_SANDBOX_CRASH_AT` for the
crash points.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from tests.helpers.sandbox import SandboxProcess, read_until_ready

# localstripe refuses every key but the ones it was started with: made per test run here and
# handed to the child in its environment (never on its command line, which other users can read).
SECRET_KEY = f"sk_test_{secrets.token_urlsafe(24)}"
PUBLISHABLE_KEY = f"pk_test_{secrets.token_urlsafe(24)}"
_KEY_VARIABLES = ("EXTERNAL_STRIPE_SECRET_KEY", "EXTERNAL_STRIPE_PUBLISHABLE_KEY")
CRASH_VARIABLE = "SMARTALEX_SANDBOX_CRASH_AT"
_READY_LINE = "localstripe listening on "
_REPOSITORY = Path(__file__).resolve().parents[2]
_STOP_TIMEOUT_S = 20.0


@dataclass
class ExternalStripe:
    """localstripe in a child process of its own; its state file survives it."""

    state_path: Path
    url: str = ""
    process: subprocess.Popen[str] | None = None
    output: list[str] = field(default_factory=list)

    def start(self) -> ExternalStripe:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.external_stripe", str(self.state_path)],
            cwd=_REPOSITORY,
            stdin=subprocess.PIPE,  # closed when we go away: the child then stops itself
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={
                **{key: value for key, value in os.environ.items() if not key.startswith("STRIPE")},
                _KEY_VARIABLES[0]: SECRET_KEY,
                _KEY_VARIABLES[1]: PUBLISHABLE_KEY,
            },
        )
        self.url = read_until_ready(self.process, self.output, _READY_LINE)
        if not self.url:
            self.stop()
            raise RuntimeError("localstripe did not start:\n" + "".join(self.output))
        return self

    def stop(self) -> int | None:
        """SIGTERM (it saves its state and exits 0); the exit status."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=_STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdin is not None:
            with suppress(OSError):
                self.process.stdin.close()
        return self.process.returncode

    @property
    def env(self) -> dict[str, str]:
        """What a sandbox needs in its environment to use this Stripe."""
        return {
            "STRIPE_SECRET_KEY": SECRET_KEY,
            "STRIPE_PUBLISHABLE_KEY": PUBLISHABLE_KEY,
            "STRIPE_API_BASE": self.url,
        }

    def client(self) -> httpx.Client:
        """Stripe's API with the secret key (what the Stripe dashboard would show)."""
        return httpx.Client(
            base_url=self.url, headers={"Authorization": f"Bearer {SECRET_KEY}"}, timeout=30.0
        )

    def list_all(self, path: str, **params: Any) -> list[dict[str, Any]]:
        """Every object of a Stripe list (`/v1/payment_intents`, …), following `starting_after`."""
        items: list[dict[str, Any]] = []
        with self.client() as stripe:
            for _page in range(1000):  # a bound far above anything a test creates
                query = {"limit": 100, **params}
                if items:
                    query["starting_after"] = items[-1]["id"]
                response = stripe.get(path, params=query)
                assert response.status_code == 200, f"GET {path}: {response.text}"
                page = response.json()
                items.extend(page["data"])
                if not page["has_more"] or not page["data"]:
                    return items
        raise AssertionError(f"GET {path}: more than 1000 pages")

    def payment_intents_of_account(self, account_id: str) -> list[dict[str, Any]]:
        """Every PaymentIntent the sandbox made for one SmartAlex account (its metadata)."""
        return [
            intent
            for intent in self.list_all("/v1/payment_intents")
            if (intent.get("metadata") or {}).get("smartalex_account") == account_id
        ]

    def payment_intents_of_top_up(self, top_up_id: str) -> list[dict[str, Any]]:
        """Every PaymentIntent made for one top-up (metadata `smartalex_top_up`)."""
        return [
            intent
            for intent in self.list_all("/v1/payment_intents")
            if (intent.get("metadata") or {}).get("smartalex_top_up") == top_up_id
        ]

    def charge_of(self, intent: dict[str, Any]) -> dict[str, Any] | None:
        """The PaymentIntent's latest charge (None if it was never confirmed)."""
        charge = intent.get("latest_charge")
        if isinstance(charge, str):
            return self.retrieve(f"/v1/charges/{charge}")
        return charge

    def retrieve(self, path: str) -> dict[str, Any]:
        with self.client() as stripe:
            response = stripe.get(path)
        assert response.status_code == 200, f"GET {path}: {response.text}"
        return dict(response.json())


@contextmanager
def running_external_stripe(state_path: Path) -> Iterator[ExternalStripe]:
    stripe = ExternalStripe(state_path=state_path).start()
    try:
        yield stripe
    finally:
        stripe.stop()


@contextmanager
def running_external_sandbox(
    data_dir: Path, stripe: ExternalStripe, *, crash_at: str | None = None
) -> Iterator[SandboxProcess]:
    """A sandbox on `data_dir` using `stripe`; `crash_at` names a crash point to die at."""
    extra = dict(stripe.env)
    if crash_at is not None:
        extra[CRASH_VARIABLE] = crash_at
    sandbox = SandboxProcess(data_dir=data_dir, env=extra).start()
    try:
        yield sandbox
    finally:
        with suppress(Exception):
            sandbox.stop()


# --- the child process ---------------------------------------------------------------------------


def _serve(state_path: Path) -> int:
    from smartalex_desktop.sandbox.stripe_server import LocalStripeServer

    # Blocked here and in every thread started after (they inherit the mask): the main thread
    # takes SIGTERM/SIGINT with sigwait, then stops the server, which saves its state.
    stop_signals = {signal.SIGTERM, signal.SIGINT}
    signal.pthread_sigmask(signal.SIG_BLOCK, stop_signals)

    def stop_when_parent_goes() -> None:
        sys.stdin.read()  # returns at EOF: the parent closed the pipe or died
        os.kill(os.getpid(), signal.SIGTERM)

    secret_key, publishable_key = (os.environ[name] for name in _KEY_VARIABLES)
    with LocalStripeServer(
        state_path, secret_key=secret_key, publishable_key=publishable_key
    ) as server:
        print(f"{_READY_LINE}{server.base_url}", flush=True)
        threading.Thread(target=stop_when_parent_goes, daemon=True).start()
        signal.sigwait(stop_signals)
    return 0


if __name__ == "__main__":
    sys.exit(_serve(Path(sys.argv[1])))
