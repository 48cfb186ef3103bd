import type { z } from 'zod';
import type { CatalogListQuery, CreateCatalogItem, UpdateCatalogItem } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { staleVersion } from '../../../platform/http/if-match.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { recurringPolicy } from '../policy-recurring.ts';
import { presentCatalogItem } from '../presenters-recurring.ts';
import {
  findCatalogItems,
  insertCatalogItem,
  listCatalogItems,
  updateCatalogItem,
  type CatalogFields,
} from '../repository-catalog.ts';
import { findTaxRates } from '../repository-setup.ts';

type CreateInput = z.infer<typeof CreateCatalogItem>;
type UpdateInput = z.infer<typeof UpdateCatalogItem>;

function requireRead(actor: Actor) {
  if (!recurringPolicy.canReadCatalog(actor)) throw forbidden();
}

async function checkTaxRate(db: Queryable, id: string | null) {
  if (!id) return;
  const rate = (await findTaxRates(db, [id]))[0];
  if (!rate || rate.archived_at)
    throw fieldError('taxRateId', 'unknown_tax_rate', 'Choose a current tax rate from the list.');
}

const audit = (tx: Queryable, actor: Actor, id: string, name: string, now: Date) =>
  recordAudit(tx, {
    action: 'billing.catalog_changed',
    actor: { id: actor.userId, label: actor.email },
    target: { type: 'billing_catalog_item', id, label: name },
    occurredAt: now,
  });

const toFields = (input: CreateInput): CatalogFields => ({
  ...input,
  prices: Object.fromEntries(input.prices.map((price) => [price.currency, price.amount])),
});

export async function listCatalogUseCase(ctx: AppContext, actor: Actor, query: z.infer<typeof CatalogListQuery>) {
  requireRead(actor);
  const archived = query.archived === undefined ? null : query.archived === 'true';
  return { items: (await listCatalogItems(ctx.db, archived)).map((row) => presentCatalogItem(row, actor)) };
}

export async function createCatalogItemUseCase(ctx: AppContext, actor: Actor, input: CreateInput) {
  requireRead(actor);
  if (!recurringPolicy.canManageCatalog(actor)) throw forbidden();
  await checkTaxRate(ctx.db, input.taxRateId);
  const id = newId();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await insertCatalogItem(tx, id, toFields(input), now);
    await audit(tx, actor, id, input.name, now);
  });
  return presentCatalogItem((await findCatalogItems(ctx.db, [id]))[0]!, actor);
}

/** A change merges into the item; prices, when given, replace the list. */
export async function updateCatalogItemUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateInput,
  expectedVersion: number | null,
) {
  requireRead(actor);
  const current = (await findCatalogItems(ctx.db, [id]))[0];
  if (!current) throw notFound();
  if (!recurringPolicy.canManageCatalog(actor)) throw forbidden();
  const kind = input.kind ?? current.kind;
  const interval =
    input.interval !== undefined
      ? input.interval
      : current.interval_unit && current.interval_count
        ? { unit: current.interval_unit, every: current.interval_count, count: current.period_count }
        : null;
  if ((kind === 'recurring') !== (interval !== null))
    throw fieldError('interval', 'interval_mismatch', 'A recurring item has an interval; a one-off item has none.');
  if (input.taxRateId !== undefined) await checkTaxRate(ctx.db, input.taxRateId);
  const merged = {
    name: input.name ?? current.name,
    description: input.description ?? current.description,
    prices: input.prices
      ? Object.fromEntries(input.prices.map((price) => [price.currency, price.amount]))
      : current.prices,
    taxRateId: input.taxRateId !== undefined ? input.taxRateId : current.tax_rate_id,
    kind,
    interval,
    archived: input.archived ?? current.archived_at !== null,
  };
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await updateCatalogItem(tx, id, merged, now, expectedVersion))) throw staleVersion();
    await audit(tx, actor, id, merged.name, now);
  });
  return presentCatalogItem((await findCatalogItems(ctx.db, [id]))[0]!, actor);
}
