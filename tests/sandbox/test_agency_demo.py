"""`smartalex-sandbox --demo --agency N`: the agency practices, each in the state it was seeded
for, reached through the billing rules (renewals, declines, the clock), seen through the API."""

from __future__ import annotations

from datetime import datetime

from smartalex_desktop.sandbox.agency_demo import AGENCY_HISTORY, State, name_of, state_of
from smartalex_desktop.sandbox.demo_accounts import agency_sign_ins
from tests.helpers.ledger import list_all
from tests.helpers.sandbox import TEST_CLOCK_START, running_sandbox

COUNT = 10  # one of each state, and the healthy ones


def test_the_agency_practices_are_in_the_states_they_were_seeded_for(tmp_path):
    with running_sandbox(tmp_path / "demo", demo=True, agency=COUNT) as sandbox:
        seen: dict[State, list[dict]] = {}
        for number, (email, password) in enumerate(agency_sign_ins(COUNT), start=1):
            api = sandbox.sign_in(email, password)
            account = api.get("/v1/account").json()
            assert account["company_name"] == name_of(number)
            subscription = api.get("/v1/subscription").json()
            wallet = api.get("/v1/wallet").json()
            cards = api.get("/v1/payment-methods").json()["data"]
            invoices = list_all(api, "/v1/invoices")
            usage = api.get("/v1/usage").json()
            # Each lived the year's last weeks: at least one renewal, nothing before them.
            renewals = [i for i in invoices if i["kind"] == "renewal"]
            assert renewals, email
            oldest = min(datetime.fromisoformat(i["created_at"]) for i in invoices)
            assert oldest >= TEST_CLOCK_START - AGENCY_HISTORY
            seen.setdefault(state_of(number), []).append(
                {"sub": subscription, "wallet": wallet, "cards": cards,
                 "invoices": invoices, "usage": usage}
            )  # fmt: skip
            api.close()

        [past_due] = seen[State.PAST_DUE]
        assert past_due["sub"]["status"] == "past_due"
        assert any(i["status"] == "open" for i in past_due["invoices"])
        for low in (*seen[State.LOW_BALANCE], *seen[State.LOW_AND_EXPIRING]):
            wallet = low["wallet"]
            assert wallet["balance_cents"] < wallet["low_balance_threshold_cents"]
        [auto_off] = seen[State.AUTO_TOP_UP_OFF]
        auto = auto_off["wallet"]["auto_top_up"]
        assert not auto["enabled"] and auto["consecutive_declines"] == 3
        assert "switched itself off" in auto["disabled_reason"]
        [canceling] = seen[State.CANCELING]
        assert canceling["sub"]["cancel_at_period_end"] and canceling["sub"]["status"] == "active"
        assert canceling["sub"]["upcoming_renewal"] is None
        next_month = (TEST_CLOCK_START.month % 12) + 1
        for expiring in (*seen[State.CARD_EXPIRING], *seen[State.LOW_AND_EXPIRING]):
            assert [(c["exp_month"], c["exp_year"]) for c in expiring["cards"]] == [
                (next_month, TEST_CLOCK_START.year)
            ]
        [heavy] = seen[State.HEAVY_USAGE]
        assert heavy["usage"]["projected_overage_cents"] > 25_00
        for healthy in seen[State.HEALTHY]:
            assert healthy["sub"]["status"] == "active"
            assert healthy["wallet"]["auto_top_up"]["enabled"]
            assert (
                healthy["wallet"]["balance_cents"]
                >= healthy["wallet"]["low_balance_threshold_cents"]
            )
