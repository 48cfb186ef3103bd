import type { AccountListQuery, CreateAccount } from '../../../../contract/index.ts';
import { accountScopeOf, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { recordAudit } from '../../audit/index.ts';
import { findSegment } from '../../segments/index.ts';
import { accountPolicy } from '../policy.ts';
import { presentAccount } from '../presenters.ts';
import { createAccountInTransaction } from '../account-hooks.ts';
import { findAccount, listAccounts, renameAccount } from '../repository.ts';

export async function listAccountsUseCase(ctx: AppContext, actor: Actor, query: AccountListQuery) {
  const byCreation = query.sort.endsWith('createdAt');
  const cursor = decodeCursor(query.cursor, [byCreation ? 'timestamp' : 'text', 'uuid']);
  const rows = await listAccounts(ctx.db, accountScopeOf(actor), {
    q: query.q || undefined,
    segmentId: query.segmentId,
    sort: query.sort,
    after: cursor ? [String(cursor[0]), String(cursor[1])] : null,
    limit: query.limit,
  });
  return toPage(
    rows,
    query.limit,
    (row) => presentAccount(row, actor),
    (row) => [byCreation ? row.created_at_key : row.name_key, row.id],
  );
}

export async function getAccountUseCase(ctx: AppContext, actor: Actor, accountId: string) {
  const row = await findAccount(ctx.db, accountScopeOf(actor), accountId);
  if (!row) throw notFound();
  return presentAccount(row, actor);
}

export async function createAccountUseCase(ctx: AppContext, actor: Actor, input: CreateAccount, ip: string) {
  if (!accountPolicy.canCreate(actor)) throw forbidden();
  if (!(await findSegment(ctx.db, input.segmentId)))
    throw fieldError('segmentId', 'not_found', 'Choose an existing segment.');
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    await createAccountInTransaction(tx, {
      id,
      name: input.name,
      segmentId: input.segmentId,
      createdBy: actor.userId,
      now,
    });
    await recordAudit(tx, {
      action: 'account.created',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'account', id, label: input.name },
      accountId: id,
      ip,
      occurredAt: ctx.clock.now(),
    });
  });
  return getAccountUseCase(ctx, actor, id);
}

export async function renameAccountUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  name: string,
  expectedVersion: number | null,
  ip: string,
) {
  const scope = accountScopeOf(actor);
  if (!(await findAccount(ctx.db, scope, accountId))) throw notFound();
  if (!accountPolicy.abilities(actor, accountId).update) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    if (!(await renameAccount(tx, scope, accountId, name, expectedVersion)))
      throw conflict('The account changed since you loaded it. Reload and try again.', 'stale_version');
    await recordAudit(tx, {
      action: 'account.updated',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'account', id: accountId, label: name },
      accountId,
      ip,
      occurredAt: ctx.clock.now(),
    });
  });
  return getAccountUseCase(ctx, actor, accountId);
}
