"""The sandbox inside another program: threads of this process, for the app's demo mode.

`smartalex-sandbox` is a process of its own; the desktop app's demo mode (and a frozen build,
which has no separate Python to start one with) runs the same server in background threads:
localstripe in its thread, uvicorn in another, on a free loopback port. Only one per process
(localstripe's state is a module-level singleton).

    with EmbeddedSandbox(data_dir, demo=True) as sandbox:
        client = SmartAlexClient(sandbox.url)

`clock_start` pins its test clock as `smartalex-sandbox --clock-start` does; left out, it is read
from SMARTALEX_SANDBOX_CLOCK_START, so the programs that embed the sandbox need no option of their
own for it (tests set the variable; the app's demo mode otherwise runs on the real time).
"""

from __future__ import annotations

import logging
import threading
import time
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Self

import uvicorn

from smartalex_desktop.sandbox import clock
from smartalex_desktop.sandbox.cli import bind, prepare, socket_url, stripe_gateway
from smartalex_desktop.sandbox.config import SandboxConfig
from smartalex_desktop.sandbox.context import SandboxContext
from smartalex_desktop.sandbox.files import private_dir
from smartalex_desktop.sandbox.server import create_asgi

log = logging.getLogger(__name__)

START_TIMEOUT_S = 60.0


class EmbeddedSandbox:
    def __init__(
        self, data_dir: Path, *, demo: bool = True, clock_start: datetime | None = None
    ) -> None:
        self.data_dir = data_dir
        self.demo = demo
        # Read here, once: the variable is how a program that embeds the sandbox is pinned.
        self.clock_start = clock_start or clock.start_from_environment()
        self.url = ""
        self.seeding_s: float | None = None
        self._stack = ExitStack()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> str:
        """Start serving (seeding the demo on a new data folder: a few seconds); the URL.

        Blocks: call it from a worker thread, not the GUI thread."""
        private_dir(self.data_dir)
        config = SandboxConfig(data_dir=self.data_dir.resolve())
        sock = bind("127.0.0.1", 0)
        pages_sock = bind("127.0.0.1", 0)  # the hosted card and payment pages
        try:
            gateway = self._stack.enter_context(stripe_gateway(config))
            context = SandboxContext(
                config=config, gateway=gateway, pages_url=socket_url(pages_sock)
            )
            self.seeding_s = prepare(context, demo=self.demo, clock_start=self.clock_start)
            self._server = uvicorn.Server(
                uvicorn.Config(
                    create_asgi(context, pages_sock.getsockname()[1]),
                    log_level="warning",
                    access_log=False,
                    lifespan="off",
                )
            )
            self._thread = threading.Thread(
                target=self._server.run,
                kwargs={"sockets": [sock, pages_sock]},
                name="smartalex-sandbox",
                daemon=True,
            )
            self._thread.start()
            deadline = time.monotonic() + START_TIMEOUT_S
            while not self._server.started:  # uvicorn says so once its socket serves
                if not self._thread.is_alive():
                    raise RuntimeError("the embedded sandbox stopped while starting")
                if time.monotonic() > deadline:
                    raise RuntimeError("the embedded sandbox did not start in time")
                time.sleep(0.01)
        except BaseException:
            self.stop()
            sock.close()
            pages_sock.close()
            raise
        host, port = sock.getsockname()[:2]
        self.url = f"http://{host}:{port}"
        log.info("embedded sandbox listening on %s", self.url)
        return self.url

    def stop(self) -> None:
        """Stop serving and save localstripe's state; safe to call twice."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        self._server = None
        self._stack.close()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.stop()
