"""The demo accounts' sign-ins, on their own so the app can name them without importing the
engine that seeds them (FastAPI, stripe: about half a second at start-up)."""

DEMO_EMAIL = "demo@smartalex.test"
DEMO_PASSWORD = "demo-password"
OTHER_EMAIL = "other@smartalex.test"
OTHER_PASSWORD = "other-password"

# The agency demo (`--demo --agency N`): practices 1…N an agency manages, one sign-in each.
AGENCY_PASSWORD = "agency-password"
AGENCY_DOMAIN = "agency.smartalex.test"
MAX_AGENCY_PRACTICES = 500


def agency_email(number: int) -> str:
    """The sign-in of agency practice `number` (1-based): `practice-007@agency.smartalex.test`."""
    return f"practice-{number:03d}@{AGENCY_DOMAIN}"


def agency_sign_ins(count: int) -> list[tuple[str, str]]:
    """(email, password) of the first `count` agency practices."""
    return [(agency_email(number), AGENCY_PASSWORD) for number in range(1, count + 1)]


def demo_password(email: str) -> str | None:
    """The known password of a demo sign-in (demo mode signs in again by itself when a session
    ends); None for any other email."""
    folded = email.strip().casefold()
    if folded == DEMO_EMAIL:
        return DEMO_PASSWORD
    if folded == OTHER_EMAIL:
        return OTHER_PASSWORD
    if folded.startswith("practice-") and folded.endswith(f"@{AGENCY_DOMAIN}"):
        return AGENCY_PASSWORD
    return None
