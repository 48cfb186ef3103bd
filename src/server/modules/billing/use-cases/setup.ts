import type { z } from 'zod';
import type {
  BillingDocumentKind,
  CreatePaymentTerm,
  CreateTaxRate,
  UpdateNumberSeries,
  UpdatePaymentTerm,
  UpdateTaxRate,
} from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { conflict, forbidden, notFound } from '../../../platform/http/errors.ts';
import { staleVersion } from '../../../platform/http/if-match.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { billingPolicy } from '../policy.ts';
import { fromPercent, presentNumberSeries, presentPaymentTerm, presentTaxRate } from '../presenters.ts';
import {
  deletePaymentTerm,
  findPaymentTerm,
  findTaxRates,
  insertPaymentTerm,
  insertTaxRate,
  listNumberSeries,
  listPaymentTerms,
  listTaxRates,
  updateNumberSeries,
  updatePaymentTerm,
  updateTaxRate,
} from '../repository-setup.ts';

/*
 * Billing setup (portal-wide, the firm's configuration): tax rates, payment terms, number series. Every agent reads
 * it (they see documents built from it); owners and admins change it, and every change is audited.
 */

function requireView(actor: Actor) {
  if (!billingPolicy.canViewSetup(actor)) throw forbidden();
}
function requireConfigure(actor: Actor) {
  requireView(actor);
  if (!billingPolicy.canConfigure(actor)) throw forbidden();
}

function auditSetup(tx: Queryable, actor: Actor, target: { type: string; id: string; label: string }, now: Date) {
  return recordAudit(tx, {
    action: 'billing.setup_changed',
    actor: { id: actor.userId, label: actor.email },
    target,
    occurredAt: now,
  });
}

export async function listTaxRatesUseCase(ctx: AppContext, actor: Actor) {
  requireView(actor);
  return { items: (await listTaxRates(ctx.db)).map((row) => presentTaxRate(row, actor)) };
}

export async function createTaxRateUseCase(ctx: AppContext, actor: Actor, input: z.infer<typeof CreateTaxRate>) {
  requireConfigure(actor);
  const id = newId();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await insertTaxRate(tx, { id, ...input, rate: fromPercent(input.rate) });
    await auditSetup(tx, actor, { type: 'billing_tax_rate', id, label: input.name }, now);
  });
  return presentTaxRate((await findTaxRates(ctx.db, [id]))[0]!, actor);
}

export async function updateTaxRateUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof UpdateTaxRate>,
  expectedVersion: number | null,
) {
  requireView(actor);
  const current = (await findTaxRates(ctx.db, [id]))[0];
  if (!current) throw notFound();
  requireConfigure(actor);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await updateTaxRate(tx, id, input, now, expectedVersion))) throw staleVersion();
    await auditSetup(tx, actor, { type: 'billing_tax_rate', id, label: input.name ?? current.name }, now);
  });
  return presentTaxRate((await findTaxRates(ctx.db, [id]))[0]!, actor);
}

export async function listPaymentTermsUseCase(ctx: AppContext, actor: Actor) {
  requireView(actor);
  return { items: (await listPaymentTerms(ctx.db)).map((row) => presentPaymentTerm(row, actor)) };
}

export async function createPaymentTermUseCase(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof CreatePaymentTerm>,
) {
  requireConfigure(actor);
  const id = newId();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await insertPaymentTerm(tx, { id, ...input });
    await auditSetup(tx, actor, { type: 'billing_payment_term', id, label: input.name }, now);
  });
  return presentPaymentTerm((await findPaymentTerm(ctx.db, id))!, actor);
}

export async function updatePaymentTermUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof UpdatePaymentTerm>,
  expectedVersion: number | null,
) {
  requireView(actor);
  const current = await findPaymentTerm(ctx.db, id);
  if (!current) throw notFound();
  requireConfigure(actor);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await updatePaymentTerm(tx, id, input, expectedVersion))) throw staleVersion();
    await auditSetup(tx, actor, { type: 'billing_payment_term', id, label: input.name ?? current.name }, now);
  });
  return presentPaymentTerm((await findPaymentTerm(ctx.db, id))!, actor);
}

/** Profiles and drafts that used the term lose it (ON DELETE SET NULL); sent documents keep their due date. */
export async function deletePaymentTermUseCase(ctx: AppContext, actor: Actor, id: string) {
  requireView(actor);
  const current = await findPaymentTerm(ctx.db, id);
  if (!current) throw notFound();
  requireConfigure(actor);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await deletePaymentTerm(tx, id))) throw notFound();
    await auditSetup(tx, actor, { type: 'billing_payment_term', id, label: current.name }, now);
  });
}

export async function listNumberSeriesUseCase(ctx: AppContext, actor: Actor) {
  requireView(actor);
  const year = ctx.clock.now().getUTCFullYear();
  return { items: (await listNumberSeries(ctx.db, year)).map((row) => presentNumberSeries(row, actor, year)) };
}

/** A new prefix or padding applies to the next number; numbers already given keep their form. */
export async function updateNumberSeriesUseCase(
  ctx: AppContext,
  actor: Actor,
  kind: BillingDocumentKind,
  input: z.infer<typeof UpdateNumberSeries>,
  expectedVersion: number | null,
) {
  requireConfigure(actor);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await updateNumberSeries(tx, kind, input, expectedVersion)))
      throw conflict('The series changed since you loaded it. Reload and try again.', 'stale_version');
    await auditSetup(tx, actor, { type: 'billing_number_series', id: kind, label: input.prefix ?? kind }, now);
  });
  const year = now.getUTCFullYear();
  const row = (await listNumberSeries(ctx.db, year)).find((series) => series.kind === kind)!;
  return presentNumberSeries(row, actor, year);
}
