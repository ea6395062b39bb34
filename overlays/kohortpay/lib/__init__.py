"""Hand-written conveniences beyond the API's operations, attached to the generated resources in
:mod:`kohortpay.resources`."""
