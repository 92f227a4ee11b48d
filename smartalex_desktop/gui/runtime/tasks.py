"""The one runner for every background call (network, keyring, disk): results come back as
signals on the GUI thread.

    runner.run(client.wallet, on_success=self.show_wallet, on_failure=self.show_error)

The operation runs on a `QThreadPool` worker and touches no widget. Its result (or its
`SmartAlexError`, which carries the sentence to show) is delivered on the GUI thread through a
queued signal. An unexpected exception is logged with its traceback and reaches the callbacks as
a plain sentence: the user never sees a traceback. `cancel()` drops a task's result (the
operation itself runs to its end: an HTTP call can't be interrupted half-way safely).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal, SignalInstance, Slot

from smartalex_desktop.api.errors import SmartAlexError

log = logging.getLogger(__name__)

T = TypeVar("T")

# How long a worker running Python may keep the GIL while the GUI thread waits for it (CPython's
# default is 5 ms). See share_the_gil_with_the_gui_thread().
GIL_SWITCH_INTERVAL_S = 0.001

# How much lower than the GUI thread a worker runs (a nice value added, Linux only). See
# yield_the_cores_to_the_gui_thread().
WORKER_NICE = 10

UNEXPECTED = (
    "Something unexpected went wrong; nothing was lost. Try again, and if it keeps happening, "
    "restart SmartAlex Desktop."
)


class _Relay(QObject):
    """Created on the GUI thread, so its slots run there: the worker emits, the GUI thread
    delivers (a queued connection, because the receiver lives on another thread)."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, deliver: Callable[[bool, object], None]) -> None:
        super().__init__()
        self._deliver: Callable[[bool, object], None] | None = deliver
        # Who still needs the relay: the worker until its emit has returned, and the delivery.
        # Deleted when both have let go. Deleted by the GUI thread as it delivered, it could go
        # while the worker was still inside `emit` (the likely cause of a segmentation fault in
        # `Task._send` that a fresh clone's soak hit once); deleted by the worker alone, a
        # flush of deferred deletions could drop the delivery it had queued.
        self._holders = 2
        self._holders_lock = threading.Lock()
        self.succeeded.connect(self._on_succeeded)
        self.failed.connect(self._on_failed)

    def finish(self) -> None:
        """Delivered (on the GUI thread): forget the callback (it refers back to the task)."""
        self._deliver = None
        self.let_go()

    def let_go(self) -> None:
        """One holder is done with the relay; the last one deletes it (on the GUI thread)."""
        with self._holders_lock:
            self._holders -= 1
            last = self._holders == 0
        if last:
            with contextlib.suppress(RuntimeError):  # gone with the application
                self.deleteLater()

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        if self._deliver is not None:
            self._deliver(True, result)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        if self._deliver is not None:
            self._deliver(False, error)


class Task[T]:
    """One operation for the pool. A plain object handed to the pool as a callable: a QRunnable
    subclass that Python owns is kept by PySide6's QThreadPool wrapper for ever (seen here: 1,000
    started, 1,000 alive after they ran), and with it whatever its callbacks hold."""

    def __init__(
        self,
        operation: Callable[[], T],
        description: str,
        deliver: Callable[[Task[T], bool, object], None],
    ) -> None:
        self.operation: Callable[[], T] | None = operation
        self.description = description
        self.cancelled = False
        self.relay = _Relay(lambda ok, value: deliver(self, ok, value))

    def cancel(self) -> None:
        """Drop the result: neither callback will run."""
        self.cancelled = True

    def release(self) -> None:
        """Once delivered (on the GUI thread): let go of the operation and of the relay's
        callback. That callback refers back to this task, a cycle through Qt wrappers that
        Python's collector does not break, so without this every task, and the dialog or tab
        its callbacks were bound to, stayed for the life of the app (the soak found it)."""
        self.operation = None
        self.relay.finish()

    def run(self) -> None:  # on a worker thread
        assert self.operation is not None, "a task runs once"
        yield_the_cores_to_the_gui_thread()
        try:
            result = self.operation()
        except SmartAlexError as error:
            self._send(self.relay.failed, error)
        except Exception:
            log.exception("background task failed: %s", self.description)
            self._send(self.relay.failed, SmartAlexError(UNEXPECTED, code="unexpected"))
        else:
            self._send(self.relay.succeeded, result)
        finally:
            self.relay.let_go()  # after emit has returned

    def _send(self, signal: SignalInstance, value: object) -> None:
        """Hand the outcome to the GUI thread. The relay can be gone by now (the application
        quit while this ran; its objects went with it): then nobody is left to tell, and an
        exception out of here would only reach Qt's thread pool, which prints a warning."""
        try:
            signal.emit(value)
        except RuntimeError:
            log.debug("nobody to tell: %s finished after its relay was gone", self.description)


def share_the_gil_with_the_gui_thread() -> None:
    """Set the process's GIL switch interval to 1 ms; called once, at start-up (app.main, and
    build_window for the tests, benchmarks and self-test that build the window without main).

    The GUI thread takes the GIL for every Python call Qt makes, a table's data() for each cell
    it paints among them, and each time a busy worker (a PDF being made, a page of JSON being
    read) had it first. With CPython's 5 ms each, one repaint during an export waited several
    times longer than with 1 ms, for a little more switching on the workers (the figures:
    docs/performance.md, "GIL switch interval"). It is a setting of the whole process, so it is
    made where the process starts, not by every runner that is built.
    """
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)


_worker = threading.local()


def yield_the_cores_to_the_gui_thread() -> None:
    """On a worker, once per thread: run it `WORKER_NICE` lower than the GUI thread (Linux).

    With an agency's fifty accounts refreshing four at a time on two cores, the workers (and
    the local server) kept the GUI thread waiting for a core: a stall of 100–270 ms in which it
    ran for 0–10 ms (its /proc schedstat: the rest runnable, not running). A lower priority lets
    the scheduler hand the GUI thread a core as soon as it has an event; the workers, mostly
    waiting on the network, lose little (docs/performance.md, "Workers below the GUI thread").
    Qt's QThread priorities do nothing under Linux's default policy but IdlePriority, which would
    starve the workers on a busy machine; Linux's setpriority takes a thread id. Elsewhere the
    call would name the process, so it is made on Linux only.
    """
    if getattr(_worker, "yielded", False):
        return
    _worker.yielded = True
    if sys.platform != "linux":
        return
    # Relative to the GUI thread (the main one: its id is the process's), not to this thread's
    # own: a pool thread started from another worker inherits that worker's lower priority.
    thread = threading.get_native_id()
    try:
        wanted = min(os.getpriority(os.PRIO_PROCESS, os.getpid()) + WORKER_NICE, 19)
        if os.getpriority(os.PRIO_PROCESS, thread) < wanted:
            os.setpriority(os.PRIO_PROCESS, thread, wanted)
    except OSError as error:  # a sandbox that forbids it: the default priority, as before
        log.debug("worker priority unchanged: %s", error)


class TaskRunner(QObject):
    """Runs operations off the GUI thread; says when it is busy (for busy indicators)."""

    busy_changed = Signal(bool)
    failed = Signal(object)  # a SmartAlexError no caller handled: the window shows it
    # Every outcome, handled or not, for what watches the connection (the status bar) and the
    # session (an ended session asks to sign in again whichever view's call met it).
    task_succeeded = Signal()
    task_failed = Signal(object)

    # Workers mostly wait for the network: more of them than cores, so that the background
    # refresh of many accounts (four at a time, gui/runtime/account_refresh.py) leaves workers
    # free for what the window itself loads. Qt's default is one per core: two here.
    MIN_WORKERS = 6

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(max(pool.maxThreadCount(), self.MIN_WORKERS))
        self._pool = pool
        self._running: set[Task[Any]] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    @property
    def max_workers(self) -> int:
        """How many tasks run at once (what bounds, say, the store connections they hold)."""
        return self._pool.maxThreadCount()

    def run(
        self,
        operation: Callable[[], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[SmartAlexError], None] | None = None,
        description: str = "",
    ) -> Task[T]:
        def deliver(task: Task[T], ok: bool, value: object) -> None:  # on the GUI thread
            task.release()
            if not shiboken6.isValid(self):
                return  # the window that ran it is gone (closed mid-task): nobody to tell
            self._running.discard(task)
            if not self._running:
                self.busy_changed.emit(False)
            if ok:
                self.task_succeeded.emit()
            else:
                self.task_failed.emit(value)
            if task.cancelled:
                return
            if ok:
                if on_success is not None:
                    on_success(value)  # type: ignore[arg-type]
            elif on_failure is not None:
                on_failure(value)  # type: ignore[arg-type]
            else:
                self.failed.emit(value)

        task: Task[T] = Task(
            operation, description or getattr(operation, "__name__", "task"), deliver
        )
        self._running.add(task)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self._pool.start(task.run)
        return task

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (for shutting down; never call it from a slot)."""
        return self._pool.waitForDone(msecs)
