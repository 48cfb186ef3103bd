import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { inboundContent, parseInboundMail } from '../../../platform/mail/inbound/index.ts';
import { MESSAGE_BODY_MAX, SUBJECT_THREAD_MODULES, isSubjectThreadKind } from '../../../../contract/index.ts';
import { accountScopeOf, hasModule } from '../../../platform/actor.ts';
import { recordAudit } from '../../audit/index.ts';
import { actorOfUser } from '../repository-delivery.ts';
import { findIssuedReplyAddress } from './reply-addresses.ts';
import { findThread } from '../repository.ts';
import { subjectAccessOf } from '../subject-threads.ts';
import { storeAttachment } from './attachments.ts';
import { postMessageInTransaction, prepareMessage } from './post-message.ts';
import { REPLY_MARKER } from './send-thread-email.ts';

export interface InboundOutcome {
  accepted: boolean;
  reason?: string;
}

/**
 * A reply to a notification email becomes a message of the thread, posted as the person the address was issued
 * to, with the same checks as the web (they must still see the thread, rate limits, size). The From must be
 * that person's address; anything else is rejected and audited, and nothing is posted.
 */
export async function receiveReplyUseCase(
  ctx: AppContext,
  raw: Buffer,
  envelopeRecipients: string[] = [],
): Promise<InboundOutcome> {
  const domain = ctx.config.conversations.inboundEmailDomain;
  if (!domain) return { accepted: false, reason: 'inbound_disabled' };
  const mail = await parseInboundMail(raw, envelopeRecipients);
  const now = ctx.clock.now();
  const reject = async (reason: string, target: { threadId?: string; userId?: string; accountId?: string } = {}) => {
    await recordAudit(ctx.db, {
      action: 'inbound_email.rejected',
      actor: null,
      target: target.threadId ? { type: 'thread', id: target.threadId } : null,
      accountId: target.accountId ?? null,
      details: { reason, from: mail.from, messageId: mail.messageId, intendedUserId: target.userId ?? null },
      occurredAt: now,
    });
    ctx.logger.warn({ reason, from: mail.from, messageId: mail.messageId }, 'inbound email rejected');
    return { accepted: false, reason };
  };
  // Out-of-office and bounce loops: an automatic message is never posted.
  if (mail.autoSubmitted) return reject('auto_submitted');
  const issued = await findIssuedReplyAddress(ctx, mail, now);
  if (!issued) return reject('unknown_address');
  const target = { threadId: issued.thread_id, userId: issued.user_id, accountId: issued.account_id };
  if (!mail.from || mail.from.toLowerCase() !== issued.email.toLowerCase()) return reject('sender_mismatch', target);
  const actor = await actorOfUser(ctx.db, issued.user_id);
  const thread = actor
    ? await findThread(ctx.db, accountScopeOf(actor), actor.staffRole !== null, actor.userId, issued.thread_id)
    : null;
  if (!actor || !thread) return reject('no_access', target);
  // Ticket replies follow the ticket's rules (status, SLA): the tickets module's inbound handler takes them first.
  if (thread.kind === 'ticket') return reject('ticket_thread', target);
  // A task's or a document's thread: its module's policy and switch, as on the web.
  const subject = isSubjectThreadKind(thread.kind) ? await subjectAccessOf(ctx.db, actor, thread) : null;
  if (isSubjectThreadKind(thread.kind) && !subject?.post) return reject('no_access', target);
  const module = isSubjectThreadKind(thread.kind) ? SUBJECT_THREAD_MODULES[thread.kind] : 'messages';
  // The account's segment switched the module off: refused and audited, nothing posted.
  if (!hasModule(actor, thread.account_id, module, thread.segment_modules)) return reject('module_disabled', target);
  // Every file, and a text too long for a message kept whole beside it (limits were checked before: refused whole).
  const { body, files } = inboundContent(mail, REPLY_MARKER, MESSAGE_BODY_MAX);
  if (!body && !files.length) return reject('empty', target);
  try {
    const attachmentIds: string[] = [];
    for (const file of files)
      attachmentIds.push(
        (
          await storeAttachment(ctx, ctx.db, {
            threadId: thread.id,
            uploadedBy: actor.userId,
            name: file.name,
            contentType: file.contentType,
            bytes: file.bytes,
          })
        ).id,
      );
    const prepared = await prepareMessage(ctx, actor, thread, { body, attachmentIds }, now);
    await ctx.db.transaction((tx) =>
      postMessageInTransaction(
        ctx,
        tx,
        actor,
        {
          id: thread.id,
          account_id: thread.account_id,
          subject: thread.subject,
          kind: thread.kind,
          subject_id: thread.subject_id,
        },
        prepared,
        now,
        'email',
      ),
    );
    return { accepted: true };
  } catch (error) {
    // A rate limit or a server-side failure is not a verdict on the mail: thrown, so the sender tries again later.
    if (error instanceof AppError && error.status !== 429 && error.status < 500) return reject(error.code, target);
    throw error;
  }
}
