"""The sandbox's own controls (not in the real API): test accounts, the clock, sessions."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field, StrictInt, StrictStr

from smartalex_desktop.sandbox.schemas.account import Account
from smartalex_desktop.sandbox.schemas.common import (
    EmailAddress,
    PlainText,
    PlanId,
    Request,
    RequestTime,
    _signup_in_range,
)
from smartalex_desktop.sandbox.schemas.plans import Subscription


class SandboxAccountCreate(Request):
    email: EmailAddress
    password: StrictStr = Field(min_length=8, max_length=1024)
    plan: PlanId
    signup_at: Annotated[RequestTime, AfterValidator(_signup_in_range)] | None = None
    tax_rate_bps: StrictInt = Field(default=0, ge=0, le=10_000)
    phone_numbers: StrictInt = Field(default=1, ge=0, le=100)
    timezone: StrictStr = Field(default="UTC", min_length=1, max_length=64)
    company_name: PlainText = Field(default="", max_length=200)


class SandboxAccountCreated(BaseModel):
    account: Account
    subscription: Subscription


class ClockAdvance(Request):
    days: StrictInt = Field(ge=1, le=3660)


class Clock(BaseModel):
    now: datetime


class SessionsExpire(Request):
    email: EmailAddress


class SessionsExpired(BaseModel):
    expired_access_tokens: int
