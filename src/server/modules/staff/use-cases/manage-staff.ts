import type { UpdateStaffUser } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden, notFound } from '../../../platform/http/errors.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { recordAudit } from '../../audit/index.ts';
import { revokeAllSessionsOfUser, setStaffRole } from '../../identity/index.ts';
import { staffPolicy } from '../policy.ts';
import { presentStaff } from '../presenters.ts';
import { countOwners, deactivateStaff, findStaff, listStaff, replaceAssignments, setLimited } from '../repository.ts';

export async function listStaffUseCase(ctx: AppContext, actor: Actor, query: { limit: number; cursor?: string }) {
  if (!staffPolicy.canList(actor)) throw forbidden();
  const cursor = decodeCursor(query.cursor, ['text', 'uuid']);
  const rows = await listStaff(ctx.db, cursor ? [String(cursor[0]), String(cursor[1])] : null, query.limit);
  return toPage(
    rows,
    query.limit,
    (row) => presentStaff(row, actor),
    (row) => [row.name_key, row.id],
  );
}

async function editableStaff(ctx: AppContext, actor: Actor, userId: string) {
  const target = await findStaff(ctx.db, userId);
  if (!target) throw notFound();
  if (!staffPolicy.abilities(actor, target).update) throw forbidden();
  return target;
}

export async function updateStaffUseCase(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  input: UpdateStaffUser,
  ip: string,
) {
  const target = await editableStaff(ctx, actor, userId);
  if (input.role === 'owner' && actor.staffRole !== 'owner')
    throw forbidden('Only an owner can make someone an owner.');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (input.role && input.role !== target.staff_role) {
      if (target.staff_role === 'owner' && (await countOwners(tx)) <= 1)
        throw conflict('The portal needs at least one owner.', 'last_owner');
      await setStaffRole(tx, userId, input.role);
      await recordAudit(tx, {
        action: 'staff.role_changed',
        actor: { id: actor.userId, label: actor.email },
        target: { type: 'user', id: userId, label: target.email },
        ip,
        details: { from: target.staff_role, to: input.role },
        occurredAt: now,
      });
    }
    if (input.limitedToAssignedAccounts !== undefined || input.assignedAccountIds) {
      if (input.limitedToAssignedAccounts !== undefined) await setLimited(tx, userId, input.limitedToAssignedAccounts);
      if (input.assignedAccountIds) await replaceAssignments(tx, userId, [...new Set(input.assignedAccountIds)]);
      await recordAudit(tx, {
        action: 'staff.assignments_changed',
        actor: { id: actor.userId, label: actor.email },
        target: { type: 'user', id: userId, label: target.email },
        ip,
        details: { limited: input.limitedToAssignedAccounts, accounts: input.assignedAccountIds?.length },
        occurredAt: now,
      });
    }
  });
  return presentStaff((await findStaff(ctx.db, userId))!, actor);
}

export async function removeStaffUseCase(ctx: AppContext, actor: Actor, userId: string, ip: string) {
  const target = await editableStaff(ctx, actor, userId);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (target.staff_role === 'owner' && (await countOwners(tx)) <= 1)
      throw conflict('The portal needs at least one owner.', 'last_owner');
    await deactivateStaff(tx, userId, now);
    await revokeAllSessionsOfUser(tx, userId, now);
    await recordAudit(tx, {
      action: 'staff.removed',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'user', id: userId, label: target.email },
      ip,
      occurredAt: now,
    });
  });
}
