"""The wallet and billing ledger's invariants, checked for one account of a running sandbox.

`check_invariants(sandbox, customer)` reads everything of the account through the API (every page
of every list, `limit=100` and `starting_after`) and, for what the API does not show (credit lots,
the period each call was billed in, refund records), the sandbox's database opened read-only. It
raises one AssertionError listing every invariant that does not hold, each with its numbers.

The figures come from docs/billing-rules.md, written out here rather than imported from the sandbox,
so the checks are an independent oracle: rates per minute, the taxable line kinds, half-up
rounding of the tax once per invoice.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import httpx

from tests.helpers.sandbox import Customer, SandboxProcess

RATE_CENTS_PER_MINUTE = {"inbound": 11, "outbound": 11, "web": 8}
# Tax applies to subscription, proration, phone-number, card-billed usage and wallet top-up lines;
# a refund returns the tax too.
TAXABLE_LINE_KINDS = {
    "subscription",
    "proration",
    "phone_number",
    "usage",
    "wallet_top_up",
    "refund",
}
CREDIT_KINDS = {"top_up", "auto_top_up"}
USAGE_INVOICE_AT_CENTS = 10_00
PAGE = 100


class LedgerViolation(AssertionError):
    """One or more ledger invariants do not hold; the message lists each with its numbers."""


def check_invariants(sandbox: SandboxProcess, customer: Customer) -> None:
    """Assert every ledger invariant of `customer`'s account (see the module docstring)."""
    state = _read(sandbox, customer)
    problems: list[str] = []
    for check in (
        _check_ledger,
        _check_lots,
        _check_calls,
        _check_usage_summary,
        _check_credits_have_charges,
        _check_invoices,
        _check_refunds,
        _check_wallet_flags,
    ):
        problems.extend(check(state))
    if problems:
        raise LedgerViolation(
            f"{len(problems)} ledger invariant(s) broken for account {customer.account_id}:\n"
            + "\n".join(f"  - {problem}" for problem in problems)
        )


# --- reading ------------------------------------------------------------------------------------


def post_top_up(
    api: httpx.Client, amount_cents: int, card_id: str, key: str | None = None
) -> httpx.Response:
    """POST a top-up as a client does: with an Idempotency-Key (a new one unless given)."""
    return api.post(
        "/v1/wallet/top-ups",
        json={"amount_cents": amount_cents, "payment_method_id": card_id},
        headers={"Idempotency-Key": key or str(uuid.uuid4())},
    )


def list_all(api: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    """Every item of a paginated list, newest first, following `starting_after` to the end."""
    items: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        query = {"limit": PAGE, **params}
        if cursor is not None:
            query["starting_after"] = cursor
        response = api.get(path, params=query)
        assert response.status_code == 200, f"GET {path} {query}: {response.text}"
        page = response.json()
        items.extend(page["data"])
        if not page["has_more"]:
            break
        assert page["data"], f"GET {path}: has_more with an empty page"
        cursor = page["data"][-1]["id"]
    ids = [item["id"] for item in items]
    repeated = [item_id for item_id, seen in Counter(ids).items() if seen > 1]
    assert not repeated, f"GET {path}: pagination repeated {repeated}"
    return items


def get_json(api: httpx.Client, path: str) -> dict[str, Any]:
    response = api.get(path)
    assert response.status_code == 200, f"GET {path}: {response.status_code} {response.text}"
    return dict(response.json())


@contextmanager
def read_only_db(sandbox: SandboxProcess) -> Iterator[sqlite3.Connection]:
    path = sandbox.data_dir / "sandbox.sqlite3"
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        conn.row_factory = sqlite3.Row
        yield conn


def _rows(conn: sqlite3.Connection, sql: str, *params: object) -> list[dict[str, Any]]:
    return [dict(row) for row in conn.execute(sql, params)]


class _State(SimpleNamespace):
    """Everything of one account, read once per check."""


def _read(sandbox: SandboxProcess, customer: Customer) -> _State:
    api = customer.http
    wallet = get_json(api, "/v1/wallet")
    transactions = list_all(api, "/v1/wallet/transactions")[::-1]  # oldest first
    calls = list_all(api, "/v1/usage/calls")[::-1]
    top_ups = list_all(api, "/v1/wallet/top-ups")[::-1]
    invoice_list = list_all(api, "/v1/invoices")[::-1]
    invoice_details = {
        item["id"]: get_json(api, f"/v1/invoices/{item['id']}") for item in invoice_list
    }
    usage = get_json(api, "/v1/usage")
    subscription = get_json(api, "/v1/subscription")
    plans = {plan["id"]: plan for plan in get_json(api, "/v1/plans")["data"]}
    account = customer.account_id
    with read_only_db(sandbox) as conn:
        db_top_ups = _rows(conn, "SELECT * FROM top_ups WHERE account_id = ? ORDER BY seq", account)
        db_calls = _rows(conn, "SELECT * FROM calls WHERE account_id = ? ORDER BY seq", account)
        db_transactions = _rows(
            conn, "SELECT * FROM wallet_transactions WHERE account_id = ? ORDER BY seq", account
        )
        db_refunds = _rows(conn, "SELECT * FROM refunds WHERE account_id = ?", account)
        db_invoice_count = conn.execute(
            "SELECT COUNT(*) FROM invoices WHERE account_id = ?", (account,)
        ).fetchone()[0]
        (db_subscription,) = _rows(
            conn, "SELECT * FROM subscriptions WHERE account_id = ?", account
        )
    return _State(
        api=api,
        wallet=wallet,
        transactions=transactions,
        calls=calls,
        top_ups=top_ups,
        invoices=invoice_list,
        invoice_details=invoice_details,
        usage=usage,
        subscription=subscription,
        plans=plans,
        db_top_ups=db_top_ups,
        db_calls=db_calls,
        db_transactions=db_transactions,
        db_refunds=db_refunds,
        db_invoice_count=db_invoice_count,
        db_subscription=db_subscription,
    )


# --- the wallet ledger --------------------------------------------------------------------------


def _check_ledger(s: _State) -> list[str]:
    """Balance = Σ succeeded amounts ≥ 0; each balance_after = previous + amount (failed: 0)."""
    problems = []
    if len(s.transactions) != len(s.db_transactions):
        problems.append(
            f"[ledger pagination] the API lists {len(s.transactions)} wallet transactions, "
            f"the database holds {len(s.db_transactions)}"
        )
    balance = s.wallet["balance_cents"]
    succeeded_sum = sum(t["amount_cents"] for t in s.transactions if t["status"] == "succeeded")
    if balance != succeeded_sum:
        problems.append(
            f"[balance = Σ succeeded transactions] balance {balance} ≠ Σ {succeeded_sum} "
            f"over {len(s.transactions)} transactions"
        )
    if balance < 0:
        problems.append(f"[balance ≥ 0] balance is {balance}")
    previous = 0
    for position, t in enumerate(s.transactions):
        if t["status"] != "succeeded" and t["amount_cents"] != 0:
            problems.append(
                f"[failed transactions move nothing] {t['id']} ({t['kind']}, {t['status']}) has "
                f"amount {t['amount_cents']}"
            )
        moved = t["amount_cents"] if t["status"] == "succeeded" else 0
        if t["balance_after_cents"] != previous + moved:
            problems.append(
                f"[balance_after = previous + amount] transaction #{position} {t['id']} "
                f"({t['kind']}, {t['status']}): previous {previous} + {moved} = "
                f"{previous + moved}, but balance_after is {t['balance_after_cents']}"
            )
        if t["balance_after_cents"] < 0:
            problems.append(f"[balance ≥ 0] {t['id']} leaves balance {t['balance_after_cents']}")
        previous = t["balance_after_cents"]
    if s.transactions and previous != balance:
        problems.append(
            f"[balance = last balance_after] wallet balance {balance}, newest transaction's "
            f"balance_after {previous}"
        )
    return problems


def _check_lots(s: _State) -> list[str]:
    """Balance = Σ remaining of the succeeded lots; lots are consumed oldest first."""
    problems = []
    lots = [lot for lot in s.db_top_ups if lot["status"] == "succeeded"]
    lot_sum = sum(lot["remaining_cents"] for lot in lots)
    if lot_sum != s.wallet["balance_cents"]:
        problems.append(
            f"[balance = Σ remaining of succeeded top-ups] balance {s.wallet['balance_cents']} ≠ "
            f"Σ remaining {lot_sum} "
            f"({[(lot['id'], lot['remaining_cents'], lot['amount_cents']) for lot in lots]})"
        )
    for lot in s.db_top_ups:
        if not 0 <= lot["remaining_cents"] <= lot["amount_cents"]:
            problems.append(
                f"[0 ≤ remaining ≤ amount] top-up {lot['id']}: remaining {lot['remaining_cents']}"
                f" of {lot['amount_cents']}"
            )
        if lot["status"] != "succeeded" and lot["remaining_cents"] != 0:
            problems.append(
                f"[only succeeded top-ups hold credit] top-up {lot['id']} is {lot['status']} with "
                f"remaining {lot['remaining_cents']}"
            )
        if lot["status"] == "pending":
            problems.append(f"[no top-up left pending after its request] {lot['id']}")
    # Oldest first: a lot that has been drawn on has no older lot with credit left.
    for later_index, later in enumerate(lots):
        if later["remaining_cents"] == later["amount_cents"]:
            continue
        for older in lots[:later_index]:
            if older["remaining_cents"] > 0:
                problems.append(
                    f"[credits are consumed oldest first] top-up {later['id']} was drawn on "
                    f"({later['amount_cents'] - later['remaining_cents']} used) while the older "
                    f"{older['id']} still holds {older['remaining_cents']}"
                )
    api_by_id = {t["id"]: t for t in s.top_ups}
    if set(api_by_id) != {lot["id"] for lot in s.db_top_ups}:
        problems.append(
            f"[API top-ups = database top-ups] API {sorted(api_by_id)} vs database "
            f"{sorted(lot['id'] for lot in s.db_top_ups)}"
        )
    for lot in s.db_top_ups:
        shown = api_by_id.get(lot["id"])
        if shown is None:
            continue
        for field in ("amount_cents", "tax_cents", "remaining_cents", "status", "invoice_id"):
            if shown[field] != lot[field]:
                problems.append(
                    f"[API top-up = database top-up] {lot['id']}.{field}: API {shown[field]!r}, "
                    f"database {lot[field]!r}"
                )
        if shown["charged_cents"] != lot["amount_cents"] + lot["tax_cents"]:
            problems.append(
                f"[charged = amount + tax] top-up {lot['id']}: charged {shown['charged_cents']}, "
                f"amount {lot['amount_cents']} + tax {lot['tax_cents']}"
            )
    return problems


# --- calls and usage ----------------------------------------------------------------------------


_RENEWAL_PLAN = re.compile(r"SmartAlex (?P<name>.+) plan, monthly")
_UPGRADE = re.compile(r"Upgrade from (?P<old>.+?) to (?P<new>.+?) for the rest")


def _plan_named(s: _State, text: str) -> dict[str, Any] | None:
    return next((plan for plan in s.plans.values() if plan["name"] == text), None)


def _period_allowances(s: _State) -> dict[str, tuple[int, bool]]:
    """For each billing period (database `period_start`) that has calls, and the current one:
    the allowance in force, and whether an upgrade happened during it (an upgrade's allowance
    applies to the whole period, minutes used so far count against it).

    The current period's plan is the current plan. An earlier period's is the plan its renewal
    invoice billed (its subscription line), raised by the upgrades invoiced during it
    ("Upgrade from A to B" proration lines). The signup period has no renewal invoice: its plan
    is what the first upgrade before the first renewal upgraded from, else what the first
    renewal billed, else the current plan. (A downgrade scheduled during the signup period leaves
    no record, so it would make that guess too low; no test here schedules one.)
    """
    current_plan = s.plans[s.subscription["plan"]]
    current_start = s.db_subscription["current_period_start"]
    renewals: dict[str, tuple[dict[str, Any], str]] = {}  # period start → (plan, period end)
    upgrades: list[tuple[str, dict[str, Any], dict[str, Any]]] = []  # (when, from, to)
    for inv in s.invoice_details.values():
        for line in inv["lines"]:
            renewal = _RENEWAL_PLAN.fullmatch(line["description"])
            upgrade = _UPGRADE.match(line["description"])
            if inv["kind"] == "renewal" and line["kind"] == "subscription" and renewal:
                plan = _plan_named(s, renewal["name"]) or current_plan
                renewals[_iso(inv["period_start"])] = (plan, _iso(inv["period_end"]))
            elif inv["kind"] == "plan_change" and upgrade:
                old, new = _plan_named(s, upgrade["old"]), _plan_named(s, upgrade["new"])
                if old is not None and new is not None:
                    upgrades.append((_iso(inv["created_at"]), old, new))
    upgrades.sort(key=lambda upgrade: upgrade[0])
    first_renewal = min(renewals, default=None)
    early = [u for u in upgrades if first_renewal is None or u[0] < first_renewal]
    if early:
        signup_plan = early[0][1]
    elif first_renewal is not None:
        signup_plan = renewals[first_renewal][0]
    else:
        signup_plan = current_plan
    allowances: dict[str, tuple[int, bool]] = {}
    for start in sorted({call["period_start"] for call in s.db_calls} | {current_start}):
        if start == current_start:
            base, end = current_plan, s.db_subscription["current_period_end"]
        elif start in renewals:
            base, end = renewals[start]
        else:
            base, end = signup_plan, first_renewal or current_start
        during = [new for when, _old, new in upgrades if start <= when < end]
        allowance = max([base["included_minutes"]] + [new["included_minutes"] for new in during])
        allowances[start] = (allowance, bool(during))
    return allowances


def _iso(text: str) -> str:
    """An API time in the database's text form (UTC, microseconds), for comparisons."""
    return datetime.fromisoformat(text).astimezone(UTC).isoformat(timespec="microseconds")


def _check_calls(s: _State) -> list[str]:
    problems = []
    db_by_id = {call["id"]: call for call in s.db_calls}
    if [c["id"] for c in s.calls] != [c["id"] for c in s.db_calls]:
        problems.append(
            f"[calls pagination] the API lists {len(s.calls)} calls, the database holds "
            f"{len(s.db_calls)} (or in another order)"
        )
    for c in s.calls:
        seconds, billable = c["seconds"], c["billable_minutes"]
        label = f"call {c['id']} ({c['call_type']}, {seconds} s)"
        if billable != -(-seconds // 60):
            problems.append(
                f"[billable = ceil(seconds/60)] {label}: billable {billable}, expected "
                f"{-(-seconds // 60)}"
            )
        if c["included_minutes"] + c["overage_minutes"] != billable:
            problems.append(
                f"[included + overage = billable] {label}: {c['included_minutes']} + "
                f"{c['overage_minutes']} ≠ {billable}"
            )
        if min(c["included_minutes"], c["overage_minutes"], c["wallet_cents"], c["card_cents"]) < 0:
            problems.append(f"[call figures ≥ 0] {label}: {c}")
        rate = RATE_CENTS_PER_MINUTE[c["call_type"]]
        if c["rate_cents"] != rate or c["overage_cents"] != c["overage_minutes"] * rate:
            problems.append(
                f"[overage_cents = overage × rate] {label}: {c['overage_minutes']} min × {rate} "
                f"= {c['overage_minutes'] * rate}, but overage_cents {c['overage_cents']} "
                f"(rate_cents {c['rate_cents']})"
            )
        if c["wallet_cents"] + c["card_cents"] != c["overage_cents"]:
            problems.append(
                f"[wallet + card = overage] {label}: {c['wallet_cents']} + {c['card_cents']} ≠ "
                f"{c['overage_cents']}"
            )
    # The allowance in each period, consumed in the order calls end.
    allowances = _period_allowances(s)
    used_in: dict[str, int] = {}
    for db_call in s.db_calls:
        call = db_call
        start = call["period_start"]
        allowance, plan_changed = allowances[start]
        used_before = used_in.get(start, 0)
        expected = min(call["billable_minutes"], max(0, allowance - used_before))
        if not plan_changed and call["included_minutes"] != expected:
            problems.append(
                f"[included minutes taken in order, split at the allowance] call {call['id']} "
                f"(period from {start}): {used_before} of {allowance} included minutes used "
                f"before it, {call['billable_minutes']} billable → {expected} included expected,"
                f" got {call['included_minutes']}"
            )
        used_in[start] = used_before + call["billable_minutes"]
    for start, (allowance, _changed) in allowances.items():
        included = sum(c["included_minutes"] for c in s.db_calls if c["period_start"] == start)
        if included > allowance:
            problems.append(
                f"[included ≤ the allowance in force] period from {start}: {included} included "
                f"minutes consumed, allowance {allowance}"
            )
    # The wallet side of each call: one usage transaction of exactly what the wallet paid.
    usage_txs = [t for t in s.transactions if t["kind"] == "usage"]
    by_call = Counter(t["call_id"] for t in usage_txs if t["status"] == "succeeded")
    for c in s.calls:
        matching = [t for t in usage_txs if t["call_id"] == c["id"] and t["status"] == "succeeded"]
        paid = -sum(t["amount_cents"] for t in matching)
        if paid != c["wallet_cents"] or (c["wallet_cents"] and len(matching) != 1):
            problems.append(
                f"[a call's wallet_cents = its usage transaction] call {c['id']}: wallet_cents "
                f"{c['wallet_cents']}, usage transactions {[t['amount_cents'] for t in matching]}"
            )
        if c["card_cents"] and matching and matching[0]["balance_after_cents"] != 0:
            problems.append(
                f"[the wallet is drawn to $0.00 before the card] call {c['id']}: "
                f"{c['card_cents']} to the card while its usage transaction left "
                f"{matching[0]['balance_after_cents']} in the wallet"
            )
    for t in usage_txs:
        if t["call_id"] not in db_by_id or by_call[t["call_id"]] > 1:
            problems.append(f"[every usage transaction is one call's] {t['id']} → {t['call_id']}")
        if t["amount_cents"] > 0:
            problems.append(f"[usage only takes] {t['id']} amount {t['amount_cents']}")
    # Card-billed usage is accrued or invoiced, once: never lost, never billed twice.
    card_total = sum(c["card_cents"] for c in s.calls)
    invoiced_usage = sum(
        line["amount_cents"]
        for inv in s.invoice_details.values()
        if inv["kind"] != "credit_note"
        for line in inv["lines"]
        if line["kind"] == "usage"
    )
    accrued = s.wallet["accrued_usage_cents"]
    if accrued >= USAGE_INVOICE_AT_CENTS:
        problems.append(
            f"[card-billed usage is invoiced as soon as it reaches $10.00] accrued {accrued}"
        )
    for inv in s.invoice_details.values():
        if inv["kind"] == "usage" and inv["subtotal_cents"] < USAGE_INVOICE_AT_CENTS:
            problems.append(
                f"[a usage invoice is for at least $10.00] invoice {inv['number']}: subtotal "
                f"{inv['subtotal_cents']}"
            )
    if card_total != accrued + invoiced_usage:
        problems.append(
            f"[card-billed usage = accrued + invoiced usage] Σ card_cents {card_total} ≠ accrued "
            f"{accrued} + usage invoice lines {invoiced_usage}"
        )
    return problems


def _check_usage_summary(s: _State) -> list[str]:
    problems = []
    usage = s.usage
    start = s.db_subscription["current_period_start"]
    if _iso(usage["period_start"]) != start:
        problems.append(
            f"[usage is the current period] usage.period_start {usage['period_start']}, "
            f"subscription period from {start}"
        )
    current = [c for c in s.db_calls if c["period_start"] == start]
    allowance, plan_changed = _period_allowances(s)[start]
    used = sum(c["billable_minutes"] for c in current)
    overage = sum(c["overage_minutes"] for c in current)
    overage_cents = sum(c["overage_cents"] for c in current)
    expected = {
        "included_minutes": allowance,
        "used_minutes": used,
        "remaining_minutes": max(0, allowance - used),
        "overage_minutes": overage,
        "overage_cents": overage_cents,
    }
    for field, value in expected.items():
        if usage[field] != value:
            problems.append(
                f"[usage summary] {field} is {usage[field]}, the period's {len(current)} calls "
                f"give {value} (allowance {allowance}, used {used})"
            )
    if used - overage > allowance:
        problems.append(
            f"[usage: included part ≤ allowance] used {used} − overage {overage} > {allowance}"
        )
    if not plan_changed and overage != max(0, used - allowance):
        problems.append(
            f"[usage: overage = max(0, used − included)] overage {overage}, used {used}, "
            f"included {allowance}"
        )
    for call_type in RATE_CENTS_PER_MINUTE:
        of_type = [c for c in current if c["call_type"] == call_type]
        want = {
            "minutes": sum(c["billable_minutes"] for c in of_type),
            "overage_minutes": sum(c["overage_minutes"] for c in of_type),
            "overage_cents": sum(c["overage_cents"] for c in of_type),
        }
        shown = usage["by_call_type"].get(call_type)
        if shown != want:
            problems.append(f"[usage by call type] {call_type}: shown {shown}, calls give {want}")
    if usage["projected_minutes"] < used:
        problems.append(f"[projection ≥ used] projected {usage['projected_minutes']} < {used}")
    return problems


# --- credits and charges ------------------------------------------------------------------------


def _succeeded_payment(invoice: dict[str, Any], amount: int) -> bool:
    return any(
        p["status"] == "succeeded" and p["amount_cents"] == amount for p in invoice["payments"]
    )


def _check_credits_have_charges(s: _State) -> list[str]:
    """No credit without a succeeded charge, and no succeeded charge without its credit."""
    problems = []
    lots = {lot["id"]: lot for lot in s.db_top_ups}
    for t in s.transactions:
        if t["kind"] not in CREDIT_KINDS:
            continue
        label = f"{t['kind']} transaction {t['id']} ({t['status']}, {t['amount_cents']})"
        lot = lots.get(t["top_up_id"]) if t["top_up_id"] else None
        if t["status"] != "succeeded":
            if t["invoice_id"] is not None:
                problems.append(f"[a declined top-up has no invoice] {label} → {t['invoice_id']}")
            if lot is not None and lot["status"] != "failed":
                problems.append(
                    f"[a failed credit transaction is a failed top-up] {label}: top-up "
                    f"{lot['id']} is {lot['status']}"
                )
            continue
        if lot is None:
            problems.append(f"[no credit without a top-up] {label}: top_up_id {t['top_up_id']!r}")
            continue
        charged = lot["amount_cents"] + lot["tax_cents"]
        if lot["status"] not in ("succeeded", "refunded"):
            problems.append(
                f"[no credit without a succeeded charge] {label}: top-up is {lot['status']}"
            )
        if t["amount_cents"] != lot["amount_cents"]:
            problems.append(
                f"[credit = top-up amount] {label}: top-up {lot['id']} is {lot['amount_cents']}"
            )
        if bool(lot["automatic"]) != (t["kind"] == "auto_top_up"):
            problems.append(f"[credit kind = top-up kind] {label}: automatic={lot['automatic']}")
        if lot["transaction_id"] != t["id"]:
            problems.append(
                f"[top-up ↔ its credit] {label}: top-up {lot['id']} names {lot['transaction_id']}"
            )
        invoice = s.invoice_details.get(t["invoice_id"]) if t["invoice_id"] else None
        if invoice is None or t["invoice_id"] != lot["invoice_id"]:
            problems.append(
                f"[every credit has its top_up invoice] {label}: invoice {t['invoice_id']!r}, "
                f"top-up's invoice {lot['invoice_id']!r}"
            )
            continue
        if invoice["kind"] != "top_up" or invoice["status"] not in ("paid", "refunded"):
            problems.append(
                f"[a credit's invoice is a paid top_up invoice] {label}: invoice {invoice['id']} "
                f"is {invoice['kind']}/{invoice['status']}"
            )
        if not _succeeded_payment(invoice, charged):
            problems.append(
                f"[no credit without a succeeded charge of amount + tax] {label}: invoice "
                f"{invoice['id']} payments "
                f"{[(p['status'], p['amount_cents']) for p in invoice['payments']]}, expected a "
                f"succeeded {charged} ({lot['amount_cents']} + tax {lot['tax_cents']})"
            )
        if (invoice["subtotal_cents"], invoice["tax_cents"]) != (
            lot["amount_cents"],
            lot["tax_cents"],
        ):
            problems.append(
                f"[top-up invoice = amount + tax] invoice {invoice['id']}: subtotal "
                f"{invoice['subtotal_cents']} tax {invoice['tax_cents']}, top-up "
                f"{lot['amount_cents']} + {lot['tax_cents']}"
            )
    credits = Counter(
        t["top_up_id"]
        for t in s.transactions
        if t["kind"] in CREDIT_KINDS and t["status"] == "succeeded"
    )
    failures = Counter(
        t["top_up_id"]
        for t in s.transactions
        if t["kind"] in CREDIT_KINDS and t["status"] == "failed"
    )
    for lot in s.db_top_ups:
        how = "automatic" if lot["automatic"] else "manual"
        label = f"top-up {lot['id']} ({how}, {lot['status']}, {lot['amount_cents']})"
        if lot["status"] in ("succeeded", "refunded"):
            if credits[lot["id"]] != 1:
                problems.append(
                    f"[no succeeded charge without exactly one credit] {label}: "
                    f"{credits[lot['id']]} credit transactions"
                )
            invoice = s.invoice_details.get(lot["invoice_id"]) if lot["invoice_id"] else None
            if invoice is None:
                problems.append(
                    f"[a succeeded top-up has its invoice] {label}: {lot['invoice_id']!r}"
                )
            elif not _succeeded_payment(invoice, lot["amount_cents"] + lot["tax_cents"]):
                problems.append(
                    f"[a succeeded top-up was charged] {label}: invoice {invoice['id']}"
                )
        elif lot["status"] == "failed":
            if credits[lot["id"]] or lot["invoice_id"] is not None:
                problems.append(
                    f"[a declined top-up credits nothing and has no invoice] {label}: "
                    f"{credits[lot['id']]} credits, invoice {lot['invoice_id']!r}"
                )
            if failures[lot["id"]] != 1:
                problems.append(
                    f"[a declined top-up is one failed transaction the user sees] {label}: "
                    f"{failures[lot['id']]} failed transactions"
                )
    by_invoice = Counter(lot["invoice_id"] for lot in s.db_top_ups if lot["invoice_id"])
    for invoice in s.invoice_details.values():
        if invoice["kind"] == "top_up" and by_invoice[invoice["id"]] != 1:
            problems.append(
                f"[every top_up invoice is one top-up's] invoice {invoice['id']}: "
                f"{by_invoice[invoice['id']]} top-ups"
            )
    return problems


def _check_invoices(s: _State) -> list[str]:
    problems = []
    if len(s.invoices) != s.db_invoice_count:
        problems.append(
            f"[invoices pagination] the API lists {len(s.invoices)}, the database holds "
            f"{s.db_invoice_count}"
        )
    numbers = Counter(inv["number"] for inv in s.invoices)
    if any(seen > 1 for seen in numbers.values()):
        problems.append(f"[invoice numbers are unique] {numbers.most_common(3)}")
    for listed in s.invoices:
        inv = s.invoice_details[listed["id"]]
        label = f"invoice {inv['number']} ({inv['id']}, {inv['kind']}/{inv['status']})"
        for field in (
            "status",
            "kind",
            "subtotal_cents",
            "tax_cents",
            "total_cents",
            "amount_paid_cents",
            "lines",
        ):
            if field in listed and listed[field] != inv[field]:
                problems.append(
                    f"[list = detail] {label}.{field}: {listed[field]!r} vs {inv[field]!r}"
                )
        for line in inv["lines"]:
            if line["quantity"] * line["unit_amount_cents"] != line["amount_cents"]:
                problems.append(
                    f"[line amount = quantity × unit] {label} {line['kind']}: {line['quantity']} × "
                    f"{line['unit_amount_cents']} ≠ {line['amount_cents']}"
                )
        subtotal = sum(line["amount_cents"] for line in inv["lines"] if line["kind"] != "tax")
        tax_lines = sum(line["amount_cents"] for line in inv["lines"] if line["kind"] == "tax")
        if subtotal != inv["subtotal_cents"]:
            problems.append(
                f"[Σ non-tax lines = subtotal] {label}: lines {subtotal}, subtotal "
                f"{inv['subtotal_cents']}"
            )
        if tax_lines != inv["tax_cents"]:
            problems.append(
                f"[tax line = tax] {label}: tax lines {tax_lines}, tax {inv['tax_cents']}"
            )
        if inv["subtotal_cents"] + inv["tax_cents"] != inv["total_cents"]:
            problems.append(
                f"[subtotal + tax = total] {label}: {inv['subtotal_cents']} + {inv['tax_cents']} "
                f"≠ {inv['total_cents']}"
            )
        taxable = sum(
            line["amount_cents"] for line in inv["lines"] if line["kind"] in TAXABLE_LINE_KINDS
        )
        rate = inv.get("tax_rate_bps")
        if rate is not None and inv["tax_cents"] != _half_up(taxable * rate, 10_000):
            problems.append(
                f"[tax = taxable × rate, half-up, once per invoice] {label}: taxable {taxable} × "
                f"{rate} bps → {_half_up(taxable * rate, 10_000)}, tax {inv['tax_cents']}"
            )
        if inv["status"] == "paid" and inv["amount_paid_cents"] != inv["total_cents"]:
            problems.append(
                f"[paid ⇒ amount_paid = total] {label}: paid {inv['amount_paid_cents']} of "
                f"{inv['total_cents']}"
            )
        if inv["status"] == "open" and inv["amount_paid_cents"] >= inv["total_cents"]:
            problems.append(
                f"[open ⇒ something due] {label}: paid {inv['amount_paid_cents']} of "
                f"{inv['total_cents']}"
            )
        if any(p["status"] == "pending" for p in inv["payments"]):
            problems.append(f"[no payment left pending after its request] {label}")
        paid_sum = sum(p["amount_cents"] for p in inv["payments"] if p["status"] == "succeeded")
        if inv["kind"] != "credit_note" and paid_sum != inv["amount_paid_cents"]:
            problems.append(
                f"[amount_paid = Σ succeeded payments] {label}: amount_paid "
                f"{inv['amount_paid_cents']}, payments {paid_sum}"
            )
        if (
            inv["kind"] == "top_up"
            and inv["status"] == "refunded"
            and inv["amount_paid_cents"] != inv["total_cents"]
        ):
            problems.append(f"[a refunded top-up invoice was paid in full] {label}")
        if inv["kind"] == "credit_note":
            related = s.invoice_details.get(inv["related_invoice_id"] or "")
            if related is None:
                response = s.api.get(f"/v1/invoices/{inv['related_invoice_id']}")
                problems.append(
                    f"[a credit note relates to an invoice of the same account] {label}: "
                    f"related_invoice_id {inv['related_invoice_id']!r} "
                    f"(GET → {response.status_code})"
                )
            else:
                if related["status"] != "refunded":
                    problems.append(
                        f"[a credit note's invoice is refunded] {label} → {related['number']} is "
                        f"{related['status']}"
                    )
                if related["total_cents"] != inv["total_cents"]:
                    problems.append(
                        f"[a refund returns the whole charge, tax included] {label}: credit note "
                        f"total {inv['total_cents']}, refunded invoice total "
                        f"{related['total_cents']}"
                    )
        elif inv["related_invoice_id"] is not None:
            problems.append(f"[only credit notes relate to an invoice] {label}")
        if inv["status"] == "refunded" and inv["kind"] not in ("top_up", "credit_note"):
            problems.append(f"[only top-ups are refunded] {label}")
    return problems


def _half_up(numerator: int, denominator: int) -> int:
    quotient, remainder = divmod(numerator, denominator)
    return quotient + (1 if remainder * 2 >= denominator else 0)


def _check_refunds(s: _State) -> list[str]:
    """A refunded top-up: nothing left of it, one refund transaction of −amount, a credit note."""
    problems = []
    refund_txs = [t for t in s.transactions if t["kind"] == "refund"]
    lots = {lot["id"]: lot for lot in s.db_top_ups}
    credit_notes = [inv for inv in s.invoice_details.values() if inv["kind"] == "credit_note"]
    for t in refund_txs:
        lot = lots.get(t["top_up_id"] or "")
        if t["status"] == "succeeded" and (lot is None or lot["status"] != "refunded"):
            problems.append(
                f"[a refund transaction is a refunded top-up's] {t['id']} → top-up "
                f"{t['top_up_id']!r} ({lot['status'] if lot else 'missing'})"
            )
    for lot in s.db_top_ups:
        if lot["status"] != "refunded":
            continue
        label = f"refunded top-up {lot['id']} ({lot['amount_cents']} + tax {lot['tax_cents']})"
        if lot["remaining_cents"] != 0:
            problems.append(
                f"[a refunded top-up has nothing left] {label}: remaining {lot['remaining_cents']}"
            )
        mine = [t for t in refund_txs if t["top_up_id"] == lot["id"] and t["status"] == "succeeded"]
        if [t["amount_cents"] for t in mine] != [-lot["amount_cents"]]:
            problems.append(
                f"[one refund transaction of −amount] {label}: refund transactions "
                f"{[t['amount_cents'] for t in mine]}"
            )
        notes = [cn for cn in credit_notes if cn["related_invoice_id"] == lot["invoice_id"]]
        if len(notes) != 1:
            problems.append(
                f"[a refunded top-up has one credit note] {label}: {len(notes)} credit notes for "
                f"invoice {lot['invoice_id']}"
            )
        else:
            if mine and mine[0]["invoice_id"] != notes[0]["id"]:
                problems.append(
                    f"[the refund transaction names its credit note] {label}: "
                    f"{mine[0]['invoice_id']} vs {notes[0]['id']}"
                )
            if notes[0]["total_cents"] != lot["amount_cents"] + lot["tax_cents"]:
                problems.append(
                    f"[the credit note returns amount + tax] {label}: credit note total "
                    f"{notes[0]['total_cents']}"
                )
        original = s.invoice_details.get(lot["invoice_id"])
        if original is None or original["status"] != "refunded":
            problems.append(
                f"[a refunded top-up's invoice is refunded] {label}: "
                f"{original['status'] if original else 'no invoice'}"
            )
        records = [
            r for r in s.db_refunds if r["top_up_id"] == lot["id"] and r["status"] == "succeeded"
        ]
        if [r["amount_cents"] for r in records] != [lot["amount_cents"] + lot["tax_cents"]]:
            problems.append(
                f"[one succeeded refund of what was charged] {label}: refund records "
                f"{[(r['status'], r['amount_cents']) for r in records]}"
            )
    for note in credit_notes:
        lot = next(
            (lot for lot in s.db_top_ups if lot["invoice_id"] == note["related_invoice_id"]), None
        )
        if lot is None or lot["status"] != "refunded":
            problems.append(
                f"[a credit note is a refunded top-up's] credit note {note['number']} → "
                f"{note['related_invoice_id']}"
            )
    if any(r["status"] == "pending" for r in s.db_refunds):
        problems.append(f"[no refund left pending after its request] {s.db_refunds}")
    return problems


def _check_wallet_flags(s: _State) -> list[str]:
    problems = []
    w = s.wallet
    below = w["balance_cents"] < w["low_balance_threshold_cents"]
    if w["below_low_balance_threshold"] != below:
        problems.append(
            f"[below_low_balance_threshold = balance < threshold] balance {w['balance_cents']}, "
            f"threshold {w['low_balance_threshold_cents']}, flag {w['below_low_balance_threshold']}"
        )
    auto = w["auto_top_up"]
    if auto["consecutive_declines"] >= 3 and auto["enabled"]:
        problems.append(
            f"[auto top-up switches itself off after 3 declines in a row] "
            f"{auto['consecutive_declines']} declines, still enabled"
        )
    return problems
