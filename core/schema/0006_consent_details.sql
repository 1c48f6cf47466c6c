-- Migration 6: how a consent was given (in writing, orally or on the tablet), recorded with the
-- consent since a specialist records and revokes consents on the tablet and the command line
-- (consentcase.h). Codes: written, oral, tablet; NULL for consents recorded before.
ALTER TABLE consents ADD COLUMN granted_how TEXT;
