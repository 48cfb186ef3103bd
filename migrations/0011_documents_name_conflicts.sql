-- Documents: name collisions never version someone else's file.
-- Clients may change the content of documents they did not upload themselves (a new version, restoring an old one)
-- only when the account's document permissions grant it: off by default, per segment, overridable per account
-- (NULL: follow the segment).
ALTER TABLE segment_document_settings ADD COLUMN client_edit_others boolean NOT NULL DEFAULT false;
ALTER TABLE account_document_settings ADD COLUMN client_edit_others boolean;
