"""The sandbox under load: 4 clients at once, each paging through `GET /v1/invoices` and
`GET /v1/wallet/transactions` (100 a page) for a while, over loopback. Reports the requests'
p50 and p99 latency and the requests per second served.

Each client is a process of its own (`python -m benchmarks.load_bench URL SECONDS NUMBER`, the
token on stdin), so what is timed is the server: as threads of the harness, the clients' own work
(reading one page of 100 invoices is ~4 ms of JSON) queued on one GIL and counted as latency.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

from benchmarks.common import PYTHON, ROOT, Result, env, sandbox
from smartalex_desktop.sandbox.demo_accounts import DEMO_EMAIL, DEMO_PASSWORD

CLIENTS = 4
PATHS = ("/v1/invoices", "/v1/wallet/transactions")
READY = "ready"


def sign_in(url: str, email: str, password: str) -> str:
    response = httpx.post(f"{url}/v1/auth/token", json={"email": email, "password": password})
    response.raise_for_status()
    return str(response.json()["access_token"])


def load(url: str, token: str, seconds: float, label: str) -> list[Result]:
    """Run the clients for `seconds` once all of them are ready, and sum up what they timed."""
    clients = [
        subprocess.Popen(
            [PYTHON, "-m", "benchmarks.load_bench", url, str(seconds), str(number)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env(),
        )
        for number in range(CLIENTS)
    ]
    try:
        for client in clients:
            assert client.stdin is not None and client.stdout is not None
            client.stdin.write(f"{token}\n")
            client.stdin.flush()
        # Started only when every client has imported httpx (a few hundred ms), so that they
        # all load the server for the whole run.
        for client in clients:
            assert client.stdout is not None
            if client.stdout.readline().strip() != READY:
                raise RuntimeError(f"load client {client.args[-1]} did not start")
        for client in clients:
            assert client.stdin is not None
            client.stdin.write("go\n")
            client.stdin.close()
        reports = []
        for client in clients:
            assert client.stdout is not None
            reports.append(json.loads(client.stdout.read()))
            client.wait()
    finally:
        for client in clients:
            if client.poll() is None:
                client.kill()
                client.wait()
    latencies = [latency for report in reports for latency in report["latencies"]]
    errors = sum(report["errors"] for report in reports)
    elapsed = max(report["elapsed"] for report in reports)
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


def client(http: httpx.Client, seconds: float, number: int) -> dict[str, object]:
    """Page through both lists in turn for `seconds`, starting over at each end; what it took.

    Clients start on different lists (`number`), so both are always being read."""
    latencies: list[float] = []
    errors = 0
    cursors: dict[str, str | None] = dict.fromkeys(PATHS)
    turn = number
    began = time.perf_counter()
    deadline = began + seconds
    while time.perf_counter() < deadline:
        path = PATHS[turn % len(PATHS)]
        turn += 1
        params: dict[str, str | int] = {"limit": 100}
        if cursors[path]:
            params["starting_after"] = str(cursors[path])
        started = time.perf_counter()
        response = http.get(path, params=params)
        latencies.append(time.perf_counter() - started)
        if response.status_code != 200:
            errors += 1
            continue
        page = response.json()
        cursors[path] = page["data"][-1]["id"] if page["has_more"] else None
    return {"latencies": latencies, "errors": errors, "elapsed": time.perf_counter() - began}


def _client_process(argv: list[str]) -> int:
    """One load client: the token on stdin, "ready", then a line to start on; the report as
    JSON on stdout."""
    url, seconds, number = argv[0], float(argv[1]), int(argv[2])
    token = sys.stdin.readline().strip()
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}) as http:
        print(READY, flush=True)
        sys.stdin.readline()
        report = client(http, seconds, number)
    json.dump(report, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(_client_process(sys.argv[1:]))
