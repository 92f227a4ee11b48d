"""Shared test helpers: a real sandbox process, signed-in HTTP clients, Stripe card set-up."""
