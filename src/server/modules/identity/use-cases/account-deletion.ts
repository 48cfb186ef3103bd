import type {
  DeletionRequest,
  DeletionRequestListQuery,
  LegalHold,
  StaffDeletionRequest,
} from '../../../../contract/index.ts';
import { accountScopeOf, inAccountScope, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden, notFound } from '../../../platform/http/errors.ts';
import { decodeCursor, encodeCursor } from '../../../platform/http/pagination.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { queueDeletionScheduledEmail } from '../emails-deletion.ts';
import { deletionPolicy } from '../policy.ts';
import {
  accountExists,
  cancelDeletionRequest,
  findOpenDeletionRequest,
  findPersonInScope,
  findStaffDeletionRequest,
  holdsOfAccounts,
  holdsOfPeople,
  insertDeletionRequest,
  liftLegalHold,
  listDeletionRequests,
  lockDeletionRequest,
  setLegalHold,
  type DeletionRequestRow,
  type HoldRow,
  type StaffDeletionRequestRow,
} from '../repository-deletion.ts';
import { findUserById } from '../repository.ts';
import { requireRecentProof } from './step-up.ts';

const DAY_MS = 86_400_000;

export function presentDeletionRequest(row: DeletionRequestRow, actor: Actor): DeletionRequest {
  return {
    id: row.id,
    status: row.status,
    requestedAt: row.requested_at.toISOString(),
    scheduledFor: row.scheduled_for.toISOString(),
    requestedByStaff: row.requested_by !== null && row.requested_by !== row.user_id,
    cancelledAt: row.cancelled_at?.toISOString() ?? null,
    completedAt: row.completed_at?.toISOString() ?? null,
    blocked:
      row.blocked_code && row.blocked_reason && row.blocked_at
        ? { code: row.blocked_code, reason: row.blocked_reason, at: row.blocked_at.toISOString() }
        : null,
    abilities: deletionPolicy.abilities(actor, row),
  };
}

function presentStaffRequest(row: StaffDeletionRequestRow, actor: Actor, holds: HoldRow[]): StaffDeletionRequest {
  return {
    ...presentDeletionRequest(row, actor),
    person: { id: row.user_id, name: row.person_name, email: row.person_email },
    // Holds matter while the request waits; a finished request shows none.
    holds:
      row.status === 'scheduled'
        ? holds
            .filter((hold) => hold.user_id === row.user_id)
            .map((hold) => ({
              account: hold.account_id ? { id: hold.account_id, name: hold.account_name ?? '' } : null,
              reason: hold.reason,
              setAt: hold.set_at.toISOString(),
            }))
        : [],
  };
}

/** Requests presented with the holds standing over their people (one query for the page). */
async function presentStaffRequests(ctx: AppContext, actor: Actor, rows: StaffDeletionRequestRow[]) {
  const holds = rows.length ? await holdsOfPeople(ctx.db, [...new Set(rows.map((row) => row.user_id))]) : [];
  return rows.map((row) => presentStaffRequest(row, actor, holds));
}

export async function getMyDeletionRequest(ctx: AppContext, actor: Actor) {
  const row = await findOpenDeletionRequest(ctx.db, actor.userId);
  return {
    request: row ? presentDeletionRequest(row, actor) : null,
    graceDays: ctx.config.retention.deletionGraceDays,
  };
}

/**
 * Schedules the erasure of `userId` after the grace period, in one transaction with its audit event and the notice
 * mail; a second request while one is open answers that one (also under concurrency: the unique index decides).
 */
async function schedule(ctx: AppContext, actor: Actor, userId: string) {
  const now = ctx.clock.now();
  const scheduledFor = new Date(now.getTime() + ctx.config.retention.deletionGraceDays * DAY_MS);
  return ctx.db.transaction(async (tx) => {
    const person = await findUserById(tx, userId);
    if (!person) throw notFound();
    const row = await insertDeletionRequest(tx, { id: newId(), userId, requestedBy: actor.userId, now, scheduledFor });
    if (!row) return { created: false, row: (await findOpenDeletionRequest(tx, userId))! };
    await recordAudit(tx, {
      action: 'user.deletion_requested',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'user', id: userId, label: person.email },
      accountId: null,
      details: { requestId: row.id, scheduledFor: scheduledFor.toISOString(), byStaff: actor.userId !== userId },
      occurredAt: now,
    });
    await queueDeletionScheduledEmail(ctx, tx, { email: person.email, locale: person.locale }, scheduledFor);
    return { created: true, row };
  });
}

/** "Delete my account": the person proves it is them again (step-up: password, second factor or passkey). */
export async function requestMyDeletion(ctx: AppContext, actor: Actor) {
  if (!deletionPolicy.canRequestOwn(actor))
    throw forbidden('Staff accounts are closed by an administrator, not deleted from the profile.');
  await requireRecentProof(ctx, actor);
  const { created, row } = await schedule(ctx, actor, actor.userId);
  return { created, request: presentDeletionRequest(row, actor) };
}

/** Cancels a scheduled request: the person themself, or staff admins for a person in their scope. */
async function cancel(ctx: AppContext, actor: Actor, row: DeletionRequestRow) {
  if (!deletionPolicy.abilities(actor, row).cancel)
    throw conflict(`This request is ${row.status}: it can no longer be cancelled.`, 'not_cancellable');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const locked = await lockDeletionRequest(tx, row.id);
    const cancelled = locked && (await cancelDeletionRequest(tx, row.id, actor.userId, now));
    if (!cancelled) throw conflict('This request is no longer scheduled.', 'not_cancellable');
    await recordAudit(tx, {
      action: 'user.deletion_cancelled',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'user', id: row.user_id, label: null },
      accountId: null,
      details: { requestId: row.id },
      occurredAt: now,
    });
    return cancelled;
  });
}

export async function cancelMyDeletion(ctx: AppContext, actor: Actor) {
  const row = await findOpenDeletionRequest(ctx.db, actor.userId);
  if (!row) throw notFound();
  return presentDeletionRequest(await cancel(ctx, actor, row), actor);
}

export const scopeOfManager = (actor: Actor) => {
  if (!deletionPolicy.canManage(actor)) throw forbidden();
  return scopeParams(accountScopeOf(actor));
};

export async function listDeletionRequestsUseCase(ctx: AppContext, actor: Actor, query: DeletionRequestListQuery) {
  const scope = scopeOfManager(actor);
  const cursor = decodeCursor(query.cursor, ['timestamp', 'uuid']) as [string, string] | null;
  const rows = await listDeletionRequests(ctx.db, scope, { status: query.status, cursor, limit: query.limit });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: await presentStaffRequests(ctx, actor, page),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.cursor_at, last.id]) : null,
  };
}

/** Staff start a deletion on a customer's behalf (a letter, a call): the same grace period, notice and sweep. */
export async function startDeletionForPerson(ctx: AppContext, actor: Actor, userId: string) {
  const scope = scopeOfManager(actor);
  if (!(await findPersonInScope(ctx.db, userId, scope))) throw notFound();
  // Erasing someone else is at least as grave as erasing oneself: the same recent proof of identity.
  await requireRecentProof(ctx, actor);
  const { created, row } = await schedule(ctx, actor, userId);
  const staffRow = (await findStaffDeletionRequest(ctx.db, row.id, scope))!;
  return { created, request: (await presentStaffRequests(ctx, actor, [staffRow]))[0]! };
}

export async function cancelDeletionByStaff(ctx: AppContext, actor: Actor, requestId: string) {
  const scope = scopeOfManager(actor);
  const row = await findStaffDeletionRequest(ctx.db, requestId, scope);
  if (!row) throw notFound();
  await cancel(ctx, actor, row);
  return (await presentStaffRequests(ctx, actor, [(await findStaffDeletionRequest(ctx.db, requestId, scope))!]))[0]!;
}

/** Legal holds: an account in the caller's scope (404 otherwise) and owners/admins only. */
export async function holdAccount(ctx: AppContext, actor: Actor, accountId: string) {
  if (!inAccountScope(accountScopeOf(actor), accountId)) throw notFound();
  if (!deletionPolicy.canManage(actor)) throw forbidden();
  if (!(await accountExists(ctx.db, accountId))) throw notFound();
}

export async function getLegalHold(ctx: AppContext, actor: Actor, accountId: string): Promise<LegalHold> {
  await holdAccount(ctx, actor, accountId);
  const [hold] = await holdsOfAccounts(ctx.db, [accountId]);
  return { accountId, hold: hold ? { reason: hold.reason, setAt: hold.set_at.toISOString() } : null };
}

export async function setLegalHoldUseCase(ctx: AppContext, actor: Actor, accountId: string, reason: string | null) {
  await holdAccount(ctx, actor, accountId);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx): Promise<LegalHold> => {
    const hold = reason === null ? null : await setLegalHold(tx, accountId, reason, actor.userId, now);
    const lifted = reason === null ? await liftLegalHold(tx, accountId) : false;
    if (hold || lifted)
      await recordAudit(tx, {
        action: hold ? 'account.legal_hold_set' : 'account.legal_hold_lifted',
        actor: { id: actor.userId, label: actor.email },
        target: { type: 'account', id: accountId, label: null },
        accountId,
        details: hold ? { reason } : {},
        occurredAt: now,
      });
    return { accountId, hold: hold ? { reason: hold.reason, setAt: hold.set_at.toISOString() } : null };
  });
}
