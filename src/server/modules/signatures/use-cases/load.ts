import type { EnvelopeListQuery } from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { decodeCursor, encodeCursor } from '../../../platform/http/pagination.ts';
import { presentEnvelope } from '../presenters.ts';
import { eventsOf, fieldsOf, findEnvelope, listEnvelopes, signersOf, type EnvelopeRow } from '../repository.ts';
import { accountInScope } from '../repository-people.ts';

/** An envelope of an account the caller may see, or 404 whether missing or someone else's. */
export async function loadEnvelope(ctx: AppContext, actor: Actor, id: string, db: Queryable = ctx.db, lock = false) {
  const row = await findEnvelope(db, id, scopeParams(accountScopeOf(actor)), lock);
  if (!row) throw notFound();
  return row;
}

/** Rows -> API objects, with signers, fields and events read in three queries. */
export async function presentEnvelopes(db: Queryable, rows: EnvelopeRow[], actor: Actor) {
  const ids = rows.map((row) => row.id);
  const [signers, fields, events] = await Promise.all([signersOf(db, ids), fieldsOf(db, ids), eventsOf(db, ids)]);
  return rows.map((row) =>
    presentEnvelope(
      row,
      signers.filter((signer) => signer.envelope_id === row.id),
      fields.filter((field) => field.envelope_id === row.id),
      events.filter((event) => event.envelope_id === row.id),
      actor,
    ),
  );
}

export async function getEnvelopeUseCase(ctx: AppContext, actor: Actor, id: string) {
  const row = await loadEnvelope(ctx, actor, id);
  return (await presentEnvelopes(ctx.db, [row], actor))[0]!;
}

/** Envelopes, newest first: of one account (404 outside the scope) or across the scope (`waitingOn=me`). */
export async function listEnvelopesUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string | null,
  query: EnvelopeListQuery,
) {
  const scope = scopeParams(accountScopeOf(actor));
  if (accountId && !(await accountInScope(ctx.db, accountId, scope))) throw notFound();
  const rows = await listEnvelopes(ctx.db, scope, {
    accountId,
    status: query.status,
    awaitingUserId: query.waitingOn === 'me' ? actor.userId : undefined,
    cursor: decodeCursor(query.cursor, ['timestamp', 'uuid']),
    limit: query.limit,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: await presentEnvelopes(ctx.db, page, actor),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.cursor_at, last.id]) : null,
  };
}
