import type { AppContext } from '../context.ts';
import type { Queryable } from '../db/index.ts';
import { enqueueJobs, type JobHandler } from '../jobs/index.ts';
import type { SecretBox } from '../security/secret-box.ts';
import type { OutgoingMail } from './index.ts';
import { prepareMail } from './prepare.ts';

/** The one job kind that delivers email. Nothing else calls the mail driver (test/unit/mail-queue-guard.test.ts). */
export const MAIL_JOB = 'mail.send';

/**
 * Attempts before a mail waits for an admin (Console > Jobs > retry). With the queue's backoff (30 s doubling, capped
 * at an hour) that is about nine hours of SMTP outage: longer than the queue's default, because mail that was
 * promised (a 201, a 202) must not be dropped by a maintenance window.
 */
const MAIL_MAX_ATTEMPTS = 14;

/** What a mail job carries: the address and subject in clear (the admins' job list), the whole mail sealed. */
interface MailPayload {
  to: string;
  subject: string;
  sealed: string;
}

/**
 * Queues mail in the caller's transaction: it exists exactly when the change that causes it committed (a rolled-back
 * invitation sends nothing, a committed one is never lost), and the job queue retries it with backoff while SMTP is
 * down. The mail is sealed with the secret box: queued reset, sign-in and invitation links and reply addresses are
 * not readable from a database dump or the job list.
 */
export async function queueMails(tx: Queryable, box: SecretBox, mails: OutgoingMail[], now: Date) {
  await enqueueJobs(
    tx,
    mails.map((mail) => ({
      kind: MAIL_JOB,
      payload: { to: mail.to, subject: mail.subject, sealed: box.seal(JSON.stringify(mail)) } satisfies MailPayload,
      runAt: now,
      maxAttempts: MAIL_MAX_ATTEMPTS,
    })),
    now,
  );
}

export async function queueMail(tx: Queryable, box: SecretBox, mail: OutgoingMail, now: Date) {
  await queueMails(tx, box, [mail], now);
}

function openMail(box: SecretBox, payload: Record<string, unknown>): OutgoingMail {
  const mail = JSON.parse(box.open(String((payload as unknown as MailPayload).sealed))) as OutgoingMail;
  // JSON turned the secrets' expiry into strings.
  return { ...mail, secrets: mail.secrets?.map((secret) => ({ ...secret, expiresAt: new Date(secret.expiresAt) })) };
}

/**
 * Job: delivers one queued mail. A failed delivery throws, so the queue retries it later; the Message-ID comes from
 * the job, so in the rare case of a crash between delivery and completion the second copy is the same message to
 * the recipient's mail client. A mail whose every link has expired meanwhile is not sent: it could only mislead.
 */
export const sendQueuedMail: JobHandler = async (ctx: AppContext, payload, job) => {
  const mail = openMail(ctx.secretBox, payload);
  const now = ctx.clock.now().getTime();
  if (mail.secrets?.length && mail.secrets.every((secret) => secret.expiresAt.getTime() <= now)) {
    ctx.logger.warn({ jobId: job.id, to: mail.to, subject: mail.subject }, 'queued mail expired before delivery');
    return;
  }
  const prepared = await prepareMail(ctx, mail);
  await ctx.mailer.send(
    { ...prepared, messageId: `<${job.id}@${messageIdDomain(prepared.from ?? ctx.config.mailFrom)}>` },
    {
      throwOnFailure: true,
    },
  );
};

function messageIdDomain(from: string) {
  return /@([^>\s]+)/.exec(from)?.[1] ?? 'portico.invalid';
}
