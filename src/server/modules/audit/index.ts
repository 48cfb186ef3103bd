import type { AuditAction } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { limitsOf } from '../../platform/security/limits.ts';
import { insertAuditEvent, insertAuditEvents, type AuditEntry } from './repository.ts';

export { registerAccessAudit } from './access-audit.ts';
export { auditRoutes } from './routes.ts';
export type { AuditEntry };

/** Records a security-relevant event; call it inside the transaction of the change it describes. */
export function recordAudit(db: Queryable, entry: AuditEntry) {
  return insertAuditEvent(db, entry);
}

/** recordAudit for many events of one change at once (one statement), in that change's transaction. */
export function recordAudits(db: Queryable, entries: readonly AuditEntry[]) {
  return insertAuditEvents(db, entries);
}

/**
 * Every export (ticket CSV, folder or area zip, thread export) passes here once its access check passed and before
 * any byte is sent: it is counted against the person's hourly export budget (429 past it) and audited.
 */
export async function recordExport(
  ctx: AppContext,
  actor: Actor,
  entry: Pick<AuditEntry, 'target' | 'accountId' | 'details'> & {
    action: Extract<AuditAction, `export.${string}`>;
  },
) {
  await limitsOf(ctx).take(
    'exportsPerUser',
    actor.userId,
    'You have made many exports in the last hour. Try again later.',
  );
  await recordAudit(ctx.db, { ...entry, actor: { id: actor.userId, label: actor.email }, occurredAt: ctx.clock.now() });
}
