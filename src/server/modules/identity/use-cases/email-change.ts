import { randomInt } from 'node:crypto';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import { hashToken, newId, newSecretToken } from '../../../platform/ids.ts';
import { limitsOf } from '../../../platform/security/limits.ts';
import { recordAudit } from '../../audit/index.ts';
import {
  queueEmailChangeCodeEmail,
  queueEmailChangedNotice,
  queueEmailChangeTakenEmail,
} from '../emails-email-change.ts';
import {
  cancelPendingEmailChange,
  claimEmailChangeUndo,
  countWrongEmailChangeCode,
  findPendingEmailChange,
  insertEmailChange,
  isEmailTaken,
  markEmailChangeConfirmed,
  setUserEmail,
} from '../repository-email-changes.ts';
import {
  findUserById,
  revokeAllApiTokensOfUser,
  revokeAllSessionsOfUser,
  revokeAuthTokensOfUser,
} from '../repository.ts';
import { invalidLink } from './magic-link.ts';
import { requireRecentProof } from './step-up.ts';

const CODE_MINUTES = 15;
const UNDO_DAYS = 7;
/** Wrong codes one pending change survives; the limits table also caps wrong codes per person across changes. */
const MAX_ATTEMPTS = 5;

const codeHashOf = (changeId: string, code: string) => hashToken(`${changeId}:${code}`);

const invalidCode = () =>
  fieldError('code', 'invalid_code', 'That code is not valid or has expired. Check the email or ask for a new code.');

export async function getPendingEmailChange(ctx: AppContext, actor: Actor) {
  const pending = await findPendingEmailChange(ctx.db, actor.userId, ctx.clock.now());
  return {
    pending: pending ? { newEmail: pending.new_email, expiresAt: pending.code_expires_at.toISOString() } : null,
  };
}

/**
 * Step 1: needs a recent proof (password or second factor), like every change to how someone signs in. The answer is
 * the same whether or not the new address has a sign-in already: a taken address gets a mail saying someone tried,
 * and its pending change carries a code nobody was sent, so only the mailbox's owner learns that it is taken.
 */
export async function requestEmailChange(ctx: AppContext, actor: Actor, newEmail: string, meta: RequestMeta) {
  await requireRecentProof(ctx, actor);
  const user = (await findUserById(ctx.db, actor.userId))!;
  if (user.email.toLowerCase() === newEmail.toLowerCase())
    throw fieldError('newEmail', 'same_email', 'This is your current address already.');
  await limitsOf(ctx).take('emailChangeRequestsPerUser', user.id, 'Too many address changes. Try again later.');
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + CODE_MINUTES * 60_000);
  const id = newId();
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await ctx.db.transaction(async (tx) => {
    await cancelPendingEmailChange(tx, user.id, now);
    const taken = await isEmailTaken(tx, newEmail, user.id);
    await insertEmailChange(tx, {
      id,
      userId: user.id,
      oldEmail: user.email,
      newEmail,
      // A taken address's change gets a hash of a fresh random secret: no code a person could type matches it.
      codeHash: taken ? hashToken(newSecretToken()) : codeHashOf(id, code),
      expiresAt,
      now,
    });
    if (taken) await queueEmailChangeTakenEmail(ctx, tx, newEmail);
    else await queueEmailChangeCodeEmail(ctx, tx, newEmail, code, expiresAt, user);
    await recordAudit(tx, {
      action: 'email.change_requested',
      actor: { id: user.id, label: user.email },
      target: { type: 'user', id: user.id, label: user.email },
      ip: meta.ip,
      occurredAt: now,
    });
  });
  return { pending: { newEmail, expiresAt: expiresAt.toISOString() } };
}

/**
 * Step 2: the code from the new address switches it. Single use (the row is locked and marked confirmed), short-lived,
 * throttled per person through the limits table and per change (MAX_ATTEMPTS). Every other session ends and every
 * emailed link of the old address is withdrawn; the old address gets a notice with an undo link.
 */
export async function confirmEmailChange(ctx: AppContext, actor: Actor, code: string, meta: RequestMeta) {
  const limits = limitsOf(ctx);
  await limits.take('emailChangeCodesPerUser', actor.userId, 'Too many wrong codes. Try again later.');
  const now = ctx.clock.now();
  const outcome = await ctx.db.transaction(async (tx) => {
    const change = await findPendingEmailChange(tx, actor.userId, now, true);
    if (!change) return 'invalid' as const;
    if (change.code_hash !== codeHashOf(change.id, code)) {
      await countWrongEmailChangeCode(tx, change.id, MAX_ATTEMPTS, now);
      return 'invalid' as const;
    }
    // Someone may have taken the address since the code was sent.
    if (await isEmailTaken(tx, change.new_email, actor.userId)) return 'taken' as const;
    const user = (await findUserById(tx, actor.userId))!;
    const undoToken = newSecretToken();
    const undoExpiresAt = new Date(now.getTime() + UNDO_DAYS * 86_400_000);
    await markEmailChangeConfirmed(tx, change.id, { tokenHash: hashToken(undoToken), expiresAt: undoExpiresAt }, now);
    await setUserEmail(tx, actor.userId, change.new_email);
    await revokeAllSessionsOfUser(tx, actor.userId, now, actor.sessionId);
    await revokeAuthTokensOfUser(tx, actor.userId, ['password_reset', 'magic_link'], now);
    await queueEmailChangedNotice(
      ctx,
      tx,
      { userId: actor.userId, oldEmail: change.old_email, newEmail: change.new_email, locale: user.locale },
      { token: undoToken, expiresAt: undoExpiresAt },
    );
    await recordAudit(tx, {
      action: 'email.changed',
      actor: { id: actor.userId, label: change.new_email },
      target: { type: 'user', id: actor.userId, label: change.new_email },
      ip: meta.ip,
      details: { from: change.old_email, to: change.new_email },
      occurredAt: now,
    });
    return 'changed' as const;
  });
  if (outcome === 'invalid') throw invalidCode();
  if (outcome === 'taken')
    throw new AppError(409, 'email_taken', 'Address not available', 'This address cannot be used. Choose another.');
  await limits.refund('emailChangeCodesPerUser', actor.userId);
}

export async function cancelEmailChange(ctx: AppContext, actor: Actor) {
  await cancelPendingEmailChange(ctx.db, actor.userId, ctx.clock.now());
}

/**
 * The undo link from the old address (public: whoever lost the account has no session). It restores the old address
 * and ends every session, emailed link and API token: whoever made the change is out, and the owner signs in again
 * (or resets the password) with the old address.
 */
export async function undoEmailChange(ctx: AppContext, token: string, meta: RequestMeta) {
  await limitsOf(ctx).take('emailChangeUndoPerIp', meta.ip, 'Too many attempts from your network. Try again later.');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const change = await claimEmailChangeUndo(tx, hashToken(token), now);
    if (!change) throw invalidLink();
    // Another person may have been given the old address since; then it cannot come back.
    if (await isEmailTaken(tx, change.old_email, change.user_id)) throw invalidLink();
    await setUserEmail(tx, change.user_id, change.old_email);
    await cancelPendingEmailChange(tx, change.user_id, now);
    await revokeAllSessionsOfUser(tx, change.user_id, now);
    await revokeAuthTokensOfUser(tx, change.user_id, ['password_reset', 'magic_link'], now);
    const apiTokensRevoked = await revokeAllApiTokensOfUser(tx, change.user_id, now);
    await recordAudit(tx, {
      action: 'email.change_undone',
      target: { type: 'user', id: change.user_id, label: change.old_email },
      ip: meta.ip,
      details: { from: change.new_email, to: change.old_email, apiTokensRevoked },
      occurredAt: now,
    });
  });
}
