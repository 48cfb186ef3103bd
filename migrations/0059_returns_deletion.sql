-- Returns (RMA, issue 16): a return policy per segment, returns of delivered order lines with their photos, the
-- staff's decision, a return label, the steps after it (received, inspected, refunded or exchanged) and the refund.

CREATE TABLE return_policies (
  segment_id uuid PRIMARY KEY REFERENCES segments(id) ON DELETE CASCADE,
  window_days integer NOT NULL CHECK (window_days BETWEEN 0 AND 3650),
  -- SKUs, or SKU prefixes ending in '*' (a category: 'GIFT-*'), that cannot be returned.
  non_returnable jsonb NOT NULL DEFAULT '[]'::jsonb,
  reasons jsonb NOT NULL,
  resolutions jsonb NOT NULL,
  photos_required boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL
);

CREATE TABLE returns (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  order_id uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  -- The order's number and the return's rank on it: SO-1001-R1.
  number text NOT NULL,
  status text NOT NULL CHECK (status IN ('requested', 'approved', 'rejected', 'received', 'inspected', 'refunded', 'exchanged')),
  reason text NOT NULL,
  resolution text NOT NULL CHECK (resolution IN ('refund', 'exchange', 'store_credit')),
  note text,
  instructions text,
  rejection_reason text,
  label_storage_key text,
  label_content_type text,
  label_size bigint,
  currency text NOT NULL,
  refund_amount bigint,
  refund_note text,
  refunded_at timestamptz,
  requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX returns_number_key ON returns (order_id, number);
CREATE INDEX returns_account_created_idx ON returns (account_id, created_at DESC, id DESC);
CREATE INDEX returns_created_idx ON returns (created_at DESC, id DESC);

-- The order lines a return takes back. `quantity` is what counts against the line: what was asked while the return
-- waits, what staff approved afterwards, nothing once rejected.
CREATE TABLE return_lines (
  return_id uuid NOT NULL REFERENCES returns(id) ON DELETE CASCADE,
  line_index integer NOT NULL,
  sku text NOT NULL,
  name text NOT NULL,
  requested_quantity integer NOT NULL CHECK (requested_quantity > 0),
  quantity integer NOT NULL CHECK (quantity >= 0),
  unit_price bigint NOT NULL,
  PRIMARY KEY (return_id, line_index)
);

-- Photos are uploaded before the return is filed (return_id NULL until then) and belong to their uploader.
CREATE TABLE return_photos (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  return_id uuid REFERENCES returns(id) ON DELETE CASCADE,
  uploaded_by uuid REFERENCES users(id) ON DELETE SET NULL,
  storage_key text NOT NULL,
  content_type text NOT NULL,
  size bigint NOT NULL,
  sha256 text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX returns_photos_return_idx ON return_photos (return_id);

-- Every step of a return, for the return's and the order's timeline.
CREATE TABLE return_events (
  id uuid PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  return_id uuid NOT NULL REFERENCES returns(id) ON DELETE CASCADE,
  status text NOT NULL,
  actor_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  occurred_at timestamptz NOT NULL
);
CREATE INDEX returns_events_return_idx ON return_events (return_id, seq);
