"""The demo accounts' sign-ins, on their own so the app can name them without importing the
engine that seeds them (FastAPI, stripe: about half a second at start-up)."""

DEMO_EMAIL = "demo@smartalex.test"
DEMO_PASSWORD = "demo-password"
OTHER_EMAIL = "other@smartalex.test"
OTHER_PASSWORD = "other-password"
