"""The mock's HTTP shell: the ASGI application (routing, authentication, validation, idempotency),
injected faults, the control API under `/_mock/`, and the uvicorn server."""
