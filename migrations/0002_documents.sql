-- Documents: per-account document spaces (folders, files, versions), trash, activity, quotas, client
-- permissions and file requests. File bytes live in the storage driver under generated keys; rows here are the
-- only way to reach them, and a row exists only once its bytes are completely stored.

-- What clients may do, per segment (absent row: defaults) and per account (NULL: follow the segment).
CREATE TABLE segment_document_settings (
  segment_id uuid PRIMARY KEY REFERENCES segments (id) ON DELETE CASCADE,
  client_upload boolean NOT NULL DEFAULT true,
  client_create_folders boolean NOT NULL DEFAULT true,
  client_rename boolean NOT NULL DEFAULT true,
  client_delete_own boolean NOT NULL DEFAULT true
);

-- One row per account that has stored anything or has overrides. used_bytes is the quota counter: uploads
-- add to it with a conditional UPDATE, so two concurrent uploads cannot both squeeze under the quota.
CREATE TABLE account_document_settings (
  account_id uuid PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
  used_bytes bigint NOT NULL DEFAULT 0,
  quota_bytes bigint,
  client_upload boolean,
  client_create_folders boolean,
  client_rename boolean,
  client_delete_own boolean
);

-- A folder belongs to one area; its children are in the same area. deleted_at set = in the trash;
-- trash_root marks the item the user deleted (its contents went with it and come back with it).
CREATE TABLE document_folders (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  parent_id uuid REFERENCES document_folders (id) ON DELETE CASCADE,
  area text NOT NULL CHECK (area IN ('shared', 'internal')),
  name text NOT NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  deleted_by uuid REFERENCES users (id) ON DELETE SET NULL,
  trash_batch uuid,
  trash_root boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1
);
-- Live names are unique per parent, case-insensitively (the area root is parent "nil").
CREATE UNIQUE INDEX document_folders_name_key ON document_folders
  (account_id, area, COALESCE(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name)) WHERE deleted_at IS NULL;
CREATE INDEX document_folders_parent_idx ON document_folders (parent_id);
CREATE INDEX document_folders_trash_idx ON document_folders (account_id, deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE file_requests (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  title text NOT NULL,
  note text,
  due_date date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'submitted', 'returned', 'accepted', 'cancelled')),
  return_reason text,
  template_document_id uuid,
  folder_id uuid REFERENCES document_folders (id) ON DELETE SET NULL,
  requested_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  accepted_at timestamptz,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX file_requests_account_idx ON file_requests (account_id, created_at DESC, id DESC);
CREATE INDEX file_requests_due_idx ON file_requests (due_date) WHERE status IN ('open', 'returned');

CREATE TABLE documents (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  folder_id uuid REFERENCES document_folders (id) ON DELETE CASCADE,
  area text NOT NULL CHECK (area IN ('shared', 'internal')),
  name text NOT NULL,
  current_version_id uuid NOT NULL,
  version_count integer NOT NULL DEFAULT 1,
  file_request_id uuid REFERENCES file_requests (id) ON DELETE SET NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  last_viewed_by_client_at timestamptz,
  deleted_at timestamptz,
  deleted_by uuid REFERENCES users (id) ON DELETE SET NULL,
  trash_batch uuid,
  trash_root boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1
);
-- The constraint that makes concurrent same-name uploads safe: the loser of the INSERT race becomes a version.
CREATE UNIQUE INDEX documents_name_key ON documents
  (account_id, area, COALESCE(folder_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name)) WHERE deleted_at IS NULL;
CREATE INDEX documents_folder_name_idx ON documents (account_id, area, folder_id, lower(name), id);
CREATE INDEX documents_trash_idx ON documents (account_id, deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX documents_request_idx ON documents (file_request_id) WHERE file_request_id IS NOT NULL;

-- Versions share a storage object when one restores another; the object goes when no version names it.
CREATE TABLE document_versions (
  id uuid PRIMARY KEY,
  document_id uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  number integer NOT NULL,
  name text NOT NULL,
  storage_key text NOT NULL,
  size_bytes bigint NOT NULL,
  sha256 text NOT NULL,
  declared_type text,
  content_type text NOT NULL,
  preview_kind text NOT NULL CHECK (preview_kind IN ('image', 'pdf', 'text', 'other')),
  thumbnail_state text NOT NULL DEFAULT 'none' CHECK (thumbnail_state IN ('none', 'pending', 'ready', 'failed')),
  thumbnail_key text,
  restored_from_number integer,
  uploaded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (document_id, number)
);
CREATE INDEX document_versions_key_idx ON document_versions (storage_key);

-- Objects being written. A row is made before the first byte goes to storage and removed in the transaction
-- that makes the object visible; a row left behind (process killed, client gone, commit failed) names an
-- orphan the sweep deletes.
CREATE TABLE storage_pending_objects (
  storage_key text PRIMARY KEY,
  started_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE document_activity (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  document_id uuid REFERENCES documents (id) ON DELETE SET NULL,
  document_name text NOT NULL,
  area text NOT NULL CHECK (area IN ('shared', 'internal')),
  action text NOT NULL,
  version_number integer,
  actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  actor_is_staff boolean NOT NULL DEFAULT false,
  occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX document_activity_account_idx ON document_activity (account_id, occurred_at DESC, id DESC);
CREATE INDEX document_activity_document_idx ON document_activity (document_id, occurred_at DESC, id DESC);

-- One row per reminder sent: the primary key is what keeps several processes from sending it twice.
CREATE TABLE file_request_reminders (
  file_request_id uuid NOT NULL REFERENCES file_requests (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('due_soon', 'overdue')),
  sent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (file_request_id, kind)
);
