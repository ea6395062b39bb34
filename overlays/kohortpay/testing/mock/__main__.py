"""`python -m kohortpay.testing.mock`: the mock server, as `kohortpay-mock`."""

from . import main

main()
