"""Throughput of the mock server over real HTTP, against a bare Starlette endpoint, same run.

    .venv/bin/python bench/mock_throughput.py [--rounds 7] [--requests 400] [--budget 40]

Each server runs in its own process (uvicorn on 127.0.0.1, h11, the mock's own settings), so
the client and the server do not share a GIL. One keep-alive `httpx.Client` sends sequential
requests: `GET /customers/{id}` and `POST /customers` (a new customer each time). The bare app
answers the same two routes with a fixed JSON body (the POST parses its body and echoes it).
Batches alternate between the two servers round by round (ABBA order), the mock's state is
reset before each of its batches (so the customer table does not grow across batches), and the
table reports the median requests/s of the rounds and the ratio mock/bare. The whole run is
bounded by `--budget` seconds. Not a pytest test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import queue
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

HOST = "127.0.0.1"
CUSTOMER = {
    "id": "cus_8f3e2a1b9c0d47",
    "email_address": "bench@example.com",
    "first_name": "Bench",
    "last_name": None,
    "livemode": False,
    "metadata": None,
}


# ------------------------------------------------------------------ servers (child processes)
def serve_mock() -> None:
    from kohortpay.testing import MockServer

    server = MockServer(HOST, 0)
    print(f"READY {server.url} {server.secret_key}", flush=True)
    server.serve_forever()


def serve_bare() -> None:
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    async def get_customer(request: Request) -> JSONResponse:
        return JSONResponse({**CUSTOMER, "id": request.path_params["id"]})

    async def create_customer(request: Request) -> JSONResponse:
        body = await request.json()
        return JSONResponse({**CUSTOMER, "email_address": body.get("emailAddress")}, status_code=201)

    async def create_session(request: Request) -> JSONResponse:
        body = await request.json()
        return JSONResponse({**CUSTOMER, "id": "cs_1", "amount_total": body.get("amountTotal")}, status_code=201)

    app = Starlette(
        routes=[
            Route("/customers/{id}", get_customer, methods=["GET"]),
            Route("/customers", create_customer, methods=["POST"]),
            Route("/checkout-sessions", create_session, methods=["POST"]),
        ]
    )
    # The same socket and uvicorn settings as MockServer, so that only the application differs.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, 0))
    config = uvicorn.Config(app, log_level="warning", http="h11", lifespan="off", access_log=False)
    print(f"READY http://{HOST}:{sock.getsockname()[1]} -", flush=True)
    uvicorn.Server(config).run(sockets=[sock])


@dataclass
class Target:
    name: str
    url: str
    key: str
    process: subprocess.Popen[str]


@contextmanager
def started(kind: str) -> Iterator[Target]:
    """Start `kind` ("mock" or "bare") in a child process; stop it (and wait for it) on exit."""
    process = subprocess.Popen(
        [sys.executable, __file__, "--serve", kind],
        stdout=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        stdout = process.stdout
        assert stdout is not None
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
        line = lines.get(timeout=30)  # bounded, even if the child hangs before printing
        if not line.startswith("READY "):
            raise RuntimeError(f"the {kind} server did not start: {line!r}")
        _, url, key = line.split()
        target = Target(kind, url, key, process)
        wait_ready(target)
        yield target
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
        if process.stdout is not None:
            process.stdout.close()


def wait_ready(target: Target, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    with httpx.Client(base_url=target.url, verify=False, timeout=1) as probe:
        while True:
            try:
                probe.get("/customers/cus_probe")
                return
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)


# ------------------------------------------------------------------------------ measuring
@dataclass
class Results:
    rates: dict[tuple[str, str], list[float]] = field(default_factory=dict)
    cpu: dict[tuple[str, str], list[float]] = field(default_factory=dict)  # server CPU seconds per request

    def add(self, target: str, operation: str, rate: float, cpu: float) -> None:
        self.rates.setdefault((target, operation), []).append(rate)
        self.cpu.setdefault((target, operation), []).append(cpu)

    def median(self, target: str, operation: str) -> float:
        return statistics.median(self.rates[(target, operation)])

    def median_cpu(self, target: str, operation: str) -> float:
        return statistics.median(self.cpu[(target, operation)])

    def capacity(self, operation: str) -> float:
        """The median over rounds of the bare app's CPU per request over the mock's, each round's
        two batches side by side (so that drift in the machine's speed cancels out)."""
        pairs = zip(self.cpu[("bare", operation)], self.cpu[("mock", operation)], strict=True)
        return statistics.median(bare / mock for bare, mock in pairs)


def server_cpu(process: subprocess.Popen[str]) -> float:
    """CPU seconds the server process has used (all its threads): its side of the cost, whatever the
    client's. From /proc (Linux): schedstat's nanoseconds, not stat's 10 ms ticks, which a batch of
    cheap requests would measure to ±15%."""
    tasks = Path(f"/proc/{process.pid}/task")
    return sum(int((task / "schedstat").read_text().split()[0]) for task in tasks.iterdir()) / 1e9


def batch(target: Target, call: Callable[[int], httpx.Response], requests: int, expected: int) -> tuple[float, float]:
    """Requests per second for `requests` sequential calls (every answer checked), and the server's
    CPU seconds per request."""
    cpu = server_cpu(target.process)
    start = time.perf_counter()
    for index in range(requests):
        response = call(index)
        if response.status_code != expected:
            raise RuntimeError(f"unexpected {response.status_code}: {response.text[:200]}")
    return requests / (time.perf_counter() - start), (server_cpu(target.process) - cpu) / requests


def measure_get(target: Target, http: httpx.Client, customer_id: str, requests: int) -> tuple[float, float]:
    return batch(target, lambda _: http.get(f"/customers/{customer_id}"), requests, 200)


def measure_post(target: Target, http: httpx.Client, tag: str, requests: int) -> tuple[float, float]:
    def create(index: int) -> httpx.Response:
        return http.post("/customers", json={"emailAddress": f"{tag}-{index}@example.com", "firstName": "Bench"})

    return batch(target, create, requests, 201)


def measure_session(target: Target, http: httpx.Client, tag: str, requests: int) -> tuple[float, float]:
    def create(index: int) -> httpx.Response:
        body = {
            "amountTotal": 7000,
            "customerEmail": f"{tag}-{index}@example.com",
            "customerFirstName": "Bench",
            "customerLastName": "Mark",
            "lineItems": [{"name": "Mug", "price": 3500, "quantity": 2}],
        }
        return http.post("/checkout-sessions", json=body)

    return batch(target, create, requests, 201)


def prepare(target: Target, http: httpx.Client) -> str:
    """For the mock: a fresh state with one customer to read. For the bare app: any id."""
    if target.name != "mock":
        return "cus_8f3e2a1b9c0d47"
    http.post("/_mock/reset").raise_for_status()
    created = http.post("/customers", json={"emailAddress": "reader@example.com", "firstName": "Reader"})
    created.raise_for_status()
    customer_id: str = created.json()["id"]
    return customer_id


def run(rounds: int, requests: int, budget: float) -> tuple[Results, int]:
    results = Results()
    deadline = time.monotonic() + budget
    done = 0
    with started("mock") as mock, started("bare") as bare:
        clients = {
            t.name: httpx.Client(base_url=t.url, verify=False, timeout=10, headers={"Authorization": f"Bearer {t.key}"})
            for t in (mock, bare)
        }
        try:
            for target in (mock, bare):  # warm-up: connections, caches, first imports
                customer_id = prepare(target, clients[target.name])
                for _ in range(50):
                    clients[target.name].get(f"/customers/{customer_id}")
            for round_index in range(rounds):
                if time.monotonic() > deadline:
                    break
                order = (mock, bare) if round_index % 2 == 0 else (bare, mock)
                for target in order:
                    http = clients[target.name]
                    results.add(target.name, "GET", *measure_get(target, http, prepare(target, http), requests))
                    prepare(target, http)
                    results.add(target.name, "POST", *measure_post(target, http, f"r{round_index}", requests))
                    prepare(target, http)
                    results.add(target.name, "SESSION", *measure_session(target, http, f"s{round_index}", requests))
                done += 1
        finally:
            for http in clients.values():
                http.close()
    return results, done


def report(results: Results, rounds: int, requests: int, elapsed: float) -> str:
    rows = [
        ("GET /customers/{id}", "GET"),
        ("POST /customers", "POST"),
        ("POST /checkout-sessions", "SESSION"),
    ]
    lines = [
        f"mock throughput over HTTP: {rounds} rounds x {requests} sequential requests per batch, "
        f"medians of rounds ({platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, {elapsed:.1f} s)",
        "",
        f"{'operation':<25}{'mock req/s':>11}{'bare req/s':>11}{'mock/bare':>10}"
        f"{'server CPU ms (mock / bare)':>29}{'capacity':>10}",
        "-" * 96,
    ]
    for label, operation in rows:
        mock_rate, bare_rate = results.median("mock", operation), results.median("bare", operation)
        mock_cpu, bare_cpu = results.median_cpu("mock", operation), results.median_cpu("bare", operation)
        capacity = results.capacity(operation)  # server-side: requests per CPU second
        lines.append(
            f"{label:<25}{mock_rate:>11.0f}{bare_rate:>11.0f}{mock_rate / bare_rate:>10.2f}"
            f"{f'{1000 * mock_cpu:.2f} / {1000 * bare_cpu:.2f}':>29}{capacity:>10.2f}"
        )
    lines += [
        "",
        "capacity: the mock's requests per server CPU second over the bare app's — what the server",
        "itself costs per request, whatever the client's share of the wall-clock time.",
    ]
    spread = {f"{target}/{op}": f"{min(v):.0f}-{max(v):.0f}" for (target, op), v in sorted(results.rates.items())}
    lines += ["", "range over rounds (req/s): " + json.dumps(spread)]
    return "\n".join(lines)


# ------------------------------------------------------------------ wrk: concurrent load, latency
WRK_SCRIPT = """
counter = 0
request = function()
  counter = counter + 1
  local body = string.format(BODY, math.random(1, 1000000000), counter)
  return wrk.format(METHOD, PATH, {["Content-Type"] = "application/json", ["Authorization"] = "Bearer KEY"}, body)
end
"""
WRK_CALLS = {  # label → (method, path, body with two %d for a unique value)
    "GET /customers/{id}": ("GET", "/customers/{id}", ""),
    "POST /customers": ("POST", "/customers", '{"emailAddress": "w%d-%d@example.com"}'),
    "POST /checkout-sessions": (
        "POST",
        "/checkout-sessions",
        '{"amountTotal": 5000, "customerEmail": "w%d-%d@example.com", "customerFirstName": "Jane",'
        ' "customerLastName": "Doe"}',
    ),
}
LATENCY = re.compile(r"^\s*(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.M)


def wrk(target: Target, label: str, connections: int, seconds: float, customer_id: str) -> dict[str, float]:
    """One wrk run: requests/s, p50 and p99 latency (ms)."""
    method, path, body = WRK_CALLS[label]
    script = WRK_SCRIPT.replace("BODY", json.dumps(body)).replace("METHOD", json.dumps(method))
    script = script.replace("PATH", json.dumps(path.replace("{id}", customer_id))).replace("KEY", target.key)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as file:
        file.write(script)
    threads = min(connections, 2)
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{round(seconds)}s", "--latency", "-s", file.name]
    command.append(target.url)
    output = subprocess.run(command, capture_output=True, text=True, check=True, timeout=seconds + 30).stdout
    os.unlink(file.name)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    latency = {f"p{m[1]}": float(m[2]) * scale[m[3]] for m in LATENCY.finditer(output)}
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1])  # type: ignore[index]
    return {"rate": rate, **latency}


def run_wrk(rounds: int, seconds: float) -> str:
    """Each call at 1 and 16 connections, mock and bare in alternation, `rounds` times; medians."""
    found: dict[tuple[str, str, int], list[dict[str, float]]] = {}
    with started("mock") as mock, started("bare") as bare:
        with httpx.Client(base_url=mock.url, headers={"Authorization": f"Bearer {mock.key}"}) as http:
            reader = prepare(mock, http)
        for round_index in range(rounds):
            for label in WRK_CALLS:
                for connections in (1, 16):
                    for target in (mock, bare) if round_index % 2 == 0 else (bare, mock):
                        row = wrk(target, label, connections, seconds, reader if target is mock else "cus_1")
                        found.setdefault((target.name, label, connections), []).append(row)

    def median(name: str, label: str, connections: int, key: str) -> float:
        return statistics.median(r[key] for r in found[(name, label, connections)])

    lines = [
        f"wrk, {rounds} rounds of {seconds:g} s per call, connections and server (medians)",
        "",
        "| call | connections | mock req/s | bare req/s | mock/bare | mock p50 / p99 ms | p99/p50"
        " | bare p50 / p99 ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for label in WRK_CALLS:
        for c in (1, 16):
            mock_rate, bare_rate = median("mock", label, c, "rate"), median("bare", label, c, "rate")
            p50, p99 = median("mock", label, c, "p50"), median("mock", label, c, "p99")
            b50, b99 = median("bare", label, c, "p50"), median("bare", label, c, "p99")
            lines.append(
                f"| `{label}` | {c} | {mock_rate:.0f} | {bare_rate:.0f} | {mock_rate / bare_rate:.2f}× "
                f"| {p50:.2f} / {p99:.2f} | {p99 / p50:.1f} | {b50:.2f} / {b99:.2f} |"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--requests", type=int, default=400, help="requests per batch")
    parser.add_argument("--budget", type=float, default=40.0, help="stop starting new rounds after this many seconds")
    parser.add_argument("--serve", choices=["mock", "bare"], help=argparse.SUPPRESS)
    parser.add_argument("--wrk", type=int, metavar="SECONDS", help="measure with wrk instead (seconds per run)")
    args = parser.parse_args()
    if args.serve == "mock":
        serve_mock()
        return
    if args.serve == "bare":
        serve_bare()
        return
    if args.wrk:
        print(run_wrk(args.rounds, args.wrk))
        return
    start = time.monotonic()
    results, done = run(args.rounds, args.requests, args.budget)
    if done == 0:
        raise SystemExit("no round finished within the budget")
    print(report(results, done, args.requests, time.monotonic() - start))


if __name__ == "__main__":
    main()
