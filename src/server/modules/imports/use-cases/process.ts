import { RunImport, type ImportCounts } from '../../../../contract/index.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import type { JobHandler } from '../../../platform/jobs/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { listSegments } from '../../segments/index.ts';
import { readCsv, csvProblem, type CsvRecord } from '../csv-file.ts';
import {
  failRun,
  finishRun,
  findImport,
  markRunning,
  recordBatch,
  type ImportRow,
  type RowOutcome,
} from '../repository.ts';
import { lockImportBatches } from '../repository-targets.ts';
import { checkRow, columnIndexes, type Segments } from '../rows.ts';
import { actorOfCreator } from './actor.ts';
import { applyBatch, emptyCounts, FileMemory } from './apply-batch.ts';

export const IMPORT_JOB = 'imports.run';
/** Rows per transaction: large enough to batch the SQL, small enough that a crash repeats little. */
export const IMPORT_BATCH_ROWS = 500;

/** Thrown when another runner already committed the batch this one was about to write. */
class StaleRun extends Error {}

async function segmentsOf(db: Queryable): Promise<Segments> {
  const rows = await listSegments(db);
  return { byName: new Map(rows.map((row) => [row.name.toLowerCase(), row.id])), ids: new Set(rows.map((r) => r.id)) };
}

export interface ProcessHooks {
  /** Called after each committed batch (tests stop a run there, as a crash would). */
  afterBatch?: (processedRows: number) => void;
}

/**
 * Runs (or resumes) an import: streams the stored file, skips the rows an earlier attempt committed (remembering
 * their keys), and applies the rest `IMPORT_BATCH_ROWS` at a time, each batch with its report and position in one
 * transaction. A dry run takes the same decisions from the same lookups and writes nothing but its report, so it
 * reports what the import would do. Stops between batches when the job's lease is lost.
 */
export async function processImport(ctx: AppContext, importId: string, signal: AbortSignal, hooks: ProcessHooks = {}) {
  const job = await findImport(ctx.db, importId);
  if (!job || (job.status !== 'queued' && job.status !== 'running')) return;
  const settings = RunImport.parse(job.settings);
  const actor = await actorOfCreator(ctx.db, job.created_by);
  if (!actor) {
    await failRun(ctx.db, importId, 'The person who started this import may no longer import.', ctx.clock.now());
    return;
  }
  await markRunning(ctx.db, importId, ctx.clock.now());
  const segments = await segmentsOf(ctx.db);
  const indexes = columnIndexes(job.columns, settings.mapping);
  const memory = new FileMemory();
  const counts: ImportCounts = { ...emptyCounts(), ...job.counts };
  let batch: CsvRecord[] = [];
  let processed = job.processed_rows;

  const commit = async () => {
    const rows = batch.map((record) => {
      const check = checkRow(record, job.columns, indexes, settings, segments);
      const outcome: RowOutcome = {
        row: record.row,
        account: check.valid ? 'none' : 'error',
        person: 'none',
        membership: 'none',
        errors: check.errors,
      };
      return { valid: check.valid, outcome };
    });
    const last = batch[batch.length - 1]!.index;
    await ctx.db.transaction(async (tx) => {
      await lockImportBatches(tx);
      const current = await findImport(tx, importId, { lock: true });
      // Another runner finished these rows (a lease passed while this one was slow): write nothing.
      if (!current || current.status !== 'running' || current.processed_rows !== processed) throw new StaleRun();
      const next = structuredClone(counts);
      await applyBatch(ctx, tx, { importId, settings, actor, rows, memory, counts: next });
      await recordBatch(tx, importId, {
        outcomes: rows.map((row) => row.outcome),
        processedRows: last,
        counts: next,
        now: ctx.clock.now(),
      });
      Object.assign(counts, next);
    });
    processed = last;
    batch = [];
    hooks.afterBatch?.(processed);
  };

  try {
    const body = await ctx.storage.read(job.storage_key);
    for await (const record of readCsv(body, job.delimiter)) {
      if (record.index === 0) continue;
      if (record.index <= processed) {
        rememberCommitted(record, job, indexes, settings, segments, memory);
        continue;
      }
      batch.push(record);
      if (batch.length === IMPORT_BATCH_ROWS) {
        await commit();
        if (signal.aborted) return;
      }
    }
    if (batch.length) await commit();
  } catch (error) {
    if (error instanceof StaleRun || signal.aborted) return;
    const problem = csvProblem(error);
    if (!problem) throw error;
    await failRun(ctx.db, importId, problem.fieldErrors?.[0]?.message ?? problem.message, ctx.clock.now());
    return;
  }
  await ctx.db.transaction(async (tx) => {
    await finishRun(tx, importId, { dryRun: settings.dryRun, counts, now: ctx.clock.now() });
    if (settings.dryRun) return;
    await recordAudit(tx, {
      action: 'import.completed',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'import', id: importId, label: job.file_name },
      details: { ...counts, settings: { ...settings, mapping: undefined } },
      occurredAt: ctx.clock.now(),
    });
  });
}

/** A row an earlier attempt committed: only its keys, so later rows naming the same account or person repeat. */
function rememberCommitted(
  record: CsvRecord,
  job: ImportRow,
  indexes: ReturnType<typeof columnIndexes>,
  settings: RunImport,
  segments: Segments,
  memory: FileMemory,
) {
  const { valid } = checkRow(record, job.columns, indexes, settings, segments);
  if (!valid) return;
  if (!memory.accounts.has(valid.accountKey)) memory.accounts.set(valid.accountKey, valid.segmentId);
  if (valid.person) {
    memory.people.add(valid.person.email);
    const pair = `${valid.accountKey}\u0000${valid.person.email}`;
    if (!memory.pairs.has(pair)) memory.pairs.set(pair, valid.row);
  }
}

export const runImportJob: JobHandler = async (ctx, payload, _job, signal) => {
  await processImport(ctx, String(payload.importId), signal);
};

export const importJobOptions = {
  async onGiveUp(ctx: AppContext, payload: Record<string, unknown>, _job: unknown, tx: Queryable) {
    await failRun(tx, String(payload.importId), 'The import stopped after several attempts.', ctx.clock.now());
  },
};
