-- Migration 5: the key a pairing token was spent for, so that a tablet asking again (the answer to
-- its first request was lost) gets a certificate only for that same key (sync/README.md).

-- Office: the pin (SHA-256 of the public key) of the request that spent the token.
ALTER TABLE pairing_tokens ADD COLUMN key_pin TEXT;
