"""The window's words for what the office manager names: one place, so a thing is called the
same on every tab, dialog and tooltip.

The API's codes (invoice types, statuses, call types, plan tiers) are said through
`billing/names.py`, which the PDFs share; what is here is the window's own vocabulary, chosen as
an office manager would say it rather than as the API or a developer would: an invoice's *type*
(not its "kind"), the *PDF app* (not the "system viewer"), the *demo account* (not the
"sandbox"). Forms in `ui/` carry the same words so Qt Designer shows them; the code sets them
from here.
"""

from __future__ import annotations

from smartalex_desktop.billing.names import call_type_name, plan_tier_name

__all__ = [
    "ALL_TYPES",
    "CONNECTED_DEMO",
    "OPEN_IN_PDF_APP",
    "STARTING_DEMO",
    "TYPE",
    "call_type_name",
    "mnemonic",
    "plan_tier_name",
]

# The column and caption for an invoice's or a Wallet transaction's kind.
TYPE = "Type"
ALL_TYPES = "All types"
# Hands a PDF to whatever opens PDFs on this computer (a reader, a browser).
OPEN_IN_PDF_APP = "Open in PDF App"
# The status bar in demo mode: what is connected is the demo account, and no money is real.
STARTING_DEMO = "Starting the demo account…"
CONNECTED_DEMO = "Connected to the demo account"


def mnemonic(text: str, letter: str) -> str:
    """`text` with its Alt+letter shortcut: "&" before the first `letter` (case-sensitive).
    Which letter is free depends on the window the button is in, so the caller chooses."""
    at = text.index(letter)
    return f"{text[:at]}&{text[at:]}"
