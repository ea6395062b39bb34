"""The KohortPay contract, for schemathesis: check a server — the mock, the reference server, a
sandbox — against the spec this package ships (``kohortpay/openapi.yaml``).

Three ways in:

* the console script ``kohortpay-contract --url URL --api-key sk_test_…`` runs every phase
  (examples, coverage, fuzzing, stateful) and every check, and exits non-zero on a failure;
* :func:`schema` gives a schemathesis schema for pytest (``@schema.parametrize()``,
  ``schema.as_state_machine()``), configured, authenticated and with the hooks registered;
* :mod:`kohortpay.testing.contract.lifecycle` is a state machine that drives the referral life cycle.

Their settings are :data:`CONFIG_FILE` (business-rule statuses, generation) plus, with ``live=True``,
what a real server needs: schemathesis's ``unsupported_method`` check is left out (the server's
framework answers 404, not 405, to a method a path does not declare). Only test-mode keys are
accepted unless ``allow_livemode=True``: the run creates, updates, blocks, cancels and deletes
objects — only objects it created itself, since the ids it makes up exist nowhere — so give it an
organization of its own.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from schemathesis.config import SchemathesisConfig
    from schemathesis.specs.openapi.schemas import OpenApiSchema

__all__ = ["CONFIG_FILE", "HOOKS", "SPEC_FILE", "check_key", "config", "config_text", "schema"]

CONFIG_FILE = Path(__file__).with_name("schemathesis.toml")
SPEC_FILE = Path(str(importlib.resources.files("kohortpay") / "openapi.yaml"))
#: The hooks module, for ``SCHEMATHESIS_HOOKS`` (the CLI) or an import (pytest).
HOOKS = "kohortpay.testing.contract.hooks"
#: The environment variable the generated configuration reads the key from (never a file or argv).
KEY_VARIABLE = "KOHORTPAY_CONTRACT_API_KEY"
_LIVE_SETTINGS = """
[checks.unsupported_method]
enabled = false
"""


def check_key(api_key: str, *, allow_livemode: bool = False) -> None:
    """Refuse what is not a secret test key (a live one only with ``allow_livemode``)."""
    if not api_key.startswith(("sk_test_", "sk_live_")):
        raise ValueError("the contract needs a secret key (sk_test_…)")
    if api_key.startswith("sk_live_") and not allow_livemode:
        raise ValueError("refusing a live-mode key: the contract creates and changes objects (allow_livemode=True)")


def _settings(live: bool, bearer: str) -> str:
    auth = f'\n[auth.openapi.bearerAuth]\nbearer = "{bearer}"\n'
    return CONFIG_FILE.read_text() + auth + (_LIVE_SETTINGS if live else "")


def config_text(*, live: bool = False, key_variable: str = KEY_VARIABLE) -> str:
    """The schemathesis.toml of a CLI run: the kit's settings, the key read from ``key_variable``."""
    return _settings(live, f"${{{key_variable}}}")


def config(api_key: str, *, live: bool = False, allow_livemode: bool = False) -> SchemathesisConfig:
    """The kit's schemathesis configuration, authenticated with ``api_key``."""
    from schemathesis.config import SchemathesisConfig

    check_key(api_key, allow_livemode=allow_livemode)
    return SchemathesisConfig.from_str(_settings(live, api_key))


def schema(base_url: str, api_key: str, *, live: bool = False, allow_livemode: bool = False) -> OpenApiSchema:
    """The shipped spec as a schemathesis schema aimed at ``base_url``, for pytest::

    schema = contract.schema(server.url, server.secret_key)

    @schema.parametrize()
    def test_api(case):
        case.call_and_validate()
    """
    import schemathesis

    from . import hooks  # noqa: F401  (registers the hooks)

    loaded = schemathesis.openapi.from_path(
        str(SPEC_FILE), config=config(api_key, live=live, allow_livemode=allow_livemode)
    )
    loaded.config.update(base_url=base_url.rstrip("/"))
    return loaded
