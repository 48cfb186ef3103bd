import type { AppContext } from '../../../platform/context.ts';
import { completeJob, type JobOutcome, type JobRow } from '../../../platform/jobs/index.ts';
import { t } from '../../../i18n/index.ts';
import { prepareMail, renderCatalogMail, type TemplateValues } from '../../../platform/mail/index.ts';
import { mailBaseFor, mailBrandingFor } from '../../branding/index.ts';
import { emailFrequencies, unsubscribeToken } from '../../notifications/index.ts';
import { ticketVisibleToPerson } from '../repository.ts';
import { subjectPath, subjectShared } from '../subject-threads.ts';
import { issueReplyAddress } from './reply-addresses.ts';
import {
  conversationSettings,
  threadForEmail,
  unsentMessages,
  userSeesAccount,
  type PendingMessageRow,
  type RecipientRow,
} from '../repository-delivery.ts';
import {
  dropSendLease,
  lockSendState,
  markEmailSent,
  releaseSendLease,
  takeSendLease,
} from '../repository-email-sends.ts';

export const REPLY_MARKER = '-- Reply above this line to answer in the portal --';

/**
 * How long a sender owns a reservation. Longer than a slow SMTP exchange (a sender still talking to the server
 * must not see its lease taken over), short enough that a crash delays the email by minutes, not hours.
 */
export const SEND_LEASE_MS = 15 * 60_000;

type Reservation = { postponeUntil: Date } | { messages: PendingMessageRow[]; windowKey: string } | null;

/**
 * In one transaction under the (recipient, thread) lock: a live lease or a send inside the grouping window
 * postpones; otherwise the unsent messages are reserved as `sending` until now + SEND_LEASE_MS.
 */
async function reserve(
  ctx: AppContext,
  recipient: RecipientRow,
  threadId: string,
  now: Date,
  windowMs: number,
): Promise<Reservation> {
  return ctx.db.transaction(async (tx) => {
    const state = await lockSendState(tx, recipient.id, threadId);
    if (state.inFlight && state.inFlight.lease_until > now) return { postponeUntil: state.inFlight.lease_until };
    const last = state.lastSent;
    if (last && now.getTime() - last.sent_at.getTime() < windowMs)
      return { postponeUntil: new Date(last.sent_at.getTime() + windowMs) };
    const messages = await unsentMessages(tx, threadId, recipient, last?.up_to_seq ?? 0);
    if (!messages.length) {
      if (state.inFlight) await dropSendLease(tx, recipient.id, threadId);
      return null;
    }
    const upToSeq = messages[messages.length - 1]!.seq;
    // An abandoned reservation (its sender crashed) is taken over under its own key.
    const windowKey = state.inFlight?.window_key ?? `${now.getTime()}:${upToSeq}`;
    await takeSendLease(tx, {
      userId: recipient.id,
      threadId,
      windowKey,
      now,
      upToSeq,
      leaseUntil: new Date(now.getTime() + SEND_LEASE_MS),
    });
    return { messages, windowKey };
  });
}

/**
 * Job: one email to one recipient about one thread, grouping everything they have not read nor been emailed
 * yet. At most one email per grouping window: a send too soon after the last is postponed (the messages join it).
 *
 * Delivery is at-least-once with a lease: the send is reserved (`sending`, lease) before the mail driver is
 * called, and becomes `sent` in the transaction that completes the job. A retry that finds `sent` within the
 * window skips; one that finds an expired `sending` lease (the sender died) sends again. The one duplicate left
 * possible is a crash in the instant between the SMTP server accepting the email and that commit: the lease then
 * expires and the email goes out a second time. Losing it instead would be worse, and nothing can close the gap
 * short of the SMTP server taking part in our transaction.
 */
export async function sendThreadEmail(
  ctx: AppContext,
  payload: Record<string, unknown>,
  job?: JobRow,
): Promise<JobOutcome> {
  const threadId = String(payload.threadId);
  const userId = String(payload.userId);
  // A ticket's number goes into the subject ("[#1234]"): mail clients thread on it and replies sent to the support
  // address find their ticket by it (tickets module, inbound).
  const thread = await threadForEmail(ctx.db, threadId);
  if (!thread) return;
  // Access and preferences are read at send time: someone removed or unsubscribed since gets nothing.
  const recipient = await userSeesAccount(ctx.db, userId, thread.account_id);
  if (!recipient) return;
  const ticket = thread.kind === 'ticket';
  if (ticket && !recipient.staff && !(await ticketVisibleToPerson(ctx.db, threadId, userId))) return;
  // Beside a task or a document: a person only while the object is still theirs to see (not made internal since).
  const subjectLink = subjectPath(thread, recipient.staff);
  if (subjectLink !== null && !recipient.staff && !(await subjectShared(ctx.db, thread))) return;
  if (((await emailFrequencies(ctx.db, [userId], 'messages')).get(userId) ?? 'immediately') !== 'immediately') return;
  const settings = await conversationSettings(ctx.db);
  const now = ctx.clock.now();
  const reservation = await reserve(ctx, recipient, threadId, now, settings.email_grouping_minutes * 60_000);
  if (!reservation || 'postponeUntil' in reservation) return reservation ?? undefined;
  const { messages, windowKey } = reservation;

  // Staff open the console on the main address; a person the portal of the thread's account's segment.
  const baseUrl = await mailBaseFor(ctx, ctx.db, recipient.staff ? { staff: true } : { accountId: thread.account_id });
  const path = ticket
    ? recipient.staff
      ? `/console/tickets/${threadId}`
      : `/tickets/${threadId}`
    : (subjectLink ?? `/threads/${threadId}`);
  const link = `${baseUrl}${path}#message-${messages[messages.length - 1]!.id}`;
  const replyTo = await issueReplyAddress(ctx, threadId, userId, now);
  const hide = settings.hide_message_content_in_email;
  // The recipient's segment's branding and language (staff: the firm's); the thread's account picks the segment.
  const { branding, language } = await mailBrandingFor(
    ctx,
    ctx.db,
    recipient.staff ? { staff: true } : { accountId: thread.account_id },
  );
  const locale = language(recipient.locale ?? null, { staff: recipient.staff });
  const number = ticket && thread.ticket_number ? thread.ticket_number : null;
  const key = hide
    ? 'threadHidden'
    : !ticket
      ? 'threadMessage'
      : recipient.staff
        ? 'ticketCustomerReply'
        : 'ticketReply';
  const values: TemplateValues = hide
    ? { portal: branding.name, number: number ?? 'none' }
    : {
        portal: branding.name,
        number: number ?? '',
        subject: thread.subject,
        messages: messages.map((m) => ({
          author: m.author_name ?? t('mail.thread.someone', {}, locale),
          time: m.created_at.toISOString().slice(0, 16).replace('T', ' '),
          body: m.body.length > 2000 ? `${m.body.slice(0, 2000)}…` : m.body,
        })),
      };
  // The reply marker stays above any edited template: replies are cut at it (inbound).
  const mail = renderCatalogMail(branding, key, values, locale, link, { replyMarker: replyTo ? REPLY_MARKER : null });
  const unsubscribeUrl = `${baseUrl}/api/v1/email/unsubscribe?token=${encodeURIComponent(unsubscribeToken(ctx.config.secret, userId, 'messages'))}`;
  try {
    // The segment's sender, key and edited template apply here, as in the mail job (platform/mail/prepare.ts).
    const prepared = await prepareMail(ctx, {
      to: recipient.email,
      ...mail,
      replyTo,
      headers: {
        'List-Unsubscribe': `<${unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'Auto-Submitted': 'auto-generated',
      },
    });
    await ctx.mailer.send(prepared, { throwOnFailure: true });
  } catch (error) {
    // Refused by the driver, so not sent: free the lease so the job's retry can send.
    await releaseSendLease(ctx.db, userId, threadId, windowKey);
    throw error;
  }
  // Accepted: the send is recorded and the job completed in one step (see above for the instant before it).
  await ctx.db.transaction(async (tx) => {
    const sentAt = ctx.clock.now();
    await markEmailSent(tx, userId, threadId, windowKey, sentAt);
    if (job) await completeJob(tx, job.id, sentAt, job.attempts);
  });
  return job ? { completed: true } : undefined;
}
