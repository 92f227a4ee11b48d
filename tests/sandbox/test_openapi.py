"""The committed OpenAPI document (docs/openapi.json) is the one a running sandbox serves."""

from __future__ import annotations

import json
from pathlib import Path

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"
ERROR_STATUSES = ("400", "401", "402", "403", "404", "409", "422", "429")
ERROR_ENVELOPE = "#/components/schemas/ErrorEnvelope"
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def _served(sandbox) -> dict:
    with sandbox.client() as anonymous:
        response = anonymous.get("/openapi.json")
    assert response.status_code == 200, response.text
    return dict(response.json())


def _operations(document: dict) -> list[tuple[str, str, dict]]:
    return [
        (method.upper(), path, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]


def test_the_committed_openapi_document_is_the_served_one(sandbox):
    served = _served(sandbox)
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert served == committed, (
        "docs/openapi.json differs from the OpenAPI document the sandbox serves; "
        "run scripts/update-openapi and commit the result."
    )


def test_every_operation_documents_the_error_envelope(sandbox):
    document = _served(sandbox)
    operations = _operations(document)
    assert operations
    for method, path, operation in operations:
        responses = operation["responses"]
        for status in ERROR_STATUSES:
            assert status in responses, f"{method} {path} does not document {status}"
            schema = responses[status]["content"]["application/json"]["schema"]
            assert schema == {"$ref": ERROR_ENVELOPE}, f"{method} {path} {status}: {schema}"
    envelope = document["components"]["schemas"]["ErrorEnvelope"]
    assert envelope["required"] == ["error"]
    detail = document["components"]["schemas"]["ErrorDetail"]
    assert {"type", "code", "message"} <= set(detail["required"])
    assert {"type", "code", "message", "param"} <= set(detail["properties"])


def test_the_bearer_scheme_is_declared_and_used(sandbox):
    document = _served(sandbox)
    schemes = document["components"]["securitySchemes"]
    bearer = {
        name
        for name, scheme in schemes.items()
        if scheme.get("type") == "http" and scheme.get("scheme", "").lower() == "bearer"
    }
    assert bearer, f"no HTTP bearer security scheme in {schemes}"
    secured = {
        f"{method} {path}"
        for method, path, operation in _operations(document)
        if operation.get("security")
    }
    # Signed-in endpoints say so; the sign-in and sandbox-only ones take no token.
    assert "GET /v1/account" in secured and "GET /v1/invoices" in secured
    assert "POST /v1/auth/token" not in secured and "POST /v1/sandbox/accounts" not in secured
    for method, path, operation in _operations(document):
        for requirement in operation.get("security", []):
            assert set(requirement) <= bearer, f"{method} {path}: {requirement}"
