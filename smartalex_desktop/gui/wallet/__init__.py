"""The Wallet tab: the ledger, adding credits, auto top-up, refunds, statements."""
