import type { Actor, AccountScope } from './actor.ts';
import type { Queryable } from './db/index.ts';

/** A count of items of one kind, with the web page that lists them. Providers return counts above zero only. */
export interface CountOf {
  key: string;
  count: number;
  link: string;
}

/**
 * What a module contributes to the two home pages. Each module exports its provider from its index.ts; app.ts hands
 * the list to the home module, which aggregates them (and leaves out counts of modules switched off for an
 * account's segment). Adding a module's counts is one provider and one line in app.ts: the home pages stay as they are.
 */
export interface HomeCountsProvider {
  /** The segment module these counts belong to (`tickets`, `messages`, `documents`, ...). */
  module: string;
  /** Console: work waiting on the firm, per account in the scope. */
  waitingOnStaff(db: Queryable, scope: AccountScope, now: Date): Promise<(CountOf & { accountId: string })[]>;
  /** Portal: what this person has open in one account they belong to. */
  openForPerson(db: Queryable, actor: Actor, accountId: string, now: Date): Promise<CountOf[]>;
}
