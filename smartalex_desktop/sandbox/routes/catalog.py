"""What a client needs before anything else: Stripe's publishable key and the plan catalog."""

from __future__ import annotations

from fastapi import APIRouter

from smartalex_desktop.sandbox.config import (
    ACCEPTED_BRANDS,
    SALES_CONTACT_URL,
    TOP_UP_MAX_CENTS,
    TOP_UP_MIN_CENTS,
)
from smartalex_desktop.sandbox.deps import Ctx, Db, Me
from smartalex_desktop.sandbox.schemas import BillingConfig, PlanList
from smartalex_desktop.sandbox.services import subscriptions

router = APIRouter(prefix="/v1", tags=["catalog"])


@router.get("/billing/config", response_model=BillingConfig)
def billing_config(_me: Me, ctx: Ctx) -> BillingConfig:
    return BillingConfig(
        publishable_key=ctx.gateway.publishable_key,
        stripe_api_base=ctx.gateway.api_base,
        accepted_brands=list(ACCEPTED_BRANDS),
        top_up_min_cents=TOP_UP_MIN_CENTS,
        top_up_max_cents=TOP_UP_MAX_CENTS,
        sales_contact_url=SALES_CONTACT_URL,
    )


@router.get("/plans", response_model=PlanList)
def plans(_me: Me, conn: Db) -> PlanList:
    return PlanList(
        data=[subscriptions.plan_schema(row) for row in subscriptions.plan_rows(conn)],
        has_more=False,
    )
