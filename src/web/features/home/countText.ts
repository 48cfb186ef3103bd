import type { HomeCount } from '../../../contract/index.ts';
import { t, type MessageKey } from '../../i18n/index.ts';

/**
 * A count's words, e.g. "3 tickets past due". Each count key the server sends has a catalog entry
 * `home.count.<key>`, so a module's new count needs a catalog entry and no change to the pages.
 */
export function countText(item: Pick<HomeCount, 'key' | 'count'>): string {
  return t(`home.count.${item.key}` as MessageKey, { count: item.count });
}
