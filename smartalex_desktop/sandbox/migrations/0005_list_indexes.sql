-- Lists are read newest first by seq (pagination.page): without (account_id, seq) SQLite sorted
-- every call of the account for each page (1.5 s a page at 500,000 calls).
CREATE INDEX calls_account_seq ON calls(account_id, seq);
-- Auto top-up's per-period cap sums this period's automatic top-ups: read by date, not all of
-- them (GET /v1/wallet took 150 ms with 4,000 top-ups).
CREATE INDEX top_ups_account_automatic ON top_ups(account_id, automatic, created_at);
