"""Account settings: practice details, the read-only tax rate, email and password changes."""

from __future__ import annotations


def test_practice_details_update_and_the_tax_rate_stays_read_only(sandbox):
    customer = sandbox.create_account(tax_rate_bps=825, timezone="America/Chicago")
    api = customer.http
    updated = api.patch(
        "/v1/account",
        json={
            "company_name": "Lakeside Dental",
            "address": "1 Main St\nChicago, IL",
            "tax_id": "EIN 98-7654321",
        },
    )
    assert updated.status_code == 200, updated.text
    assert updated.json()["company_name"] == "Lakeside Dental"
    assert updated.json()["address"] == "1 Main St\nChicago, IL"

    refused = api.patch("/v1/account", json={"tax_rate_bps": 0})
    assert refused.status_code == 422
    assert refused.json()["error"]["param"] == "tax_rate_bps"
    assert api.get("/v1/account").json()["tax_rate_bps"] == 825

    bad_zone = api.patch("/v1/account", json={"timezone": "Mars/Olympus_Mons"})
    assert bad_zone.status_code == 422
    assert bad_zone.json()["error"]["param"] == "timezone"
    assert "IANA" in bad_zone.json()["error"]["message"]
    assert api.get("/v1/account").json()["timezone"] == "America/Chicago"


def test_email_change_needs_the_current_password(sandbox):
    customer = sandbox.create_account()
    api = customer.http
    new_email = customer.email.replace("@", "+billing@")

    wrong = api.post("/v1/account/email", json={"email": new_email, "current_password": "nope"})
    assert wrong.status_code == 403
    assert wrong.json()["error"]["param"] == "current_password"
    assert api.get("/v1/account").json()["email"] == customer.email

    taken_by = sandbox.create_account()
    taken = api.post(
        "/v1/account/email", json={"email": taken_by.email, "current_password": customer.password}
    )
    assert taken.status_code == 409
    assert taken.json()["error"]["param"] == "email"

    changed = api.post(
        "/v1/account/email", json={"email": new_email, "current_password": customer.password}
    )
    assert changed.status_code == 200
    assert changed.json()["email"] == new_email
    assert sandbox.sign_in(new_email, customer.password).get("/v1/account").status_code == 200


def test_password_change_ends_other_sessions_and_the_new_password_signs_in(sandbox):
    customer = sandbox.create_account()
    other_session = sandbox.sign_in(customer.email, customer.password)
    api = customer.http

    wrong = api.post(
        "/v1/account/password",
        json={"current_password": "wrong", "new_password": "a-new-long-password"},
    )
    assert wrong.status_code == 403
    short = api.post(
        "/v1/account/password", json={"current_password": customer.password, "new_password": "x"}
    )
    assert short.status_code == 422 and short.json()["error"]["param"] == "new_password"

    changed = api.post(
        "/v1/account/password",
        json={"current_password": customer.password, "new_password": "a-new-long-password"},
    )
    assert changed.json() == {"changed": True}
    assert api.get("/v1/account").status_code == 200  # this session goes on
    assert other_session.get("/v1/account").status_code == 401
    with sandbox.client() as anonymous:
        old = anonymous.post(
            "/v1/auth/token", json={"email": customer.email, "password": customer.password}
        )
    assert old.status_code == 401
    assert (
        sandbox.sign_in(customer.email, "a-new-long-password").get("/v1/account").status_code == 200
    )
