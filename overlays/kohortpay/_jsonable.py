"""`json.dumps(anything, default=kohortpay.json_default)`: the SDK's values as JSON."""

from __future__ import annotations

import datetime
from enum import Enum
from typing import Any

from kohortpay_client.types import serialize_datetime


def json_default(value: Any) -> Any:
    """The `default=` of `json.dumps` for SDK values: a model as its `to_dict()` (the API's field
    names), a datetime in the API's format (UTC, milliseconds), an enum member as its value."""
    if callable(getattr(value, "to_dict", None)):
        return value.to_dict()
    if isinstance(value, datetime.datetime):
        return serialize_datetime(value, "value")
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
