import type { HomeCount, WaitingAccount, WaitingOverview } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { homePolicy } from './policy.ts';
import type { AccountModulesRow } from './repository.ts';

export function presentWaiting(actor: Actor, accounts: AccountModulesRow[], counts: Map<string, HomeCount[]>) {
  const listed: WaitingAccount[] = accounts
    .map((account) => ({
      accountId: account.id,
      accountName: account.name,
      counts: counts.get(account.id) ?? [],
      abilities: { open: homePolicy.canOpenAccount(actor) },
    }))
    .filter((account) => account.counts.length > 0);
  const total = (account: WaitingAccount) => account.counts.reduce((sum, item) => sum + item.count, 0);
  listed.sort((a, b) => total(b) - total(a) || a.accountName.localeCompare(b.accountName));
  const totals = new Map<string, WaitingOverview['totals'][number]>();
  for (const account of listed)
    for (const item of account.counts) {
      const entry = totals.get(item.key) ?? { key: item.key, module: item.module, count: 0 };
      entry.count += item.count;
      totals.set(item.key, entry);
    }
  return { accounts: listed, totals: [...totals.values()] } satisfies WaitingOverview;
}
