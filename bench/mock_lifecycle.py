"""What a fresh mock per test costs: `MockServer` start + stop, against a bare one-route Starlette
app on `uvicorn.Server` started and stopped the default way (`should_exit`, join), in the same run.

```sh
.venv/bin/python bench/mock_lifecycle.py          # --cycles 20
```
"""

from __future__ import annotations

import argparse
import socket
import statistics
import threading
import time

import uvicorn
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from kohortpay.testing import MockServer


def bare_cycle() -> float:
    app = Starlette(routes=[Route("/", lambda request: JSONResponse({}))])
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    start = time.perf_counter()
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.001)
    server.should_exit = True
    thread.join()
    sock.close()
    return time.perf_counter() - start


def mock_cycle() -> float:
    start = time.perf_counter()
    MockServer().start().stop()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cycles", type=int, default=20)
    args = parser.parse_args(argv)
    mock_cycle(), bare_cycle()  # imports and first-use costs out of the way
    mock, bare = [], []
    for _ in range(args.cycles):  # alternated, so that load drifts hit both
        mock.append(mock_cycle())
        bare.append(bare_cycle())
    m, b = statistics.median(mock) * 1000, statistics.median(bare) * 1000
    print(f"fresh MockServer start+stop: {m:.1f} ms; bare Starlette on uvicorn.Server: {b:.1f} ms; ratio {m / b:.2f}×")


if __name__ == "__main__":
    main()
