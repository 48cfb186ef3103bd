-- Outbound webhooks (issue 15): portal-wide subscriptions per event type, one delivery per event and
-- subscription, and every attempt of it (the delivery log). The queue itself is the jobs table.

CREATE TABLE webhook_subscriptions (
  id uuid PRIMARY KEY,
  url text NOT NULL,
  description text NOT NULL DEFAULT '',
  event_types text[] NOT NULL,
  -- Standard Webhooks secrets (whsec_...), sealed with the secret box: signing needs them in clear.
  secret_sealed text NOT NULL,
  -- After a rotation the old secret signs too, until previous_secret_expires_at (24 h).
  previous_secret_sealed text,
  previous_secret_expires_at timestamptz,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
  disabled_reason text,
  disabled_at timestamptz,
  last_success_at timestamptz,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1
);
-- Fan-out reads the active subscriptions of one event type.
CREATE INDEX webhook_subscriptions_types_idx ON webhook_subscriptions USING gin (event_types) WHERE status = 'active';

CREATE TABLE webhook_deliveries (
  id uuid PRIMARY KEY,
  subscription_id uuid NOT NULL REFERENCES webhook_subscriptions(id) ON DELETE CASCADE,
  -- The envelope's id: the webhook-id header, the same on every attempt and replay (receivers de-duplicate).
  event_id text NOT NULL,
  event_type text NOT NULL,
  -- The envelope exactly as signed and sent.
  body text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed', 'cancelled')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz,
  replay_of uuid REFERENCES webhook_deliveries(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
-- One delivery per event and subscription (a fan-out job run twice adds nothing); replays are extra rows.
CREATE UNIQUE INDEX webhook_deliveries_event_key ON webhook_deliveries (subscription_id, event_id) WHERE replay_of IS NULL;
CREATE INDEX webhook_deliveries_log_idx ON webhook_deliveries (subscription_id, created_at DESC, id DESC);

CREATE TABLE webhook_delivery_attempts (
  id uuid PRIMARY KEY,
  delivery_id uuid NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
  attempted_at timestamptz NOT NULL,
  duration_ms integer NOT NULL,
  response_status integer,
  -- The first bytes of the answer only (the reader stops at a cap).
  response_body text,
  error text
);
CREATE INDEX webhook_delivery_attempts_delivery_idx ON webhook_delivery_attempts (delivery_id, attempted_at);
