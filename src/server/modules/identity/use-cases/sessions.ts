import type { Actor } from '../../../platform/actor.ts';
import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { recordAudit } from '../../audit/index.ts';
import { presentSession } from '../presenters.ts';
import { listLiveSessionsOfUser, revokeSessionOfUser } from '../repository.ts';

function idleSince(ctx: AppContext, now: Date) {
  return new Date(now.getTime() - ctx.config.session.idleMinutes * 60_000);
}

export async function listMySessions(ctx: AppContext, actor: Actor, query: { limit: number; cursor?: string }) {
  const now = ctx.clock.now();
  const cursor = decodeCursor(query.cursor, ['uuid']);
  const rows = await listLiveSessionsOfUser(
    ctx.db,
    actor.userId,
    now,
    idleSince(ctx, now),
    cursor ? String(cursor[0]) : null,
    query.limit,
  );
  return toPage(
    rows,
    query.limit,
    (row) => presentSession(row, actor),
    (row) => [row.id],
  );
}

/** Someone else's session id reads as missing, like any object outside the caller's reach. */
export async function revokeMySession(ctx: AppContext, actor: Actor, sessionId: string, meta: RequestMeta) {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await revokeSessionOfUser(tx, actor.userId, sessionId, now))) throw notFound();
    await recordAudit(tx, {
      action: 'session.revoked',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'session', id: sessionId },
      ip: meta.ip,
      occurredAt: now,
    });
  });
  return { current: sessionId === actor.sessionId };
}

export async function signOut(ctx: AppContext, actor: Actor, meta: RequestMeta) {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await revokeSessionOfUser(tx, actor.userId, actor.sessionId, now);
    await recordAudit(tx, {
      action: 'sign_out',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'session', id: actor.sessionId },
      ip: meta.ip,
      occurredAt: now,
    });
  });
}
