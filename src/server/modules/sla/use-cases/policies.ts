import type { z } from 'zod';
import type { CreateSlaPolicy, UpdateSlaPolicy } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { slaPolicy } from '../policy.ts';
import { presentPolicy } from '../presenters.ts';
import {
  deletePolicy,
  findCalendar,
  findPolicy,
  insertPolicy,
  listPolicies,
  segmentExists,
  updatePolicy,
} from '../repository.ts';

/*
 * A policy's targets are copied onto a ticket when it applies (creation, priority change): changing or deleting a
 * policy affects tickets created or re-prioritised afterwards, never running clocks (no mass recompute).
 */

type CreateInput = z.infer<typeof CreateSlaPolicy>;
type UpdateInput = z.infer<typeof UpdateSlaPolicy>;

const auditActor = (actor: Actor) => ({ id: actor.userId, label: actor.email });

async function checkCalendar(db: Queryable, calendarId: string | null | undefined) {
  if (calendarId && !(await findCalendar(db, calendarId)))
    throw fieldError('calendarId', 'not_found', 'Choose an existing business calendar.');
}

export async function listPoliciesUseCase(ctx: AppContext, actor: Actor, segmentId: string | null) {
  if (!slaPolicy.canView(actor)) throw forbidden();
  return { items: (await listPolicies(ctx.db, segmentId)).map((row) => presentPolicy(row, actor)) };
}

async function getPolicy(ctx: AppContext, actor: Actor, id: string) {
  const row = await findPolicy(ctx.db, id);
  if (!row) throw notFound();
  return presentPolicy(row, actor);
}

export async function createPolicyUseCase(ctx: AppContext, actor: Actor, input: CreateInput, ip: string) {
  if (!slaPolicy.canManage(actor)) throw forbidden();
  if (!(await segmentExists(ctx.db, input.segmentId)))
    throw fieldError('segmentId', 'not_found', 'Choose an existing segment.');
  const id = newId();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await checkCalendar(tx, input.calendarId);
    if (!(await insertPolicy(tx, id, input.segmentId, input.priority, input, now))) {
      throw conflict(
        'This segment already has a policy for this priority; change that one instead.',
        'sla_policy_exists',
      );
    }
    await recordAudit(tx, {
      action: 'sla_policy.created',
      actor: auditActor(actor),
      target: { type: 'sla_policy', id },
      ip,
      details: { segmentId: input.segmentId, priority: input.priority },
      occurredAt: now,
    });
  });
  return getPolicy(ctx, actor, id);
}

export async function updatePolicyUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateInput,
  expectedVersion: number | null,
  ip: string,
) {
  if (!slaPolicy.canView(actor)) throw forbidden();
  const current = await findPolicy(ctx.db, id);
  if (!current) throw notFound();
  if (!slaPolicy.canManage(actor)) throw forbidden();
  const next = {
    calendarId: input.calendarId !== undefined ? input.calendarId : current.calendar_id,
    firstResponseMinutes:
      input.firstResponseMinutes !== undefined ? input.firstResponseMinutes : current.first_response_minutes,
    nextResponseMinutes:
      input.nextResponseMinutes !== undefined ? input.nextResponseMinutes : current.next_response_minutes,
    resolutionMinutes: input.resolutionMinutes !== undefined ? input.resolutionMinutes : current.resolution_minutes,
  };
  await ctx.db.transaction(async (tx) => {
    await checkCalendar(tx, input.calendarId);
    if (!(await updatePolicy(tx, id, next, expectedVersion)))
      throw conflict('The policy changed since you loaded it. Reload and try again.', 'stale_version');
    await recordAudit(tx, {
      action: 'sla_policy.updated',
      actor: auditActor(actor),
      target: { type: 'sla_policy', id },
      ip,
      details: { fields: Object.keys(input), segmentId: current.segment_id, priority: current.priority },
      occurredAt: ctx.clock.now(),
    });
  });
  return getPolicy(ctx, actor, id);
}

export async function deletePolicyUseCase(ctx: AppContext, actor: Actor, id: string, ip: string) {
  if (!slaPolicy.canView(actor)) throw forbidden();
  const current = await findPolicy(ctx.db, id);
  if (!current) throw notFound();
  if (!slaPolicy.canManage(actor)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    if (!(await deletePolicy(tx, id))) throw notFound();
    await recordAudit(tx, {
      action: 'sla_policy.deleted',
      actor: auditActor(actor),
      target: { type: 'sla_policy', id },
      ip,
      details: { segmentId: current.segment_id, priority: current.priority },
      occurredAt: ctx.clock.now(),
    });
  });
}
