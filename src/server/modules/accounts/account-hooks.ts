import type { Queryable } from '../../platform/db/index.ts';
import { txHook } from '../../platform/tx-hooks.ts';
import { insertAccount, insertAccounts } from './repository.ts';

/** An account was created, inside the creating transaction (onboarding applies its segment's template). */
export const accountCreated = txHook<{ accountId: string; segmentId: string; createdBy: string | null; now: Date }>();

/**
 * Every way an account comes to be (the console, a lead form, an email to the inbox) goes through here, so what
 * follows a new account (its onboarding) commits or rolls back with it.
 */
export async function createAccountInTransaction(
  tx: Queryable,
  account: {
    id: string;
    name: string;
    segmentId: string;
    externalId?: string | null;
    createdBy?: string | null;
    now?: Date;
  },
) {
  await insertAccount(tx, account);
  await accountCreated.fire(tx, {
    accountId: account.id,
    segmentId: account.segmentId,
    createdBy: account.createdBy ?? null,
    now: account.now ?? new Date(),
  });
}

/** The same for many accounts at once (a CSV import's batch): one insert, then the listeners' batch versions. */
export async function createAccountsInTransaction(
  tx: Queryable,
  accounts: { id: string; name: string; segmentId: string; externalId: string | null }[],
  createdBy: string | null,
  now: Date,
) {
  await insertAccounts(tx, accounts);
  await accountCreated.fireMany(
    tx,
    accounts.map((account) => ({ accountId: account.id, segmentId: account.segmentId, createdBy, now })),
  );
}
