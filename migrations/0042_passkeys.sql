-- Passkeys (WebAuthn credentials) of a person, staff or outside the firm. The public key is COSE as the authenticator
-- sent it; the credential id (base64url) is unique across the portal, so a sign-in finds its owner by it.
CREATE TABLE passkeys (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  credential_id text NOT NULL,
  public_key bytea NOT NULL,
  -- The authenticator's signature counter; an assertion must move it forward (0 = the authenticator keeps none).
  sign_count bigint NOT NULL DEFAULT 0 CHECK (sign_count >= 0),
  transports text[] NOT NULL DEFAULT '{}',
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 80),
  device_type text NOT NULL CHECK (device_type IN ('singleDevice', 'multiDevice')),
  backed_up boolean NOT NULL,
  created_at timestamptz NOT NULL,
  last_used_at timestamptz
);
CREATE UNIQUE INDEX passkeys_credential_id_key ON passkeys (credential_id);
CREATE INDEX passkeys_user_idx ON passkeys (user_id, created_at);

-- WebAuthn challenges, kept server-side: each is used once (deleted when verified) and lives a few minutes.
-- register/proof belong to a session; sign_in (usernameless) to nobody until a passkey answers it.
CREATE TABLE passkey_challenges (
  id uuid PRIMARY KEY,
  purpose text NOT NULL CHECK (purpose IN ('register', 'sign_in', 'proof')),
  challenge text NOT NULL,
  user_id uuid REFERENCES users (id) ON DELETE CASCADE,
  session_id uuid REFERENCES sessions (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  CHECK ((purpose = 'sign_in') = (session_id IS NULL))
);
CREATE INDEX passkey_challenges_expires_idx ON passkey_challenges (expires_at);

-- API tokens: scopes per module and access (`tickets:read`, `documents:write`; `core:*` = the routes of no module).
-- Tokens made before keep what they could do: a read token reads everything, a write token writes everything.
ALTER TABLE api_tokens DROP CONSTRAINT api_tokens_scopes_check;
UPDATE api_tokens SET scopes = CASE WHEN 'write' = ANY (scopes)
  THEN ARRAY['core:write', 'messages:write', 'knowledge_base:write', 'documents:write', 'tickets:write', 'billing:write',
             'projects:write', 'approvals:write', 'forms:write']
  ELSE ARRAY['core:read', 'messages:read', 'knowledge_base:read', 'documents:read', 'tickets:read', 'billing:read',
             'projects:read', 'approvals:read', 'forms:read'] END;
ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_scopes_format_check CHECK (
  cardinality(scopes) > 0 AND array_to_string(scopes, ',') ~ '^[a-z_]+:(read|write)(,[a-z_]+:(read|write))*$'
);
