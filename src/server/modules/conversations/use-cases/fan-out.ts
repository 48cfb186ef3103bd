import type { NewJob } from '../../../platform/jobs/index.ts';
import type { EventNotify } from '../../../platform/realtime/index.ts';
import type { NewMessageNotifications } from '../../notifications/index.ts';
import type { FanOutRecipient } from '../repository-delivery.ts';

export const EMAIL_JOB = 'conversations.email';
export const DIGEST_JOB = 'conversations.digest';

export interface Posted {
  threadId: string;
  accountId: string;
  messageId: string;
  authorId: string;
  internal: boolean;
  /** Reaches staff only: a note, or a message beside an object the account's people do not see (internal task). */
  staffOnly: boolean;
  mentionIds: string[];
}

/** 07:00 UTC tomorrow (or today, if that is still ahead): when daily digests go out. */
export function nextDigestTime(now: Date) {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 7));
  if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/**
 * Who hears of a message and how, for recipients already read (recipientsSql's rows, read by the post's first
 * statement): their in-app notifications (ids made here), their email or digest jobs, and what the message's one
 * event carries so the hub can tell each recipient (see `notify` in platform/realtime). The caller writes them all
 * in one statement, whatever the number of recipients. A note reaches staff only: recipientsSql never returns the
 * account's people for it.
 */
export function planFanOut(posted: Posted, recipients: FanOutRecipient[], now: Date) {
  const mentioned = new Set(posted.mentionIds);
  const kinds = recipients.map((r) => ({
    userId: r.id,
    kind: mentioned.has(r.id) ? ('mention' as const) : ('message' as const),
  }));
  const notifications: NewMessageNotifications = {
    recipients: kinds,
    accountId: posted.accountId,
    threadId: posted.threadId,
    messageId: posted.messageId,
    now,
  };
  const jobs: NewJob[] = [];
  for (const recipient of recipients) {
    if (recipient.frequency === 'immediately') {
      // One queued email per (thread, recipient): later messages join it, and the job itself spaces sends out.
      const runAt = recipient.window_ends_at && recipient.window_ends_at > now ? recipient.window_ends_at : now;
      jobs.push({
        kind: EMAIL_JOB,
        payload: { threadId: posted.threadId, userId: recipient.id },
        runAt,
        dedupeKey: `email:${posted.threadId}:${recipient.id}`,
      });
    } else if (recipient.frequency === 'daily') {
      jobs.push({
        kind: DIGEST_JOB,
        payload: { userId: recipient.id },
        runAt: nextDigestTime(now),
        dedupeKey: `digest:${recipient.id}`,
      });
    }
  }
  const notify = (ids: Map<string, string>): EventNotify =>
    Object.fromEntries(
      kinds.map((k) => [
        k.userId,
        {
          type: 'notification.created',
          data: {
            notificationId: ids.get(k.userId)!,
            threadId: posted.threadId,
            messageId: posted.messageId,
            kind: k.kind,
          },
        },
      ]),
    );
  return { notifications, jobs, notify };
}
