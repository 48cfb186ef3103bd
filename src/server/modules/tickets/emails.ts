import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { queueMail, renderCatalogMail } from '../../platform/mail/index.ts';
import { issueReplyAddress, REPLY_MARKER } from '../conversations/index.ts';
import { mailBrandingFor } from '../branding/index.ts';

export interface TicketReceivedMail {
  ticket: { id: string; accountId: string; number: number; subject: string };
  requester: { id: string; email: string; locale?: string | null };
}

/**
 * "We received your request [#1234]" to the requester of a new ticket (email or web). Its Reply-To is a reply
 * address of the ticket's thread issued to the requester, so answering the email threads into the ticket; the
 * "[#1234]" in the subject also threads a reply sent to the support address instead (participants only).
 * Marked Auto-Submitted so that an auto-responder on the other side does not answer it (no mail loops).
 * Queued in the ticket's own transaction: a ticket that exists has its confirmation on the way (retried while SMTP
 * is down), and an intake that failed sends none.
 */
export async function queueTicketReceivedEmail(ctx: AppContext, tx: Queryable, mail: TicketReceivedMail) {
  // Links start from the configured base URL, never from request headers (Host can be forged); the branding is the
  // account's segment's (modules/branding).
  const { base, branding, language } = await mailBrandingFor(ctx, tx, { accountId: mail.ticket.accountId });
  const replyTo = await issueReplyAddress(ctx, mail.ticket.id, mail.requester.id, ctx.clock.now(), tx);
  const values = {
    number: mail.ticket.number,
    subject: mail.ticket.subject,
    portal: branding.name,
    reply_by_email: replyTo ? 'yes' : '',
  };
  const message = {
    to: mail.requester.email,
    ...renderCatalogMail(
      branding,
      'ticketReceived',
      values,
      language(mail.requester.locale ?? null),
      `${base}/tickets/${mail.ticket.id}`,
      // Above the body and outside any edited template: replies are cut at it (conversations' inbound).
      { replyMarker: replyTo ? REPLY_MARKER : null },
    ),
    replyTo,
    headers: { 'Auto-Submitted': 'auto-replied' },
  };
  await queueMail(tx, ctx.secretBox, message, ctx.clock.now());
}
