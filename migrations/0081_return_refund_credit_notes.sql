-- A return refunded in money goes through billing (issue 16): billing issues a credit note for it, found again by
-- its source (one per return step), and the return keeps the note's id and number to show beside the refund.
ALTER TABLE billing_documents ADD COLUMN source_key text;
CREATE UNIQUE INDEX billing_documents_source_key ON billing_documents (source_key) WHERE source_key IS NOT NULL;

ALTER TABLE returns
  ADD COLUMN refund_credit_note_id uuid REFERENCES billing_documents (id) ON DELETE SET NULL,
  ADD COLUMN refund_credit_note_number text;
