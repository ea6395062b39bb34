"""The project's own generation step, run by `make generate` after openapi-python-client.

It reads openapi.yaml and its `x-kohortpay` extension (x-kohortpay.schema.yaml) and writes, into the
generated package: the SDK's resource classes (`resources/`), the facts table that the SDK, the mock
server and the testing kit share (`facts.py`), and the schemas as camelCase TypedDicts (`records.py`).
`python -m codegen check` checks the extension (`make spec`). See CONTRIBUTING.md.
"""
