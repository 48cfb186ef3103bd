import type { AuditListQuery } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { auditPolicy } from '../policy.ts';
import { presentAuditEvent } from '../presenters.ts';
import { listAuditEvents } from '../repository.ts';

export async function listAuditEventsUseCase(ctx: AppContext, actor: Actor, query: AuditListQuery) {
  if (!auditPolicy.canRead(actor)) throw forbidden();
  const cursor = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const rows = await listAuditEvents(ctx.db, {
    action: query.action,
    actorId: query.actorId,
    accountId: query.accountId,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
    after: cursor ? { occurredAt: new Date(String(cursor[0])), id: String(cursor[1]) } : undefined,
    limit: query.limit,
  });
  return toPage(rows, query.limit, presentAuditEvent, (row) => [row.occurred_at.toISOString(), row.id]);
}
