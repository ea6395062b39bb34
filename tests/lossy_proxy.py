"""A reverse proxy that loses answers: it forwards every request to the server, and for some
``POST``s closes the connection once the server has answered, without passing the answer on.
The client sees a dropped connection for a request that was processed — the case an SDK cannot
tell from "never arrived", and the one that duplicates creates when retried blindly.

``drop(n)`` decides for the n-th ``POST`` (from 0); the default drops 3 in 10 (n % 10 in 2, 5, 8),
never two in a row, so that a retry's fate does not depend on luck.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from types import TracebackType

import h11
import httpx

# Re-framed by this proxy (httpx hands over the decoded body).
_HOP_BY_HOP = ("connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding")


def three_in_ten(n: int) -> bool:
    return n % 10 in (2, 5, 8)


class LossyProxy:
    def __init__(self, upstream: str, drop: Callable[[int], bool] = three_in_ten) -> None:
        self.upstream = upstream.rstrip("/")
        self._drop = drop
        self.posts = 0
        self.dropped = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="lossy-proxy", daemon=True)
        self.url = ""

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._http = httpx.AsyncClient(base_url=self.upstream, timeout=30)
        self._server = self._loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", 0))
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self._ready.set()
        self._loop.run_forever()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = h11.Connection(h11.SERVER)
        try:
            while True:
                request, body = await self._read_request(conn, reader)
                if request is None:
                    return
                answer = await self._http.request(
                    request.method.decode(),
                    request.target.decode(),
                    headers=[(k, v) for k, v in request.headers if k.lower() not in (b"host", b"content-length")],
                    content=body,
                )
                if request.method == b"POST":
                    lose, self.posts = self._drop(self.posts), self.posts + 1
                    if lose:
                        self.dropped += 1
                        return  # the server has processed it; the client gets no answer
                headers = [(k, v) for k, v in answer.headers.items() if k.lower() not in _HOP_BY_HOP]
                headers.append(("content-length", str(len(answer.content))))
                writer.write(conn.send(h11.Response(status_code=answer.status_code, headers=headers)) or b"")
                writer.write(conn.send(h11.Data(data=answer.content)) or b"")
                writer.write(conn.send(h11.EndOfMessage()) or b"")
                await writer.drain()
                if conn.our_state is not h11.DONE or conn.their_state is not h11.DONE:
                    return
                conn.start_next_cycle()
        except (h11.ProtocolError, ConnectionError, asyncio.CancelledError):  # cancelled: the proxy is closing
            return
        finally:
            writer.close()

    @staticmethod
    async def _read_request(conn: h11.Connection, reader: asyncio.StreamReader) -> tuple[h11.Request | None, bytes]:
        request: h11.Request | None = None
        body = b""
        while True:
            event = conn.next_event()
            if event is h11.NEED_DATA:
                data = await reader.read(65536)
                conn.receive_data(data)
                if not data and request is None:
                    return None, b""
            elif isinstance(event, h11.Request):
                request = event
            elif isinstance(event, h11.Data):
                body += event.data
            elif isinstance(event, h11.EndOfMessage):
                return request, body
            elif isinstance(event, h11.ConnectionClosed):
                return None, b""

    def __enter__(self) -> LossyProxy:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        async def shutdown() -> None:
            self._server.close()
            connections = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in connections:
                task.cancel()
            await asyncio.gather(*connections, return_exceptions=True)
            await self._http.aclose()

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()
