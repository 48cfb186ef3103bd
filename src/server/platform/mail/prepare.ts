import type { AppContext } from '../context.ts';
import type { OutgoingMail } from './index.ts';

/**
 * What happens to a queued mail just before it is delivered: the segment's sender, the sending domain's DKIM key and
 * the segment's edited template (modules/mail-templates registers it at startup; platform code imports no module).
 * A preparer never throws for a template: it falls back to the mail as built and logs.
 */
export type MailPreparer = (ctx: AppContext, mail: OutgoingMail) => Promise<OutgoingMail>;

let preparer: MailPreparer = async (_ctx, mail) => mail;

export function setMailPreparer(next: MailPreparer) {
  preparer = next;
}

export const prepareMail: MailPreparer = (ctx, mail) => preparer(ctx, mail);
