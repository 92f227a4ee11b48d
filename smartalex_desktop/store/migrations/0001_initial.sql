-- The offline cache of one SmartAlex account. Every row keeps the API's JSON of the model as
-- the app last received it (`json`, what the read API returns) plus the few columns that sync and
-- queries need. Times are UTC ISO 8601 text ('2026-03-14T09:30:00.000000+00:00'), so text order
-- is time order. Money is integer cents.

-- Which API and account the file belongs to (api_url, account_key), for support and checks.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- When each resource was last replaced by a fetch that fully succeeded.
CREATE TABLE sync_state (
    resource TEXT PRIMARY KEY,
    synced_at TEXT NOT NULL
);

-- One-object resources: account, subscription, wallet, usage.
CREATE TABLE singletons (
    resource TEXT PRIMARY KEY,
    json TEXT NOT NULL
);

-- Whole lists replaced on each sync, in the API's order.
CREATE TABLE plans (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    json TEXT NOT NULL
);

-- Cards: the API sends only brand, last 4 digits, expiry and whether it is the default.
CREATE TABLE cards (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    is_default INTEGER NOT NULL,
    json TEXT NOT NULL
);

-- Top-ups change after they are made (remaining credit, refundable, refunded): replaced whole.
CREATE TABLE top_ups (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    status TEXT NOT NULL,
    invoice_id TEXT,
    created_at TEXT NOT NULL,
    json TEXT NOT NULL
);

-- Append-only lists, synced incrementally. `seq` is local: a higher seq is newer, in the API's
-- newest-first order (created_at ties are common, so it cannot be the order).
CREATE TABLE invoices (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    number TEXT NOT NULL,
    status TEXT NOT NULL,
    kind TEXT NOT NULL,
    related_invoice_id TEXT,
    created_at TEXT NOT NULL,
    total_cents INTEGER NOT NULL,
    json TEXT NOT NULL
);
CREATE INDEX invoices_status ON invoices (status);
CREATE INDEX invoices_created_at ON invoices (created_at);

CREATE TABLE wallet_transactions (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    json TEXT NOT NULL
);
CREATE INDEX wallet_transactions_created_at ON wallet_transactions (created_at);

CREATE TABLE calls (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    call_type TEXT NOT NULL,
    ended_at TEXT NOT NULL,
    json TEXT NOT NULL
);
CREATE INDEX calls_ended_at ON calls (ended_at);

-- Daily minutes per billing period. `closed` = fetched after the period ended, so final.
CREATE TABLE daily_usage (
    period_start TEXT PRIMARY KEY,
    period_end TEXT NOT NULL,
    closed INTEGER NOT NULL,
    json TEXT NOT NULL
);

-- Documents the user downloaded (invoice PDF, receipt, ...), where they were saved.
CREATE TABLE downloads (
    invoice_id TEXT NOT NULL,
    document TEXT NOT NULL,
    path TEXT NOT NULL,
    downloaded_at TEXT NOT NULL,
    PRIMARY KEY (invoice_id, document)
);
