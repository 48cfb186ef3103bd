import { txHook } from '../../platform/tx-hooks.ts';

/**
 * A person joined an account (an invitation accepted, single sign-on, an inbound email's sender), inside the
 * joining transaction; not fired when an existing member's role changes. Onboarding opens a step that waited for
 * the account's first person (the engagement letter to sign).
 */
export const memberJoined = txHook<{ accountId: string; userId: string; now: Date }>();
