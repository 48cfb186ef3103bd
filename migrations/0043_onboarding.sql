-- Onboarding: templates per segment (ordered steps), onboardings of accounts and their steps.

CREATE TABLE onboarding_templates (
  id uuid PRIMARY KEY,
  segment_id uuid NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
  name text NOT NULL,
  -- Applied by itself to every new account of the segment (the newest such template of the segment wins).
  auto_apply boolean NOT NULL DEFAULT false,
  -- [{ "kind", "title", "waitsFor": [positions of earlier steps], ...the kind's own fields }], checked by the contract.
  steps jsonb NOT NULL DEFAULT '[]',
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX onboarding_templates_segment_idx ON onboarding_templates (segment_id, created_at DESC);

CREATE TABLE onboardings (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  template_id uuid REFERENCES onboarding_templates(id) ON DELETE SET NULL,
  -- Kept so a deleted or renamed template leaves the onboarding readable as it was applied.
  template_name text NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'completed', 'cancelled')),
  applied_by uuid REFERENCES users(id) ON DELETE SET NULL,
  -- The project task steps share (made with the first one).
  project_id uuid,
  started_at timestamptz NOT NULL,
  completed_at timestamptz,
  cancelled_at timestamptz
);
-- One onboarding in progress per account: two applies at once make one, the other is refused.
CREATE UNIQUE INDEX onboardings_one_active_idx ON onboardings (account_id) WHERE status = 'active';
CREATE INDEX onboardings_status_idx ON onboardings (status, started_at, id);
CREATE INDEX onboardings_account_idx ON onboardings (account_id, started_at DESC);

CREATE TABLE onboarding_steps (
  id uuid PRIMARY KEY,
  onboarding_id uuid NOT NULL REFERENCES onboardings(id) ON DELETE CASCADE,
  account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  position integer NOT NULL,
  kind text NOT NULL,
  title text NOT NULL,
  config jsonb NOT NULL DEFAULT '{}',
  waits_for integer[] NOT NULL DEFAULT '{}',
  -- waiting: earlier steps unfinished; open: the item exists and is owed; done; skipped (module off); cancelled.
  status text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'open', 'done', 'skipped', 'cancelled')),
  side text NOT NULL DEFAULT 'client' CHECK (side IN ('client', 'firm')),
  item_id uuid,
  opened_at timestamptz,
  completed_at timestamptz,
  UNIQUE (onboarding_id, position)
);
CREATE INDEX onboarding_steps_item_idx ON onboarding_steps (kind, item_id) WHERE status = 'open';
CREATE INDEX onboarding_steps_open_idx ON onboarding_steps (account_id, opened_at, id) WHERE status = 'open';
