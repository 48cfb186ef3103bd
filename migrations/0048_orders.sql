-- Orders (issue 16): the business's store or ERP upserts orders by its own id; customers follow them in the
-- portal, staff in the console. Lines and shipments are sent whole on every change and read whole, so they are
-- stored with the order (jsonb); the status history is its own table (one row per real change).

CREATE TABLE orders (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  external_id text NOT NULL,
  number text NOT NULL,
  placed_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('placed', 'paid', 'partially_fulfilled', 'fulfilled', 'shipped', 'delivered', 'cancelled', 'returned')),
  currency text NOT NULL,
  subtotal_amount bigint NOT NULL,
  tax_amount bigint NOT NULL,
  total_amount bigint NOT NULL,
  lines jsonb NOT NULL,
  line_count integer NOT NULL,
  shipping_address jsonb,
  billing_address jsonb,
  shipments jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- The source's own change time: an upsert older than this changes nothing.
  source_updated_at timestamptz NOT NULL,
  -- SHA-256 of the canonical payload: the same payload again is a replay (no event, no mail).
  payload_sha256 text NOT NULL,
  -- Lower-cased number, SKUs and product names: "my orders" search.
  search_text text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1
);
-- One order per (account, external id): concurrent upserts meet here.
CREATE UNIQUE INDEX orders_external_id_key ON orders (account_id, external_id);
CREATE INDEX orders_account_placed_idx ON orders (account_id, placed_at DESC, id DESC);
CREATE INDEX orders_placed_idx ON orders (placed_at DESC, id DESC);

CREATE TABLE order_status_history (
  id uuid PRIMARY KEY,
  -- Insertion order is the order of the changes (times may tie: placed and paid in the same second).
  seq bigint GENERATED ALWAYS AS IDENTITY,
  order_id uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  status text NOT NULL,
  occurred_at timestamptz NOT NULL
);
CREATE INDEX order_status_history_order_idx ON order_status_history (order_id, seq);

-- A ticket a customer filed about an order (tickets are threads; the ticket's row is keyed by its thread id).
CREATE TABLE order_tickets (
  ticket_id uuid PRIMARY KEY REFERENCES threads(id) ON DELETE CASCADE,
  order_id uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  -- Who filed it: the account's people see the tickets they filed about an order, staff all of them.
  filed_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX order_tickets_order_idx ON order_tickets (order_id);
