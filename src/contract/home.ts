import { z } from 'zod';
import { Id } from './common.ts';

/*
 * The two home pages: the console's "what is waiting on us" (per account) and the portal's counts for one account.
 * Each module contributes its counts (`key` names one, `link` is the web page that lists those items); the homes
 * show whatever they get, so a module added later needs no change here or in the pages.
 */

export const HomeCount = z.object({
  /** `<module>.<what>`, e.g. `tickets.breached`, `messages.unanswered`, `documents.toReview`. */
  key: z.string(),
  /** The segment module the count belongs to. */
  module: z.string(),
  count: z.number().int().min(1),
  /** The web app page listing these items (already filtered). */
  link: z.string(),
});
export type HomeCount = z.infer<typeof HomeCount>;

export const HomeCountsQuery = z.object({
  /** Only this module's counts; a module switched off for the account is 403 `module_disabled`. */
  module: z.string().trim().min(1).max(40).optional(),
});

export const WaitingQuery = HomeCountsQuery.extend({
  /** Only this account (404 when outside the caller's scope). */
  accountId: Id.optional(),
});

export const WaitingAccount = z.object({
  accountId: Id,
  accountName: z.string(),
  /** Counts above zero only. */
  counts: z.array(HomeCount),
  abilities: z.object({ open: z.boolean() }),
});
export type WaitingAccount = z.infer<typeof WaitingAccount>;

/** Accounts with anything waiting, busiest first (by total count, then name). */
export const WaitingOverview = z.object({
  accounts: z.array(WaitingAccount),
  /** Per key over every listed account. */
  totals: z.array(z.object({ key: z.string(), module: z.string(), count: z.number().int() })),
});
export type WaitingOverview = z.infer<typeof WaitingOverview>;

/** The portal home's counts for one account the caller belongs to (counts above zero only). */
export const HomeCounts = z.object({
  accountId: Id,
  counts: z.array(HomeCount),
});
export type HomeCounts = z.infer<typeof HomeCounts>;
