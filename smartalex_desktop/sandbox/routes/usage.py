"""Usage of the current and earlier periods: summary with projection, daily minutes, calls."""

from __future__ import annotations

from fastapi import APIRouter

from smartalex_desktop.sandbox import pagination
from smartalex_desktop.sandbox.deps import Db, Me
from smartalex_desktop.sandbox.pagination import Cursor, Limit
from smartalex_desktop.sandbox.schemas import CallList, DailyUsageList, RequestDate, Usage
from smartalex_desktop.sandbox.services import usage

router = APIRouter(prefix="/v1/usage", tags=["usage"])


@router.get("", response_model=Usage)
def get_usage(me: Me, conn: Db) -> Usage:
    """The current period: included, used and remaining minutes, overage so far, and the
    straight-line projection to the period's end with its overage cost."""
    return usage.summary(conn, me.account_id)


@router.get("/daily", response_model=DailyUsageList)
def get_daily(me: Me, conn: Db, date: RequestDate | None = None) -> DailyUsageList:
    """Minutes by call type for each day (account timezone) of the period containing `date`
    (default: the current period)."""
    return usage.daily(conn, me.account(conn), date)


@router.get("/calls", response_model=CallList)
async def list_calls(
    me: Me, conn: Db, limit: Limit = 20, starting_after: Cursor = None
) -> CallList:
    rows, has_more = pagination.page(
        conn, "calls", me.account_id, limit=limit, starting_after=starting_after
    )
    return CallList(data=[usage.call_schema(row) for row in rows], has_more=has_more)
