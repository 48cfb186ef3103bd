import type { ImportCounts, ImportRowAction, ImportRowError, RunImport } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import type { Delimiter } from './csv-file.ts';

// Imports are portal-wide configuration work of staff owners/admins (the policy decides who reaches them), not
// account data: their queries take no account scope. The rows they write into accounts go through the scope-free
// insert paths the console's own "create account" uses (see repository-targets.ts).

export interface ImportRow {
  id: string;
  created_by: string;
  file_name: string;
  storage_key: string;
  size_bytes: string;
  sha256: string;
  delimiter: Delimiter;
  columns: string[];
  total_rows: number;
  status: 'uploaded' | 'queued' | 'running' | 'done' | 'failed';
  dry_run: boolean;
  settings: RunImport | null;
  processed_rows: number;
  counts: Partial<ImportCounts>;
  error_rows: number;
  dry_run_counts: ImportCounts | null;
  imported: boolean;
  failure: string | null;
  created_at: Date;
  updated_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

export async function insertImport(
  db: Queryable,
  row: {
    id: string;
    createdBy: string;
    fileName: string;
    storageKey: string;
    sizeBytes: number;
    sha256: string;
    delimiter: Delimiter;
    columns: string[];
    totalRows: number;
    now: Date;
  },
) {
  await db.query(
    `INSERT INTO csv_imports (id, created_by, file_name, storage_key, size_bytes, sha256, delimiter, columns, total_rows,
       status, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'uploaded', $10, $10)`,
    [
      row.id,
      row.createdBy,
      row.fileName,
      row.storageKey,
      row.sizeBytes,
      row.sha256,
      row.delimiter,
      JSON.stringify(row.columns),
      row.totalRows,
      row.now,
    ],
  );
}

export async function findImport(db: Queryable, id: string, options: { lock?: boolean } = {}) {
  const { rows } = await db.query<ImportRow>(
    `SELECT * FROM csv_imports WHERE id = $1${options.lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

/** A new run starts from row 0 with empty counts; the previous run's per-row report goes. */
export async function startRun(db: Queryable, id: string, settings: RunImport, now: Date) {
  await db.query('DELETE FROM csv_import_rows WHERE import_id = $1', [id]);
  await db.query(
    `UPDATE csv_imports SET status = 'queued', dry_run = $2, settings = $3, processed_rows = 0, counts = '{}',
       error_rows = 0, failure = NULL, started_at = NULL, finished_at = NULL, updated_at = $4
     WHERE id = $1`,
    [id, settings.dryRun, JSON.stringify(settings), now],
  );
}

export async function markRunning(db: Queryable, id: string, now: Date) {
  await db.query(
    `UPDATE csv_imports SET status = 'running', started_at = COALESCE(started_at, $2), updated_at = $2
     WHERE id = $1 AND status IN ('queued', 'running')`,
    [id, now],
  );
}

export interface RowOutcome {
  row: number;
  account: ImportRowAction;
  person: ImportRowAction;
  membership: ImportRowAction;
  errors: ImportRowError[];
}

/**
 * One batch's report and the run's position, in the batch's own transaction: after a crash the job resumes right
 * after `processedRows`, and the rows table never holds a row twice (its primary key would refuse it).
 */
export async function recordBatch(
  db: Queryable,
  id: string,
  batch: { outcomes: RowOutcome[]; processedRows: number; counts: ImportCounts; now: Date },
) {
  await db.query(
    `INSERT INTO csv_import_rows (import_id, row_number, account_action, person_action, membership_action, errors)
     SELECT $1, r.row_number, r.account_action, r.person_action, r.membership_action, r.errors
     FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::jsonb[])
       AS r(row_number, account_action, person_action, membership_action, errors)`,
    [
      id,
      batch.outcomes.map((o) => o.row),
      batch.outcomes.map((o) => o.account),
      batch.outcomes.map((o) => o.person),
      batch.outcomes.map((o) => o.membership),
      batch.outcomes.map((o) => (o.errors.length ? JSON.stringify(o.errors) : null)),
    ],
  );
  await db.query(
    `UPDATE csv_imports SET processed_rows = $2, counts = $3, error_rows = $4, updated_at = $5 WHERE id = $1`,
    [id, batch.processedRows, JSON.stringify(batch.counts), batch.counts.rowsWithErrors, batch.now],
  );
}

export async function finishRun(db: Queryable, id: string, run: { dryRun: boolean; counts: ImportCounts; now: Date }) {
  await db.query(
    `UPDATE csv_imports SET status = 'done', finished_at = $2, updated_at = $2,
       dry_run_counts = CASE WHEN $3::boolean THEN $4::jsonb ELSE dry_run_counts END,
       imported = imported OR NOT $3::boolean
     WHERE id = $1`,
    [id, run.now, run.dryRun, JSON.stringify(run.counts)],
  );
}

export async function failRun(db: Queryable, id: string, failure: string, now: Date) {
  await db.query(
    `UPDATE csv_imports SET status = 'failed', failure = $2, finished_at = $3, updated_at = $3 WHERE id = $1`,
    [id, failure, now],
  );
}

export interface ReportRow {
  row_number: number;
  account_action: ImportRowAction;
  person_action: ImportRowAction;
  membership_action: ImportRowAction;
  errors: ImportRowError[] | null;
}

/** The latest run's rows after `afterRow`, in file order (errors only, or all), a keyset batch at a time. */
export async function listReportRows(
  db: Queryable,
  id: string,
  options: { errorsOnly: boolean; afterRow: number; limit: number },
) {
  const { rows } = await db.query<ReportRow>(
    `SELECT row_number, account_action, person_action, membership_action, errors
     FROM csv_import_rows
     WHERE import_id = $1 AND row_number > $2 AND (NOT $3::boolean OR errors IS NOT NULL)
     ORDER BY row_number LIMIT $4`,
    [id, options.afterRow, options.errorsOnly, options.limit],
  );
  return rows;
}
