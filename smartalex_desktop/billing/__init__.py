"""The billing rules the app explains (money, cards, dates): pure Python, no Qt, no network."""
