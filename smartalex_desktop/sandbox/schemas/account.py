"""The account and its changes (practice details, email, password)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field, StrictStr

from smartalex_desktop.sandbox.schemas.common import EmailAddress, MultilineText, PlainText, Request


class Account(BaseModel):
    id: str
    email: str
    company_name: str
    address: str
    tax_id: str
    tax_rate_bps: int = Field(description="Set by SmartAlex, read-only.")
    timezone: str
    phone_numbers: int
    created_at: datetime


def _text_not_null(schema: dict[str, Any]) -> None:
    """Document a PATCH field as the text it must be: `None` only stands for "left out"."""
    schema.update(next(branch for branch in schema.pop("anyOf") if branch != {"type": "null"}))
    schema.pop("default")


class AccountUpdate(Request):
    """Leave a field out to keep its value; send "" to clear it. null is refused."""

    company_name: PlainText | None = Field(
        default=None, max_length=200, json_schema_extra=_text_not_null
    )
    address: MultilineText | None = Field(
        default=None, max_length=1000, json_schema_extra=_text_not_null
    )
    tax_id: PlainText | None = Field(default=None, max_length=64, json_schema_extra=_text_not_null)
    timezone: StrictStr | None = Field(
        default=None, min_length=1, max_length=64, json_schema_extra=_text_not_null
    )


class EmailChange(Request):
    email: EmailAddress
    current_password: StrictStr = Field(min_length=1, max_length=1024)


class PasswordChange(Request):
    current_password: StrictStr = Field(min_length=1, max_length=1024)
    new_password: StrictStr = Field(min_length=8, max_length=1024)


class PasswordChanged(BaseModel):
    changed: bool
