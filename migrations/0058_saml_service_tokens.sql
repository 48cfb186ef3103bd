-- SAML 2.0 providers beside the OpenID Connect ones, replay protection for SAML assertions, and the emailed code
-- that proves an existing person when a single sign-on identity is linked to them.

-- A SAML provider is a row of sso_providers with protocol 'saml': `issuer` holds the IdP entity id, `email_claim`
-- the attribute carrying the email; client_id and client_secret_sealed stay empty (OIDC only).
ALTER TABLE sso_providers ADD COLUMN protocol text NOT NULL DEFAULT 'oidc';
ALTER TABLE sso_providers ADD CONSTRAINT sso_saml_providers_protocol_check CHECK (protocol IN ('oidc', 'saml'));
ALTER TABLE sso_providers ADD COLUMN saml_sso_url text;
-- The IdP's signing certificate (PEM, public): every assertion must be signed with it.
ALTER TABLE sso_providers ADD COLUMN saml_idp_certificate text;
ALTER TABLE sso_providers ADD CONSTRAINT sso_saml_providers_fields_check CHECK (
  protocol = 'oidc' OR (saml_sso_url IS NOT NULL AND saml_idp_certificate IS NOT NULL)
);

-- Every accepted assertion id, kept until the assertion expires: the same assertion posted again (by the same or
-- another process) finds its id here and is refused.
CREATE TABLE sso_saml_assertions (
  provider_id uuid NOT NULL REFERENCES sso_providers(id) ON DELETE CASCADE,
  assertion_id text NOT NULL,
  expires_at timestamptz NOT NULL,
  CONSTRAINT sso_saml_assertions_pkey PRIMARY KEY (provider_id, assertion_id)
);
CREATE INDEX sso_saml_assertions_expires ON sso_saml_assertions (expires_at);

-- Linking by an emailed code: one live code per link request (hashed), short-lived, with capped attempts and sends.
ALTER TABLE sso_link_requests ADD COLUMN code_hash text;
ALTER TABLE sso_link_requests ADD COLUMN code_expires_at timestamptz;
ALTER TABLE sso_link_requests ADD COLUMN code_attempts integer NOT NULL DEFAULT 0;
ALTER TABLE sso_link_requests ADD COLUMN codes_sent integer NOT NULL DEFAULT 0;
ALTER TABLE sso_link_requests ADD COLUMN code_sent_at timestamptz;
