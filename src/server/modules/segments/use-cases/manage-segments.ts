import type { CreateSegment, UpdateSegment } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { segmentPolicy } from '../policy.ts';
import { presentSegment } from '../presenters.ts';
import { findSegment, insertSegment, listSegments, segmentNameTaken, updateSegment } from '../repository.ts';

export async function listSegmentsUseCase(ctx: AppContext, actor: Actor) {
  if (!segmentPolicy.canList(actor)) throw forbidden();
  const rows = await listSegments(ctx.db);
  return { items: rows.map((row) => presentSegment(row, actor)), nextCursor: null };
}

export async function getSegmentUseCase(ctx: AppContext, actor: Actor, id: string) {
  if (!segmentPolicy.canList(actor)) throw notFound();
  const row = await findSegment(ctx.db, id);
  if (!row) throw notFound();
  return presentSegment(row, actor);
}

export async function createSegmentUseCase(ctx: AppContext, actor: Actor, input: CreateSegment, ip: string) {
  if (!segmentPolicy.canManage(actor)) throw forbidden();
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    if (await segmentNameTaken(tx, input.name, null))
      throw fieldError('name', 'taken', 'A segment with this name exists.');
    await insertSegment(tx, id, input);
    await recordAudit(tx, {
      action: 'segment.created',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'segment', id, label: input.name },
      ip,
      occurredAt: ctx.clock.now(),
    });
  });
  return getSegmentUseCase(ctx, actor, id);
}

export async function updateSegmentUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateSegment,
  expectedVersion: number | null,
  ip: string,
) {
  if (!segmentPolicy.canList(actor) || !(await findSegment(ctx.db, id))) throw notFound();
  if (!segmentPolicy.canManage(actor)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    if (input.name && (await segmentNameTaken(tx, input.name, id)))
      throw fieldError('name', 'taken', 'A segment with this name exists.');
    if (!(await updateSegment(tx, id, input, expectedVersion)))
      throw conflict('The segment changed since you loaded it. Reload and try again.', 'stale_version');
    await recordAudit(tx, {
      action: 'segment.updated',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'segment', id, label: input.name ?? null },
      ip,
      details: { fields: Object.keys(input) },
      occurredAt: ctx.clock.now(),
    });
  });
  return getSegmentUseCase(ctx, actor, id);
}
