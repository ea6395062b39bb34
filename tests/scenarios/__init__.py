"""End-to-end scenarios over real HTTP against the mock KohortPay server (`kohortpay.testing`)."""
