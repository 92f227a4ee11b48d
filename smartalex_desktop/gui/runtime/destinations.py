"""Where to open an account: a tab, and on it a record to select or an action to start.

The All Accounts view (and a notice) asks the window to open an account "where the problem is":
a past-due invoice on the Invoices tab with that invoice selected, a low Wallet on the Wallet tab
with Add Credits… open. A plain value, so the view that asks and the tab that answers need not
know each other (gui/ features never import one another): the window switches to the account,
shows the tab, and hands it the destination (`AccountTab.go_to`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Action(enum.StrEnum):
    ADD_CREDITS = "add_credits"  # the Wallet tab's Add Credits… dialog


@dataclass(frozen=True)
class Destination:
    tab: str  # an AccountTab's icon_name: "plan", "card", "invoice", "wallet", "usage"
    invoice_id: str | None = None  # Invoices: the invoice to select
    action: Action | None = None
