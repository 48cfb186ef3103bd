-- Accounts receivable: credit notes against an invoice, void and reissue, and payment reminders (dunning).

-- A credit note credits one invoice (related = the invoice); a reissued invoice replaces a voided one (related = the
-- voided invoice). The link keeps the number history: INV-0007 voided, replaced by INV-0009.
ALTER TABLE billing_documents ADD COLUMN related_document_id uuid REFERENCES billing_documents (id) ON DELETE SET NULL;
CREATE INDEX billing_documents_related_idx ON billing_documents (related_document_id) WHERE related_document_id IS NOT NULL;

-- What sent credit notes took off an invoice. The balance of an invoice is total - amount_paid - amount_credited.
ALTER TABLE billing_documents ADD COLUMN amount_credited bigint NOT NULL DEFAULT 0 CHECK (amount_credited >= 0);

-- Open invoices by due date: the reminder sweep, the aging report and the due-range filter.
CREATE INDEX billing_documents_open_due_idx ON billing_documents (due_date, id) WHERE kind = 'invoice' AND status = 'sent';

-- The reminder schedule, portal-wide: one row. Steps are days relative to the due date (-3 = three days before).
CREATE TABLE billing_reminder_settings (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  enabled boolean NOT NULL DEFAULT true,
  steps integer[] NOT NULL DEFAULT '{-3,0,7,14}',
  version integer NOT NULL DEFAULT 1
);
INSERT INTO billing_reminder_settings (id) VALUES (true);

-- One row per reminder step sent for an invoice. The sweep claims a step by inserting its row (ON CONFLICT DO
-- NOTHING) in the transaction that queues the mail, so two processes sweeping at once send each step once.
CREATE TABLE billing_invoice_reminders (
  document_id uuid NOT NULL REFERENCES billing_documents (id) ON DELETE CASCADE,
  step integer NOT NULL,
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (document_id, step)
);
