-- The wallet ledger: calls and their billing, the wallet with its credit lots and immutable
-- transactions, top-ups with their Stripe payment, refunds, and idempotency keys.

CREATE TABLE wallets (
    account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    balance_cents INTEGER NOT NULL DEFAULT 0 CHECK (balance_cents >= 0),
    low_balance_threshold_cents INTEGER NOT NULL DEFAULT 2000
        CHECK (low_balance_threshold_cents >= 0),
    -- card-billed usage not yet on an invoice (overage the wallet could not cover)
    accrued_usage_cents INTEGER NOT NULL DEFAULT 0 CHECK (accrued_usage_cents >= 0),
    auto_top_up_enabled INTEGER NOT NULL DEFAULT 0 CHECK (auto_top_up_enabled IN (0, 1)),
    auto_top_up_threshold_cents INTEGER NOT NULL DEFAULT 1000,
    auto_top_up_amount_cents INTEGER NOT NULL DEFAULT 5000,
    auto_top_up_payment_method_id TEXT REFERENCES payment_methods(id) ON DELETE SET NULL,
    auto_top_up_cap_cents INTEGER,       -- per billing period; NULL = no cap
    -- once per crossing: cleared when a deduction fires it, set again when back above
    auto_top_up_armed INTEGER NOT NULL DEFAULT 1 CHECK (auto_top_up_armed IN (0, 1)),
    auto_top_up_consecutive_declines INTEGER NOT NULL DEFAULT 0,
    auto_top_up_last_attempt_at TEXT,
    auto_top_up_disabled_reason TEXT
);

INSERT INTO wallets (account_id) SELECT id FROM accounts;

CREATE TABLE calls (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    call_type TEXT NOT NULL CHECK (call_type IN ('inbound', 'outbound', 'web')),
    seconds INTEGER NOT NULL CHECK (seconds >= 0),
    billable_minutes INTEGER NOT NULL CHECK (billable_minutes >= 0),
    included_minutes INTEGER NOT NULL CHECK (included_minutes >= 0),
    overage_minutes INTEGER NOT NULL CHECK (overage_minutes >= 0),
    rate_cents INTEGER NOT NULL,
    overage_cents INTEGER NOT NULL CHECK (overage_cents >= 0),
    wallet_cents INTEGER NOT NULL CHECK (wallet_cents >= 0),
    card_cents INTEGER NOT NULL CHECK (card_cents >= 0),
    period_start TEXT NOT NULL,
    ended_at TEXT NOT NULL,
    CHECK (included_minutes + overage_minutes = billable_minutes),
    CHECK (overage_cents = overage_minutes * rate_cents),
    CHECK (wallet_cents + card_cents = overage_cents)
);
CREATE INDEX calls_account_period ON calls(account_id, period_start, seq);
CREATE INDEX calls_account_ended ON calls(account_id, ended_at);

CREATE TABLE top_ups (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    automatic INTEGER NOT NULL CHECK (automatic IN (0, 1)),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    tax_cents INTEGER NOT NULL CHECK (tax_cents >= 0),
    status TEXT NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed', 'refunded')),
    payment_method_id TEXT,              -- the card's id when charged (the card may go later)
    brand TEXT NOT NULL,
    last4 TEXT NOT NULL,
    stripe_payment_method_id TEXT NOT NULL,
    stripe_payment_intent_id TEXT,
    idempotency_key TEXT,                -- the client's key: one top-up per key, ever
    failure_code TEXT,
    failure_message TEXT,
    invoice_id TEXT REFERENCES invoices(id),
    transaction_id TEXT,
    remaining_cents INTEGER NOT NULL DEFAULT 0 CHECK (remaining_cents >= 0),  -- the credit lot
    created_at TEXT NOT NULL,
    UNIQUE (account_id, idempotency_key),
    CHECK (remaining_cents <= amount_cents)
);
CREATE INDEX top_ups_account ON top_ups(account_id, seq);
CREATE INDEX top_ups_lots ON top_ups(account_id, status, remaining_cents);

CREATE TABLE wallet_transactions (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('top_up', 'usage', 'refund', 'auto_top_up')),
    status TEXT NOT NULL CHECK (status IN ('succeeded', 'failed', 'pending')),
    amount_cents INTEGER NOT NULL,
    balance_after_cents INTEGER NOT NULL CHECK (balance_after_cents >= 0),
    description TEXT NOT NULL,
    invoice_id TEXT REFERENCES invoices(id),
    top_up_id TEXT REFERENCES top_ups(id),
    call_id TEXT REFERENCES calls(id),
    failure_message TEXT,
    created_at TEXT NOT NULL,
    CHECK (status = 'succeeded' OR amount_cents = 0)
);
CREATE INDEX wallet_transactions_account ON wallet_transactions(account_id, seq);

-- A ledger is append-only.
CREATE TRIGGER wallet_transactions_immutable BEFORE UPDATE ON wallet_transactions
BEGIN
    SELECT RAISE(ABORT, 'wallet transactions are immutable');
END;
CREATE TRIGGER wallet_transactions_append_only BEFORE DELETE ON wallet_transactions
BEGIN
    SELECT RAISE(ABORT, 'wallet transactions are immutable');
END;

CREATE TABLE refunds (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    top_up_id TEXT NOT NULL REFERENCES top_ups(id),
    amount_cents INTEGER NOT NULL,       -- what goes back to the card: credit plus its tax
    status TEXT NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
    credit_note_id TEXT REFERENCES invoices(id),
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX refunds_one_per_top_up ON refunds(top_up_id) WHERE status != 'failed';

CREATE TABLE idempotency_keys (
    account_id TEXT NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('running', 'done')),
    response_status INTEGER,
    response_body BLOB,
    created_at TEXT NOT NULL,            -- real time: keys are kept at least 24 hours
    PRIMARY KEY (account_id, method, path, key)
);
CREATE INDEX idempotency_keys_age ON idempotency_keys(created_at);
