-- Service tokens as authors, and their own request budgets.
--
-- About 80 author columns (messages, documents, projects, tasks, invoices, return steps...) reference users: a
-- service token could not write anywhere one is needed. Rather than a nullable author plus a service-token column
-- on every such table (80 migrations' worth of columns, and every presenter joining two ways), each service token
-- gets a non-login "integration" person: a users row with the token's own id (so `Actor.userId`, which already
-- held the token id, is now a real person id), kind 'integration', the name "Integration: <token name>", no
-- password, an address in the reserved .invalid TLD, no memberships and no staff role (not listed as a member or
-- staff), and deactivated from birth, which every sign-in path already refuses. It stays after revocation so the
-- history keeps its author; the token gate (service_tokens.revoked_at) is what lets it act.
ALTER TABLE users ADD COLUMN kind text NOT NULL DEFAULT 'person';
ALTER TABLE users ADD CONSTRAINT integration_people_kind_check CHECK (kind IN ('person', 'integration'));
ALTER TABLE users ADD CONSTRAINT integration_people_no_login_check CHECK (
  kind = 'person' OR (password_hash IS NULL AND staff_role IS NULL AND deactivated_at IS NOT NULL)
);

INSERT INTO users (id, email, name, kind, deactivated_at, created_at, updated_at)
SELECT id, 'integration-' || id || '@integrations.invalid', 'Integration: ' || name, 'integration', created_at,
       created_at, created_at
FROM service_tokens;
ALTER TABLE service_tokens ADD CONSTRAINT integration_people_token_person_fk FOREIGN KEY (id) REFERENCES users (id);

-- What integrations made before they were people: the person is now the author, the token column stays.
UPDATE webhook_subscriptions SET created_by = created_by_service_token_id
WHERE created_by IS NULL AND created_by_service_token_id IS NOT NULL;
UPDATE billing_documents SET created_by = created_by_service_token_id
WHERE created_by IS NULL AND created_by_service_token_id IS NOT NULL;

-- Requests per minute for one token; NULL follows the portal's API_TOKEN_REQUESTS_PER_MINUTE.
ALTER TABLE service_tokens ADD COLUMN requests_per_minute integer
  CONSTRAINT integration_people_rpm_check CHECK (requests_per_minute BETWEEN 1 AND 10000);

-- SAML SP key rotation: a rotation makes new signing/encryption key pairs and keeps the previous ones here during a
-- rollover (the metadata publishes both certificates; an assertion encrypted to the previous key still decrypts)
-- until an explicit retirement clears them. The previous private key is sealed like the current one.
ALTER TABLE sso_providers ADD COLUMN saml_sp_previous_signing_certificate text;
ALTER TABLE sso_providers ADD COLUMN saml_sp_previous_decryption_key_sealed text;
ALTER TABLE sso_providers ADD COLUMN saml_sp_previous_encryption_certificate text;
ALTER TABLE sso_providers ADD COLUMN saml_sp_keys_rotated_at timestamptz;
