"""The server's authentication, with its messages (auth.service.ts, basic-auth.strategy.ts)."""

from __future__ import annotations

import base64
import binascii

from ..core.errors import NO_CODE, ApiError
from ..core.quirks import Behaviour
from ..core.state import Principal, State, check_key_format

INVALID_HEADER = "Invalid Authorization header. Expected: [Basic|Bearer] <credentials>"


def authenticate(state: State, behaviour: Behaviour, header: str | None, quirks: list[str]) -> Principal:
    """Who calls, from the `Authorization` header: a Bearer API key, or HTTP Basic."""
    if not header:
        raise ApiError(401, INVALID_HEADER)
    scheme, _, credentials = header.partition(" ")
    credentials = credentials.partition(" ")[0]
    if scheme == "Basic":
        return _basic(state, behaviour, credentials, quirks)
    if scheme != "Bearer":
        raise ApiError(400, f"Authentication type 'Bearer' or 'Basic'required. Found '{scheme}'")
    if not credentials:
        raise ApiError(401, INVALID_HEADER)
    if not check_key_format(credentials):  # any other token is read as a dashboard session
        raise ApiError(401, "Invalid token or api key.")
    principal = state.principal(credentials)
    if principal is None:
        raise ApiError(401, "Invalid Api Key.")
    return principal


def _basic(state: State, behaviour: Behaviour, credentials: str, quirks: list[str]) -> Principal:
    """A secret key as the user name; the server appends its own password (`foo`) and strips `:foo`."""
    try:
        decoded = base64.b64decode(credentials, validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        decoded = ""
    user, colon, _ = decoded.partition(":")
    if not colon and "basic-auth-password-foo" in behaviour:
        quirks.append("basic-auth-password-foo")
        raise ApiError(401, "Unauthorized", NO_CODE)
    principal = state.principal(user)
    if principal is None or principal.key_type != "SECRET":
        raise ApiError(401, "Api Key is not valid")
    if "basic-auth-password-foo" in behaviour and decoded.replace(":foo", "") != user:
        quirks.append("basic-auth-password-foo")
        raise ApiError(404, "Organization not found. Please check your api key")
    return principal
