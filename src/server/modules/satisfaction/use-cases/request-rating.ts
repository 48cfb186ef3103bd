import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { hashToken, newId, newSecretToken } from '../../../platform/ids.ts';
import { enqueueJobs, type JobOutcome } from '../../../platform/jobs/index.ts';
import { prepareMail, renderCatalogMail } from '../../../platform/mail/index.ts';
import { mailBrandingFor } from '../../branding/index.ts';
import { replaceTokenHash, unsafeInsertRatingRequest, unsafeRatingMailRecipient } from '../repository.ts';
import { RATING_WINDOW_MS } from '../policy.ts';

export const SATISFACTION_EMAIL_JOB = 'satisfaction.email';

/**
 * Called by the tickets module inside the transaction that moves a ticket into `solved`: one rating request per
 * solve, and the job that emails it (enqueued in the same transaction, so it exists exactly when the solve does).
 */
export async function requestRatingInTransaction(
  _ctx: AppContext,
  tx: Queryable,
  ticketId: string,
  now: Date,
): Promise<void> {
  const ratingId = newId(now.getTime());
  // A hash of a token nobody keeps: the row is unusable by link until the mail job mints the real one.
  const inserted = await unsafeInsertRatingRequest(tx, ratingId, ticketId, hashToken(newSecretToken()), now);
  if (!inserted) return;
  await enqueueJobs(
    tx,
    [
      {
        kind: SATISFACTION_EMAIL_JOB,
        payload: { ratingId },
        runAt: now,
        dedupeKey: `${SATISFACTION_EMAIL_JOB}:${ratingId}`,
      },
    ],
    now,
  );
}

/**
 * Job: the branded "How did we do?" email with two one-click links. The token is minted here and only its hash
 * stored, so the plaintext exists only in the email. Links carry it in the fragment (like sign-in links): browsers
 * never send fragments, so it stays out of logs and Referer, and the /rate page POSTs it: a mail scanner that
 * follows the link (GET) rates nothing. Nobody is emailed when the requester is gone or deactivated, or has already
 * rated in the portal. A retry after a send that crashed before completing mints a new token (the older link then
 * answers 404): the same at-least-once trade-off as conversation emails.
 */
export async function sendRatingEmail(ctx: AppContext, payload: Record<string, unknown>): Promise<JobOutcome> {
  const recipient = await unsafeRatingMailRecipient(ctx.db, String(payload.ratingId));
  if (!recipient) return;
  const token = newSecretToken();
  await replaceTokenHash(ctx.db, recipient.id, hashToken(token));

  // The requester's segment's branding (modules/branding), logo URL already absolute.
  const { base, branding, language } = await mailBrandingFor(ctx, ctx.db, { email: recipient.email });
  const goodUrl = `${base}/rate#token=${token}&rating=good`;
  const values = {
    portal: branding.name,
    number: recipient.number,
    subject: recipient.subject,
    bad_url: `${base}/rate#token=${token}&rating=bad`,
  };
  const mail = renderCatalogMail(branding, 'csat', values, language(recipient.locale), goodUrl);
  // The segment's sender, key and edited template apply here, as in the mail job (platform/mail/prepare.ts); an
  // edited template that lost either answer link is not used (required values, platform/mail/catalog.ts).
  const prepared = await prepareMail(ctx, {
    to: recipient.email,
    ...mail,
    headers: { 'Auto-Submitted': 'auto-generated' },
    // The link stops working 7 days after the request (at the latest 7 days from now).
    secrets: [{ value: token, expiresAt: new Date(ctx.clock.now().getTime() + RATING_WINDOW_MS) }],
  });
  await ctx.mailer.send(prepared, { throwOnFailure: true });
}
