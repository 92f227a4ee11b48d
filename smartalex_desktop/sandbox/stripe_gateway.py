"""The sandbox's only door to Stripe: the official `stripe` SDK, against localstripe or test mode.

Everything the billing rules need from Stripe goes through `StripeGateway`, so the rest of the
sandbox never sees SDK objects or SDK exceptions: a decline is a `ChargeOutcome`, an outage is
`PaymentsUnavailable`. Idempotency keys are passed on to Stripe on every money-moving call, for
when this runs against real Stripe (localstripe ignores them; the SmartAlex API enforces its own).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import stripe

from smartalex_desktop.sandbox.errors import ApiError

log = logging.getLogger(__name__)

REAL_STRIPE_API_BASE = "https://api.stripe.com"


class PaymentsUnavailable(ApiError):
    """Stripe could not be reached or answered something we cannot interpret."""

    status = 503
    type = "api_error"

    def __init__(self, cause: stripe.StripeError | None = None) -> None:
        if cause is not None:
            # Stripe's messages never echo card numbers; the request id helps match its logs.
            log.warning("Stripe call failed: %s (%s)", type(cause).__name__, cause.user_message)
        super().__init__(
            "The payment service is not reachable right now; nothing was charged. "
            "Try again in a minute.",
            code="payments_unavailable",
        )


@dataclass(frozen=True)
class StripeCard:
    payment_method_id: str
    customer_id: str | None
    brand: str
    last4: str
    exp_month: int
    exp_year: int
    fingerprint: str | None = None  # the same for every copy of one card number


@dataclass(frozen=True)
class SetupIntentState:
    id: str
    status: str
    customer_id: str | None
    payment_method_id: str | None
    client_secret: str = field(default="", repr=False)  # what Stripe.js confirms it with


@dataclass(frozen=True)
class PaymentIntentState:
    id: str
    status: str
    amount_cents: int
    amount_refunded_cents: int
    customer_id: str | None = None
    client_secret: str = field(default="", repr=False)
    # Stripe's `last_payment_error.code`: how a failed attempt failed (a refused authentication
    # is `payment_intent_authentication_failure`).
    last_error_code: str | None = None


@dataclass(frozen=True)
class ChargeOutcome:
    """What happened to one charge attempt. A decline is an outcome, not an exception."""

    succeeded: bool
    payment_intent_id: str | None
    decline_code: str | None = None
    message: str | None = None
    # The bank asks the cardholder to confirm (3-D Secure): not a decline yet. On-session, the
    # payment waits for the hosted authentication page; off-session it is cancelled and failed.
    requires_action: bool = False


def refuse_live_key(secret_key: str) -> None:
    if secret_key.startswith(("sk_live_", "rk_live_")):
        raise ValueError(
            "The SmartAlex sandbox refuses live Stripe keys: it is never a way to real money. "
            "Use a test-mode key (sk_test_…)."
        )


class StripeGateway:
    """Customers, SetupIntents, cards and charges for the sandbox, in Stripe's own terms."""

    def __init__(self, secret_key: str, publishable_key: str, api_base: str) -> None:
        refuse_live_key(secret_key)
        self.publishable_key = publishable_key
        self.api_base = api_base.rstrip("/")
        # localstripe refuses a few parameters real Stripe wants (`off_session` on confirm,
        # `description`); they are sent only to real Stripe.
        self.real_stripe = self.api_base == REAL_STRIPE_API_BASE
        self._client = stripe.StripeClient(
            secret_key,
            base_addresses={"api": self.api_base},
            max_network_retries=2,
        )

    # --- customers and cards ----------------------------------------------------------------

    def create_customer(self, email: str, account_id: str) -> str:
        customer = self._call(
            self._client.v1.customers.create,
            {"email": email, "metadata": {"smartalex_account": account_id}},
        )
        return str(customer.id)

    def create_setup_intent(self, customer_id: str) -> tuple[str, str]:
        """A SetupIntent for one card; returns (id, client_secret)."""
        intent = self._call(
            self._client.v1.setup_intents.create,
            {"customer": customer_id, "payment_method_types": ["card"], "usage": "off_session"},
        )
        return str(intent.id), str(intent.client_secret)

    def setup_intent(self, setup_intent_id: str) -> SetupIntentState | None:
        """The SetupIntent, or None when Stripe has no such id."""
        try:
            intent = self._client.v1.setup_intents.retrieve(setup_intent_id)
        except stripe.InvalidRequestError:
            return None
        except stripe.StripeError as error:
            raise PaymentsUnavailable(error) from error
        return SetupIntentState(
            id=str(intent.id),
            status=str(intent.status),
            customer_id=_id_of(getattr(intent, "customer", None)),
            payment_method_id=_id_of(getattr(intent, "payment_method", None)),
            client_secret=str(getattr(intent, "client_secret", "") or ""),
        )

    def cancel_setup_intent(self, setup_intent_id: str) -> None:
        """Cancel a SetupIntent nobody will confirm any more (a card page that was cancelled or
        expired, or one replaced after a failed attempt). One that cannot be cancelled (already
        succeeded or cancelled, or gone) is left as it is."""
        try:
            self._client.v1.setup_intents.cancel(setup_intent_id)
        except stripe.InvalidRequestError:
            pass
        except stripe.StripeError as error:
            raise PaymentsUnavailable(error) from error

    def card(self, payment_method_id: str) -> StripeCard:
        method = self._call(self._client.v1.payment_methods.retrieve, payment_method_id)
        card = method.card
        fingerprint = getattr(card, "fingerprint", None)
        return StripeCard(
            payment_method_id=str(method.id),
            customer_id=_id_of(getattr(method, "customer", None)),
            brand=str(card.brand),
            last4=str(card.last4),
            exp_month=int(card.exp_month),
            exp_year=int(card.exp_year),
            fingerprint=str(fingerprint) if fingerprint else None,
        )

    def attach(self, payment_method_id: str, customer_id: str) -> None:
        self._call(
            self._client.v1.payment_methods.attach,
            payment_method_id,
            {"customer": customer_id},
        )

    def detach(self, payment_method_id: str) -> None:
        try:
            self._client.v1.payment_methods.detach(payment_method_id)
        except stripe.InvalidRequestError:
            pass  # already gone from Stripe: the outcome we wanted
        except stripe.StripeError as error:
            raise PaymentsUnavailable(error) from error

    def confirm_with_test_card(self, setup_intent_id: str, number: str, cvc: str) -> None:
        """Confirm a SetupIntent server-side with a Stripe test card (demo seeding only).

        localstripe takes the test numbers; real Stripe test mode refuses raw numbers from a
        server, so there the matching `pm_card_<brand>` test payment method is used.
        """
        if self.real_stripe:
            brand = {"4": "visa", "5": "mastercard", "3": "amex", "6": "discover"}[number[0]]
            params: dict[str, Any] = {"payment_method": f"pm_card_{brand}"}
        else:
            params = {
                "payment_method_data": {
                    "type": "card",
                    "card": {"number": number, "exp_month": 12, "exp_year": 2030, "cvc": cvc},
                }
            }
        self._call(self._client.v1.setup_intents.confirm, setup_intent_id, params)

    # --- money ------------------------------------------------------------------------------

    def charge(
        self,
        *,
        customer_id: str,
        payment_method_id: str,
        amount_cents: int,
        description: str,
        idempotency_key: str,
        metadata: dict[str, str],
        off_session: bool = True,
    ) -> ChargeOutcome:
        """Charge a saved card now. Declines come back as an outcome."""
        intent_id = self.create_payment_intent(
            customer_id=customer_id,
            payment_method_id=payment_method_id,
            amount_cents=amount_cents,
            description=description,
            idempotency_key=f"{idempotency_key}:create",
            metadata=metadata,
        )
        return self.confirm_payment_intent(
            intent_id, f"{idempotency_key}:confirm", off_session=off_session
        )

    def create_payment_intent(
        self,
        *,
        customer_id: str,
        payment_method_id: str,
        amount_cents: int,
        description: str,
        idempotency_key: str,
        metadata: dict[str, str],
    ) -> str:
        """An unconfirmed PaymentIntent: nothing is charged until `confirm_payment_intent`.

        Creating it first gives the payment an id we can store before money moves, so a crash
        at any point leaves a record to reconcile against Stripe, never a charge we can't find.
        """
        if amount_cents <= 0:
            raise ValueError("a charge must be positive")
        params: dict[str, Any] = {
            "amount": amount_cents,
            "currency": "usd",
            "customer": customer_id,
            "payment_method": payment_method_id,
            "payment_method_types": ["card"],
            "metadata": {**metadata, "description": description},
        }
        if self.real_stripe:
            params["description"] = description
        intent = self._call_with_key(
            self._client.v1.payment_intents.create, idempotency_key, params
        )
        return str(intent.id)

    def confirm_payment_intent(
        self, payment_intent_id: str, idempotency_key: str, *, off_session: bool = True
    ) -> ChargeOutcome:
        """Charge the PaymentIntent's card now; a decline is an outcome. `off_session`: the
        cardholder is not there (a renewal, an automatic top-up) — real Stripe then declines a
        card whose bank wants a confirmation instead of asking for one."""
        try:
            intent = self._client.v1.payment_intents.confirm(
                payment_intent_id,
                {"off_session": True} if self.real_stripe and off_session else {},
                options={"idempotency_key": idempotency_key},
            )
        except stripe.CardError as error:
            return _declined(error, payment_intent_id)
        except stripe.StripeError as error:
            raise PaymentsUnavailable(error) from error
        return _outcome_of(intent)

    def payment_intent(self, payment_intent_id: str) -> PaymentIntentState:
        intent = self._call(
            self._client.v1.payment_intents.retrieve,
            payment_intent_id,
            {"expand": ["latest_charge"]},
        )
        charge = getattr(intent, "latest_charge", None)
        if isinstance(charge, str):
            charge = self._call(self._client.v1.charges.retrieve, charge)
        refunded = int(getattr(charge, "amount_refunded", 0) or 0) if charge else 0
        last_error = getattr(intent, "last_payment_error", None)
        return PaymentIntentState(
            id=str(intent.id),
            status=str(intent.status),
            amount_cents=int(intent.amount),
            amount_refunded_cents=refunded,
            customer_id=_id_of(getattr(intent, "customer", None)),
            client_secret=str(getattr(intent, "client_secret", "") or ""),
            last_error_code=str(last_error["code"])
            if last_error and "code" in last_error
            else None,
        )

    def cancel_payment_intent(self, payment_intent_id: str) -> ChargeOutcome | None:
        """Cancel a payment waiting for the bank's confirmation, so it can never be charged
        later; what became of it. A cancel can lose a race with the cardholder's confirmation:
        then the payment succeeded, and the outcome says so (the caller settles it as paid).
        None: still processing at Stripe."""
        try:
            self._client.v1.payment_intents.cancel(payment_intent_id)
        except stripe.InvalidRequestError:
            pass  # not cancellable any more: it succeeded, or failed, or was cancelled already
        except stripe.StripeError as error:
            raise PaymentsUnavailable(error) from error
        return final_outcome(self.payment_intent(payment_intent_id))

    def outcome_of(self, payment_intent_id: str) -> ChargeOutcome | None:
        """What became of a PaymentIntent we created: succeeded, or failed (declined or
        cancelled, nothing charged) — None while it was never confirmed or is still processing,
        when only the caller knows whether to confirm it now or give up on it."""
        return final_outcome(self.payment_intent(payment_intent_id))

    def interrupted_outcome(self, payment_intent_id: str | None) -> ChargeOutcome | None:
        """At start-up, what a charge a crash interrupted came to. Never confirmed (or never
        created) means nothing was charged and it fails: its request died unanswered. None:
        still processing at Stripe, ask again later."""
        interrupted = ChargeOutcome(
            succeeded=False,
            payment_intent_id=payment_intent_id,
            decline_code="interrupted",
            message="The payment was interrupted before the card was charged; nothing was charged.",
        )
        if payment_intent_id is None:
            return interrupted
        state = self.payment_intent(payment_intent_id)
        if state.status == "requires_confirmation":
            return interrupted
        return final_outcome(state)

    def refund(self, payment_intent_id: str, amount_cents: int, idempotency_key: str) -> None:
        """Refund part or all of a succeeded PaymentIntent (the caller enforces the limits:
        localstripe would refund more than was charged)."""
        self._call_with_key(
            self._client.v1.refunds.create,
            idempotency_key,
            {"payment_intent": payment_intent_id, "amount": amount_cents},
        )

    def _call_with_key(self, method: Any, idempotency_key: str, params: dict[str, Any]) -> Any:
        try:
            return method(params, options={"idempotency_key": idempotency_key})
        except stripe.StripeError as error:
            raise PaymentsUnavailable(error) from error

    def _call(self, method: Any, *args: Any) -> Any:
        try:
            return method(*args)
        except stripe.StripeError as error:
            raise PaymentsUnavailable(error) from error


AUTHENTICATION_FAILED = (
    "Your bank did not confirm the payment, so nothing was charged. Try again and complete the "
    "bank's check, or use another card."
)
OFF_SESSION_AUTHENTICATION = (
    "Your bank asks you to confirm this payment; nothing was charged. Pay it from SmartAlex "
    "Desktop (Invoices, Pay Now) and confirm it with your bank in the browser, or use another "
    "card."
)


def final_outcome(state: PaymentIntentState) -> ChargeOutcome | None:
    """Succeeded, or failed with nothing charged; None while undecided (not confirmed yet,
    processing, or waiting for the bank's confirmation)."""
    if state.status == "succeeded":
        return ChargeOutcome(succeeded=True, payment_intent_id=state.id)
    if state.status == "requires_payment_method" and (
        state.last_error_code == "payment_intent_authentication_failure"
    ):
        return ChargeOutcome(
            succeeded=False,
            payment_intent_id=state.id,
            decline_code="authentication_failed",
            message=AUTHENTICATION_FAILED,
        )
    if state.status in ("requires_payment_method", "canceled"):
        return ChargeOutcome(
            succeeded=False,
            payment_intent_id=state.id,
            decline_code="not_charged",
            message="The payment did not go through; nothing was charged.",
        )
    return None


def _declined(error: stripe.CardError, payment_intent_id: str | None) -> ChargeOutcome:
    if error.error is not None and error.error.payment_intent is not None:
        payment_intent_id = str(error.error.payment_intent.id)
    if error.code == "authentication_required":  # real Stripe, off-session: the bank asks
        return ChargeOutcome(
            succeeded=False,
            payment_intent_id=payment_intent_id,
            decline_code="authentication_required",
            message=OFF_SESSION_AUTHENTICATION,
        )
    return ChargeOutcome(
        succeeded=False,
        payment_intent_id=payment_intent_id,
        decline_code=(error.error.decline_code if error.error else None)
        or error.code
        or "card_declined",
        message=error.user_message or "Your card was declined.",
    )


def _outcome_of(intent: Any) -> ChargeOutcome:
    if intent.status == "succeeded":
        return ChargeOutcome(succeeded=True, payment_intent_id=str(intent.id))
    if intent.status == "requires_action":
        return ChargeOutcome(
            succeeded=False,
            payment_intent_id=str(intent.id),
            decline_code="authentication_required",
            message=OFF_SESSION_AUTHENTICATION,
            requires_action=True,
        )
    return ChargeOutcome(
        succeeded=False,
        payment_intent_id=str(intent.id),
        decline_code=str(intent.status),
        message="The payment did not go through; nothing was charged. Try again in a moment.",
    )


def _id_of(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return str(value.id)
