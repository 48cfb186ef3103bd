-- Single sign-on (OpenID Connect): providers configured in the console, sign-in attempts kept server-side (single
-- use), and the links between an identity at a provider (issuer subject) and a Portico user.

CREATE TABLE sso_providers (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  issuer text NOT NULL,
  client_id text NOT NULL,
  -- Sealed with the portal's secret box (platform/security); never returned by the API.
  client_secret_sealed text NOT NULL,
  scopes text[] NOT NULL DEFAULT '{openid,email,profile}',
  email_claim text NOT NULL DEFAULT 'email',
  allowed_domains text[] NOT NULL DEFAULT '{}',
  -- 'staff': the firm's one provider for staff; 'segment': the people of one segment.
  audience text NOT NULL CHECK (audience IN ('staff', 'segment')),
  segment_id uuid REFERENCES segments(id) ON DELETE CASCADE,
  -- Just-in-time provisioning: [{ "domain": "acme.example", "accountId": "...", "role": "member" }].
  jit_accounts jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CONSTRAINT sso_providers_audience_segment CHECK ((audience = 'segment') = (segment_id IS NOT NULL))
);
CREATE UNIQUE INDEX sso_providers_one_for_staff ON sso_providers (audience) WHERE audience = 'staff';
CREATE INDEX sso_providers_segment ON sso_providers (segment_id);

-- One row per started sign-in: state (hashed), nonce and PKCE verifier (sealed) stay on the server; the callback
-- consumes the row once, so a replayed callback finds nothing.
CREATE TABLE sso_logins (
  id uuid PRIMARY KEY,
  provider_id uuid NOT NULL REFERENCES sso_providers(id) ON DELETE CASCADE,
  state_hash text NOT NULL UNIQUE,
  nonce text NOT NULL,
  code_verifier_sealed text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  consumed_at timestamptz
);
CREATE INDEX sso_logins_expires ON sso_logins (expires_at);

CREATE TABLE sso_identities (
  id uuid PRIMARY KEY,
  provider_id uuid NOT NULL REFERENCES sso_providers(id) ON DELETE CASCADE,
  subject text NOT NULL,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT sso_identities_provider_subject UNIQUE (provider_id, subject)
);
CREATE INDEX sso_identities_user ON sso_identities (user_id);

-- A first SSO sign-in of an existing person waits here until they prove who they are (their password).
CREATE TABLE sso_link_requests (
  id uuid PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  provider_id uuid NOT NULL REFERENCES sso_providers(id) ON DELETE CASCADE,
  subject text NOT NULL,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  consumed_at timestamptz
);
