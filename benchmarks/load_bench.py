"""The sandbox under load: 4 clients at once, each paging through `GET /v1/invoices` and
`GET /v1/wallet/transactions` (100 a page) for a while, over loopback. Reports the requests'
p50 and p99 latency and the requests per second served.

The clients are threads of the harness. As 4 processes of their own (so that one client's JSON
parsing cannot hold up another's timing on a shared GIL) they measured no better on this 2-core
machine (docs/performance.md, "Benchmarks: load clients as threads"): they then compete with the
server for the cores instead."""

from __future__ import annotations

import statistics
import threading
import time
from pathlib import Path

import httpx

from benchmarks.common import Result, sandbox
from smartalex_desktop.sandbox.demo_accounts import DEMO_EMAIL, DEMO_PASSWORD

CLIENTS = 4
PATHS = ("/v1/invoices", "/v1/wallet/transactions")


def sign_in(url: str, email: str, password: str) -> str:
    response = httpx.post(f"{url}/v1/auth/token", json={"email": email, "password": password})
    response.raise_for_status()
    return str(response.json()["access_token"])


def load(url: str, token: str, seconds: float, label: str) -> list[Result]:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client(number: int) -> None:
        nonlocal errors
        mine: list[float] = []
        failed = 0
        cursors: dict[str, str | None] = dict.fromkeys(PATHS)
        turn = number
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}) as http:
            while time.perf_counter() < deadline:
                path = PATHS[turn % len(PATHS)]
                turn += 1
                params = {"limit": 100}
                if cursors[path]:
                    params["starting_after"] = cursors[path]
                started = time.perf_counter()
                response = http.get(path, params=params)
                mine.append(time.perf_counter() - started)
                if response.status_code != 200:
                    failed += 1
                    continue
                page = response.json()
                cursors[path] = page["data"][-1]["id"] if page["has_more"] else None
        with lock:
            latencies.extend(mine)
            errors += failed

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    cuts = statistics.quantiles(latencies, n=100)
    p50, p99 = cuts[49] * 1000, cuts[98] * 1000
    note = f"{len(latencies):,} requests in {elapsed:.0f} s, {errors} errors; {label}"
    return [
        Result("sandbox API p50 (4 clients, pages of 100)", p50, "ms", note=note),
        Result("sandbox API p99 (4 clients, pages of 100)", p99, "ms", "≤ 100 ms", p99 <= 100),
        Result("sandbox API throughput", len(latencies) / elapsed, "req/s"),
    ]


def demo_load(folder: Path, seconds: float) -> list[Result]:
    with sandbox(folder, demo=True) as url:
        token = sign_in(url, DEMO_EMAIL, DEMO_PASSWORD)
        return load(url, token, seconds, "the demo account")
