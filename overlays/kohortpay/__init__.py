"""KohortPay Python SDK.

``kohortpay`` is the hand-written layer on top of the generated low-level client
``kohortpay_client`` (built from ``openapi.yaml``). For now it only re-exports the
generated HTTP clients; the high-level facade comes later.
"""

from kohortpay_client import AuthenticatedClient, Client

from ._version import __version__

__all__ = ["AuthenticatedClient", "Client", "__version__"]
