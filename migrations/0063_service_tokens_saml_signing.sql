-- Firm-level service tokens ("integrations"): they belong to the firm, not to a person, so they keep working when
-- the person who made them leaves. `Authorization: Bearer svc_...`; shown once, only the SHA-256 is kept.
CREATE TABLE service_tokens (
  id uuid PRIMARY KEY,
  name text NOT NULL CONSTRAINT service_tokens_name_check CHECK (char_length(name) BETWEEN 1 AND 80),
  token_hash text NOT NULL CONSTRAINT service_tokens_hash_unique UNIQUE,
  scopes text[] NOT NULL CONSTRAINT service_tokens_scopes_check CHECK (cardinality(scopes) > 0),
  -- Who made or revoked it, for the record only: the token never acts as them.
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  revoked_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX service_tokens_created_idx ON service_tokens (created_at DESC, id DESC);

-- Who acted: a person (actor_user_id), an integration (actor_service_token_id) or the portal itself (neither).
ALTER TABLE audit_events ADD COLUMN actor_type text NOT NULL DEFAULT 'person';
UPDATE audit_events SET actor_type = 'system' WHERE actor_user_id IS NULL AND actor_label IS NULL;
ALTER TABLE audit_events ADD CONSTRAINT service_tokens_audit_actor_type_check
  CHECK (actor_type IN ('person', 'service_token', 'system'));
ALTER TABLE audit_events ADD COLUMN actor_service_token_id uuid REFERENCES service_tokens (id) ON DELETE SET NULL;
CREATE INDEX service_tokens_audit_actor_idx ON audit_events (actor_service_token_id, occurred_at DESC)
  WHERE actor_service_token_id IS NOT NULL;

-- A webhook subscription set up by an integration: created_by stays NULL (no person), this says which one.
ALTER TABLE webhook_subscriptions ADD COLUMN created_by_service_token_id uuid
  REFERENCES service_tokens (id) ON DELETE SET NULL;

-- A draft invoice, quote or credit note made by an integration (created_by NULL), the same way.
ALTER TABLE billing_documents ADD COLUMN created_by_service_token_id uuid
  REFERENCES service_tokens (id) ON DELETE SET NULL;

-- SAML per provider: sign the AuthnRequests (HTTP-Redirect binding) with the SP's own key, and/or accept only
-- encrypted assertions (decrypted with the SP's key). The private keys are sealed like every other secret; the
-- certificates are public (published in the SP metadata).
ALTER TABLE sso_providers ADD COLUMN saml_sign_requests boolean NOT NULL DEFAULT false;
ALTER TABLE sso_providers ADD COLUMN saml_encrypted_assertions boolean NOT NULL DEFAULT false;
ALTER TABLE sso_providers ADD COLUMN saml_sp_signing_key_sealed text;
ALTER TABLE sso_providers ADD COLUMN saml_sp_signing_certificate text;
ALTER TABLE sso_providers ADD COLUMN saml_sp_decryption_key_sealed text;
ALTER TABLE sso_providers ADD COLUMN saml_sp_encryption_certificate text;
ALTER TABLE sso_providers ADD CONSTRAINT sso_saml_signing_keys_check CHECK (
  (NOT saml_sign_requests OR (saml_sp_signing_key_sealed IS NOT NULL AND saml_sp_signing_certificate IS NOT NULL))
  AND (NOT saml_encrypted_assertions
       OR (saml_sp_decryption_key_sealed IS NOT NULL AND saml_sp_encryption_certificate IS NOT NULL))
);
