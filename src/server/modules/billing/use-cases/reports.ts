import type { z } from 'zod';
import type {
  AgingReport,
  BillingDocumentListQuery,
  Statement,
  StatementEntry,
  StatementQuery,
} from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { brandingOfAccount, pdfLogoOfAccount } from '../../branding/index.ts';
import { billingPolicy } from '../policy.ts';
import { agingByAccount, statementEntries, sumDocuments } from '../repository-reports.ts';
import { findProfile } from '../repository-setup.ts';
import { todayOf } from './load.ts';

const money = (amount: number, currency: string) => ({ amount: Number(amount), currency });

/** Totals of the document list under the same filters, per currency (the list itself pages by cursor). */
export async function documentTotalsUseCase(
  ctx: AppContext,
  actor: Actor,
  query: Omit<z.infer<typeof BillingDocumentListQuery>, 'limit' | 'cursor'>,
  accountId?: string,
) {
  const scope = scopeParams(accountScopeOf(actor));
  const account = accountId ?? query.accountId;
  if (account && !(await findProfile(ctx.db, account, scope))) throw notFound();
  const rows = await sumDocuments(ctx.db, scope, todayOf(ctx.clock.now()), {
    kind: query.kind,
    status: query.status,
    accountId: account,
    overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
    dueFrom: query.dueFrom,
    dueTo: query.dueTo,
    sentOnly: !billingPolicy.seesDrafts(actor),
  });
  return {
    items: rows.map((row) => ({
      currency: row.currency,
      count: row.count,
      total: money(row.total, row.currency),
      balance: money(row.balance, row.currency),
    })),
  };
}

/** Accounts receivable aging (staff): open balances per account and currency by days past due, as of today. */
export async function agingReportUseCase(ctx: AppContext, actor: Actor): Promise<AgingReport> {
  if (!billingPolicy.canViewSetup(actor)) throw forbidden();
  const asOf = todayOf(ctx.clock.now());
  const rows = await agingByAccount(ctx.db, scopeParams(accountScopeOf(actor)), asOf);
  return {
    asOf,
    items: rows.map((row) => ({
      accountId: row.account_id,
      accountName: row.account_name,
      currency: row.currency,
      current: money(row.current, row.currency),
      days1to30: money(row.d1_30, row.currency),
      days31to60: money(row.d31_60, row.currency),
      days61to90: money(row.d61_90, row.currency),
      days90plus: money(row.d90_plus, row.currency),
      total: money(row.total, row.currency),
    })),
  };
}

/**
 * A statement of account: per currency, the balance brought forward at `from`, then every sent invoice (debit),
 * credit note and payment (credit) up to `to` (default today) with the running balance. Whoever may see the
 * account's invoices may see it (staff in scope, the account's people); another account is 404.
 */
export async function statementUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  query: z.infer<typeof StatementQuery>,
): Promise<Statement> {
  const scope = scopeParams(accountScopeOf(actor));
  const profile = await findProfile(ctx.db, accountId, scope);
  if (!profile) throw notFound();
  const to = query.to ?? todayOf(ctx.clock.now());
  const from = query.from ?? null;
  if (from && from > to) throw fieldError('from', 'invalid_range', 'The start date must be before the end date.');
  const rows = await statementEntries(ctx.db, scope, accountId, to);
  const byCurrency = new Map<string, { opening: number; balance: number; entries: StatementEntry[] }>();
  for (const row of rows) {
    const currency = row.currency;
    const state = byCurrency.get(currency) ?? { opening: 0, balance: 0, entries: [] };
    byCurrency.set(currency, state);
    const change = Number(row.debit) - Number(row.credit);
    state.balance += change;
    if (from && row.date < from) {
      state.opening += change;
      continue;
    }
    state.entries.push({
      date: row.date,
      type: row.type,
      documentId: row.document_id,
      number: row.number,
      reference: row.reference,
      debit: money(row.debit, currency),
      credit: money(row.credit, currency),
      balance: money(state.balance, currency),
    });
  }
  return {
    accountId,
    accountName: profile.legal_name ?? profile.account_name,
    from,
    to,
    currencies: [...byCurrency.entries()].map(([currency, state]) => ({
      currency,
      opening: money(state.opening, currency),
      closing: money(state.balance, currency),
      entries: state.entries,
    })),
  };
}

/** The statement as PDF, in the account's billing language, with the portal's name and colour. */
export async function statementPdfUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  query: z.infer<typeof StatementQuery>,
) {
  const statement = await statementUseCase(ctx, actor, accountId, query);
  const profile = await findProfile(ctx.db, accountId, scopeParams(accountScopeOf(actor)));
  // The account's segment's name, colour and logo, like its invoices (modules/branding).
  const branding = await brandingOfAccount(ctx.db, accountId);
  const logo = await pdfLogoOfAccount(ctx, ctx.db, accountId);
  // pdfkit (and its fonts) loads at the first PDF, not at every start.
  const { renderStatementPdf } = await import('../statement-pdf.ts');
  const pdf = await renderStatementPdf(
    statement,
    { name: branding.name, color: branding.primaryColor, logo },
    profile?.language ?? 'en',
    ctx.clock.now(),
  );
  return { pdf, fileName: `statement-${statement.to}.pdf` };
}
