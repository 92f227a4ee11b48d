"""Invoices rendered in a process of their own, for the exports the window runs.

reportlab builds a PDF in pure Python, and a worker thread that renders holds the GIL in
stretches the GUI thread has to wait out: exporting 200 invoices of the big account stalled the
window for up to 197 ms, a budget of 50 (docs/performance.md, "Export: rendered in a process of
its own"). In a process of its own the rendering never takes the window's GIL, reportlab is
never imported into the window, and the export gets a core of its own. The export's thread
keeps what it did before (the invoices fetched, each file written atomically, the progress and
Cancel): it hands each invoice over and waits for the bytes, with the GIL free.

The child is started by spawn (a fresh interpreter; fork would copy the window's Qt threads and
locks into it), a few levels nicer than the window, for one export, and ends with it. The
headless `export` command has no window to keep responsive and renders as before, in the
thread that exports.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from types import TracebackType

from smartalex_desktop.api import models

# How much nicer than the window the child runs (Linux): on two cores the GUI thread gets one
# whenever it has something to do, the export keeps the other.
CHILD_NICE = 5


class RenderProcess:
    """`with RenderProcess() as render:` — `render(invoice, account, credit_notes=…,
    related=…)` is `documents.render_invoice` done in the child (the same bytes; an error in it
    is raised here). The child starts on entering, so its start overlaps what the export fetches
    first, and is ended on leaving, after the render under way."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> RenderProcess:
        self._pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_child_started,
        )
        self._pool.submit(int)  # starts the child now, not at the first invoice
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _error: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __call__(
        self,
        invoice: models.Invoice,
        account: models.Account,
        *,
        credit_notes: Sequence[models.Invoice] = (),
        related: models.Invoice | None = None,
    ) -> bytes:
        if self._pool is None:
            raise RuntimeError("RenderProcess is used inside its `with` block")
        made = self._pool.submit(_render_invoice, invoice, account, tuple(credit_notes), related)
        return made.result()


def _child_started() -> None:
    """In the child, once: nicer than the window, and the renderer loaded before the first
    invoice arrives."""
    with contextlib.suppress(AttributeError, OSError):  # not Linux, or not allowed: all the same
        os.nice(CHILD_NICE)
    from smartalex_desktop.documents import invoice  # noqa: F401 (reportlab, fonts)


def _render_invoice(
    invoice: models.Invoice,
    account: models.Account,
    credit_notes: tuple[models.Invoice, ...],
    related: models.Invoice | None,
) -> bytes:
    """In the child."""
    from smartalex_desktop.documents.invoice import render_invoice

    return render_invoice(invoice, account, credit_notes=credit_notes, related=related)
