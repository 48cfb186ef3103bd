import type { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { Queryable } from '../db/index.ts';
import { newId } from '../ids.ts';
import type { MailSource } from './layout.ts';
import { recordedCopy, secretsExpireAt, type MailSecret } from './redaction.ts';

/** A DKIM key to sign one mail with (nodemailer's `dkim` option). */
export interface DkimSigning {
  domainName: string;
  keySelector: string;
  privateKey: string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Where replies go (reply-by-email addresses); the From stays MAIL_FROM. */
  replyTo?: string;
  /** Extra headers such as List-Unsubscribe; names as sent. */
  headers?: Record<string, string>;
  /**
   * The secrets in this mail (link tokens), marked by whoever builds it. The driver sends them; the recorded copy
   * has them replaced by `[redacted]`, so the outbox never keeps a working reset, sign-in or invitation link.
   */
  secrets?: MailSecret[];
  /** Set by the mail queue from the job id: a redelivery after a crash is the same message to the recipient. */
  messageId?: string;
  /** Files sent with the mail (an invoice's PDF). Never recorded in the outbox: files stay out of the database. */
  attachments?: { filename: string; content: Buffer; contentType: string }[];
  /** How the mail was built (renderMail): its segment and template, for the send-time preparer (prepare.ts). */
  source?: MailSource;
  /** Set at send time (prepare.ts): the segment's sender, else MAIL_FROM. */
  from?: string;
  /** Set at send time (prepare.ts): the sending domain's key, when it has one. Never queued, never recorded. */
  dkim?: DkimSigning;
}

/**
 * A mail driver delivers; every message is also recorded (secrets redacted) so admins can see what was sent.
 * The development driver also keeps the unredacted copy until its secrets expire: nothing leaves the machine, so the
 * outbox is where a developer clicks the link (`dev-mail` shows it, the retention sweep then drops it).
 */
export interface MailDriver {
  readonly name: 'dev' | 'smtp';
  deliver(mail: OutgoingMail): Promise<void>;
}

export interface Mailer {
  readonly driverName: MailDriver['name'];
  /** Delivers and records. With throwOnFailure a failed delivery rejects (after being recorded), so a job retries. */
  send(mail: OutgoingMail, options?: { throwOnFailure?: boolean }): Promise<void>;
}

/** Development driver: nothing leaves the machine; staff read the outbox in the console. */
export function devMailDriver(logger: Logger): MailDriver {
  return {
    name: 'dev',
    async deliver(mail) {
      // Logs are kept longer than a link works: they get the redacted copy; the outbox shows the live link.
      const links = recordedCopy(mail).text.match(/https?:\/\/\S+/g) ?? [];
      logger.info(
        { to: mail.to, subject: mail.subject, links, replyTo: mail.replyTo },
        'dev mail (read it in the console outbox)',
      );
    },
  };
}

export function smtpMailDriver(smtpUrl: string, from: string): MailDriver {
  // nodemailer loads at the first mail sent, not at every start (~0.25 s).
  let transport: Promise<Transporter> | undefined;
  const connect = () =>
    (transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(smtpUrl)));
  return {
    name: 'smtp',
    async deliver(mail) {
      await (
        await connect()
      ).sendMail({
        from: mail.from ?? from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        replyTo: mail.replyTo,
        headers: mail.headers,
        messageId: mail.messageId,
        attachments: mail.attachments,
        ...(mail.dkim ? { dkim: mail.dkim } : {}),
      });
    },
  };
}

export function createMailer(db: Queryable, driver: MailDriver, logger: Logger, defaultFrom?: string): Mailer {
  return {
    driverName: driver.name,
    async send(mail, options = {}) {
      let error: string | null = null;
      try {
        await driver.deliver(mail);
      } catch (cause) {
        error = cause instanceof Error ? cause.message : String(cause);
        logger.error({ to: mail.to, subject: mail.subject, err: cause }, 'mail delivery failed');
      }
      const copy = recordedCopy(mail);
      const unredactedUntil = driver.name === 'dev' ? secretsExpireAt(mail.secrets) : null;
      await db.query(
        `INSERT INTO mail_messages (id, driver, to_address, subject, text_body, html_body, status, error, reply_to, headers,
                                    unredacted, unredacted_until, from_address)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          newId(),
          driver.name,
          mail.to,
          mail.subject,
          copy.text,
          copy.html,
          error ? 'failed' : 'sent',
          error,
          copy.replyTo,
          copy.headers ? JSON.stringify(copy.headers) : null,
          unredactedUntil
            ? JSON.stringify({
                text: mail.text,
                html: mail.html,
                replyTo: mail.replyTo ?? null,
                headers: mail.headers ?? null,
              })
            : null,
          unredactedUntil,
          mail.from ?? defaultFrom ?? null,
        ],
      );
      if (error && options.throwOnFailure) throw new Error(`Mail delivery failed: ${error}`);
    },
  };
}

export { MAIL_JOB, queueMail, queueMails, sendQueuedMail } from './queue.ts';
export {
  renderMail,
  frameMail,
  withReplyMarker,
  escapeHtml,
  paragraphHtml,
  type MailContent,
  type MailBranding,
  type MailSource,
} from './layout.ts';
export { prepareMail, setMailPreparer, type MailPreparer } from './prepare.ts';
export {
  MAIL_TEMPLATES,
  TEMPLATE_LOCALES,
  catalogContent,
  defaultTemplate,
  languageOf,
  missingRequired,
  renderCatalogMail,
  templateEntry,
  templateValues,
} from './catalog.ts';
export type { CatalogEntry, CatalogFamily, TemplateItem, TemplateValues } from './catalog-types.ts';
export { TemplateError, renderTemplateParts, type TemplateParts } from './template-engine.ts';
export { REDACTED, type MailSecret, type RecordedMail } from './redaction.ts';
