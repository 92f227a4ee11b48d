"""The signed-in account: practice details, sign-in email, password."""

from __future__ import annotations

from fastapi import APIRouter

from smartalex_desktop.sandbox.db import write_transaction
from smartalex_desktop.sandbox.deps import Db, Me
from smartalex_desktop.sandbox.schemas import (
    Account,
    AccountUpdate,
    EmailChange,
    PasswordChange,
    PasswordChanged,
)
from smartalex_desktop.sandbox.services import accounts, auth

router = APIRouter(prefix="/v1/account", tags=["account"])


@router.get("", response_model=Account)
def get_account(me: Me, conn: Db) -> Account:
    return accounts.to_schema(me.account(conn))


@router.patch("", response_model=Account)
def update_account(body: AccountUpdate, me: Me, conn: Db) -> Account:
    """Practice name, address and tax ID printed on invoices, and the timezone. The tax rate is
    set by SmartAlex and cannot be changed here."""
    with write_transaction(conn):
        accounts.update(conn, me.account_id, body)
        return accounts.to_schema(me.account(conn))


@router.post("/email", response_model=Account)
def change_email(body: EmailChange, me: Me, conn: Db) -> Account:
    """The billing email is also the sign-in email: changing it needs the current password, and
    every other signed-in session of the account ends (as after a password change: whoever
    signed in elsewhere with the old email is not asked to know the new one)."""
    with write_transaction(conn):
        accounts.change_email(conn, me.account_id, body.email, body.current_password)
        auth.revoke_other_sessions(conn, me.account_id, keep_session=me.session_id)
        return accounts.to_schema(me.account(conn))


@router.post("/password", response_model=PasswordChanged)
def change_password(body: PasswordChange, me: Me, conn: Db) -> PasswordChanged:
    """Change the password; every other signed-in session of the account ends."""
    with write_transaction(conn):
        accounts.change_password(conn, me.account_id, body.current_password, body.new_password)
        auth.revoke_other_sessions(conn, me.account_id, keep_session=me.session_id)
    return PasswordChanged(changed=True)
