import type { Money } from '../../../../contract/index.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { accountInScope, peopleToSign } from '../repository-people.ts';
import { prepareEnvelopePdf, requestSignatureInTransaction } from './send.ts';

/** The whole scope: the onboarding engine acts in a transaction whose caller authorized the change. */
const ALL: [boolean, string[]] = [true, []];

/**
 * The engagement letter of an onboarding step, sent inside the onboarding's transaction: the built-in template
 * (the client's name, the fees, the day it opens), signed first by the account's people (admins first) and then,
 * when `countersign`, by the staff member acting (if still active). Null when the account has no people
 * yet: the step waits for the first person to join. The stored PDF's key goes into `stored`, which the caller
 * removes if its transaction fails.
 */
export async function sendEngagementLetterInTransaction(
  ctx: AppContext,
  tx: Queryable,
  input: {
    accountId: string;
    title: string;
    fees: Money;
    message: string;
    /** The staff member acting (who applied the template); they send it, and countersign when `countersign`. */
    by: string | null;
    countersign: boolean;
    now: Date;
    stored: string[];
  },
) {
  const account = await accountInScope(tx, input.accountId, ALL);
  if (!account) return null;
  const people = await peopleToSign(tx, input.accountId, input.by);
  if (!people.clients.length) return null;
  const source = { kind: 'template' as const, fees: input.fees, date: input.now.toISOString().slice(0, 10) };
  const prepared = await prepareEnvelopePdf(ctx, account, source, input.title, tx);
  input.stored.push(prepared.storageKey);
  const countersigner = input.countersign ? people.staff : null;
  return requestSignatureInTransaction(ctx, tx, {
    accountId: input.accountId,
    // With no staff member (a template whose author left), the trail names the first signer as its sender.
    sentBy: people.staff ?? people.clients[0]!,
    title: input.title,
    message: input.message,
    prepared,
    signerIds: [...people.clients.map((person) => person.id), ...(countersigner ? [countersigner.id] : [])],
    mode: 'sequential',
    expiresAt: null,
  });
}
