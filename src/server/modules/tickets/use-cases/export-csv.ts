import type { TicketQueueQuery } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import { csvRow } from '../../../platform/http/csv.ts';
import { recordExport } from '../../audit/index.ts';
import { exportBatch, resolveQueueFilter } from '../repository-queue.ts';
import { queueFilterOf } from './queue.ts';
import { viewerOf } from './load.ts';

export const EXPORT_MAX_ROWS = 50_000;
const BATCH = 1000;
const HEADER = [
  'number',
  'subject',
  'status',
  'priority',
  'account',
  'requester email',
  'assignee',
  'group',
  'tags',
  'created',
  'updated',
  'solved',
];

/**
 * Checks, counts (export budget) and audits a queue export before its first byte, then hands back its lines.
 * Staff only; the filters are kept in the audit event.
 */
export async function startTicketsCsvExport(ctx: AppContext, actor: Actor, query: Partial<TicketQueueQuery>) {
  if (actor.staffRole === null) throw forbidden();
  await recordExport(ctx, actor, { action: 'export.tickets_csv', target: null, details: { filters: query } });
  return exportTicketsCsv(ctx, actor, query);
}

/** The queue (same filters, latest update first) as CSV lines, read a batch at a time up to 50,000 rows. */
export async function* exportTicketsCsv(
  ctx: AppContext,
  actor: Actor,
  query: Partial<TicketQueueQuery>,
): AsyncGenerator<string> {
  if (actor.staffRole === null) throw forbidden();
  const viewer = viewerOf(actor);
  // Resolved once: the subject search's lookup serves every batch.
  const filter = await resolveQueueFilter(ctx.db, queueFilterOf(actor, query));
  const now = ctx.clock.now();
  yield csvRow(HEADER);
  let after: string[] | null = null;
  let written = 0;
  while (written < EXPORT_MAX_ROWS) {
    const rows = await exportBatch(ctx.db, viewer, filter, after, Math.min(BATCH, EXPORT_MAX_ROWS - written), now);
    if (!rows.length) break;
    let chunk = '';
    for (const row of rows) {
      chunk += csvRow([
        row.number,
        row.subject,
        row.status,
        row.priority,
        row.account_name,
        row.requester_email,
        row.assignee_name,
        row.group_name,
        row.tags.join(' '),
        row.created_at.toISOString(),
        row.updated_at.toISOString(),
        row.solved_at?.toISOString() ?? null,
      ]);
    }
    yield chunk;
    written += rows.length;
    const last = rows[rows.length - 1]!;
    after = [last.updated_key, last.id];
    if (rows.length < BATCH) break;
  }
}
