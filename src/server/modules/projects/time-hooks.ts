import { txHook } from '../../platform/tx-hooks.ts';

/**
 * A time entry of an account was logged, changed or deleted, inside that transaction (billing's retainer burn is
 * live: it tells the account's portal the figures moved). Ids only: a listener reads what it needs itself.
 */
export const timeEntryChanged = txHook<{ accountId: string; timeEntryId: string; now: Date }>();
