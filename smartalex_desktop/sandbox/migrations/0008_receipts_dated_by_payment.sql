-- A receipt's `sent_at` was the computer's time when its file was written, not the sandbox
-- clock's: the demo's year of receipts, written within seconds of the seeding, all said they
-- were emailed on the seeding day. It is now the moment of the payment the receipt confirms
-- (`created_at`, set by the sandbox clock in the paying transaction); receipts already sent are
-- dated so too.
UPDATE receipts SET sent_at = created_at WHERE sent_at IS NOT NULL;
