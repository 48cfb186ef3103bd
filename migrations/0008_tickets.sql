-- Tickets: a ticket is a thread of kind 'ticket' (messages, notes, read state, email and events stay the
-- conversations engine's) plus a `tickets` row with the fields agents work with, SLA clocks, CSAT and the
-- deflection records that measure self-service.

-- Who takes part in a restricted thread among the account's people. Ordinary conversations are seen by the
-- whole account; a ticket only by its requester and CCs (and the account's admins when the segment allows it).
-- Conversations' fan-out reads this table to decide which of the account's people hear of a ticket message.
CREATE TABLE thread_participants (
  thread_id uuid NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('requester', 'cc')),
  PRIMARY KEY (thread_id, user_id)
);
CREATE INDEX thread_participants_user_idx ON thread_participants (user_id, thread_id);

-- Per segment: may an account admin see every ticket of the account; what an email from an unknown sender does.
ALTER TABLE segments ADD COLUMN tickets_visible_to_account_admins boolean NOT NULL DEFAULT false;
ALTER TABLE segments ADD COLUMN unknown_sender_policy text NOT NULL DEFAULT 'reject' CHECK (unknown_sender_policy IN ('create_customer', 'reject'));

-- Portal-wide ticket settings. email_segment_id: the segment whose policy applies to mail from unknown senders.
ALTER TABLE portal_settings ADD COLUMN ticket_auto_close_days integer NOT NULL DEFAULT 4 CHECK (ticket_auto_close_days BETWEEN 1 AND 90);
ALTER TABLE portal_settings ADD COLUMN ticket_reopen_days integer NOT NULL DEFAULT 14 CHECK (ticket_reopen_days BETWEEN 0 AND 365);
ALTER TABLE portal_settings ADD COLUMN ticket_email_segment_id uuid REFERENCES segments (id) ON DELETE SET NULL;

CREATE TABLE ticket_groups (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX ticket_groups_name_key ON ticket_groups (lower(name));

CREATE TABLE ticket_group_members (
  group_id uuid NOT NULL REFERENCES ticket_groups (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (group_id, user_id)
);

-- Business hours: weekly working intervals in the calendar's time zone, minus holidays.
-- hours: [{ "day": 1..7 (ISO, Monday = 1), "start": "09:00", "end": "17:30" }, ...]
CREATE TABLE business_calendars (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  time_zone text NOT NULL,
  hours jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);

CREATE TABLE business_holidays (
  calendar_id uuid NOT NULL REFERENCES business_calendars (id) ON DELETE CASCADE,
  day date NOT NULL,
  name text NOT NULL,
  PRIMARY KEY (calendar_id, day)
);

-- Targets in business minutes of the calendar (no calendar: around the clock).
CREATE TABLE sla_policies (
  id uuid PRIMARY KEY,
  segment_id uuid NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
  priority text NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  calendar_id uuid REFERENCES business_calendars (id) ON DELETE SET NULL,
  first_response_minutes integer CHECK (first_response_minutes > 0),
  next_response_minutes integer CHECK (next_response_minutes > 0),
  resolution_minutes integer CHECK (resolution_minutes > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX sla_policies_target_key ON sla_policies (segment_id, priority);

-- Custom fields, defined per segment. Values live in tickets.custom_fields, keyed by the field's id.
CREATE TABLE ticket_fields (
  id uuid PRIMARY KEY,
  segment_id uuid NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
  label text NOT NULL,
  type text NOT NULL CHECK (type IN ('text', 'number', 'date', 'select')),
  options text[] NOT NULL DEFAULT '{}',
  required boolean NOT NULL DEFAULT false,
  customer_visible boolean NOT NULL DEFAULT true,
  position integer NOT NULL DEFAULT 0,
  archived_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ticket_fields_segment_idx ON ticket_fields (segment_id, position);

CREATE SEQUENCE ticket_number_seq START 1000;

CREATE TABLE tickets (
  thread_id uuid PRIMARY KEY REFERENCES threads (id) ON DELETE CASCADE,
  number bigint NOT NULL UNIQUE DEFAULT nextval('ticket_number_seq'),
  -- Copies of the thread's account and that account's segment: the queue filters and sorts on one table.
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  segment_id uuid NOT NULL REFERENCES segments (id),
  requester_id uuid REFERENCES users (id) ON DELETE SET NULL,
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'open', 'pending_customer', 'on_hold', 'solved', 'closed')),
  priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  assignee_id uuid REFERENCES users (id) ON DELETE SET NULL,
  group_id uuid REFERENCES ticket_groups (id) ON DELETE SET NULL,
  tags text[] NOT NULL DEFAULT '{}',
  custom_fields jsonb NOT NULL DEFAULT '{}',
  channel text NOT NULL CHECK (channel IN ('web', 'email', 'api')),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  first_response_at timestamptz,
  solved_at timestamptz,
  closed_at timestamptz,
  merged_into uuid REFERENCES tickets (thread_id) ON DELETE SET NULL,
  -- SLA: targets copied from the policy when it applies; a due time is null while its clock is not running
  -- (met, paused or no target). Resolution time already used before the current run, in business minutes.
  sla_policy_id uuid REFERENCES sla_policies (id) ON DELETE SET NULL,
  sla_calendar_id uuid REFERENCES business_calendars (id) ON DELETE SET NULL,
  first_response_target_minutes integer,
  next_response_target_minutes integer,
  resolution_target_minutes integer,
  first_response_due_at timestamptz,
  next_response_due_at timestamptz,
  resolution_due_at timestamptz,
  resolution_used_minutes integer NOT NULL DEFAULT 0,
  resolution_running_since timestamptz,
  -- The soonest running target: the queue's "due" order and the "due soon / breached" filters.
  due_at timestamptz GENERATED ALWAYS AS (LEAST(first_response_due_at, next_response_due_at, resolution_due_at)) STORED,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX tickets_status_updated_idx ON tickets (status, updated_at DESC, thread_id DESC);
CREATE INDEX tickets_updated_idx ON tickets (updated_at DESC, thread_id DESC);
CREATE INDEX tickets_assignee_idx ON tickets (assignee_id, status, updated_at DESC, thread_id DESC);
CREATE INDEX tickets_group_idx ON tickets (group_id, status, updated_at DESC, thread_id DESC);
CREATE INDEX tickets_segment_idx ON tickets (segment_id, status, updated_at DESC, thread_id DESC);
CREATE INDEX tickets_account_idx ON tickets (account_id, updated_at DESC, thread_id DESC);
CREATE INDEX tickets_requester_idx ON tickets (requester_id, updated_at DESC, thread_id DESC);
CREATE INDEX tickets_due_idx ON tickets (due_at, thread_id) WHERE due_at IS NOT NULL;
CREATE INDEX tickets_tags_idx ON tickets USING gin (tags);
CREATE INDEX tickets_solved_idx ON tickets (solved_at) WHERE status = 'solved';

-- Every target met or missed, for SLA compliance reports (a target still running is judged by its due time).
CREATE TABLE ticket_sla_results (
  ticket_id uuid NOT NULL REFERENCES tickets (thread_id) ON DELETE CASCADE,
  metric text NOT NULL CHECK (metric IN ('first_response', 'next_response', 'resolution')),
  due_at timestamptz NOT NULL,
  met_at timestamptz NOT NULL,
  breached boolean NOT NULL,
  segment_id uuid NOT NULL,
  PRIMARY KEY (ticket_id, metric, met_at)
);
CREATE INDEX ticket_sla_results_time_idx ON ticket_sla_results (met_at);

-- Views an agent saves (owner) or shares with every agent (owner null). filters: a TicketQueueQuery.
CREATE TABLE ticket_views (
  id uuid PRIMARY KEY,
  owner_id uuid REFERENCES users (id) ON DELETE CASCADE,
  name text NOT NULL,
  filters jsonb NOT NULL,
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ticket_views_owner_idx ON ticket_views (owner_id, position);

-- Canned replies, shared (owner null) or personal; the body has {{placeholders}}.
CREATE TABLE canned_replies (
  id uuid PRIMARY KEY,
  owner_id uuid REFERENCES users (id) ON DELETE CASCADE,
  title text NOT NULL,
  body text NOT NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Who has a ticket open, and whether they are writing a reply: the collision warning. Rows expire on their own.
CREATE TABLE ticket_presence (
  ticket_id uuid NOT NULL REFERENCES tickets (thread_id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  state text NOT NULL CHECK (state IN ('viewing', 'replying')),
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (ticket_id, user_id)
);

-- CSAT: one request per solve (the token is in the email link, stored hashed), rated at most once per request.
-- assignee and group are those at solve time, so reports credit who solved it.
CREATE TABLE ticket_ratings (
  id uuid PRIMARY KEY,
  ticket_id uuid NOT NULL REFERENCES tickets (thread_id) ON DELETE CASCADE,
  requester_id uuid REFERENCES users (id) ON DELETE SET NULL,
  token_hash text NOT NULL UNIQUE,
  segment_id uuid NOT NULL,
  assignee_id uuid REFERENCES users (id) ON DELETE SET NULL,
  group_id uuid REFERENCES ticket_groups (id) ON DELETE SET NULL,
  requested_at timestamptz NOT NULL,
  rating text CHECK (rating IN ('good', 'bad')),
  comment text,
  rated_at timestamptz
);
CREATE INDEX ticket_ratings_ticket_idx ON ticket_ratings (ticket_id, requested_at DESC);
CREATE INDEX ticket_ratings_time_idx ON ticket_ratings (rated_at) WHERE rated_at IS NOT NULL;

-- Deflection. A help-center session is one visitor's visit (a key the browser keeps for the tab, or a cookie on
-- the server-rendered help center); a ticket form session runs from opening the new-ticket form to filing
-- (ticket_created) or leaving (abandoned). Leaving after opening a suggested article is a deflected ticket.
CREATE TABLE help_sessions (
  key text PRIMARY KEY,
  user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  segment_id uuid REFERENCES segments (id) ON DELETE SET NULL,
  started_at timestamptz NOT NULL
);
CREATE INDEX help_sessions_time_idx ON help_sessions (started_at);

CREATE TABLE ticket_form_sessions (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  account_id uuid REFERENCES accounts (id) ON DELETE CASCADE,
  segment_id uuid REFERENCES segments (id) ON DELETE SET NULL,
  opened_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  searches integer NOT NULL DEFAULT 0,
  suggestions_shown integer NOT NULL DEFAULT 0,
  opened_article_ids uuid[] NOT NULL DEFAULT '{}',
  outcome text NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'ticket_created', 'abandoned', 'deflected')),
  ended_at timestamptz,
  ticket_id uuid REFERENCES tickets (thread_id) ON DELETE SET NULL
);
CREATE INDEX ticket_form_sessions_time_idx ON ticket_form_sessions (opened_at);
CREATE INDEX ticket_form_sessions_open_idx ON ticket_form_sessions (last_seen_at) WHERE outcome = 'open';

-- Search log rows now say where they came from (help center, ticket form suggestions) and for which segment.
ALTER TABLE kb_search_log ADD COLUMN source text NOT NULL DEFAULT 'help_center' CHECK (source IN ('help_center', 'portal', 'suggestions', 'api'));
ALTER TABLE kb_search_log ADD COLUMN segment_id uuid;
ALTER TABLE kb_search_log ADD COLUMN form_session_id uuid;

-- Whether one of the account's people (not staff: their rule is the account scope) sees a ticket: requester or
-- CC, or an admin of the ticket's account when its segment lets account admins see every ticket.
CREATE FUNCTION ticket_visible_to(p_ticket uuid, p_user uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM thread_participants tp WHERE tp.thread_id = p_ticket AND tp.user_id = p_user)
    OR EXISTS (SELECT 1 FROM tickets t JOIN segments s ON s.id = t.segment_id
               JOIN memberships m ON m.account_id = t.account_id AND m.user_id = p_user AND m.role = 'account_admin'
               WHERE t.thread_id = p_ticket AND s.tickets_visible_to_account_admins)
$$;

-- Tickets core (queue sorts): "newest first" and "most urgent first" stay index scans at a million tickets.
-- priority_rank orders priorities (urgent highest) without a CASE in the ORDER BY, which no index could serve.
ALTER TABLE tickets ADD COLUMN priority_rank smallint GENERATED ALWAYS AS (CASE priority WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'normal' THEN 2 ELSE 1 END) STORED;
CREATE INDEX tickets_created_idx ON tickets (created_at DESC, thread_id DESC);
CREATE INDEX tickets_priority_idx ON tickets (priority_rank DESC, updated_at DESC, thread_id DESC);
CREATE INDEX tickets_due_all_idx ON tickets (due_at ASC NULLS LAST, thread_id ASC);

-- ---- Email intake (tickets/inbound.ts) ----------------------------------------------------------------------
-- Message-IDs of inbound mail already handled, so a delivery repeated by the sender's server (or the webhook
-- provider) creates no second ticket or reply. Retention: mail servers stop retrying within days, so rows
-- older than 30 days may be deleted (deleteInboundMessageIdsBefore in tickets/inbound.ts).
CREATE TABLE inbound_message_ids (
  message_id text PRIMARY KEY,
  received_at timestamptz NOT NULL
);
CREATE INDEX inbound_message_ids_time_idx ON inbound_message_ids (received_at);

-- ---- Queue at scale (bench/self-service.ts on the large seed) ------------------------------------------------
-- Agents' queues filter unsolved tickets (status, priority, assignee, group) in "latest activity" order. Over
-- tickets_updated_idx such a page walked ~2,100 index entries and heap rows at 1M tickets to find 50; this partial
-- index holds only unsolved tickets (~7% of a mature portal) and carries the filter columns, so the same page is an
-- index-only scan (55 ms -> 8 ms for that step in EXPLAIN ANALYZE on a loaded machine).
CREATE INDEX tickets_active_updated_idx ON tickets (updated_at DESC, thread_id DESC) INCLUDE (status, priority, assignee_id, group_id)
  WHERE status NOT IN ('solved', 'closed');
-- Foreign keys declared ON DELETE SET NULL with no index on the referencing column make every deleted ticket
-- scan all of `tickets` (merged_into) and every deleted message all of `messages` (quoted_message_id): deleting
-- 100 tickets with their 2 messages took ~3 minutes at 1M tickets / 2M messages. Few rows carry these links,
-- so the indexes are partial and tiny.
CREATE INDEX tickets_merged_into_idx ON tickets (merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX messages_quoted_message_idx ON messages (quoted_message_id) WHERE quoted_message_id IS NOT NULL;
