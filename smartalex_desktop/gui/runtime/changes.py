"""What an action changed, so that only the views showing it reload (docs/conventions.md, "Say
what changed").

    accounts.announce(Change.PLAN | Change.INVOICES | Change.USAGE)  # after a plan change

Each tab says which changes it shows (`AccountTab.shows`) and reloads only for those.
"""

from __future__ import annotations

import enum


class Change(enum.Flag):
    ACCOUNT = enum.auto()  # practice name, address, tax ID, email
    PLAN = enum.auto()  # the subscription: plan, status, renewal, scheduled change
    CARDS = enum.auto()  # payment methods and which one is the default
    INVOICES = enum.auto()
    WALLET = enum.auto()
    USAGE = enum.auto()
    ALL = ACCOUNT | PLAN | CARDS | INVOICES | WALLET | USAGE
