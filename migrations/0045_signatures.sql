-- E-signature (issue 13): envelopes of one PDF sent by staff to signers (the account's people, staff for
-- countersignature), in order or in parallel, with fields placed on pages; every event kept with time, IP and
-- user agent. A simple electronic signature (ESIGN, eIDAS SES): see docs/SIGNATURES.md.

CREATE TABLE signature_envelopes (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  title text NOT NULL,
  message text NOT NULL DEFAULT '',
  -- Where the PDF came from: a document of the account, a template with merge fields, or an upload.
  source text NOT NULL CHECK (source IN ('document', 'template', 'upload')),
  source_document_id uuid REFERENCES documents(id) ON DELETE SET NULL,
  mode text NOT NULL CHECK (mode IN ('sequential', 'parallel')),
  status text NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'completed', 'declined', 'voided', 'expired')),
  -- The PDF the signers see (storage key, never bytes here) and its SHA-256: every signature is bound to it.
  original_key text NOT NULL,
  original_sha256 text NOT NULL,
  page_count integer NOT NULL,
  -- The finished, flattened and sealed PDF, once every signer signed; also filed in the account's documents.
  completed_key text,
  completed_sha256 text,
  completed_document_id uuid REFERENCES documents(id) ON DELETE SET NULL,
  expires_at timestamptz,
  void_reason text,
  sent_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  closed_at timestamptz,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX signature_envelopes_account_idx ON signature_envelopes (account_id, created_at DESC, id DESC);
CREATE INDEX signature_envelopes_open_idx ON signature_envelopes (account_id, expires_at) WHERE status = 'sent';

CREATE TABLE signature_signers (
  id uuid PRIMARY KEY,
  envelope_id uuid NOT NULL REFERENCES signature_envelopes(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  position integer NOT NULL,
  side text NOT NULL CHECK (side IN ('client', 'firm')),
  -- Name and email as they were when the envelope was sent: the certificate names who was asked.
  name text NOT NULL,
  email text NOT NULL,
  status text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'signed', 'declined')),
  consented_at timestamptz,
  signed_at timestamptz,
  signed_sha256 text,
  signed_ip text,
  signed_user_agent text,
  signature_kind text CHECK (signature_kind IN ('drawn', 'typed')),
  -- A typed name, or a drawn image as a PNG data URL (small: a few KB, capped by the contract).
  signature_value text,
  decline_reason text,
  first_viewed_at timestamptz,
  UNIQUE (envelope_id, user_id),
  UNIQUE (envelope_id, position)
);
CREATE INDEX signature_signers_waiting_idx ON signature_signers (user_id) WHERE status = 'waiting';

-- Fields placed on pages, in fractions of the page (0..1 from the top left), each for one signer.
CREATE TABLE signature_fields (
  id uuid PRIMARY KEY,
  envelope_id uuid NOT NULL REFERENCES signature_envelopes(id) ON DELETE CASCADE,
  signer_id uuid NOT NULL REFERENCES signature_signers(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('signature', 'initials', 'date', 'text', 'checkbox')),
  page integer NOT NULL CHECK (page >= 1),
  x double precision NOT NULL CHECK (x >= 0 AND x <= 1),
  y double precision NOT NULL CHECK (y >= 0 AND y <= 1),
  width double precision NOT NULL CHECK (width > 0 AND width <= 1),
  height double precision NOT NULL CHECK (height > 0 AND height <= 1),
  label text NOT NULL DEFAULT '',
  required boolean NOT NULL DEFAULT true,
  value text
);
CREATE INDEX signature_fields_envelope_idx ON signature_fields (envelope_id);

-- The envelope's trail: every send, view, consent, signature, decline, void, expiry, reminder and completion.
CREATE TABLE signature_events (
  id uuid PRIMARY KEY,
  envelope_id uuid NOT NULL REFERENCES signature_envelopes(id) ON DELETE CASCADE,
  signer_id uuid REFERENCES signature_signers(id) ON DELETE CASCADE,
  kind text NOT NULL,
  actor_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  ip text,
  user_agent text,
  sha256 text,
  detail text,
  occurred_at timestamptz NOT NULL
);
CREATE INDEX signature_events_envelope_idx ON signature_events (envelope_id, occurred_at, id);

-- One reminder per waiting signer and interval slot: the insert is the claim, so concurrent sweeps send it once.
CREATE TABLE signature_reminders (
  signer_id uuid NOT NULL REFERENCES signature_signers(id) ON DELETE CASCADE,
  slot bigint NOT NULL,
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (signer_id, slot)
);

-- The portal's own signing certificate (PKCS#12, sealed with the secret box), made at first use; replaceable by
-- updating the one row (a firm's own certificate).
CREATE TABLE signature_certificates (
  id uuid PRIMARY KEY,
  sealed_p12 text NOT NULL,
  sealed_passphrase text NOT NULL,
  subject text NOT NULL,
  created_at timestamptz NOT NULL
);
-- One row: two processes making the first certificate at once keep one winner (ON CONFLICT DO NOTHING).
CREATE UNIQUE INDEX signature_certificates_single_idx ON signature_certificates ((true));
