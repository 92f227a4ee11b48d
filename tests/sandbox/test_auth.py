"""Sign-in, refresh (rotation, replay), expiry and sign-out over real HTTP."""

from __future__ import annotations

from tests.helpers.sandbox import SandboxProcess


def _tokens(sandbox: SandboxProcess, email: str, password: str) -> dict[str, str]:
    with sandbox.client() as anonymous:
        response = anonymous.post("/v1/auth/token", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_sign_in_gives_a_working_token_pair_and_wrong_password_is_refused(sandbox):
    customer = sandbox.create_account()
    tokens = _tokens(sandbox, customer.email, customer.password)
    assert tokens["access_token"].startswith("sat_") and tokens["refresh_token"].startswith("srt_")
    assert tokens["expires_in"] == 900
    with sandbox.client(tokens["access_token"]) as api:
        assert api.get("/v1/account").json()["email"] == customer.email

    with sandbox.client() as anonymous:
        wrong = anonymous.post(
            "/v1/auth/token", json={"email": customer.email, "password": "not it"}
        )
        unknown = anonymous.post(
            "/v1/auth/token", json={"email": "nobody@clinic.test", "password": "not it"}
        )
    assert wrong.status_code == unknown.status_code == 401
    # The same sentence whether the email exists or not: no account enumeration.
    assert wrong.json()["error"]["message"] == unknown.json()["error"]["message"]
    assert wrong.json()["error"]["code"] == "invalid_credentials"


def test_refresh_rotates_and_a_replayed_refresh_token_ends_the_session(sandbox):
    customer = sandbox.create_account()
    first = _tokens(sandbox, customer.email, customer.password)
    with sandbox.client() as anonymous:
        second = anonymous.post("/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
        assert second.status_code == 200
        second_pair = second.json()
        # The first access token stopped working with the refresh: one live pair per session.
        with sandbox.client(first["access_token"]) as old:
            assert old.get("/v1/account").status_code == 401
        with sandbox.client(second_pair["access_token"]) as api:
            assert api.get("/v1/account").status_code == 200

        replay = anonymous.post("/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
        assert replay.status_code == 401
        # A replayed refresh token means it leaked: the whole session is gone.
        with sandbox.client(second_pair["access_token"]) as api:
            assert api.get("/v1/account").status_code == 401
        assert (
            anonymous.post(
                "/v1/auth/refresh", json={"refresh_token": second_pair["refresh_token"]}
            ).status_code
            == 401
        )


def test_an_expired_access_token_answers_401_and_refresh_recovers(sandbox):
    customer = sandbox.create_account()
    tokens = _tokens(sandbox, customer.email, customer.password)
    with sandbox.client() as anonymous:
        expired = anonymous.post("/v1/sandbox/sessions/expire", json={"email": customer.email})
        assert expired.json()["expired_access_tokens"] >= 1
        with sandbox.client(tokens["access_token"]) as api:
            refused = api.get("/v1/subscription")
        assert refused.status_code == 401
        assert refused.json()["error"]["code"] == "token_expired"
        refreshed = anonymous.post(
            "/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}
        )
    assert refreshed.status_code == 200
    with sandbox.client(refreshed.json()["access_token"]) as api:
        assert api.get("/v1/subscription").status_code == 200


def test_sign_out_revokes_access_and_refresh_tokens(sandbox):
    customer = sandbox.create_account()
    tokens = _tokens(sandbox, customer.email, customer.password)
    with sandbox.client(tokens["access_token"]) as api:
        assert api.post("/v1/auth/logout").json() == {"revoked": True}
        assert api.get("/v1/account").status_code == 401
    with sandbox.client() as anonymous:
        refresh = anonymous.post(
            "/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}
        )
    assert refresh.status_code == 401
    # Other sessions of the same account are untouched.
    assert customer.http.get("/v1/account").status_code == 200


def test_requests_without_or_with_a_bogus_token_are_refused(sandbox):
    with sandbox.client() as anonymous:
        missing = anonymous.get("/v1/subscription")
    with sandbox.client("sat_not-a-real-token") as bogus:
        invalid = bogus.get("/v1/subscription")
    assert missing.status_code == invalid.status_code == 401
    assert missing.json()["error"]["code"] == "missing_token"
    assert invalid.json()["error"]["type"] == "authentication_error"
