import type { AccountRole, CreateInvitation } from '../../../../contract/index.ts';
import { accountScopeOf, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden, notFound } from '../../../platform/http/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import {
  countInvitation,
  issueInvitation,
  listAccountInvitations,
  presentInvitation,
  revokeAccountInvitation,
} from '../../identity/index.ts';
import { accountPolicy } from '../policy.ts';
import { presentMember } from '../presenters.ts';
import {
  countAccountAdmins,
  deleteMember,
  findAccount,
  findMember,
  listMembers,
  lockAccount,
  setMemberRole,
  type MemberRow,
} from '../repository.ts';

/** Loads the account within the caller's scope (404 outside it), then checks the ability asked for (403). */
async function accountFor(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  ability: 'view' | 'manageMembers' | 'invite',
) {
  const account = await findAccount(ctx.db, accountScopeOf(actor), accountId);
  if (!account) throw notFound();
  if (!accountPolicy.abilities(actor, accountId)[ability]) throw forbidden();
  return account;
}

export async function listMembersUseCase(ctx: AppContext, actor: Actor, accountId: string) {
  await accountFor(ctx, actor, accountId, 'view');
  const rows = await listMembers(ctx.db, accountScopeOf(actor), accountId);
  return { items: rows.map((row) => presentMember(row, accountId, actor)), nextCursor: null };
}

/**
 * An account keeps at least one account admin when its own people manage it; staff may leave it without one
 * (they can appoint the next). Call inside the transaction: it locks the account, then reads current roles.
 */
async function assertKeepsAnAccountAdmin(
  tx: Parameters<typeof lockAccount>[0],
  actor: Actor,
  accountId: string,
  member: MemberRow,
  newRole: AccountRole | null,
) {
  if (actor.staffRole) return;
  await lockAccount(tx, accountId);
  const scope = accountScopeOf(actor);
  const current = await findMember(tx, scope, accountId, member.user_id);
  if (
    current?.role === 'account_admin' &&
    newRole !== 'account_admin' &&
    (await countAccountAdmins(tx, scope, accountId)) <= 1
  ) {
    throw conflict('An account needs at least one account admin.', 'last_account_admin');
  }
}

export async function changeMemberRoleUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  userId: string,
  role: AccountRole,
  ip: string,
) {
  await accountFor(ctx, actor, accountId, 'view');
  const scope = accountScopeOf(actor);
  const member = await findMember(ctx.db, scope, accountId, userId);
  if (!member) throw notFound();
  if (!accountPolicy.memberAbilities(actor, accountId, userId).changeRole) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    await assertKeepsAnAccountAdmin(tx, actor, accountId, member, role);
    await setMemberRole(tx, scope, accountId, userId, role);
    await recordAudit(tx, {
      action: 'membership.role_changed',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'user', id: userId, label: member.email },
      accountId,
      ip,
      details: { from: member.role, to: role },
      occurredAt: ctx.clock.now(),
    });
  });
  return presentMember({ ...member, role }, accountId, actor);
}

export async function removeMemberUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  userId: string,
  ip: string,
) {
  await accountFor(ctx, actor, accountId, 'view');
  const scope = accountScopeOf(actor);
  const member = await findMember(ctx.db, scope, accountId, userId);
  if (!member) throw notFound();
  if (!accountPolicy.memberAbilities(actor, accountId, userId).remove) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    await assertKeepsAnAccountAdmin(tx, actor, accountId, member, null);
    await deleteMember(tx, scope, accountId, userId);
    await recordAudit(tx, {
      action: 'membership.removed',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'user', id: userId, label: member.email },
      accountId,
      ip,
      details: { role: member.role },
      occurredAt: ctx.clock.now(),
    });
  });
}

export async function listInvitationsUseCase(ctx: AppContext, actor: Actor, accountId: string) {
  await accountFor(ctx, actor, accountId, 'invite');
  const rows = await listAccountInvitations(ctx.db, accountScopeOf(actor), accountId);
  const now = ctx.clock.now();
  return {
    items: rows.map((row) => presentInvitation(row, now, accountPolicy.invitationAbilities(actor, accountId).revoke)),
    nextCursor: null,
  };
}

/** Staff invite into any account in their scope; an account admin only into their own account. */
export async function inviteUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  input: CreateInvitation,
  ip: string,
) {
  const account = await accountFor(ctx, actor, accountId, 'invite');
  await countInvitation(ctx, actor);
  const invitation = await ctx.db.transaction((tx) =>
    issueInvitation(
      ctx,
      tx,
      actor,
      { email: input.email, accountId, accountName: account.name, role: input.role, staffRole: null },
      ip,
    ),
  );
  const rows = await listAccountInvitations(ctx.db, accountScopeOf(actor), accountId);
  return presentInvitation(rows.find((row) => row.id === invitation.id)!, ctx.clock.now(), true);
}

export async function revokeInvitationUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  invitationId: string,
  ip: string,
) {
  await accountFor(ctx, actor, accountId, 'invite');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const row = await revokeAccountInvitation(tx, accountScopeOf(actor), accountId, invitationId, now);
    if (!row) throw notFound();
    await recordAudit(tx, {
      action: 'invitation.revoked',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'invitation', id: invitationId, label: row.email },
      accountId,
      ip,
      occurredAt: now,
    });
    return presentInvitation(row, now, false);
  });
}
