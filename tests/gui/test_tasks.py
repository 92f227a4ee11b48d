"""The task runner and the GUI-thread guard, with a real QApplication (pytest-qt)."""

from __future__ import annotations

import os
import sys
import threading

import pytest
from PySide6.QtCore import QThread

from smartalex_desktop.api import SmartAlexClient, errors
from smartalex_desktop.credentials import CredentialStore
from smartalex_desktop.gui.runtime.tasks import UNEXPECTED, WORKER_NICE, TaskRunner
from smartalex_desktop.gui.runtime.thread_guard import CalledOnGuiThread, refuse_gui_thread


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    runner.wait_for_done()


def test_results_come_back_on_the_gui_thread(qapp, qtbot, runner):
    gui_thread = QThread.currentThread()
    seen = {}

    def operation():
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return 42

    def on_success(value):
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is gui_thread

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: busy is False):
        runner.run(operation, on_success=on_success)
    assert seen == {"worker": True, "value": 42, "gui": True}
    assert not runner.busy


@pytest.mark.skipif(sys.platform != "linux", reason="a thread's own priority is Linux's")
def test_workers_run_below_the_gui_thread(qtbot, runner):
    """Fifty accounts refreshing on two cores kept the GUI thread waiting for a core: the
    workers yield it (the GUI thread itself keeps its priority)."""
    gui_nice = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen = []
    for _ in range(3):  # a reused pool thread stays where it was put, not lower each time
        with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
            runner.run(
                lambda: os.getpriority(os.PRIO_PROCESS, threading.get_native_id()),
                on_success=seen.append,
            )
    assert seen == [min(gui_nice + WORKER_NICE, 19)] * 3
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == gui_nice


def test_failures_arrive_as_sentences_never_tracebacks(qtbot, runner):
    failures = []

    def broken():
        raise ZeroDivisionError("division by zero")

    def refused():
        raise errors.RuleRefused("You are already on the Dental plan.", code="already_on_plan")

    runner.run(broken, on_failure=failures.append)
    runner.run(refused, on_failure=failures.append)
    qtbot.waitUntil(lambda: len(failures) == 2)
    messages = sorted(f.user_message for f in failures)
    assert messages == sorted([UNEXPECTED, "You are already on the Dental plan."])
    assert all("ZeroDivision" not in m and "Traceback" not in m for m in messages)

    # Unhandled failures reach the runner's own signal, for the window to show.
    with qtbot.waitSignal(runner.failed) as unhandled:
        runner.run(refused)
    assert unhandled.args[0].code == "already_on_plan"


def test_a_cancelled_task_delivers_nothing(qtbot, runner):
    release = threading.Event()
    delivered = []
    task = runner.run(lambda: release.wait(5), on_success=delivered.append)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert delivered == []


def test_a_relay_is_deleted_once_delivered_and_let_go_of_by_its_worker(qtbot, runner):
    """A relay is deleted once both its worker (its `emit` returned) and the delivery have let
    go of it, whichever is last. Delivered, cancelled or failed, none is left behind."""
    import shiboken6

    delivered: list[object] = []
    tasks = [
        runner.run(lambda: 1, on_success=delivered.append),
        runner.run(lambda: 2, on_success=delivered.append),
        runner.run(
            lambda: (_ for _ in ()).throw(errors.SmartAlexError("No.")),
            on_failure=delivered.append,
        ),
    ]
    tasks[1].cancel()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5_000)
    assert runner.wait_for_done(5_000)
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(task.relay) for task in tasks))
    assert sorted(map(str, delivered)) == ["1", "No."]


def test_the_client_and_the_keyring_refuse_the_gui_thread(qtbot, runner, sandbox):
    client = SmartAlexClient(sandbox.url, refresh_token="srt_x", thread_guard=refuse_gui_thread)
    with pytest.raises(CalledOnGuiThread):
        client.account()
    store = CredentialStore(thread_guard=refuse_gui_thread)
    with pytest.raises(CalledOnGuiThread):
        store.load(sandbox.url, "office@clinic.test")
    # The same call from the runner's worker passes the guard (and meets the server).
    failures = []
    runner.run(client.account, on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], errors.SessionExpired)


def test_background_tasks_share_the_stores_connections(qtbot, runner, tmp_path):
    """PySide6 runs each task under a Python thread state of its own, so a connection kept per
    `threading.local` was a new one per task, open until the store closed: the PDF viewer's
    leak of ~118 KB an open (docs/performance.md, "Store: connections leased, not kept per
    thread"). 200 tasks reading the store leave at most one connection per worker open."""
    from smartalex_desktop.store import Store

    with Store.open(tmp_path, "https://api.smartalex.ai", "acct_1") as store:
        done = []
        for _ in range(200):
            runner.run(store.last_synced_at, on_success=done.append)
        qtbot.waitUntil(lambda: len(done) == 200, timeout=30_000)
        runner.wait_for_done()
        # Bounded by the workers that ran them at once (6 here: TaskRunner.MIN_WORKERS) and the
        # connection Store.open made on this thread, not by the 200 tasks.
        assert store.open_connections <= runner.max_workers + 1
