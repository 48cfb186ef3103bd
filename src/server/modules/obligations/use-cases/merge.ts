import { decodeCursor, encodeCursor } from '../../../platform/http/pagination.ts';
import {
  mergeObligationPages,
  type Obligation,
  type ObligationKey,
  type ObligationsProvider,
} from '../../../platform/obligations.ts';
import type { AppContext } from '../../../platform/context.ts';
import { presentObligation } from '../presenters.ts';

/** The cursor of a timeline page: the last item's key (due key, id). */
export function afterOf(cursor: string | undefined): ObligationKey | null {
  const values = decodeCursor(cursor, ['timestamp', 'uuid']);
  return values ? { dueKey: values[0]!, id: values[1]! } : null;
}

/**
 * One page from several providers: each returns its first `limit + 1` items after the cursor in timeline order, so
 * the first `limit` of their merge are the page's, whatever the modules (each provider's own query is bounded).
 */
export async function mergedPage(
  ctx: AppContext,
  providers: ObligationsProvider[],
  read: (provider: ObligationsProvider, limit: number) => Promise<Obligation[]>,
  limit: number,
) {
  const pages: Obligation[][] = [];
  const moduleOf = new Map<Obligation, string>();
  // One provider after another: the embedded engine has one connection, and each query is a short index walk.
  for (const provider of providers) {
    const items = await read(provider, limit + 1);
    for (const item of items) moduleOf.set(item, provider.module);
    pages.push(items);
  }
  const { items, more } = mergeObligationPages(pages, limit);
  const now = ctx.clock.now();
  const last = items[items.length - 1];
  return {
    items: items.map((item) => presentObligation(item, moduleOf.get(item)!, now)),
    nextCursor: more && last ? encodeCursor([last.dueKey, last.id]) : null,
  };
}
