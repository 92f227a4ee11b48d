"""The hosted pages: where a card is entered and a payment confirmed with the bank, in the user's
browser, with Stripe.js — never in the app (docs/cards.md)."""
