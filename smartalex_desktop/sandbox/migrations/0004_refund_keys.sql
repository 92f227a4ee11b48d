-- A refund request remembers the client's Idempotency-Key, so a retry of a request whose
-- answer was lost (a crash after Stripe refunded) answers that refund instead of "already
-- refunded".
ALTER TABLE refunds ADD COLUMN idempotency_key TEXT;
CREATE UNIQUE INDEX refunds_idempotency ON refunds(account_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
