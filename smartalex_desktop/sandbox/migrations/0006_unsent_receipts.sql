-- Every request ends with `receipts.send_pending`, which looks for receipts not yet written
-- (sent_at NULL). Without an index that scanned every receipt of every account on each request
-- (0.9 ms with 10,000 receipts, on the event loop, so every other request waited too); this
-- index holds only the unsent ones, nearly always none.
CREATE INDEX receipts_unsent ON receipts(invoice_id) WHERE sent_at IS NULL;
