"""Run localstripe, a fake Stripe API, inside this process for the SmartAlex sandbox.

The sandbox (demo mode) needs a Stripe that works offline and costs nothing. localstripe
(GPL-3.0-or-later, pinned to 1.15.10) answers enough of the Stripe v1 API for the official
`stripe` SDK to talk to it. But it is built to run on its own as `python -m localstripe`, and the
frozen (PyInstaller) app has no separate Python to run it with. So this module serves
localstripe's aiohttp routes from an event loop in a background thread of the current process.

What localstripe does that we cannot accept, and what this module does instead:

- It listens on `::`, which means every network interface: anyone on the LAN could create
  customers or read the demo data. We bind 127.0.0.1 only, on a free port picked by the OS.
- It keeps its state in the fixed file /tmp/localstripe.pickle: shared by every user and every
  run of the machine, not in the sandbox's data folder, and another user could plant a pickle
  there that we would load (loading a pickle runs code). We keep it at the `state_path` we are
  given.
- It pickles the *whole* store again on every change of the store, and once more after every
  POST/DELETE: the cost of a request grows with all the data ever created (quadratic over a
  session), and a crash in the middle of a write leaves a truncated file. We mark the store
  dirty instead and save in batches (every couple of seconds, and on `stop()`), atomically.
- It reports every card PaymentMethod's brand as `visa`, whatever its number, and refuses any
  card number that is not 16 digits or CVC that is not 3: a Mastercard would show as Visa in the
  demo, and an American Express card (15 digits, 4-digit CVC) could not be saved at all. We
  derive the brand from the number as Stripe does, and accept a 15-digit Amex with a 4-digit CVC.

- It takes any `sk_...` string as a valid secret key, so any program of the machine (or a web
  page, by DNS rebinding) could list every customer, and its `/_config/` routes (DELETE
  /_config/data wipes everything) need no key at all. Each LocalStripeServer makes its own keys
  (`secret_key`, `publishable_key`: random, per start) and refuses every request without them:
  the secret key as the bearer (or basic) credential, or — only on the few routes where Stripe.js
  authenticates so (a SetupIntent's confirm, tokens) — the publishable key as the `key` field.
  Only the Stripe.js file itself is served to anyone.

What localstripe does not enforce, so the SmartAlex API in front of it must do it itself:
idempotency keys (a retried POST creates a second object), refund limits (a payment can be
refunded more than its amount) and which card brands are accepted (we only report the brand).

Since localstripe's store is a module-level singleton, only one LocalStripeServer can run in a
process at a time.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import logging
import os
import pathlib
import pickle
import socket
import threading
import time
from types import TracebackType
from typing import Self

from aiohttp import web
from localstripe import resources as ls_resources

from smartalex_desktop.sandbox.files import write_atomically
from smartalex_desktop.sandbox.localstripe_app import build_app, new_keys
from smartalex_desktop.sandbox.localstripe_patches import patch_localstripe, store_journal

__all__ = ["DEFAULT_FLUSH_INTERVAL", "LocalStripeServer"]

log = logging.getLogger(__name__)

DEFAULT_FLUSH_INTERVAL = 2.0
"""Seconds between two saves of a dirty store: what a crash of the app can lose at most."""

_START_TIMEOUT = 10.0
_STOP_TIMEOUT = 15.0
_SHUTDOWN_GRACE = 2.0
"""Seconds aiohttp waits for requests in flight on stop: a local fake API answers in ms."""

_HOST = "127.0.0.1"


_running_lock = threading.Lock()
_running: LocalStripeServer | None = None


class LocalStripeServer:
    """localstripe served on 127.0.0.1 from a background thread, its state kept at `state_path`.

    Use it as a context manager, or call `start()` and `stop()`. Point the stripe SDK at
    `base_url`. All access to localstripe's store happens on the server's event loop thread:
    request handlers, the periodic flush and the final flush of `stop()`.
    """

    def __init__(
        self,
        state_path: pathlib.Path,
        *,
        flush_interval: float = DEFAULT_FLUSH_INTERVAL,
        secret_key: str | None = None,
        publishable_key: str | None = None,
    ) -> None:
        """Remember where the state lives; nothing starts until `start()`.

        `flush_interval` is how long a change may stay only in memory. Tests raise it to prove
        that requests do not write the file; the app should keep the default. The keys it will
        accept are made here, at random, unless given (a test's localstripe in a process of its
        own is told them by its parent).
        """
        if flush_interval <= 0:
            raise ValueError("flush_interval must be positive")
        generated_secret, generated_publishable = new_keys()
        self.secret_key = secret_key or generated_secret
        self.publishable_key = publishable_key or generated_publishable
        if not (
            self.secret_key.startswith("sk_test_") and self.publishable_key.startswith("pk_test_")
        ):
            raise ValueError("localstripe keys must be test-mode keys (sk_test_…, pk_test_…)")
        self._state_path = pathlib.Path(state_path)
        self._flush_interval = flush_interval
        self._lifecycle_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._sock: socket.socket | None = None
        self._address: tuple[str, int] | None = None
        self._ready = threading.Event()
        self._stop_requested: asyncio.Event | None = None
        self._serve_task: asyncio.Task[None] | None = None
        self._startup_error: BaseException | None = None
        self._final_flush_error: BaseException | None = None
        self._flush_count = 0

    # -- public API ---------------------------------------------------------------------------

    @property
    def state_path(self) -> pathlib.Path:
        """The file the store is saved to."""
        return self._state_path

    @property
    def base_url(self) -> str:
        """Where the stripe SDK should send requests, e.g. "http://127.0.0.1:54321"."""
        host, port = self.address
        return f"http://{host}:{port}"

    @property
    def address(self) -> tuple[str, int]:
        """The (host, port) the listening socket is bound to, as the socket itself reports it."""
        if self._address is None:
            raise RuntimeError("LocalStripeServer is not running")
        return self._address

    @property
    def flush_count(self) -> int:
        """How many times the state file was written since this server was created.

        Exposed so tests (and diagnostics) can check that saving is batched.
        """
        return self._flush_count

    @property
    def running(self) -> bool:
        """Whether the server is accepting connections."""
        return self._address is not None

    def start(self) -> None:
        """Load the saved state and serve it; return once connections are accepted.

        Raises RuntimeError if another LocalStripeServer runs in this process (they would share
        localstripe's single store), if this one already runs, or if the server does not come up
        within ~10 s.
        """
        global _running
        with self._lifecycle_lock:
            with _running_lock:
                if _running is self:
                    raise RuntimeError("this LocalStripeServer is already running")
                if _running is not None:
                    raise RuntimeError(
                        "another LocalStripeServer is already running in this process "
                        f"(state at {_running.state_path}); localstripe's store is a "
                        "process-wide singleton, so only one can run at a time"
                    )
                _running = self
            try:
                self._start_locked()
            except BaseException:
                with _running_lock:
                    _running = None
                raise

    def stop(self) -> None:
        """Save the state, stop serving and join the thread. Does nothing if not running.

        Raises RuntimeError (after everything is stopped) if the final save failed, so that a
        lost write is not silent.
        """
        global _running
        with self._lifecycle_lock:
            if self._thread is None:
                return
            try:
                self._shutdown_thread()
            finally:
                self._address = None
                with _running_lock:
                    if _running is self:
                        _running = None
            error, self._final_flush_error = self._final_flush_error, None
            if error is not None:
                raise RuntimeError(
                    f"could not save the localstripe state to {self._state_path}"
                ) from error

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- starting and stopping (caller's thread) ---------------------------------------------

    def _start_locked(self) -> None:
        """Do the work of `start()`, with the locks held: patch, load, bind, run the thread."""
        patch_localstripe()
        self._load_state()

        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            if hasattr(socket, "SO_EXCLUSIVEADDRUSE"):
                # Windows: stop another process from binding the same port and stealing requests.
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
            sock.bind((_HOST, 0))
        except BaseException:
            sock.close()
            raise
        self._sock = sock

        self._ready.clear()
        self._startup_error = None
        self._final_flush_error = None
        # Made here, not in the thread, so that stop() can always reach them, even when the
        # thread has not got far. asyncio.Event binds to the loop only when first awaited.
        self._loop = asyncio.new_event_loop()
        self._stop_requested = asyncio.Event()
        # Creating the task before the loop runs is safe, and lets a start that hangs be
        # cancelled from here.
        self._serve_task = self._loop.create_task(self._serve())
        self._thread = threading.Thread(
            target=self._thread_main,
            args=(self._loop, self._serve_task),
            name="localstripe-server",
            daemon=True,
        )
        self._thread.start()

        if not self._wait_until_ready():
            self._shutdown_thread()
            raise RuntimeError(
                f"localstripe did not start accepting connections within {_START_TIMEOUT:.0f} s"
            )
        if self._startup_error is not None:
            error = self._startup_error
            self._shutdown_thread()
            raise RuntimeError(f"localstripe failed to start: {error}") from error
        host, port = sock.getsockname()[:2]
        self._address = (str(host), int(port))
        # Safety net: the thread is a daemon, so an app that forgets stop() would lose the last
        # couple of seconds of changes at exit. atexit runs while daemon threads still run.
        atexit.register(self.stop)
        log.info("localstripe listening on http://%s:%d, state at %s", host, port, self._state_path)

    def _wait_until_ready(self) -> bool:
        """Whether the server thread said it is ready (or failed) within `_START_TIMEOUT`.

        Polled with short sleeps rather than `self._ready.wait(timeout)`: a timed wait on a
        lock ends by the kernel's monotonic clock (CPython uses sem_clockwait on glibc), which a
        faked clock does not move — under libfaketime, with which the suite is run at awkward
        dates, a start that hung would wait for ever instead of failing after the timeout.
        `time.monotonic` and `time.sleep` agree under any clock."""
        deadline = time.monotonic() + _START_TIMEOUT
        while not self._ready.is_set():
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.005)
        return True

    def _shutdown_thread(self) -> None:
        """Ask the loop to shut down (it saves the state on the way out) and join its thread."""
        thread, loop = self._thread, self._loop
        stop_requested, serve_task = self._stop_requested, self._serve_task
        if thread is None:
            return
        if loop is not None and stop_requested is not None and serve_task is not None:
            # Serving: stop gracefully, which saves the state. Still starting: nothing was
            # served, so nothing to save; cancel, or a hung startup would outlive the join.
            wake = stop_requested.set if self._ready.is_set() else serve_task.cancel
            with contextlib.suppress(RuntimeError):  # the loop is already closed
                loop.call_soon_threadsafe(wake)
        thread.join(_STOP_TIMEOUT)
        if thread.is_alive():
            log.error("localstripe thread did not stop within %.0f s", _STOP_TIMEOUT)
        self._thread = None
        self._loop = None
        self._stop_requested = None
        self._serve_task = None
        atexit.unregister(self.stop)
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def _load_state(self) -> None:
        """Replace localstripe's store with the saved one; start empty if there is none.

        A file that does not unpickle into a dict is moved aside (not deleted: it may be worth
        looking at) so that the sandbox still starts.
        """
        store = ls_resources.store
        dict.clear(store)  # a previous server in this process may have left its data
        try:
            with self._state_path.open("rb") as file:
                loaded = pickle.load(file)
            if not isinstance(loaded, dict):
                raise TypeError(f"expected a dict, found {type(loaded).__name__}")
        except FileNotFoundError:
            loaded = {}
        except Exception as error:  # unpickling garbage can raise nearly anything
            corrupt_path = self._state_path.with_suffix(".corrupt")
            log.warning(
                "localstripe state %s is unreadable (%s: %s); moved it to %s and starting empty",
                self._state_path,
                type(error).__name__,
                error,
                corrupt_path,
            )
            os.replace(self._state_path, corrupt_path)
            loaded = {}
        dict.update(store, loaded)
        store_journal.dirty = False

    # -- the event loop thread ----------------------------------------------------------------

    def _thread_main(self, loop: asyncio.AbstractEventLoop, serve_task: asyncio.Task[None]) -> None:
        """Run the event loop for the lifetime of the server, then close it cleanly."""
        try:
            asyncio.set_event_loop(loop)
            loop.run_until_complete(serve_task)
        except BaseException as error:
            if not self._ready.is_set():
                self._startup_error = error
            else:
                log.exception("localstripe event loop crashed")
        finally:
            self._ready.set()  # never leave start() waiting the full timeout
            try:
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.run_until_complete(loop.shutdown_default_executor())
            finally:
                asyncio.set_event_loop(None)
                loop.close()

    async def _serve(self) -> None:
        """Serve until `stop()`, flushing periodically, then save once more and clean up."""
        assert self._sock is not None
        assert self._stop_requested is not None
        runner = web.AppRunner(
            build_app(self.secret_key, self.publishable_key), shutdown_timeout=_SHUTDOWN_GRACE
        )
        await runner.setup()
        flusher: asyncio.Task[None] | None = None
        try:
            await web.SockSite(runner, self._sock).start()
            flusher = asyncio.create_task(self._flush_periodically())
            self._ready.set()
            await self._stop_requested.wait()
        finally:
            if flusher is not None:
                # Not cancelled: it finishes a write in progress and returns when it sees
                # the stop request, so no old snapshot can land after the final one.
                await flusher
            await runner.cleanup()
            await self._cancel_other_tasks()
            if self._ready.is_set():
                try:
                    # Written even if not dirty: cheap once, and catches changes localstripe
                    # made in place outside a request (its delayed SEPA callbacks). Written on
                    # the loop thread, which serves nothing any more: an executor cannot be
                    # used when stop() runs from atexit, at interpreter shutdown.
                    write_atomically(self._state_path, self._snapshot())
                    self._flush_count += 1
                except Exception as error:
                    log.exception("could not save the localstripe state on stop")
                    self._final_flush_error = error

    async def _flush_periodically(self) -> None:
        """Save the store every `flush_interval` seconds if it changed, until stop is asked."""
        assert self._stop_requested is not None
        while not self._stop_requested.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop_requested.wait(), self._flush_interval)
            if self._stop_requested.is_set():
                return
            try:
                await self._flush()
            except Exception:
                # Keep serving: the store is still dirty, so the next tick retries.
                log.exception("could not save the localstripe state; will retry")

    async def _flush(self) -> None:
        """If the store is dirty, snapshot it on the loop thread and write it off the loop."""
        if not store_journal.dirty:
            return
        data = self._snapshot()
        try:
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(None, write_atomically, self._state_path, data)
        except BaseException:
            store_journal.dirty = True
            raise
        self._flush_count += 1

    @staticmethod
    def _snapshot() -> bytes:
        """Pickle the store and mark it clean. Only on the loop thread: then nothing changes it
        meanwhile, so the snapshot is consistent and no change slips between it and the mark.
        """
        data = pickle.dumps(ls_resources.store, protocol=pickle.HIGHEST_PROTOCOL)
        store_journal.dirty = False
        return data

    @staticmethod
    async def _cancel_other_tasks() -> None:
        """Cancel what localstripe left running (webhook deliveries) before the loop closes."""
        current = asyncio.current_task()
        tasks = [task for task in asyncio.all_tasks() if task is not current]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
