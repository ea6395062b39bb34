# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""The code generated from openapi.yaml (`make generate`): `models` (attrs classes of every schema),
`api` (one request builder per operation), `resources` (the SDK's resource classes), `facts` (what
the spec's `x-kohortpay` extension says) and `records` (the schemas as camelCase TypedDicts).

Use it through `kohortpay.KohortPay`; import models from `kohortpay_client.models`.
"""
