import type { BillingLineInput } from '../../../../contract/index.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { newId } from '../../../platform/ids.ts';
import { conflict } from '../../../platform/http/errors.ts';
import { findCatalogItems } from '../repository-catalog.ts';
import { findDocument, insertDocument } from '../repository-documents.ts';
import { findProfile } from '../repository-setup.ts';
import { computeFromInput, todayOf } from './load.ts';
import { issueDraftInTransaction } from './send-document.ts';

/** Another module's transaction acts for the portal, not for a person: the whole scope (the caller checked it). */
const ALL: [boolean, string[]] = [true, []];

/**
 * An invoice made and sent inside another module's transaction (onboarding's "first invoice" step): a draft from
 * the lines, then the ordinary send (number, PDF, mail job). The account's billing currency wins over the
 * caller's default, so an account with a profile is billed as always.
 */
export async function issueInvoiceInTransaction(
  ctx: AppContext,
  tx: Queryable,
  input: {
    accountId: string;
    currency: string;
    lines: BillingLineInput[];
    catalogItemId: string | null;
    notes: string;
    createdBy: string | null;
    now: Date;
    stored: string[];
  },
) {
  const profile = await findProfile(tx, input.accountId, ALL);
  const currency = profile?.currency ?? input.currency;
  const item = input.catalogItemId ? await catalogLine(tx, input.catalogItemId, currency) : null;
  if (input.catalogItemId && !item)
    throw conflict(`The catalogue item has no price in ${currency}.`, 'catalog_price_missing');
  const computed = await computeFromInput(tx, {
    notes: input.notes,
    dueDate: null,
    paymentTermsId: profile?.payment_terms_id ?? null,
    discount: null,
    lines: item ? [item] : input.lines,
  });
  const id = newId(input.now.getTime());
  await insertDocument(
    tx,
    {
      id,
      accountId: input.accountId,
      kind: 'invoice',
      currency,
      language: profile?.language ?? 'en',
      // Nullable column: an automatic apply may have no staff member behind it.
      createdBy: input.createdBy as string,
      now: input.now,
    },
    computed,
  );
  const draft = (await findDocument(tx, id, ALL, todayOf(input.now), false, true))!;
  await issueDraftInTransaction(ctx, tx, draft, input.now, null, input.stored);
  return id;
}

/** A catalogue item as one invoice line at its price in `currency`, or null when it has none (or is archived). */
export async function catalogLine(
  db: Queryable,
  catalogItemId: string,
  currency: string,
): Promise<BillingLineInput | null> {
  const [item] = await findCatalogItems(db, [catalogItemId]);
  const price = item?.prices[currency];
  if (!item || item.archived_at || price === undefined) return null;
  return {
    description: item.description ? `${item.name}: ${item.description}`.slice(0, 500) : item.name,
    quantity: 1,
    unitPrice: price,
    taxRateIds: item.tax_rate_id ? [item.tax_rate_id] : [],
  };
}
