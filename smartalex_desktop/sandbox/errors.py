"""API errors: one exception type the services raise, rendered as the API's error envelope
(docs/openapi.json):

`{"error": {"type", "code", "message", "param"}}` with the right status. `message` is a sentence
a person can act on; `param` names the offending field when there is one. Nothing here ever
answers 500 for bad input: validation, malformed JSON, unknown routes and methods are all mapped.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

log = logging.getLogger(__name__)

# Set on an answer that must not be kept with its Idempotency-Key (idempotency.py reads it and
# takes it off): it holds a secret (a hosted page's link), or a retry must find the state of
# the work rather than this answer again (a payment waiting for the bank's confirmation).
NOT_REPLAYABLE_HEADER = "x-smartalex-not-replayable"


class ApiError(Exception):
    """A refusal the client should show: status, machine code, sentence, and the field at fault."""

    status = 400
    type = "invalid_request_error"
    replayable = True  # kept with an Idempotency-Key and answered again to a retry

    def __init__(
        self,
        message: str,
        *,
        code: str,
        param: str | None = None,
        status: int | None = None,
        extra: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.param = param
        if status is not None:
            self.status = status
        self.extra = extra or {}
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return {
            "error": {
                "type": self.type,
                "code": self.code,
                "message": self.message,
                "param": self.param,
                **self.extra,
            }
        }


class InvalidRequest(ApiError):
    status = 422


class AuthenticationFailed(ApiError):
    status = 401
    type = "authentication_error"


class NotFound(ApiError):
    status = 404
    type = "not_found_error"


class Forbidden(ApiError):
    status = 403
    type = "permission_error"


class RuleRefused(ApiError):
    """The request is well formed but a billing rule forbids it now."""

    status = 409
    type = "rule_error"


class CardDeclined(ApiError):
    status = 402
    type = "card_error"


class ErrorDetail(BaseModel):
    type: str
    code: str
    message: str
    param: str | None = None
    decline_code: str | None = None


class ErrorEnvelope(BaseModel):
    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorEnvelope, "description": description}
    for status, description in {
        400: "Malformed request (or not addressed to this sandbox's own host and port)",
        401: "Missing, expired or revoked token",
        402: "Card declined",
        403: "Forbidden",
        404: "Not found (or another account's)",
        409: "Refused by a billing rule",
        413: "The request body is larger than 1 MiB",
        422: "A field is invalid",
        429: "Too many requests",
        503: "The payment service (Stripe) cannot be reached; nothing was charged",
    }.items()
}


# Validation failures that carry a code of their own rather than `invalid_parameter`: rules the
# OpenAPI document cannot state (a range of date-times), which clients may want to tell apart.
_OWN_VALIDATION_CODES = frozenset({"signup_out_of_range"})

_HEADER_HINTS = {
    "Idempotency-Key": "this request moves money, so send a new random key per action and the "
    "same key on every retry of it, and a retry never charges twice",
}


def _field_name(location: tuple[Any, ...]) -> str | None:
    parts = [str(part) for part in location if part not in ("body", "query", "path", "header")]
    return ".".join(parts) or None


def _validation_sentence(error: dict[str, Any], field: str | None) -> str:
    kind = error.get("type", "")
    name = f"'{field}'" if field else "The request body"
    if kind == "missing":
        return f"{name} is required."
    if kind == "extra_forbidden":
        return f"{name} is not a field this request accepts; remove it."
    if kind == "json_invalid":
        return "The request body is not valid JSON; send a JSON object."
    if kind in ("model_attributes_type", "dict_type"):
        return "The request body must be a JSON object."
    if kind.startswith(("int_", "string_", "bool_", "literal_", "enum", "greater", "less")):
        return f"{name} is invalid: {error.get('msg', 'wrong value')}."
    return f"{name} is invalid: {error.get('msg', 'wrong value')}."


_METHODS = ("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT")


def _methods_matching(request: Request, path: str) -> list[str]:
    matching = []
    for method in _METHODS:
        probe = {
            "type": "http",
            "method": method,
            "path": path,
            "root_path": request.scope.get("root_path", ""),
        }
        if any(route.matches(probe)[0] is Match.FULL for route in request.app.router.routes):
            matching.append(method)
    return matching


def _allowed_methods(request: Request) -> str:
    """Every method the request's path answers to, for a 405's `Allow`.

    FastAPI makes one route per method and Starlette's 405 names only the first route whose path
    matched, so `OPTIONS /v1/account` said `Allow: GET`, hiding PATCH. Ask every route instead.
    A path that is a resource of its own (`/v1/payment-methods/setup-sessions`) is not also a
    card id (`DELETE /v1/payment-methods/{id}`): the methods that match whatever the last segment
    is are parameter routes, and left out where a route names this path itself."""
    path = request.scope["path"]
    allowed = _methods_matching(request, path)
    head, _slash, _last = path.rstrip("/").rpartition("/")
    anything = set(_methods_matching(request, f"{head}/~any~")) if head else set()
    literal = [method for method in allowed if method not in anything]
    return ", ".join(literal or allowed)


def install_error_handlers(app: FastAPI) -> None:
    """Map every failure to the envelope; unexpected ones to a 500 that says nothing internal."""

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        headers = dict(exc.headers or {})
        if not exc.replayable:
            headers[NOT_REPLAYABLE_HEADER] = "1"
        return JSONResponse(exc.body(), status_code=exc.status, headers=headers or None)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        location = tuple(first.get("loc", ()))
        field = _field_name(location)
        if location[:1] == ("header",) and first.get("type") == "missing" and field:
            hint = _HEADER_HINTS.get(field, "send it with the request")
            error = ApiError(
                f"The {field} header is required: {hint}.",
                code=f"{field.lower().replace('-', '_')}_required",
                param=field,
            )
        elif first.get("type") == "json_invalid":
            error = ApiError(_validation_sentence(first, None), code="invalid_json", status=400)
        else:
            kind = first.get("type")
            code = kind if kind in _OWN_VALIDATION_CODES else "invalid_parameter"
            error = InvalidRequest(_validation_sentence(first, field), code=code, param=field)
        return JSONResponse(error.body(), status_code=error.status)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        messages = {
            404: ("not_found", "There is no such endpoint; check the path."),
            405: ("method_not_allowed", "This endpoint does not accept that HTTP method."),
        }
        code, message = messages.get(exc.status_code, ("http_error", str(exc.detail)))
        body = {
            "error": {
                "type": "invalid_request_error",
                "code": code,
                "message": message,
                "param": None,
            }
        }
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = _allowed_methods(request)
        return JSONResponse(body, status_code=exc.status_code, headers=headers)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error", exc_info=exc)
        body = {
            "error": {
                "type": "api_error",
                "code": "internal_error",
                "message": "The sandbox hit an unexpected error. Try again in a moment.",
                "param": None,
            }
        }
        return JSONResponse(body, status_code=500)
