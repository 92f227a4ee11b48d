-- The billing cycle: invoice collection on a schedule (first attempt, retries 3 and 7 days
-- later), payments recorded before money moves (pending → succeeded / failed), and receipts.

ALTER TABLE invoices ADD COLUMN first_attempt_at TEXT;
ALTER TABLE invoices ADD COLUMN attempt_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE invoices ADD COLUMN next_attempt_at TEXT;  -- NULL: no automatic attempt planned
CREATE INDEX invoices_next_attempt ON invoices(next_attempt_at) WHERE next_attempt_at IS NOT NULL;
CREATE INDEX invoices_open ON invoices(account_id, status);

-- A payment row now exists before the charge (status 'pending', with its PaymentIntent), so a
-- crash between Stripe charging and us recording it is reconciled, never charged again.
CREATE TABLE payments_new (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    invoice_id TEXT NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    payment_method_id TEXT,
    brand TEXT NOT NULL,
    last4 TEXT NOT NULL,
    stripe_payment_method_id TEXT,
    amount_cents INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
    stripe_payment_intent_id TEXT,
    idempotency_key TEXT,               -- the client's key for a "Pay now": one payment per key
    failure_code TEXT,
    failure_message TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (invoice_id, idempotency_key)
);
INSERT INTO payments_new (seq, id, invoice_id, payment_method_id, brand, last4, amount_cents,
                          status, stripe_payment_intent_id, failure_code, failure_message,
                          created_at)
    SELECT seq, id, invoice_id, payment_method_id, brand, last4, amount_cents, status,
           stripe_payment_intent_id, failure_code, failure_message, created_at FROM payments;
DROP TABLE payments;
ALTER TABLE payments_new RENAME TO payments;
CREATE INDEX payments_invoice ON payments(invoice_id, seq);
CREATE INDEX payments_pending ON payments(status) WHERE status = 'pending';

-- Receipts "emailed" (written as .eml into the data folder's outbox) for paid invoices. The row
-- is written with the payment; the file after the commit, and again at start-up if a crash came
-- in between (`sent_at` NULL).
CREATE TABLE receipts (
    invoice_id TEXT PRIMARY KEY REFERENCES invoices(id) ON DELETE CASCADE,
    number TEXT NOT NULL,
    emailed_to TEXT NOT NULL,
    file_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
