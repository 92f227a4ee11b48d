"""The Payment Methods tab: the card rows and adding a card."""
