import type { StaffRole } from '../../../../contract/index.ts';
import { isStaffAdmin, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import {
  countInvitation,
  issueInvitation,
  listStaffInvitations,
  presentInvitation,
  revokeStaffInvitation,
} from '../../identity/index.ts';
import { staffPolicy } from '../policy.ts';

export async function listStaffInvitationsUseCase(ctx: AppContext, actor: Actor) {
  if (!isStaffAdmin(actor)) throw forbidden();
  const now = ctx.clock.now();
  return {
    items: (await listStaffInvitations(ctx.db)).map((row) => presentInvitation(row, now, true)),
    nextCursor: null,
  };
}

export async function inviteStaffUseCase(
  ctx: AppContext,
  actor: Actor,
  input: { email: string; role: StaffRole },
  ip: string,
) {
  if (!staffPolicy.canInvite(actor, input.role))
    throw forbidden(input.role === 'owner' ? 'Only an owner can invite an owner.' : undefined);
  await countInvitation(ctx, actor);
  const invitation = await ctx.db.transaction((tx) =>
    issueInvitation(
      ctx,
      tx,
      actor,
      { email: input.email, accountId: null, accountName: null, role: null, staffRole: input.role },
      ip,
    ),
  );
  const row = (await listStaffInvitations(ctx.db)).find((candidate) => candidate.id === invitation.id)!;
  return presentInvitation(row, ctx.clock.now(), true);
}

export async function revokeStaffInvitationUseCase(ctx: AppContext, actor: Actor, invitationId: string, ip: string) {
  if (!isStaffAdmin(actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const row = await revokeStaffInvitation(tx, invitationId, now);
    if (!row) throw notFound();
    await recordAudit(tx, {
      action: 'invitation.revoked',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'invitation', id: invitationId, label: row.email },
      ip,
      occurredAt: now,
    });
    return presentInvitation(row, now, false);
  });
}
