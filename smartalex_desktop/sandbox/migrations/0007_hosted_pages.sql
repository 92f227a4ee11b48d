-- The hosted pages (docs/cards.md): card-setup sessions, payment authentications, and the links
-- that open them. A link's token is kept only as its SHA-256 (like sign-in tokens): a copy of
-- the data folder opens no page.

-- The card's Stripe fingerprint, to refuse saving one card twice. NULL for cards saved before
-- (those are compared by brand, last 4 and expiry).
ALTER TABLE payment_methods ADD COLUMN fingerprint TEXT;

CREATE TABLE card_setup_sessions (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('open', 'complete', 'expired', 'canceled')),
    -- The SetupIntent the page confirms now; replaced when a failed attempt left it unusable.
    setup_intent_id TEXT,
    payment_method_id TEXT,
    error_code TEXT,
    error_message TEXT,
    idempotency_key TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,        -- by the sandbox clock (what the API answers)
    real_expires_at TEXT NOT NULL,   -- by the real time: the billing clock stands still between
                                     -- advances, and a link must not outlive its 30 minutes
    UNIQUE (account_id, idempotency_key)
);
CREATE INDEX card_setup_sessions_open ON card_setup_sessions(account_id) WHERE status = 'open';

CREATE TABLE payment_authentications (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('top_up', 'invoice_payment', 'plan_change')),
    status TEXT NOT NULL
        CHECK (status IN ('requires_action', 'succeeded', 'failed', 'expired', 'canceled')),
    stripe_payment_intent_id TEXT NOT NULL UNIQUE,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    description TEXT NOT NULL,
    brand TEXT NOT NULL,
    last4 TEXT NOT NULL,
    top_up_id TEXT REFERENCES top_ups(id),
    payment_id TEXT REFERENCES payments(id),
    invoice_id TEXT,
    -- An upgrade waiting for the bank: what to apply once it is confirmed.
    plan_id TEXT,
    from_plan_id TEXT,
    plan_change TEXT,                -- the invoice lines to write, as JSON
    payment_method_id TEXT,
    idempotency_key TEXT,
    error_code TEXT,
    error_message TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    real_expires_at TEXT NOT NULL
);
CREATE INDEX payment_authentications_waiting ON payment_authentications(account_id)
    WHERE status = 'requires_action';

CREATE TABLE hosted_page_links (
    token_hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('card_setup', 'payment_authentication')),
    session_id TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX hosted_page_links_session ON hosted_page_links(session_id);
