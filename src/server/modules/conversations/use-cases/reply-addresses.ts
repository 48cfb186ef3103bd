import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { hashToken, newSecretToken } from '../../../platform/ids.ts';
import type { InboundMail } from '../../../platform/mail/inbound/index.ts';
import { findReplyToken, insertReplyToken } from '../repository-delivery.ts';
import { replyTokensValidSince } from '../retention.ts';

/**
 * Reply-by-email addresses, reply+<token>@INBOUND_EMAIL_DOMAIN: one per (thread, recipient), only the hash kept.
 * Shared by conversation emails and ticket emails so that a reply to either finds its thread the same way.
 */
export async function issueReplyAddress(
  ctx: AppContext,
  threadId: string,
  userId: string,
  now: Date,
  /** The transaction of the mail that carries the address, if it is queued in one. */
  db: Queryable = ctx.db,
): Promise<string | undefined> {
  const domain = ctx.config.conversations.inboundEmailDomain;
  if (!domain) return undefined;
  // 26 lowercase base32-ish characters keep the address inside the 64-character local-part limit.
  const token = newSecretToken()
    .replace(/[^a-zA-Z0-9]/g, '')
    .toLowerCase()
    .slice(0, 26);
  await insertReplyToken(db, hashToken(token), threadId, userId, now);
  return `reply+${token}@${domain}`;
}

/** The token of the first reply+ address of ours among the recipients, if any. */
export function replyTokenOf(mail: Pick<InboundMail, 'recipients'>, domain: string): string | null {
  for (const address of mail.recipients) {
    const match = /^reply\+([a-z0-9]{10,64})@(.+)$/.exec(address);
    if (match && match[2] === domain) return match[1]!;
  }
  return null;
}

/** Who an address was issued to, for which thread, if it is ours and still valid. */
export async function findIssuedReplyAddress(ctx: AppContext, mail: Pick<InboundMail, 'recipients'>, now: Date) {
  const domain = ctx.config.conversations.inboundEmailDomain;
  const token = domain ? replyTokenOf(mail, domain) : null;
  return token ? findReplyToken(ctx.db, hashToken(token), replyTokensValidSince(now)) : null;
}
