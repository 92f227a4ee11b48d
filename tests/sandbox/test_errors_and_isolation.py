"""Bad input gets a clear 4xx in the API's error envelope; one account never sees another's data."""

from __future__ import annotations

import pytest

from tests.helpers.cards import MASTERCARD, VISA, add_card
from tests.helpers.periods import advance_to_period_end


def _error(response, status):
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) >= {"type", "code", "message", "param"}
    assert error["message"].endswith((".", "!")) and len(error["message"]) > 15
    return error


def test_malformed_json_and_wrong_types_name_the_field(sandbox):
    api = sandbox.create_account().http
    malformed = api.post(
        "/v1/subscription/cancel", content=b"{reason:", headers={"Content-Type": "application/json"}
    )
    assert _error(malformed, 400)["code"] == "invalid_json"
    wrong_type = api.patch("/v1/account", json={"company_name": 42})
    assert _error(wrong_type, 422)["param"] == "company_name"
    unknown_field = api.post("/v1/subscription/change", json={"plan": "dental", "price": 1})
    assert _error(unknown_field, 422)["param"] == "price"
    missing = api.post("/v1/subscription/change", json={})
    error = _error(missing, 422)
    assert error["param"] == "plan" and "required" in error["message"]
    not_object = api.post("/v1/subscription/change", json=["dental"])
    _error(not_object, 422)


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"email": "x@clinic.test", "password": "longenough", "plan": "gold"}, "plan"),
        ({"email": "not-an-email", "password": "longenough", "plan": "dental"}, "email"),
        (
            {
                "email": "y@clinic.test",
                "password": "longenough",
                "plan": "dental",
                "tax_rate_bps": -5,
            },
            "tax_rate_bps",
        ),
        (
            {
                "email": "z@clinic.test",
                "password": "longenough",
                "plan": "dental",
                "phone_numbers": 10**9,
            },
            "phone_numbers",
        ),
        (
            {
                "email": "w@clinic.test",
                "password": "longenough",
                "plan": "dental",
                "timezone": "Nowhere/Else",
            },
            "timezone",
        ),
        (
            {
                "email": "v@clinic.test",
                "password": "longenough",
                "plan": "dental",
                "signup_at": "2999-01-01T00:00:00+00:00",
            },
            "signup_at",
        ),
    ],
)
def test_sandbox_account_creation_refuses_bad_input(sandbox, body, param):
    with sandbox.client() as anonymous:
        error = _error(anonymous.post("/v1/sandbox/accounts", json=body), 422)
    assert error["param"] == param


def test_unknown_routes_and_methods_answer_in_the_envelope(sandbox):
    api = sandbox.create_account().http
    assert _error(api.get("/v1/nothing-here"), 404)["code"] == "not_found"
    assert _error(api.put("/v1/subscription"), 405)["code"] == "method_not_allowed"
    assert _error(api.get("/v1/invoices", params={"limit": 0}), 422)["param"] == "limit"
    assert _error(api.get("/v1/invoices", params={"limit": 101}), 422)["param"] == "limit"
    cursor = api.get("/v1/invoices", params={"starting_after": "in_nope"})
    assert _error(cursor, 422)["param"] == "starting_after"
    assert _error(api.post("/v1/sandbox/clock/advance", json={"days": -3}), 422)["param"] == "days"


def test_another_accounts_invoices_and_cards_answer_404(sandbox):
    owner = sandbox.create_account(plan="professional")
    intruder = sandbox.create_account(plan="professional")
    add_card(owner.http, VISA)
    card = add_card(owner.http, MASTERCARD)
    invoice_id = owner.http.post("/v1/subscription/change", json={"plan": "dental"}).json()[
        "invoice_id"
    ]
    assert owner.http.get(f"/v1/invoices/{invoice_id}").status_code == 200

    assert _error(intruder.http.get(f"/v1/invoices/{invoice_id}"), 404)["code"] == (
        "invoice_not_found"
    )
    listed = intruder.http.get("/v1/invoices", params={"starting_after": invoice_id})
    _error(listed, 422)
    assert intruder.http.get("/v1/invoices").json()["data"] == []
    assert _error(intruder.http.delete(f"/v1/payment-methods/{card['id']}"), 404)["param"] == (
        "payment_method_id"
    )
    assert intruder.http.get("/v1/payment-methods").json()["data"] == []
    assert intruder.http.get("/v1/subscription").json()["plan"] == "professional"


def test_invoice_pages_are_newest_first_and_filters_apply(own_sandbox):
    api = own_sandbox.create_account(plan="professional").http
    add_card(api, VISA)
    api.post("/v1/subscription/change", json={"plan": "dental"})
    for _ in range(3):  # three renewals
        advance_to_period_end(own_sandbox, api)
    everything = api.get("/v1/invoices", params={"limit": 100}).json()["data"]
    assert [invoice["kind"] for invoice in everything] == [
        "renewal",
        "renewal",
        "renewal",
        "plan_change",
    ]
    numbers = [invoice["number"] for invoice in everything]
    assert numbers == sorted(numbers, reverse=True)

    first = api.get("/v1/invoices", params={"limit": 3}).json()
    assert first["has_more"] is True and len(first["data"]) == 3
    rest = api.get(
        "/v1/invoices", params={"limit": 3, "starting_after": first["data"][-1]["id"]}
    ).json()
    assert rest["has_more"] is False
    assert [i["id"] for i in first["data"] + rest["data"]] == [i["id"] for i in everything]

    renewals = api.get("/v1/invoices", params={"kind": "renewal", "status": "paid"}).json()
    assert len(renewals["data"]) == 3
    newest = everything[0]["created_at"]
    only_newest = api.get("/v1/invoices", params={"created_gte": newest}).json()["data"]
    assert [i["id"] for i in only_newest] == [everything[0]["id"]]
    before = api.get("/v1/invoices", params={"created_lt": newest}).json()["data"]
    assert len(before) == 3
