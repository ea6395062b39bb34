"""`python -m kohortpay.testing.contract`: the contract kit, as `kohortpay-contract`."""

import sys

from .cli import main

sys.exit(main())
