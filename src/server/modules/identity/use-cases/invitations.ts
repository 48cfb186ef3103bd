import type { AccountRole, StaffRole } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import { hashToken, newId, newSecretToken } from '../../../platform/ids.ts';
import { checkNewPassword, hashPassword, verifyPassword } from '../../../platform/security/passwords.ts';
import { recordAudit } from '../../audit/index.ts';
import { readPortalSettingsCached } from '../../settings/index.ts';
import { queueInvitationEmail } from '../emails.ts';
import {
  addMembership,
  findPendingInvitationByTokenHash,
  findUserByEmail,
  findUserById,
  insertInvitation,
  insertUser,
  markInvitationAccepted,
  setPasswordHash,
  setStaffRole,
  type InvitationRow,
} from '../repository.ts';
import { openSessionAfterFirstFactor } from './open-session.ts';
import { throttledPasswordCheck } from './password-attempts.ts';
import { limitsOf } from '../../../platform/security/limits.ts';

const INVITATION_DAYS = 7;
const STAFF_RANK = { agent: 1, admin: 2, owner: 3 } as const;

export interface InvitationTarget {
  email: string;
  accountId: string | null;
  accountName: string | null;
  role: AccountRole | null;
  staffRole: StaffRole | null;
}

/**
 * Counts one invitation against the inviter's hourly budget (429 past it). Callers run it after their access checks
 * and before the transaction that calls `issueInvitation`: a count never rolls back and needs no open transaction.
 */
export async function countInvitation(ctx: AppContext, actor: Actor) {
  await limitsOf(ctx).take(
    'invitationsPerInviter',
    actor.userId,
    'You have sent many invitations in the last hour. Try again later.',
  );
}

/**
 * Creates an invitation inside the caller's transaction, its email queued in the same transaction (sent once it
 * commits, retried while SMTP is down). The answer is the same whether or not the address already has a sign-in.
 */
export async function issueInvitation(
  ctx: AppContext,
  tx: Queryable,
  actor: Actor,
  target: InvitationTarget,
  ip: string,
) {
  const now = ctx.clock.now();
  const token = newSecretToken();
  const id = newId(now.getTime());
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  await insertInvitation(tx, {
    id,
    tokenHash: hashToken(token),
    email: target.email,
    accountId: target.accountId,
    role: target.role,
    staffRole: target.staffRole,
    invitedBy: actor.userId,
    now,
    expiresAt,
  });
  await recordAudit(tx, {
    action: 'invitation.created',
    actor: { id: actor.userId, label: actor.email },
    target: { type: 'invitation', id, label: target.email },
    accountId: target.accountId,
    ip,
    details: { role: target.role ?? target.staffRole },
    occurredAt: now,
  });
  await queueInvitationEmail(
    ctx,
    tx,
    target.email,
    { token, expiresAt },
    actor.name,
    target.accountName,
    target.accountId,
  );
  return { id };
}

const invalidInvitation = () =>
  new AppError(
    400,
    'invalid_token',
    'Invitation not valid',
    'This invitation has expired, was revoked or was already used. Ask for a new one.',
  );

async function pendingInvitation(ctx: AppContext, db: Queryable, token: string): Promise<InvitationRow> {
  const invitation = await findPendingInvitationByTokenHash(db, hashToken(token), ctx.clock.now());
  if (!invitation) throw invalidInvitation();
  return invitation;
}

export async function previewInvitation(ctx: AppContext, token: string) {
  const invitation = await pendingInvitation(ctx, ctx.db, token);
  const existing = await findUserByEmail(ctx.db, invitation.email);
  return {
    email: invitation.email,
    accountName: invitation.account_name,
    staffRole: invitation.staff_role,
    hasAccount: Boolean(existing?.password_hash),
  };
}

/**
 * Accepting joins the account (or the staff) and signs in. A new person chooses a name and password; someone
 * who already has a sign-in proves it with their password, so a forwarded link cannot take over an account.
 */
export async function acceptInvitation(
  ctx: AppContext,
  input: { token: string; name?: string; password: string },
  meta: RequestMeta,
) {
  const now = ctx.clock.now();
  const preliminary = await pendingInvitation(ctx, ctx.db, input.token);
  const existingBefore = await findUserByEmail(ctx.db, preliminary.email);
  let newPasswordHash: string | null = null;
  if (existingBefore?.password_hash) {
    // The password check shares the sign-in counter of the address: an invitation link must not become a way
    // around the sign-in lock to guess someone's password.
    const hash = existingBefore.password_hash;
    const check = await throttledPasswordCheck(ctx, existingBefore.email, null, () =>
      verifyPassword(hash, input.password),
    );
    if (!check.ok) throw fieldError('password', 'invalid_credentials', 'That is not the password of this sign-in.');
  } else {
    const problem = checkNewPassword(input.password, preliminary.email, (await readPortalSettingsCached(ctx.db)).name);
    if (problem) throw fieldError('password', problem.code, problem.message);
    if (!input.name) throw fieldError('name', 'required', 'Enter your name.');
    newPasswordHash = await hashPassword(input.password);
  }

  return ctx.db.transaction(async (tx) => {
    const invitation = await pendingInvitation(ctx, tx, input.token);
    if (!(await markInvitationAccepted(tx, invitation.id, now))) throw invalidInvitation();
    const existing = await findUserByEmail(tx, invitation.email);
    const userId = existing?.id ?? newId(now.getTime());
    if (!existing) {
      await insertUser(tx, {
        id: userId,
        email: invitation.email,
        name: input.name!,
        passwordHash: newPasswordHash,
        staffRole: invitation.staff_role,
      });
      await recordAudit(tx, {
        action: 'user.created',
        actor: { id: userId, label: invitation.email },
        target: { type: 'user', id: userId, label: invitation.email },
        ip: meta.ip,
        occurredAt: now,
      });
    } else {
      if (!existing.password_hash && newPasswordHash) await setPasswordHash(tx, userId, newPasswordHash);
      // An invitation only ever raises a staff role: accepting "agent" must not demote an owner.
      if (
        invitation.staff_role &&
        STAFF_RANK[invitation.staff_role] > (existing.staff_role ? STAFF_RANK[existing.staff_role] : 0)
      ) {
        await setStaffRole(tx, userId, invitation.staff_role);
      }
    }
    const user = (await findUserById(tx, userId))!;
    if (invitation.account_id && invitation.role)
      await addMembership(tx, invitation.account_id, user.id, invitation.role, now);
    await recordAudit(tx, {
      action: 'invitation.accepted',
      actor: { id: user.id, label: user.email },
      target: { type: 'invitation', id: invitation.id, label: invitation.email },
      accountId: invitation.account_id,
      ip: meta.ip,
      details: { role: invitation.role ?? invitation.staff_role },
      occurredAt: now,
    });
    return openSessionAfterFirstFactor(ctx, tx, user, meta, {
      via: 'password',
      preferredAccountId: invitation.account_id,
    });
  });
}
