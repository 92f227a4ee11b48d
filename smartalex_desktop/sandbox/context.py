"""What every request handler of one running sandbox shares: its settings and its Stripe."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from smartalex_desktop.sandbox import db
from smartalex_desktop.sandbox.config import SandboxConfig
from smartalex_desktop.sandbox.stripe_gateway import StripeGateway


@dataclass(frozen=True)
class SandboxContext:
    config: SandboxConfig
    gateway: StripeGateway

    def connect(self) -> sqlite3.Connection:
        return db.connect(self.config.database_path)
