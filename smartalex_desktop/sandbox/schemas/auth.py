"""Signing in and out: the token pair."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, StrictStr

from smartalex_desktop.sandbox.schemas.common import Request


class SignIn(Request):
    email: StrictStr = Field(min_length=3, max_length=254)
    password: StrictStr = Field(min_length=1, max_length=1024)


class Refresh(Request):
    refresh_token: StrictStr = Field(min_length=1, max_length=512)


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="Seconds until the access token expires.")


class LoggedOut(BaseModel):
    revoked: bool
