"""Cards through Stripe SetupIntents, and the default and removal rules of docs/billing-rules.md."""

from __future__ import annotations

from tests.helpers.cards import (
    DECLINED_AT_SETUP,
    DISCOVER,
    MASTERCARD,
    VISA,
    add_card,
    confirm_setup_intent,
)


def test_a_card_confirmed_with_the_publishable_key_is_saved_and_the_first_is_default(sandbox):
    api = sandbox.create_account().http
    setup = api.post("/v1/payment-methods/setup").json()
    assert setup["publishable_key"].startswith("pk_test_")
    assert setup["stripe_api_base"].startswith("http://127.0.0.1:")
    assert setup["client_secret"].startswith(setup["setup_intent_id"])

    confirmed = confirm_setup_intent(setup, VISA, exp_month=7, exp_year=2032)
    assert confirmed.status_code == 200 and confirmed.json()["status"] == "succeeded"
    saved = api.post("/v1/payment-methods", json={"setup_intent_id": setup["setup_intent_id"]})
    assert saved.status_code == 200, saved.text
    card = saved.json()
    assert (card["brand"], card["last4"], card["exp_month"], card["exp_year"]) == (
        "visa",
        "4242",
        7,
        2032,
    )
    assert card["is_default"] is True
    assert "number" not in card and "4242424242424242" not in saved.text

    again = api.post("/v1/payment-methods", json={"setup_intent_id": setup["setup_intent_id"]})
    assert again.status_code == 409

    second = add_card(api, MASTERCARD)
    assert second["is_default"] is False
    listed = api.get("/v1/payment-methods").json()
    assert [c["last4"] for c in listed["data"]] == ["4444", "4242"]  # newest first
    assert listed["has_more"] is False


def test_a_card_declined_at_confirmation_is_not_saved(sandbox):
    api = sandbox.create_account().http
    setup = api.post("/v1/payment-methods/setup").json()
    declined = confirm_setup_intent(setup, DECLINED_AT_SETUP)
    assert declined.status_code == 402
    assert "declined" in declined.json()["error"]["message"]
    refused = api.post("/v1/payment-methods", json={"setup_intent_id": setup["setup_intent_id"]})
    assert refused.status_code == 409
    assert refused.json()["error"]["code"] == "setup_intent_not_succeeded"
    assert "enter the card again" in refused.json()["error"]["message"]
    assert api.get("/v1/payment-methods").json()["data"] == []


def test_an_unconfirmed_or_unknown_or_foreign_setup_intent_is_refused(sandbox):
    owner = sandbox.create_account().http
    intruder = sandbox.create_account().http
    setup = owner.post("/v1/payment-methods/setup").json()

    unconfirmed = owner.post(
        "/v1/payment-methods", json={"setup_intent_id": setup["setup_intent_id"]}
    )
    assert unconfirmed.status_code == 409

    assert confirm_setup_intent(setup, VISA).status_code == 200
    foreign = intruder.post(
        "/v1/payment-methods", json={"setup_intent_id": setup["setup_intent_id"]}
    )
    assert foreign.status_code == 404
    assert foreign.json()["error"]["param"] == "setup_intent_id"
    unknown = owner.post("/v1/payment-methods", json={"setup_intent_id": "seti_doesnotexist"})
    assert unknown.status_code == 404
    assert intruder.get("/v1/payment-methods").json()["data"] == []


def test_the_only_card_stays_while_subscribed_and_removing_the_default_promotes_the_newest(
    sandbox,
):
    api = sandbox.create_account().http
    only = add_card(api, VISA)
    refused = api.delete(f"/v1/payment-methods/{only['id']}")
    assert refused.status_code == 409
    assert "add a new card first, then remove" in refused.json()["error"]["message"].lower()

    # Also while set to cancel at period end: the subscription is still running.
    api.post("/v1/subscription/cancel", json={"reason": "unused"})
    assert api.delete(f"/v1/payment-methods/{only['id']}").status_code == 409
    api.post("/v1/subscription/resume")

    middle = add_card(api, MASTERCARD)
    newest = add_card(api, DISCOVER)
    removed = api.delete(f"/v1/payment-methods/{only['id']}")
    assert removed.status_code == 200, removed.text
    body = removed.json()
    assert body["deleted"] is True
    assert body["default_payment_method_id"] == newest["id"]
    assert "•••• 1117 is now the default" in body["message"]
    cards = {c["id"]: c for c in api.get("/v1/payment-methods").json()["data"]}
    assert set(cards) == {middle["id"], newest["id"]}
    assert cards[newest["id"]]["is_default"] is True

    made = api.post(f"/v1/payment-methods/{middle['id']}/make-default")
    assert made.status_code == 200 and made.json()["is_default"] is True
    # Removing a card that is not the default leaves the default alone.
    kept = api.delete(f"/v1/payment-methods/{newest['id']}").json()
    assert kept["default_payment_method_id"] == middle["id"]


def test_another_accounts_card_is_not_found(sandbox):
    owner = sandbox.create_account().http
    intruder = sandbox.create_account().http
    card = add_card(owner, VISA)
    add_card(owner, MASTERCARD)
    assert intruder.post(f"/v1/payment-methods/{card['id']}/make-default").status_code == 404
    assert intruder.delete(f"/v1/payment-methods/{card['id']}").status_code == 404
    assert len(owner.get("/v1/payment-methods").json()["data"]) == 2


def test_a_brand_smartalex_does_not_accept_is_refused_and_nothing_is_saved(sandbox):
    api = sandbox.create_account().http
    setup = api.post("/v1/payment-methods/setup").json()
    # Stripe accepts a JCB card; SmartAlex takes Visa, Mastercard, Amex and Discover only.
    assert confirm_setup_intent(setup, "3566002020360505").json()["status"] == "succeeded"
    refused = api.post("/v1/payment-methods", json={"setup_intent_id": setup["setup_intent_id"]})
    assert refused.status_code == 422
    error = refused.json()["error"]
    assert error["code"] == "card_brand_not_accepted"
    assert "Visa, Mastercard, American Express or Discover" in error["message"]
    assert api.get("/v1/payment-methods").json()["data"] == []


def test_american_express_and_the_real_brands_are_saved(sandbox):
    api = sandbox.create_account().http
    amex = add_card(api, "378282246310005", cvc="1234")
    assert (amex["brand"], amex["last4"]) == ("amex", "0005")
    assert add_card(api, MASTERCARD)["brand"] == "mastercard"
    assert add_card(api, DISCOVER)["brand"] == "discover"
