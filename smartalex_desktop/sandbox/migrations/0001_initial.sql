-- The sandbox's first schema: accounts and sign-in, the plan catalog, subscriptions, cards, and
-- the invoice / invoice-line / payment tables that the billing engine builds on.
-- Money is integer cents; times are ISO 8601 UTC text ("2026-11-26T07:01:51.000000+00:00"), which
-- sorts in time order. Every table whose rows are listed has an INTEGER `seq` that gives the
-- newest-first order of the API's cursor pagination.

CREATE TABLE clock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    now TEXT NOT NULL
);

CREATE TABLE plans (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    tier TEXT NOT NULL,
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
    included_minutes INTEGER NOT NULL CHECK (included_minutes >= 0),
    features TEXT NOT NULL,           -- JSON array of catalog sentences
    position INTEGER NOT NULL
);

INSERT INTO plans (id, name, tier, price_cents, included_minutes, features, position) VALUES
    ('professional', 'Professional', 'Standard', 14900, 100,
     '["AI receptionist answering 24/7","100 included calling minutes a month","Call summaries by email","Appointment requests","Prepaid wallet for extra minutes"]', 1),
    ('dental', 'Dental', 'Specialty', 29900, 300,
     '["Everything in Professional","300 included calling minutes a month","Dental scheduling workflows","Insurance question handling","New-patient intake"]', 2),
    ('real_estate', 'Real Estate', 'Specialty', 29900, 300,
     '["Everything in Professional","300 included calling minutes a month","Showing requests and lead capture","Listing questions answered","Agent routing"]', 3);

CREATE TABLE accounts (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    company_name TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    tax_id TEXT NOT NULL DEFAULT '',
    tax_rate_bps INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bps BETWEEN 0 AND 10000),
    timezone TEXT NOT NULL DEFAULT 'UTC',
    phone_numbers INTEGER NOT NULL DEFAULT 1 CHECK (phone_numbers >= 0),
    stripe_customer_id TEXT NOT NULL,
    default_payment_method_id TEXT,
    created_at TEXT NOT NULL
);

-- A sign-in. Access and refresh tokens are opaque random strings; only their SHA-256 is stored.
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);

CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
    expires_at TEXT NOT NULL,
    used_at TEXT                      -- a refresh token works once (rotation)
);
CREATE INDEX tokens_session ON tokens(session_id);

CREATE TABLE subscriptions (
    account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    plan_id TEXT NOT NULL REFERENCES plans(id),
    status TEXT NOT NULL CHECK (status IN ('active', 'past_due', 'canceled')),
    billing_anchor TEXT NOT NULL,     -- the signup time: every period starts on its anniversary
    period_index INTEGER NOT NULL CHECK (period_index >= 0),
    current_period_start TEXT NOT NULL,
    current_period_end TEXT NOT NULL,
    cancel_at_period_end INTEGER NOT NULL DEFAULT 0 CHECK (cancel_at_period_end IN (0, 1)),
    cancellation_reason TEXT,
    cancellation_comment TEXT,
    canceled_at TEXT,
    scheduled_plan_id TEXT REFERENCES plans(id),
    created_at TEXT NOT NULL
);

CREATE TABLE payment_methods (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    stripe_payment_method_id TEXT NOT NULL UNIQUE,
    brand TEXT NOT NULL CHECK (brand IN ('visa', 'mastercard', 'amex', 'discover')),
    last4 TEXT NOT NULL CHECK (length(last4) = 4),
    exp_month INTEGER NOT NULL CHECK (exp_month BETWEEN 1 AND 12),
    exp_year INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX payment_methods_account ON payment_methods(account_id, seq);

CREATE TABLE invoice_sequences (
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (account_id, year)
);

CREATE TABLE invoices (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    number TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('paid', 'open', 'void', 'refunded', 'partially_refunded')),
    kind TEXT NOT NULL
        CHECK (kind IN ('renewal', 'plan_change', 'top_up', 'usage', 'final', 'credit_note')),
    related_invoice_id TEXT REFERENCES invoices(id),
    created_at TEXT NOT NULL,
    period_start TEXT,
    period_end TEXT,
    tax_rate_bps INTEGER NOT NULL,
    subtotal_cents INTEGER NOT NULL,
    tax_cents INTEGER NOT NULL,
    total_cents INTEGER NOT NULL CHECK (total_cents = subtotal_cents + tax_cents),
    amount_paid_cents INTEGER NOT NULL DEFAULT 0,
    UNIQUE (account_id, number)
);
CREATE INDEX invoices_account ON invoices(account_id, seq);

CREATE TABLE invoice_lines (
    invoice_id TEXT NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('subscription', 'usage', 'wallet_top_up', 'phone_number',
                                       'proration', 'wallet_credit', 'refund', 'tax')),
    description TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    unit_amount_cents INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    PRIMARY KEY (invoice_id, position)
);

-- Each attempt to collect an invoice, successful or declined. The card's brand and last4 are
-- copied so the payment still reads right after the card is removed.
CREATE TABLE payments (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    invoice_id TEXT NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    payment_method_id TEXT,
    brand TEXT NOT NULL,
    last4 TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('succeeded', 'failed')),
    stripe_payment_intent_id TEXT,
    failure_code TEXT,
    failure_message TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX payments_invoice ON payments(invoice_id, seq);

-- A finalized invoice's figures never change: corrections are new documents (credit notes).
CREATE TRIGGER invoices_figures_immutable
BEFORE UPDATE OF number, kind, account_id, created_at, period_start, period_end, tax_rate_bps,
                 subtotal_cents, tax_cents, total_cents ON invoices
BEGIN
    SELECT RAISE(ABORT, 'finalized invoices are immutable');
END;

CREATE TRIGGER invoice_lines_immutable_update BEFORE UPDATE ON invoice_lines
BEGIN
    SELECT RAISE(ABORT, 'finalized invoices are immutable');
END;

CREATE TRIGGER invoice_lines_immutable_delete BEFORE DELETE ON invoice_lines
BEGIN
    SELECT RAISE(ABORT, 'finalized invoices are immutable');
END;
