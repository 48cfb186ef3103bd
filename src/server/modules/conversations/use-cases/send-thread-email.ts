import type { AppContext } from '../../../platform/context.ts';
import { hashToken, newSecretToken } from '../../../platform/ids.ts';
import type { JobOutcome } from '../../../platform/jobs/index.ts';
import { renderMail } from '../../../platform/mail/index.ts';
import { emailFrequencies, unsubscribeToken } from '../../notifications/index.ts';
import {
  claimEmailSend, conversationSettings, insertReplyToken, lastEmailSend, releaseEmailSend, unsentMessages, userSeesAccount,
} from '../repository-delivery.ts';

export const REPLY_MARKER = '-- Reply above this line to answer in the portal --';

/**
 * Job: one email to one recipient about one thread, grouping everything they have not read nor been emailed
 * yet. At most one email per grouping window: a send too soon after the last is postponed (the messages join
 * it); the claimed (recipient, thread, window) row makes a retried job skip a send that already happened.
 */
export async function sendThreadEmail(ctx: AppContext, payload: Record<string, unknown>): Promise<JobOutcome> {
  const threadId = String(payload.threadId);
  const userId = String(payload.userId);
  const { rows } = await ctx.db.query<{ account_id: string; subject: string; account_name: string }>(
    'SELECT t.account_id, t.subject, a.name AS account_name FROM threads t JOIN accounts a ON a.id = t.account_id WHERE t.id = $1', [threadId]);
  const thread = rows[0];
  if (!thread) return;
  // Access and preferences are read at send time: someone removed or unsubscribed since gets nothing.
  const recipient = await userSeesAccount(ctx.db, userId, thread.account_id);
  if (!recipient) return;
  if (((await emailFrequencies(ctx.db, [userId], 'messages')).get(userId) ?? 'immediately') !== 'immediately') return;
  const settings = await conversationSettings(ctx.db);
  const now = ctx.clock.now();
  const windowMs = settings.email_grouping_minutes * 60_000;
  const last = await lastEmailSend(ctx.db, userId, threadId);
  if (last && now.getTime() - last.sent_at.getTime() < windowMs) return { postponeUntil: new Date(last.sent_at.getTime() + windowMs) };
  const messages = await unsentMessages(ctx.db, threadId, recipient, last?.up_to_seq ?? 0);
  if (!messages.length) return;
  const windowKey = String(Math.floor(now.getTime() / windowMs));
  const upToSeq = messages[messages.length - 1]!.seq;
  if (!(await claimEmailSend(ctx.db, userId, threadId, windowKey, now, upToSeq))) return;

  const baseUrl = (settings.base_url ?? ctx.config.baseUrl).replace(/\/+$/, '');
  const link = `${baseUrl}/threads/${threadId}#message-${messages[messages.length - 1]!.id}`;
  const domain = ctx.config.conversations.inboundEmailDomain;
  let replyTo: string | undefined;
  if (domain) {
    // 26 lowercase base32-ish characters keep the address inside the 64-character local-part limit.
    const token = newSecretToken().replace(/[^a-zA-Z0-9]/g, '').toLowerCase().slice(0, 26);
    await insertReplyToken(ctx.db, hashToken(token), threadId, userId, now);
    replyTo = `reply+${token}@${domain}`;
  }
  const hide = settings.hide_message_content_in_email;
  const subject = hide ? `New message from ${settings.name}` : `${thread.subject} (${settings.name})`;
  const paragraphs = hide
    ? [`You have a new message from ${settings.name}.`, 'Sign in to read it.']
    : [
      ...(replyTo ? [REPLY_MARKER] : []),
      ...messages.map((m) => `${m.author_name ?? 'Someone'} wrote (${m.created_at.toISOString().slice(0, 16).replace('T', ' ')} UTC):\n${m.body.length > 2000 ? `${m.body.slice(0, 2000)}…` : m.body}`),
    ];
  const mail = renderMail({ name: settings.name, primaryColor: settings.primary_color, logoUrl: null }, { subject, paragraphs, action: { label: 'Open the conversation', url: link } });
  const unsubscribeUrl = `${baseUrl}/api/v1/email/unsubscribe?token=${encodeURIComponent(unsubscribeToken(ctx.config.secret, userId, 'messages'))}`;
  try {
    await ctx.mailer.send({
      to: recipient.email, ...mail, replyTo,
      headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click', 'Auto-Submitted': 'auto-generated' },
    }, { throwOnFailure: true });
  } catch (error) {
    // Not sent: free the window so the retry can send.
    await releaseEmailSend(ctx.db, userId, threadId, windowKey);
    throw error;
  }
}
