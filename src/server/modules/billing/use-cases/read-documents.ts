import type { z } from 'zod';
import type { BillingDocumentListQuery } from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { billingPolicy } from '../policy.ts';
import { presentDocument, presentDocumentSummary, presentPayment } from '../presenters.ts';
import { listDocuments, listLines, listPayments } from '../repository-documents.ts';
import { creditAppliedTo } from '../repository-payments.ts';
import { listLinkedDocuments, type LinkedRow } from '../repository-receivables.ts';
import { findProfile } from '../repository-setup.ts';
import { loadDocument, todayOf } from './load.ts';

export async function getDocumentUseCase(ctx: AppContext, actor: Actor, id: string) {
  const row = await loadDocument(ctx, actor, id);
  const [lines, profile, linked, creditApplied] = await Promise.all([
    listLines(ctx.db, id),
    findProfile(ctx.db, row.account_id, scopeParams(accountScopeOf(actor))),
    listLinkedDocuments(ctx.db, id, row.account_id, !billingPolicy.seesDrafts(actor)),
    creditAppliedTo(ctx.db, id),
  ]);
  const related = ({ id, kind, number, status }: LinkedRow) => ({ id, kind, number, status });
  return presentDocument(
    row,
    lines,
    profile,
    actor,
    {
      creditNotes: linked.filter((doc) => doc.kind === 'credit_note').map(related),
      replacedBy: linked.filter((doc) => doc.kind === 'invoice').map(related)[0] ?? null,
      creditApplied,
    },
    ctx.config.stripe !== null,
  );
}

type ListQuery = z.infer<typeof BillingDocumentListQuery>;

/** Documents in the caller's scope, newest first, by cursor; `accountId` narrows to one account (404 outside scope). */
export async function listDocumentsUseCase(ctx: AppContext, actor: Actor, query: ListQuery, accountId?: string) {
  const scope = scopeParams(accountScopeOf(actor));
  const account = accountId ?? query.accountId;
  if (account && !(await findProfile(ctx.db, account, scope))) throw notFound();
  const rows = await listDocuments(ctx.db, scope, todayOf(ctx.clock.now()), {
    kind: query.kind,
    status: query.status,
    accountId: account,
    overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
    dueFrom: query.dueFrom,
    dueTo: query.dueTo,
    sentOnly: !billingPolicy.seesDrafts(actor),
    cursor: decodeCursor(query.cursor, ['timestamp', 'uuid']),
    limit: query.limit,
  });
  return toPage(
    rows,
    query.limit,
    (row) => presentDocumentSummary(row, actor, ctx.config.stripe !== null),
    (row) => [row.cursor_at, row.id],
  );
}

export async function listPaymentsUseCase(ctx: AppContext, actor: Actor, id: string) {
  const document = await loadDocument(ctx, actor, id);
  return {
    items: (await listPayments(ctx.db, id)).map((row) =>
      presentPayment(row, actor, ctx.config.stripe !== null, document.status),
    ),
  };
}
