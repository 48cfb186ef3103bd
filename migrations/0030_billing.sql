-- Billing: tax rates, payment terms, number series, a billing profile per account, quotes, invoices and credit
-- notes with their lines, and manual payments. Money is integer minor units with the document's ISO 4217
-- currency; totals are computed by the server (src/contract/money.ts) and stored as computed at the last change.

-- Rates are percent × 10 000 (19 % = 190000, 9.975 % = 99750).
CREATE TABLE billing_tax_rates (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  rate integer NOT NULL CHECK (rate BETWEEN 0 AND 1000000),
  inclusive boolean NOT NULL DEFAULT false,
  compound boolean NOT NULL DEFAULT false,
  archived_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);

-- Payment terms: days after the issue date (0 = due on receipt).
CREATE TABLE billing_payment_terms (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  days integer NOT NULL CHECK (days BETWEEN 0 AND 365),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);

-- One numbering series per kind of document: INV-2026-0001 (prefix, year when reset yearly, padded counter).
CREATE TABLE billing_number_series (
  kind text PRIMARY KEY CHECK (kind IN ('invoice', 'quote', 'credit_note')),
  prefix text NOT NULL,
  yearly_reset boolean NOT NULL DEFAULT true,
  padding integer NOT NULL DEFAULT 4 CHECK (padding BETWEEN 1 AND 10),
  version integer NOT NULL DEFAULT 1
);
INSERT INTO billing_number_series (kind, prefix) VALUES ('invoice', 'INV'), ('quote', 'Q'), ('credit_note', 'CN');

-- The last number used per series and year (year 0 when the series never resets). Incremented by an upsert in the
-- transaction that sends the document: the row lock serialises concurrent sends and a rollback gives the number
-- back, so numbers are gapless and unique.
CREATE TABLE billing_number_counters (
  kind text NOT NULL REFERENCES billing_number_series (kind),
  year integer NOT NULL,
  last_value integer NOT NULL,
  PRIMARY KEY (kind, year)
);

CREATE TABLE billing_profiles (
  account_id uuid PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
  legal_name text NOT NULL,
  address text NOT NULL DEFAULT '',
  tax_id text NOT NULL DEFAULT '',
  contacts text[] NOT NULL DEFAULT '{}',
  currency text NOT NULL,
  language text NOT NULL DEFAULT 'en',
  payment_terms_id uuid REFERENCES billing_payment_terms (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);

-- A quote, invoice or credit note. number/issue_date are set when it is sent (never on a draft); the PDF that was
-- sent is kept in file storage (pdf_key) with its SHA-256.
CREATE TABLE billing_documents (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('invoice', 'quote', 'credit_note')),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'paid', 'void', 'accepted', 'declined')),
  number text,
  currency text NOT NULL,
  language text NOT NULL DEFAULT 'en',
  issue_date date,
  due_date date,
  payment_terms_id uuid REFERENCES billing_payment_terms (id) ON DELETE SET NULL,
  notes text NOT NULL DEFAULT '',
  discount jsonb,
  subtotal bigint NOT NULL DEFAULT 0,
  discount_total bigint NOT NULL DEFAULT 0,
  net bigint NOT NULL DEFAULT 0,
  tax_total bigint NOT NULL DEFAULT 0,
  total bigint NOT NULL DEFAULT 0,
  taxes jsonb NOT NULL DEFAULT '[]',
  amount_paid bigint NOT NULL DEFAULT 0,
  pdf_key text,
  pdf_sha256 text,
  sent_at timestamptz,
  paid_at timestamptz,
  voided_at timestamptz,
  accepted_at timestamptz,
  accepted_by uuid REFERENCES users (id) ON DELETE SET NULL,
  accepted_name text,
  accepted_ip text,
  accepted_user_agent text,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK ((status = 'draft') = (number IS NULL))
);
CREATE UNIQUE INDEX billing_documents_number_key ON billing_documents (kind, number) WHERE number IS NOT NULL;
CREATE INDEX billing_documents_account_idx ON billing_documents (account_id, created_at DESC, id DESC);
CREATE INDEX billing_documents_list_idx ON billing_documents (created_at DESC, id DESC);

-- Lines; quantity in thousandths, prices and computed figures in minor units, tax_rates as applied (a copy, so a
-- later change of a rate does not rewrite a sent document).
CREATE TABLE billing_document_lines (
  id uuid PRIMARY KEY,
  document_id uuid NOT NULL REFERENCES billing_documents (id) ON DELETE CASCADE,
  position integer NOT NULL,
  description text NOT NULL,
  quantity bigint NOT NULL,
  unit_price bigint NOT NULL,
  discount jsonb,
  tax_rates jsonb NOT NULL DEFAULT '[]',
  gross bigint NOT NULL,
  discount_total bigint NOT NULL,
  net bigint NOT NULL,
  tax_total bigint NOT NULL,
  total bigint NOT NULL,
  UNIQUE (document_id, position)
);

-- Manual payments (bank transfer, cheque, cash) against one invoice.
CREATE TABLE billing_payments (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  document_id uuid NOT NULL REFERENCES billing_documents (id) ON DELETE CASCADE,
  amount bigint NOT NULL CHECK (amount > 0),
  currency text NOT NULL,
  method text NOT NULL CHECK (method IN ('bank_transfer', 'cheque', 'cash', 'card', 'other')),
  reference text NOT NULL DEFAULT '',
  received_on date NOT NULL,
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX billing_payments_document_idx ON billing_payments (document_id, created_at);
CREATE INDEX billing_payments_account_idx ON billing_payments (account_id, created_at);
