"""Saving a card the way an API client may (the app itself never takes a card number: it opens
the hosted card page): SetupIntent from the API, confirmed with Stripe directly, registered.

The card details go only to the Stripe base the API names, with the publishable key as a `key`
form field (the way Stripe.js sends it; localstripe takes the key only there). A card whose bank
asks for 3-D Secure is confirmed a second time, as localstripe's Stripe.js stand-in does when
"Complete authentication" is pressed.
"""

from __future__ import annotations

import httpx

VISA = "4242424242424242"
MASTERCARD = "5555555555554444"
DISCOVER = "6011111111111117"
DECLINED_AT_SETUP = "4000000000000002"
DECLINED_WHEN_CHARGED = "4000000000000341"
# 3-D Secure: localstripe asks for the bank's confirmation on setup and on every payment.
AUTHENTICATE = "4000002500003155"
AUTHENTICATE_ALWAYS = "4000002760003184"


def confirm_setup_intent(
    setup: dict[str, str],
    number: str,
    *,
    exp_month: int = 12,
    exp_year: int = 2031,
    cvc: str = "123",
) -> httpx.Response:
    """POST the card to Stripe's confirm endpoint with the publishable key; Stripe's answer."""
    intent_id = setup["setup_intent_id"]
    return httpx.post(
        f"{setup['stripe_api_base']}/v1/setup_intents/{intent_id}/confirm",
        data={
            "key": setup["publishable_key"],
            "client_secret": setup["client_secret"],
            "payment_method_data[type]": "card",
            "payment_method_data[card][number]": number,
            "payment_method_data[card][exp_month]": str(exp_month),
            "payment_method_data[card][exp_year]": str(exp_year),
            "payment_method_data[card][cvc]": cvc,
        },
        timeout=30.0,
    )


def add_card(api: httpx.Client, number: str = VISA, **card: object) -> dict[str, object]:
    """Save a card through the whole flow; returns the API's payment method."""
    setup = api.post("/v1/payment-methods/setup").json()
    confirmed = confirm_setup_intent(setup, number, **card)  # type: ignore[arg-type]
    assert confirmed.status_code == 200, confirmed.text
    if confirmed.json()["status"] == "requires_action":  # the bank's check, passed
        intent_id = setup["setup_intent_id"]
        confirmed = httpx.post(
            f"{setup['stripe_api_base']}/v1/setup_intents/{intent_id}/confirm",
            data={"key": setup["publishable_key"], "client_secret": setup["client_secret"]},
            timeout=30.0,
        )
        assert confirmed.json()["status"] == "succeeded", confirmed.text
    response = api.post("/v1/payment-methods", json={"setup_intent_id": setup["setup_intent_id"]})
    assert response.status_code == 200, response.text
    return dict(response.json())
