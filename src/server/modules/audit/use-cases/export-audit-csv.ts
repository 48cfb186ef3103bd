import type { AuditExportQuery } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import { csvRow } from '../../../platform/http/csv.ts';
import { recordExport } from '../index.ts';
import { auditPolicy } from '../policy.ts';
import { listAuditEvents, type AuditRow } from '../repository.ts';

const BATCH = 1000;

/** How a spreadsheet reader tells an integration from a person (the web list shows the same, translated). */
function actorLabelOf(row: AuditRow) {
  return row.actor_type === 'service_token' ? `Integration: ${row.actor_label ?? ''}` : row.actor_label;
}

/**
 * The audit log as CSV (same filters as the list, newest first), streamed a keyset batch at a time; formulas in
 * labels or user agents are neutralized by `csvRow`. Exporting is itself audited, before the first byte.
 */
export async function startAuditCsvExport(ctx: AppContext, actor: Actor, query: AuditExportQuery) {
  if (!auditPolicy.canRead(actor)) throw forbidden();
  await recordExport(ctx, actor, { action: 'export.audit_csv', target: null, details: { filters: query } });
  return auditLines(ctx, query);
}

async function* auditLines(ctx: AppContext, query: AuditExportQuery): AsyncGenerator<string> {
  yield csvRow([
    'id',
    'occurred at',
    'action',
    'actor type',
    'actor id',
    'actor',
    'target type',
    'target id',
    'target',
    'account id',
    'ip',
    'user agent',
    'details',
  ]);
  let after: { occurredAt: Date; id: string } | undefined;
  for (;;) {
    const rows = await listAuditEvents(ctx.db, {
      action: query.action,
      actorId: query.actorId,
      accountId: query.accountId,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      after,
      limit: BATCH,
    });
    const batch = rows.slice(0, BATCH);
    if (!batch.length) return;
    yield batch
      .map((row) =>
        csvRow([
          row.id,
          row.occurred_at.toISOString(),
          row.action,
          row.actor_type,
          row.actor_user_id ?? row.actor_service_token_id,
          actorLabelOf(row),
          row.target_type,
          row.target_id,
          row.target_label,
          row.account_id,
          row.ip,
          row.user_agent,
          JSON.stringify(row.details),
        ]),
      )
      .join('');
    if (rows.length <= BATCH) return;
    const last = batch[batch.length - 1]!;
    after = { occurredAt: last.occurred_at, id: last.id };
  }
}
