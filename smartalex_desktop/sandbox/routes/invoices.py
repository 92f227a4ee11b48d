"""Invoices with their lines and payments."""

from __future__ import annotations

from fastapi import APIRouter

from smartalex_desktop.sandbox.deps import Db, Me
from smartalex_desktop.sandbox.pagination import Cursor, Limit
from smartalex_desktop.sandbox.schemas import (
    Invoice,
    InvoiceKind,
    InvoiceList,
    InvoiceStatus,
    RequestTime,
)
from smartalex_desktop.sandbox.services import invoices

router = APIRouter(prefix="/v1/invoices", tags=["invoices"])


@router.get("", response_model=InvoiceList)
def list_invoices(
    me: Me,
    conn: Db,
    limit: Limit = 20,
    starting_after: Cursor = None,
    status: InvoiceStatus | None = None,
    kind: InvoiceKind | None = None,
    created_gte: RequestTime | None = None,
    created_lt: RequestTime | None = None,
) -> InvoiceList:
    """The account's invoices, newest first, filtered by status, kind and creation time."""
    rows, has_more = invoices.list_page(
        conn,
        me.account_id,
        limit=limit,
        starting_after=starting_after,
        status=status,
        kind=kind,
        created_gte=created_gte,
        created_lt=created_lt,
    )
    return InvoiceList(data=[invoices.to_schema(conn, row) for row in rows], has_more=has_more)


@router.get("/{id}", response_model=Invoice)
def get_invoice(id: str, me: Me, conn: Db) -> Invoice:
    return invoices.to_schema(conn, invoices.get(conn, me.account_id, id))
