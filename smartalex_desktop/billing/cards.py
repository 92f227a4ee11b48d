"""Card brands as SmartAlex names them.

The app never sees a card number (PCI DSS SAQ A: the card is entered on SmartAlex's hosted page,
with Stripe.js, see docs/cards.md), so there is nothing here to check a number with: only the
names of the brands Stripe reports and SmartAlex accepts.
"""

from __future__ import annotations

from enum import Enum


class Brand(Enum):
    VISA = "visa"
    MASTERCARD = "mastercard"
    AMEX = "amex"
    DISCOVER = "discover"

    @property
    def display_name(self) -> str:
        return {
            "visa": "Visa",
            "mastercard": "Mastercard",
            "amex": "American Express",
            "discover": "Discover",
        }[self.value]
