"""A stateful mock of the KohortPay API, for tests (see the README's "Mock server" section).

Three layers, each importing only the ones below it: `core` (state, records, validation against the
spec, webhooks), `rules` (the server's behaviour, one module per resource, and the engine that runs
them), `http` (the ASGI app, the control API, the uvicorn server and the CLI).
"""

from kohortpay.testing import missing_extra

try:
    from .http.app import Mock
    from .http.server import MockServer, WebhookDeliveryError, main
except ModuleNotFoundError as exc:  # starlette, uvicorn…: installed with kohortpay[mock]
    raise missing_extra(exc, "mock") from exc

__all__ = ["Mock", "MockServer", "WebhookDeliveryError", "main"]
