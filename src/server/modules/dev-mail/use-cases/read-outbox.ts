import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { devMailPolicy } from '../policy.ts';
import { presentMail, presentMailSummary } from '../presenters.ts';
import { findMail, listMail } from '../repository.ts';

export async function listOutbox(ctx: AppContext, actor: Actor, query: { limit: number; cursor?: string }) {
  if (!devMailPolicy.canRead(actor, ctx.mailer.driverName)) throw forbidden();
  const cursor = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const rows = await listMail(ctx.db, cursor ? [String(cursor[0]), String(cursor[1])] : null, query.limit);
  return toPage(rows, query.limit, presentMailSummary, (row) => [row.created_at_key, row.id]);
}

export async function readOutboxMessage(ctx: AppContext, actor: Actor, id: string) {
  if (!devMailPolicy.canRead(actor, ctx.mailer.driverName)) throw forbidden();
  const row = await findMail(ctx.db, id);
  if (!row) throw notFound();
  return presentMail(row, ctx.clock.now());
}
