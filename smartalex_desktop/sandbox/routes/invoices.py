"""Invoices with their lines and payments."""

from __future__ import annotations

from fastapi import APIRouter, Response

from smartalex_desktop.sandbox.deps import Ctx, Db, IdempotencyKey, Me
from smartalex_desktop.sandbox.errors import CardDeclined, NotFound
from smartalex_desktop.sandbox.pagination import Cursor, Limit
from smartalex_desktop.sandbox.schemas import (
    Invoice,
    InvoiceKind,
    InvoiceList,
    InvoicePay,
    InvoiceStatus,
    RequestTime,
)
from smartalex_desktop.sandbox.services import (
    charging,
    collection,
    invoices,
    payment_authentications,
    payment_methods,
    receipts,
)

router = APIRouter(prefix="/v1/invoices", tags=["invoices"])


@router.get("", response_model=InvoiceList)
async def list_invoices(
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
    return InvoiceList(data=invoices.to_schemas(conn, rows), has_more=has_more)


@router.get("/{id}", response_model=Invoice)
async def get_invoice(id: str, me: Me, conn: Db) -> Invoice:
    return invoices.to_schema(conn, invoices.get(conn, me.account_id, id))


@router.post("/{id}/pay", response_model=Invoice)
def pay_invoice(
    id: str,
    body: InvoicePay,
    me: Me,
    ctx: Ctx,
    conn: Db,
    idempotency_key: IdempotencyKey,
) -> Invoice:
    """Pay an open invoice now with any of the account's cards. Paying the last open invoice
    makes a past-due subscription active again. A declined card answers 402; one whose bank asks
    to confirm the payment answers 402 `authentication_required` with the page that does it."""
    invoice = invoices.get(conn, me.account_id, id)
    card = payment_methods.get(conn, me.account_id, body.payment_method_id)
    try:
        payment = collection.charge(
            conn, ctx.gateway, invoice["id"], card, idempotency_key=idempotency_key, on_session=True
        )
    except charging.AwaitingAuthentication as waiting:
        payment_authentications.require_for_charge(conn, ctx.gateway, ctx.pages_url, waiting)
        payment = conn.execute("SELECT * FROM payments WHERE id = ?", (waiting.row_id,)).fetchone()
    if payment["status"] == "failed":
        raise CardDeclined(
            payment_methods.failure_sentence(payment, f"Invoice {invoice['number']} is still open"),
            code="card_declined",
            param="payment_method_id",
            extra={"decline_code": payment["failure_code"]},
        )
    return invoices.to_schema(conn, invoices.get(conn, me.account_id, id))


@router.get(
    "/{id}/receipt",
    response_class=Response,
    responses={200: {"content": {"message/rfc822": {}}, "description": "The receipt email"}},
)
def get_receipt(id: str, me: Me, conn: Db) -> Response:
    """The receipt of a paid invoice, as the email that was sent (.eml)."""
    invoice = invoices.get(conn, me.account_id, id)
    receipt = conn.execute(
        "SELECT * FROM receipts WHERE invoice_id = ?", (invoice["id"],)
    ).fetchone()
    if receipt is None:
        raise NotFound(
            f"Invoice {invoice['number']} has no receipt: it has not been paid.",
            code="receipt_not_found",
            param="id",
        )
    return Response(
        content=bytes(receipts.message(conn, receipt)),
        media_type="message/rfc822",
        headers={"Content-Disposition": f'attachment; filename="{receipt["file_name"]}"'},
    )
