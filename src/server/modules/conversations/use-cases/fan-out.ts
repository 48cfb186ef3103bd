import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { enqueueJob } from '../../../platform/jobs/index.ts';
import { publishEvent } from '../../../platform/realtime/index.ts';
import { emailFrequencies, insertNotification } from '../../notifications/index.ts';
import { recipientsOf } from '../repository-delivery.ts';

export const EMAIL_JOB = 'conversations.email';
export const DIGEST_JOB = 'conversations.digest';

interface Posted {
  threadId: string;
  accountId: string;
  messageId: string;
  authorId: string;
  internal: boolean;
  mentionIds: string[];
}

/** 07:00 UTC tomorrow (or today, if that is still ahead): when daily digests go out. */
function nextDigestTime(now: Date) {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 7));
  if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/**
 * Notifies everyone who should hear of a message, inside its transaction: an in-app notification (and its
 * event) per recipient, and an email job per recipient by their preference. A note reaches staff only:
 * recipientsOf never returns the account's people for it.
 */
export async function fanOut(ctx: AppContext, tx: Queryable, posted: Posted, now: Date) {
  const recipients = await recipientsOf(tx, posted.accountId, posted.threadId, posted.authorId, posted.internal);
  const mentioned = new Set(posted.mentionIds);
  const frequencies = await emailFrequencies(tx, recipients.map((r) => r.id), 'messages');
  for (const recipient of recipients) {
    const kind = mentioned.has(recipient.id) ? 'mention' : 'message';
    const notificationId = await insertNotification(tx, { userId: recipient.id, kind, accountId: posted.accountId, threadId: posted.threadId, messageId: posted.messageId, now });
    await publishEvent(tx, { type: 'notification.created', accountId: posted.accountId, audience: 'user', userId: recipient.id, data: { notificationId, threadId: posted.threadId, messageId: posted.messageId, kind } }, now);
    const frequency = frequencies.get(recipient.id) ?? 'immediately';
    if (frequency === 'immediately') {
      // One queued email per (thread, recipient): later messages join it, and the job itself spaces sends out.
      await enqueueJob(tx, { kind: EMAIL_JOB, payload: { threadId: posted.threadId, userId: recipient.id }, runAt: now, dedupeKey: `email:${posted.threadId}:${recipient.id}` }, now);
    } else if (frequency === 'daily') {
      await enqueueJob(tx, { kind: DIGEST_JOB, payload: { userId: recipient.id }, runAt: nextDigestTime(now), dedupeKey: `digest:${recipient.id}` }, now);
    }
  }
}
