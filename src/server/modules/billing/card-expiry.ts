import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { queueMails, renderCatalogMail } from '../../platform/mail/index.ts';
import { startPeriodic } from '../../platform/periodic.ts';
import { mailBrandingFor } from '../branding/index.ts';
import { recipientsWithPreference } from './autopay-emails.ts';
import { expiryLabel, monthIndexOf } from './card-expiry-schedule.ts';
import {
  claimCardExpiryNotice,
  listExpiringCards,
  setCardExpiryRecipients,
  type ExpiringCardRow,
} from './repository-card-expiry.ts';

const BATCH = 500;

/**
 * Queues the notice of one card (in the claim's transaction) to the account's billing people whose `billing` email
 * preference is not off (a notice, not a document: like a declined charge's mail), each in their language, with a
 * link to the billing page where the card is replaced. Returns how many were mailed.
 */
async function queueNotice(ctx: AppContext, tx: Queryable, card: ExpiringCardRow) {
  const { base, branding, language } = await mailBrandingFor(ctx, tx, { accountId: card.account_id });
  const recipients = await recipientsWithPreference(tx, card.account_id, language);
  const values = {
    portal: branding.name,
    brand: card.brand.toUpperCase(),
    last4: card.last4,
    expiry: expiryLabel(card.exp_month, card.exp_year),
  };
  const url = `${base}/billing#cards`;
  const mails = recipients.map(({ to, locale }) => ({
    to,
    ...renderCatalogMail(branding, 'cardExpiring', values, locale, url),
  }));
  await queueMails(tx, ctx.secretBox, mails, ctx.clock.now());
  return mails.length;
}

/**
 * One pass of expiring-card notices: the card automatic charges would use, expiring at the end of this month or
 * next (UTC, by the app's clock), is claimed in `billing_card_expiry_notices` and its mails queued in the same
 * transaction, so each card is told about once per expiry, even with several processes sweeping at once, and a
 * crash between the two loses nothing. A card replaced (another saved or chosen), removed, or on an account nothing
 * charges automatically is never claimed. Returns how many cards were told about.
 */
export async function sendCardExpiryNotices(ctx: AppContext) {
  const now = ctx.clock.now();
  const month = monthIndexOf(now);
  let after: string | null = null;
  let told = 0;
  for (;;) {
    const cards = await listExpiringCards(ctx.db, month, after, BATCH);
    for (const card of cards) {
      try {
        told += await ctx.db.transaction(async (tx) => {
          if (!(await claimCardExpiryNotice(tx, card, month, now))) return 0;
          // Claimed even when nobody is mailed (everyone opted out): the decision is made once per expiry.
          await setCardExpiryRecipients(tx, card, await queueNotice(ctx, tx, card));
          return 1;
        });
      } catch (error) {
        // Rolled back, so unclaimed: the next pass tries this card again, and one card never holds back the others.
        ctx.logger.error({ err: error, paymentMethodId: card.id }, 'expiring-card notice failed');
      }
    }
    if (cards.length < BATCH) break;
    after = cards[cards.length - 1]!.id;
  }
  return told;
}

/**
 * Runs the sweep every `intervalSeconds` (0: never). It is a daily notice, but the sweep runs more often than
 * daily by default (hourly): a process restarted every day would otherwise never reach its first tick, and a pass
 * with nothing new to tell costs one indexed query.
 */
export function startCardExpiryNotices(ctx: AppContext, intervalSeconds: number): () => void {
  return startPeriodic(ctx, 'card expiry notices', intervalSeconds * 1000, () => sendCardExpiryNotices(ctx));
}
