"""`smartalex-sandbox`: serve the SmartAlex API on loopback over one data folder.

    smartalex-sandbox --host 127.0.0.1 --port PORT --data-dir DIR [--demo]
                      [--clock-start 2026-06-10T15:00:00+00:00]

It starts localstripe in a thread (state inside DIR), or uses Stripe test mode when
STRIPE_SECRET_KEY and STRIPE_PUBLISHABLE_KEY are set; prints one line saying where it listens
(port 0 picks a free one); and stops cleanly on Ctrl+C or SIGTERM, saving localstripe's state.
`--clock-start` (or SMARTALEX_SANDBOX_CLOCK_START) pins the test clock: see `clock`.
"""

from __future__ import annotations

import argparse
import gc
import ipaddress
import logging
import os
import signal
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import uvicorn

from smartalex_desktop.sandbox import clock, db, idempotency
from smartalex_desktop.sandbox import demo as demo_data
from smartalex_desktop.sandbox.config import SandboxConfig
from smartalex_desktop.sandbox.context import SandboxContext
from smartalex_desktop.sandbox.files import private_dir
from smartalex_desktop.sandbox.server import create_asgi
from smartalex_desktop.sandbox.services import (
    collection,
    cycle,
    payment_authentications,
    receipts,
    refunds,
    top_ups,
)
from smartalex_desktop.sandbox.stripe_gateway import (
    REAL_STRIPE_API_BASE,
    StripeGateway,
    refuse_live_key,
)

log = logging.getLogger("smartalex_desktop.sandbox")

RECORD_REQUESTS_VARIABLE = "SMARTALEX_SANDBOX_RECORD_REQUESTS"


def _loopback_host_or_none(value: str) -> str | None:
    if value == "localhost":
        return "127.0.0.1"
    try:
        return value if ipaddress.ip_address(value).is_loopback else None
    except ValueError:
        return None


def _loopback_host(value: str) -> str:
    host = _loopback_host_or_none(value)
    if host is None:
        raise argparse.ArgumentTypeError(
            f"{value} is not a loopback address; the sandbox listens on 127.0.0.1 (or ::1) only."
        )
    return host


def _clock_start(value: str) -> datetime:
    try:
        return clock.parse_start(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="smartalex-sandbox",
        description="Serve the SmartAlex billing API locally (the SmartAlex sandbox).",
    )
    parser.add_argument(
        "--host",
        type=_loopback_host,
        default="127.0.0.1",
        help="loopback address to listen on (default 127.0.0.1)",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=8765,
        help="port to listen on; 0 picks a free one (default 8765)",
    )
    parser.add_argument(
        "--pages-port",
        type=int,
        default=0,
        help="port of the hosted card and payment pages; 0 picks a free one (the default)",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        required=True,
        help="folder for the database, localstripe's state and receipts",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="seed the demo accounts once (demo@smartalex.test / demo-password)",
    )
    parser.add_argument(
        "--clock-start",
        type=_clock_start,
        default=None,
        metavar="ISO-8601",
        help="pin the test clock: a new data folder starts at this instant (with its UTC "
        "offset; with --demo the demo year ends there) and the clock never catches up to the "
        f"real time, on start or restart (default: ${clock.CLOCK_START_VARIABLE}, else the "
        "real time)",
    )
    parser.add_argument(
        "--log-level", default="warning", choices=["debug", "info", "warning", "error"]
    )
    args = parser.parse_args(argv)
    if args.clock_start is None:
        try:
            args.clock_start = clock.start_from_environment()
        except ValueError as error:
            parser.error(str(error))
    return args


@contextmanager
def stripe_gateway(config: SandboxConfig) -> Iterator[StripeGateway]:
    """Real Stripe test mode when keys are given, else localstripe in a thread of ours.

    `STRIPE_API_BASE` (loopback only) points the keys at a Stripe-compatible server that runs
    apart from the sandbox — a localstripe of its own, which the crash tests need because a
    killed sandbox must not take "Stripe's" records down with it.
    """
    secret_key = os.environ.get("STRIPE_SECRET_KEY", "")
    publishable_key = os.environ.get("STRIPE_PUBLISHABLE_KEY", "")
    api_base = os.environ.get("STRIPE_API_BASE", REAL_STRIPE_API_BASE)
    if secret_key or publishable_key:
        if not (secret_key.startswith("sk_test_") and publishable_key.startswith("pk_test_")):
            refuse_live_key(secret_key)
            raise SystemExit(
                "smartalex-sandbox: set both STRIPE_SECRET_KEY (sk_test_…) and "
                "STRIPE_PUBLISHABLE_KEY (pk_test_…), or neither to use localstripe."
            )
        host = urlsplit(api_base).hostname or ""
        if api_base != REAL_STRIPE_API_BASE and _loopback_host_or_none(host) is None:
            raise SystemExit(
                f"smartalex-sandbox: STRIPE_API_BASE must be {REAL_STRIPE_API_BASE} or a "
                "loopback address."
            )
        yield StripeGateway(secret_key, publishable_key, api_base)
        return
    # Imported here: real-Stripe runs don't need aiohttp or localstripe loaded.
    from smartalex_desktop.sandbox.stripe_server import LocalStripeServer

    with LocalStripeServer(config.localstripe_state_path) as server:
        # Keys made for this start only: nothing else on the machine can use this localstripe.
        yield StripeGateway(server.secret_key, server.publishable_key, server.base_url)


def prepare(
    context: SandboxContext, *, demo: bool, clock_start: datetime | None = None
) -> float | None:
    """Migrate the database, settle interrupted payments, catch the clock up, seed the demo.

    With `clock_start` the clock is pinned: a new data folder starts there (the demo year ends
    there) and an existing one keeps its clock, with no catching up to the real time — so a
    test's dates are the same whatever day it runs. Returns how long seeding the demo took, when
    it was seeded now."""
    db.migrate(context.config.database_path)
    conn = context.connect()
    try:
        new_folder = not clock.is_set(conn)
        # "Now" for a new folder: the pinned start, else the real time.
        start = clock_start or datetime.now(UTC)
        # The demo's year of history is made by running the clock through it: on a new data
        # folder, the clock starts that far back.
        clock.initialise(conn, start - demo_data.HISTORY if demo and new_folder else start)
        # Where the clock should be once started: the real time (a sandbox restarted days later
        # catches up), or, pinned, where it already is (a new folder: the pinned start).
        target = start if clock_start is None or new_folder else clock.now(conn)
        # Whatever a crash interrupted is settled from Stripe's record before anything else.
        idempotency.clear_running(conn)
        top_ups.reconcile_pending(conn, context.gateway)
        refunds.reconcile_pending(conn, context.gateway)
        collection.reconcile_pending(conn, context.gateway)
        # Payments that waited for the bank's confirmation: settled if it answered meanwhile,
        # cancelled (nothing charged) if their 30 minutes are up.
        payment_authentications.sweep(conn, context.gateway)
        seeding_s = demo_data.seed_once(conn, context.gateway, until=target) if demo else None
        # Running the renewals that fell due on the way.
        if target > clock.now(conn):
            cycle.advance_clock_to(conn, context.gateway, target)
        receipts.send_pending(conn, context.config.outbox_dir)
        return seeding_s
    finally:
        conn.close()


def now_of(context: SandboxContext) -> str:
    """The test clock's now, as the API answers it."""
    conn = context.connect()
    try:
        return clock.now(conn).isoformat()
    finally:
        conn.close()


def freeze_start_up_objects() -> None:
    """Leave what start-up loaded out of every later garbage collection.

    localstripe's store (every customer, card and charge, loaded from its pickle) and the
    imported modules are ~200,000 objects that live as long as the process. Python's full
    collection walks all of them and holds the GIL meanwhile: on the big account it ran every
    few seconds under load and set the API's p99 (docs/performance.md, "Sandbox: start-up
    objects frozen"). Frozen, they are skipped; they are still freed by reference counting when
    localstripe replaces them.
    """
    gc.collect()
    gc.freeze()


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named explicitly: asyncio sets TCP_NODELAY on accepted connections only when
    # the listening socket says it is TCP; without it, Nagle's algorithm held each answer on a
    # kept-alive connection for the peer's delayed ACK (docs/performance.md, "Sandbox:
    # TCP_NODELAY").
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        raise SystemExit(
            f"smartalex-sandbox: cannot listen on {host}:{port} ({error.strerror}); "
            "choose another --port, or 0 for a free one."
        ) from error
    sock.listen(128)
    return sock


def socket_url(sock: socket.socket) -> str:
    """`http://host:port` of a listening socket (an IPv6 host in brackets)."""
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _stop_on_sigterm(_signum: int, _frame: object) -> None:
    # uvicorn shuts down gracefully on SIGTERM and then re-raises the signal to the handler that
    # was there before it: this one, so the `with` blocks below unwind and localstripe's state
    # is saved, and the exit status is 0.
    raise SystemExit(0)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        return _serve(args)
    except KeyboardInterrupt:
        return 0


def _serve(args: argparse.Namespace) -> int:
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    data_dir: Path = args.data_dir.expanduser().resolve()
    private_dir(data_dir)
    config = SandboxConfig(
        data_dir=data_dir, record_requests=os.environ.get(RECORD_REQUESTS_VARIABLE) == "1"
    )
    sock = bind(args.host, args.port)
    pages_sock = bind(args.host, args.pages_port)
    with stripe_gateway(config) as gateway:
        pages_url = socket_url(pages_sock)
        context = SandboxContext(config=config, gateway=gateway, pages_url=pages_url)
        seeding_s = prepare(context, demo=args.demo, clock_start=args.clock_start)
        freeze_start_up_objects()
        print(
            f"SmartAlex sandbox listening on {socket_url(sock)} (card and payment pages on "
            f"{pages_url}; data in {data_dir})",
            flush=True,
        )
        if seeding_s is not None:
            print(f"Seeded the demo year in {seeding_s:.1f} s", flush=True)
        if args.clock_start is not None:
            print(f"Test clock pinned (it moves only when advanced): {now_of(context)}", flush=True)
        if args.demo:
            print("Demo sign-in: demo@smartalex.test / demo-password", flush=True)
        # No access log: a request line is no secret (the pages' tokens travel in a URL fragment
        # and a header), but nothing else needs one either.
        server = uvicorn.Server(
            uvicorn.Config(
                create_asgi(context, pages_sock.getsockname()[1]),
                log_level=args.log_level,
                access_log=False,
                lifespan="off",
            )
        )
        server.run(sockets=[sock, pages_sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
