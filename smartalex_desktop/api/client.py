"""The SmartAlex API client: every endpoint of the API (docs/openapi.json) over httpx, safely.

    client = SmartAlexClient("https://api.smartalex.ai")
    client.sign_in("office@clinic.example", "…")
    for invoice in client.iter_invoices(status="open"):
        ...

Safety, in one place:
- explicit connect/read timeouts on every request; TLS verification always on; plain `http://`
  only to a loopback address (the local sandbox);
- retries with exponential backoff and jitter only where a retry cannot do a thing twice: GETs,
  failures to connect (the request never left), and POSTs carrying an Idempotency-Key — the same
  key on every retry of one call; `Retry-After` honoured on 429 and 503;
- an expired access token is refreshed once and the request repeated, even when several threads
  hit the 401 together (one refresh; the others wait for it);
- errors are `errors.SmartAlexError`s with a sentence for the user; tokens, card numbers and
  request bodies are never logged nor put into an error.

No Qt: the app calls this from worker threads (`thread_guard` lets it refuse the GUI thread).
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import quote

from smartalex_desktop.api import errors, models
from smartalex_desktop.api.addresses import check_page_url
from smartalex_desktop.api.connection import ApiConnection


def new_idempotency_key() -> str:
    """A key for one user action: create it when the user acts, reuse it on every retry."""
    return str(uuid.uuid4())


def _page_address_missing() -> errors.ServerError:
    return errors.ServerError(
        "SmartAlex did not send the card page's address. Try again in a moment.",
        code="page_address_missing",
    )


class SmartAlexClient(ApiConnection):
    """Every endpoint of the SmartAlex API, over one `ApiConnection`. Thread-safe."""

    def __repr__(self) -> str:
        return f"SmartAlexClient({self.base_url!r}, signed_in={self.signed_in})"

    # --- account ----------------------------------------------------------------------------

    def account(self) -> models.Account:
        return self._get(models.Account, "/v1/account")

    def update_account(self, **changes: str) -> models.Account:
        """Change practice name, address, tax ID or timezone (the tax rate is SmartAlex's)."""
        return self._parse(
            models.Account, self._request("PATCH", "/v1/account", json=changes, retry_unsafe=True)
        )

    def change_email(self, email: str, current_password: str) -> models.Account:
        return self._post(
            models.Account,
            "/v1/account/email",
            {"email": email, "current_password": current_password},
        )

    def change_password(self, current_password: str, new_password: str) -> None:
        self._request(
            "POST",
            "/v1/account/password",
            json={"current_password": current_password, "new_password": new_password},
        )

    def billing_config(self) -> models.BillingConfig:
        return self._get(models.BillingConfig, "/v1/billing/config")

    # --- plans and subscription -----------------------------------------------------------

    def plans(self) -> list[models.Plan]:
        return list(self._pages(models.Plan, "/v1/plans"))

    def subscription(self) -> models.Subscription:
        return self._get(models.Subscription, "/v1/subscription")

    def preview_plan_change(self, plan: str) -> models.PlanChangePreview:
        return self._post(
            models.PlanChangePreview, "/v1/subscription/preview-change", {"plan": plan}
        )

    def change_plan(
        self, plan: str, *, idempotency_key: str | None = None
    ) -> models.PlanChangeResult:
        """Change plan as previewed; an upgrade charges the default card now."""
        return self._post(
            models.PlanChangeResult,
            "/v1/subscription/change",
            {"plan": plan},
            idempotency_key=idempotency_key or new_idempotency_key(),
        )

    def cancel_subscription(self, reason: str, comment: str | None = None) -> models.Subscription:
        return self._post(
            models.Subscription, "/v1/subscription/cancel", {"reason": reason, "comment": comment}
        )

    def resume_subscription(self) -> models.Subscription:
        return self._post(models.Subscription, "/v1/subscription/resume")

    # --- cards --------------------------------------------------------------------------------

    def payment_methods(self) -> list[models.PaymentMethod]:
        return list(self._pages(models.PaymentMethod, "/v1/payment-methods"))

    def create_card_setup_session(
        self, *, idempotency_key: str | None = None
    ) -> models.CardSetupSession:
        """A hosted card page for this account: its `url` is for the user's browser, where the
        card is entered (with Stripe.js): no card number ever passes through the app. The URL
        is checked before it is handed back (https, or this computer's own sandbox)."""
        session = self._post(
            models.CardSetupSession,
            "/v1/payment-methods/setup-sessions",
            idempotency_key=idempotency_key or new_idempotency_key(),
        )
        if session.url is None:
            raise _page_address_missing()
        check_page_url(session.url, loopback_allowed=self.sandbox)
        return session

    def card_setup_session(self, session_id: str) -> models.CardSetupSession:
        return self._get(
            models.CardSetupSession,
            f"/v1/payment-methods/setup-sessions/{_segment(session_id)}",
        )

    def cancel_card_setup_session(self, session_id: str) -> models.CardSetupSession:
        return self._post(
            models.CardSetupSession,
            f"/v1/payment-methods/setup-sessions/{_segment(session_id)}/cancel",
        )

    def make_default_card(self, payment_method_id: str) -> models.PaymentMethod:
        return self._post(
            models.PaymentMethod, f"/v1/payment-methods/{_segment(payment_method_id)}/make-default"
        )

    def remove_card(self, payment_method_id: str) -> models.PaymentMethodDeleted:
        return self._parse(
            models.PaymentMethodDeleted,
            # Not retried once sent: a retry of a removal that worked would answer "not found".
            self._request("DELETE", f"/v1/payment-methods/{_segment(payment_method_id)}"),
        )

    # --- invoices -------------------------------------------------------------------------

    def invoices_page(
        self, *, limit: int = 20, starting_after: str | None = None, **filters: Any
    ) -> tuple[list[models.Invoice], bool]:
        response = self._request(
            "GET",
            "/v1/invoices",
            params={"limit": limit, "starting_after": starting_after, **_filters(filters)},
        )
        return self._parse_page(models.Invoice, response)

    def iter_invoices(self, **filters: Any) -> Iterator[models.Invoice]:
        """Invoices, newest first; filters: status, kind, created_gte, created_lt."""
        return self._pages(models.Invoice, "/v1/invoices", _filters(filters))

    def invoice(self, invoice_id: str) -> models.Invoice:
        return self._get(models.Invoice, f"/v1/invoices/{_segment(invoice_id)}")

    def pay_invoice(
        self, invoice_id: str, payment_method_id: str, *, idempotency_key: str | None = None
    ) -> models.Invoice:
        return self._post(
            models.Invoice,
            f"/v1/invoices/{_segment(invoice_id)}/pay",
            {"payment_method_id": payment_method_id},
            idempotency_key=idempotency_key or new_idempotency_key(),
        )

    def receipt_eml(self, invoice_id: str) -> bytes:
        return self._request("GET", f"/v1/invoices/{_segment(invoice_id)}/receipt").content

    # --- wallet ----------------------------------------------------------------------------

    def wallet(self) -> models.Wallet:
        return self._get(models.Wallet, "/v1/wallet")

    def update_wallet(
        self,
        *,
        low_balance_threshold_cents: int | None = None,
        auto_top_up: dict[str, Any] | None = None,
    ) -> models.Wallet:
        body: dict[str, Any] = {}
        if low_balance_threshold_cents is not None:
            body["low_balance_threshold_cents"] = low_balance_threshold_cents
        if auto_top_up is not None:
            body["auto_top_up"] = auto_top_up
        return self._parse(
            models.Wallet, self._request("PATCH", "/v1/wallet", json=body, retry_unsafe=True)
        )

    def top_up(
        self, amount_cents: int, payment_method_id: str, *, idempotency_key: str | None = None
    ) -> models.TopUp:
        """Add credits; pass the same `idempotency_key` when retrying one user action."""
        return self._post(
            models.TopUp,
            "/v1/wallet/top-ups",
            {"amount_cents": amount_cents, "payment_method_id": payment_method_id},
            idempotency_key=idempotency_key or new_idempotency_key(),
        )

    # --- payments that wait for the bank's confirmation ------------------------------------

    def payment_authentication(self, authentication_id: str) -> models.PaymentAuthentication:
        """A top-up, invoice payment or upgrade that answered `AuthenticationRequired`: whether
        the bank has confirmed it (`succeeded`), refused it, or is still waiting."""
        return self._get(
            models.PaymentAuthentication,
            f"/v1/payment-authentications/{_segment(authentication_id)}",
        )

    def cancel_payment_authentication(self, authentication_id: str) -> models.PaymentAuthentication:
        """Stop waiting: nothing is charged, unless the bank confirmed it first."""
        return self._post(
            models.PaymentAuthentication,
            f"/v1/payment-authentications/{_segment(authentication_id)}/cancel",
        )

    def iter_top_ups(self) -> Iterator[models.TopUp]:
        return self._pages(models.TopUp, "/v1/wallet/top-ups")

    def top_ups_page(
        self, *, limit: int = 100, starting_after: str | None = None
    ) -> tuple[list[models.TopUp], bool]:
        """One page of top-ups, newest first, and whether more follow."""
        return self._page(models.TopUp, "/v1/wallet/top-ups", limit, starting_after)

    def wallet_transactions_page(
        self, *, limit: int = 100, starting_after: str | None = None
    ) -> tuple[list[models.WalletTransaction], bool]:
        """One page, newest first, and whether more follow (for views that load as they go)."""
        return self._page(
            models.WalletTransaction, "/v1/wallet/transactions", limit, starting_after
        )

    def iter_wallet_transactions(self) -> Iterator[models.WalletTransaction]:
        return self._pages(models.WalletTransaction, "/v1/wallet/transactions")

    def request_refund(
        self, top_up_id: str, *, idempotency_key: str | None = None
    ) -> models.RefundResult:
        return self._post(
            models.RefundResult,
            f"/v1/wallet/top-ups/{_segment(top_up_id)}/refund-request",
            idempotency_key=idempotency_key or new_idempotency_key(),
        )

    # --- usage -----------------------------------------------------------------------------

    def usage(self) -> models.Usage:
        return self._get(models.Usage, "/v1/usage")

    def daily_usage(self, day: date | None = None) -> models.DailyUsageSeries:
        return self._get(
            models.DailyUsageSeries, "/v1/usage/daily", {"date": day.isoformat() if day else None}
        )

    def calls_page(
        self, *, limit: int = 100, starting_after: str | None = None
    ) -> tuple[list[models.Call], bool]:
        return self._page(models.Call, "/v1/usage/calls", limit, starting_after)

    def iter_calls(self) -> Iterator[models.Call]:
        return self._pages(models.Call, "/v1/usage/calls")

    # --- sandbox only --------------------------------------------------------------------

    def sandbox_record_call(self, call_type: str, seconds: int) -> models.Call:
        return self._post(
            models.Call, "/v1/sandbox/calls", {"call_type": call_type, "seconds": seconds}
        )

    def sandbox_clock(self) -> models.Clock:
        return self._parse(
            models.Clock, self._request("GET", "/v1/sandbox/clock", authenticated=False)
        )

    def now(self) -> datetime:
        """SmartAlex's now: the sandbox's clock in demo mode (it stands still, or was moved
        ahead), this machine's clock otherwise or when the sandbox can't say."""
        if self.sandbox:
            with contextlib.suppress(errors.SmartAlexError):
                now = self.sandbox_clock().now
                return now if now.tzinfo else now.replace(tzinfo=UTC)
        return datetime.now(UTC)

    def sandbox_advance_clock(self, days: int) -> models.Clock:
        return self._parse(
            models.Clock,
            self._request(
                "POST", "/v1/sandbox/clock/advance", json={"days": days}, authenticated=False
            ),
        )


def _filters(filters: dict[str, Any]) -> dict[str, Any]:
    allowed = {"status", "kind", "created_gte", "created_lt"}
    unknown = set(filters) - allowed
    if unknown:
        raise TypeError(f"unknown invoice filters: {sorted(unknown)}")
    return {
        key: value.isoformat() if isinstance(value, datetime) else value
        for key, value in filters.items()
    }


def _segment(value: str) -> str:
    """An id as one path segment (ids come from the API, but never trust a slash)."""
    return quote(value, safe="")
