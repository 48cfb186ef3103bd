import { hasModule, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { hashToken } from '../../../platform/ids.ts';
import { inboundContent, parseInboundMail, type InboundMail } from '../../../platform/mail/inbound/index.ts';
import { limitsOf } from '../../../platform/security/limits.ts';
import { recordAudit } from '../../audit/index.ts';
import { MESSAGE_BODY_MAX } from '../../../../contract/index.ts';
import { findIssuedReplyAddress, receiveReplyUseCase, REPLY_MARKER } from '../../conversations/index.ts';
import { ticketPolicy } from '../policy.ts';
import { boundedBody, followUpSubject, supportAddresses, ticketNumberInSubject, ticketSubjectOf } from '../inbound.ts';
import {
  claimMessageId,
  findEmailSegment,
  intakeSettings,
  isTicketParticipant,
  releaseMessageId,
  ticketAccountsOf,
  unsafeFindSenderByEmail,
  unsafeFindTicketByNumber,
  unsafeFindTicketByThread,
  type IntakeSettingsRow,
  type IntakeTicketRow,
} from '../repository-inbound.ts';
import {
  actorForMail,
  copyAddresseesOnTicket,
  createCustomerFromMail,
  createTicketFromMail,
  replyToTicketFromMail,
  type MailFile,
} from './ticket-mail-actions.ts';

export interface InboundMailOutcome {
  accepted: boolean;
  reason?: string;
  /** The ticket the mail created or was added to. */
  ticketId?: string;
}

interface RejectTarget {
  threadId?: string;
  userId?: string;
  accountId?: string;
}

type Reject = (reason: string, target?: RejectTarget) => Promise<InboundMailOutcome>;

/** The tickets reply use case's refusals for a ticket that no reply may reopen. */
const FINAL_TICKET_CODES = new Set(['ticket_closed', 'reopen_window_passed']);

/** The rate-limit key counting customers created from inbound mail, portal-wide (INBOUND_NEW_CUSTOMERS_PER_HOUR). */
const NEW_CUSTOMERS_KEY = 'inbound-email:new-customers';

/** Only the first this many To/Cc addresses of a mail are looked up as possible CCs (bounds the query). */
const MAX_COPIED_ADDRESSES = 50;

/**
 * Every inbound email (SMTP listener and webhook), before conversations:
 * - a reply+<token> address of a ticket thread: a reply to the ticket as the person the address was issued to
 *   (From must be theirs); any other reply address goes to conversations' reply-by-email;
 * - the support address (support@INBOUND_EMAIL_DOMAIN, or the portal's support email): a reply to "[#1234]" from
 *   one of that ticket's people, else a new ticket (a known customer, or an unknown sender as the email segment's
 *   policy says).
 * Automatic mail is never acted on; every refusal is audited and nothing is sent back (no backscatter).
 * A Message-ID seen before is accepted without effect, so a repeated delivery adds nothing.
 */
export async function receiveInboundMailUseCase(
  ctx: AppContext,
  raw: Buffer,
  envelopeRecipients: string[] = [],
): Promise<InboundMailOutcome> {
  const domain = ctx.config.conversations.inboundEmailDomain;
  if (!domain) return { accepted: false, reason: 'inbound_disabled' };
  const mail = await parseInboundMail(raw, envelopeRecipients);
  const now = ctx.clock.now();
  const reject = rejecter(ctx, mail, now);
  // Out-of-office replies and bounces: answering or filing them would loop or flood the queue.
  if (mail.autoSubmitted || mail.bulk) return reject('auto_submitted');

  const settings = await intakeSettings(ctx.db);
  const issued = await findIssuedReplyAddress(ctx, mail, now);
  const toSupport = mail.recipients.some((address) =>
    supportAddresses(domain, settings.support_email).includes(address),
  );
  const issuedTicket = issued ? await unsafeFindTicketByThread(ctx.db, issued.thread_id) : null;
  // Replies to conversations (and unknown addresses) keep their own path; it parses the mail again, which costs
  // less than keeping two copies of its rules.
  if ((issued && !issuedTicket) || (!issued && !toSupport)) return receiveReplyUseCase(ctx, raw, envelopeRecipients);

  return oncePerMessageId(ctx, mail, now, async () => {
    if (issued && issuedTicket) {
      const target = { threadId: issuedTicket.id, userId: issued.user_id, accountId: issuedTicket.account_id };
      if (!mail.from || mail.from.toLowerCase() !== issued.email.toLowerCase())
        return reject('sender_mismatch', target);
      const actor = await actorForMail(ctx, issued.user_id);
      if (!actor) return reject('no_access', target);
      return replyOrFollowUp(ctx, actor, issuedTicket, mail, settings, now, reject);
    }
    return receiveAtSupportAddress(ctx, mail, settings, now, reject);
  });
}

async function receiveAtSupportAddress(
  ctx: AppContext,
  mail: InboundMail,
  settings: IntakeSettingsRow,
  now: Date,
  reject: Reject,
): Promise<InboundMailOutcome> {
  if (!mail.from) return reject('unknown_sender');
  const sender = await unsafeFindSenderByEmail(ctx.db, mail.from);
  // Staff answer in the console, where status, notes and SLA are in view; mail from them here is a mistake or a forgery.
  if (sender?.staff) return reject('staff_sender', { userId: sender.id });

  const number = ticketNumberInSubject(mail.subject);
  const threaded = number !== null ? await unsafeFindTicketByNumber(ctx.db, number) : null;
  if (threaded) {
    // A "[#1234]" subject is a weaker key than a reply token: anyone can type it and forge a From. It is honoured
    // only from the ticket's requester or CCs, so a stranger can neither read nor write into someone else's ticket.
    const target = { threadId: threaded.id, accountId: threaded.account_id, userId: sender?.id };
    if (!sender || sender.deactivated || !(await isTicketParticipant(ctx.db, threaded.id, sender.id)))
      return reject('spoofed_reply', target);
    const actor = await actorForMail(ctx, sender.id);
    if (!actor) return reject('no_access', target);
    return replyOrFollowUp(ctx, actor, threaded, mail, settings, now, reject);
  }

  if (sender) {
    if (sender.deactivated) return reject('no_access', { userId: sender.id });
    // The sender's first account (by name) whose segment offers tickets.
    const account = (await ticketAccountsOf(ctx.db, sender.id))[0];
    const actor = account ? await actorForMail(ctx, sender.id) : null;
    if (!account || !actor) return reject('no_access', { userId: sender.id });
    return newTicket(ctx, actor, account.account_id, mail, reject);
  }

  const segment = settings.ticket_email_segment_id
    ? await findEmailSegment(ctx.db, settings.ticket_email_segment_id)
    : null;
  // Nothing is sent back to an unknown sender: the From of unsolicited mail is often forged (backscatter).
  if (!segment || segment.unknown_sender_policy !== 'create_customer' || !segment.tickets_enabled)
    return reject('unknown_sender');
  // Anyone can forge a From, so mail could otherwise create customers without end. Past the hourly cap the mail
  // is refused as under 'reject' (audited with its own reason, nothing created, nothing sent back); known
  // customers' mail is not counted and still gets through.
  if (!(await limitsOf(ctx).consume('inboundNewCustomers', NEW_CUSTOMERS_KEY)).allowed)
    return reject('new_customer_limit');
  const created = await createCustomerFromMail(
    ctx,
    { email: mail.from, displayName: mail.fromName, segmentId: segment.id },
    now,
  );
  const actor = await actorForMail(ctx, created.userId);
  if (!actor) return reject('no_access', { userId: created.userId, accountId: created.accountId });
  return newTicket(ctx, actor, created.accountId, mail, reject);
}

/**
 * The mail's own words (quoted history and signature dropped) and every one of its files. The limits were checked
 * before (withInboundLimits: refused whole); a text longer than a message holds is kept whole as files beside it.
 */
function contentOf(mail: InboundMail, reserve = 0): { body: string; files: MailFile[] } {
  return inboundContent(mail, REPLY_MARKER, MESSAGE_BODY_MAX - reserve);
}

async function newTicket(
  ctx: AppContext,
  actor: Actor,
  ticketAccountId: string,
  mail: InboundMail,
  reject: Reject,
  followUpOf?: IntakeTicketRow,
): Promise<InboundMailOutcome> {
  // A follow-up goes to the old ticket's account while the sender still belongs to it, else to their first one.
  const accountId =
    actor.memberships.has(ticketAccountId) || actor.staffRole
      ? ticketAccountId
      : (await ticketAccountsOf(ctx.db, actor.userId))[0]?.account_id;
  if (!accountId) return reject('no_access', { userId: actor.userId, accountId: ticketAccountId });
  const prefix = followUpOf ? `Follow-up to #${followUpOf.number}.\n\n` : '';
  const content = contentOf(mail, prefix.length);
  const subject = followUpOf ? followUpSubject(followUpOf.subject) : ticketSubjectOf(mail.subject);
  // A ticket needs words; an email with only a subject (or only files) still becomes one rather than being lost.
  const text = content.body || (content.files.length ? '' : subject);
  const body = followUpOf ? boundedBody(`${prefix}${text}`.trim()) : text;
  try {
    const ticket = await createTicketFromMail(ctx, actor, { accountId, subject, body, files: content.files });
    await copyAddressees(ctx, { id: ticket.id, account_id: accountId }, mail, actor);
    ctx.logger.info(
      { ticketId: ticket.id, number: ticket.number, followUpOf: followUpOf?.number ?? null },
      'inbound email opened a ticket',
    );
    return { accepted: true, ticketId: ticket.id };
  } catch (error) {
    if (error instanceof AppError && !isTransient(error))
      return reject(error.code, { accountId, userId: actor.userId });
    throw error;
  }
}

/**
 * A reply to a ticket follows the ticket's rules (the tickets reply use case: a customer's reply reopens a solved
 * ticket). A closed ticket, or one solved longer ago than the reopen window, is final: the mail opens a follow-up
 * ticket "Re: <subject>" that names the old number, so nothing the customer wrote is lost.
 */
async function replyOrFollowUp(
  ctx: AppContext,
  actor: Actor,
  found: IntakeTicketRow,
  mail: InboundMail,
  settings: IntakeSettingsRow,
  now: Date,
  reject: Reject,
): Promise<InboundMailOutcome> {
  // A merged ticket lives on in the one it was merged into.
  const ticket = found.merged_into ? ((await unsafeFindTicketByThread(ctx.db, found.merged_into)) ?? found) : found;
  const target = { threadId: ticket.id, accountId: ticket.account_id, userId: actor.userId };
  // The account's segment switched tickets off: refused and audited like any other refusal, nothing filed.
  if (!hasModule(actor, ticket.account_id, 'tickets', ticket.account_modules)) return reject('module_disabled', target);
  const pastReopenWindow =
    ticket.status === 'solved' &&
    !ticketPolicy.withinReopenWindow({ solved_at: ticket.solved_at, reopen_days: settings.ticket_reopen_days }, now);
  if (ticket.status === 'closed' || pastReopenWindow) {
    if (actor.staffRole) return reject('ticket_closed', target);
    return newTicket(ctx, actor, ticket.account_id, mail, reject, ticket);
  }
  const content = contentOf(mail);
  if (!content.body && !content.files.length) return reject('empty', target);
  try {
    await replyToTicketFromMail(ctx, actor, ticket.id, content);
    await copyAddressees(ctx, ticket, mail, actor);
    ctx.logger.info({ ticketId: ticket.id, number: ticket.number }, 'inbound email added to a ticket');
    return { accepted: true, ticketId: ticket.id };
  } catch (error) {
    // Closed (or its window passed) between the check above and the reply's transaction: the same follow-up.
    if (error instanceof AppError && FINAL_TICKET_CODES.has(error.code) && !actor.staffRole)
      return newTicket(ctx, actor, ticket.account_id, mail, reject, ticket);
    if (error instanceof AppError && !isTransient(error)) return reject(error.code, target);
    throw error;
  }
}

/**
 * The mail's other To/Cc people become CCs of the ticket (addCcsFromMail says who qualifies). Never the support
 * or reply addresses, nor the sender. It runs after the ticket or reply is stored, so a failure here is logged
 * and the mail still counts as delivered: redelivering it would file it a second time.
 */
async function copyAddressees(
  ctx: AppContext,
  ticket: { id: string; account_id: string },
  mail: InboundMail,
  actor: Actor,
) {
  const domain = ctx.config.conversations.inboundEmailDomain;
  const sender = actor.email.toLowerCase();
  const candidates = mail.addressees.filter(
    (address) => address !== sender && address !== mail.from && !(domain && address.endsWith(`@${domain}`)),
  );
  if (!candidates.length) return;
  try {
    const settings = await intakeSettings(ctx.db);
    const own = new Set(supportAddresses(domain ?? '', settings.support_email));
    const emails = candidates.filter((address) => !own.has(address)).slice(0, MAX_COPIED_ADDRESSES);
    if (!emails.length) return;
    const added = await copyAddresseesOnTicket(ctx, ticket, emails, actor.userId, ctx.clock.now());
    if (added.length)
      ctx.logger.info({ ticketId: ticket.id, added: added.length }, 'inbound email copied people on a ticket');
  } catch (error) {
    ctx.logger.error({ err: error, ticketId: ticket.id }, 'inbound email: copied people could not be added as CCs');
  }
}

/**
 * Too many messages from one person (the messages rate limit), or a server-side failure (storage full or down,
 * database unavailable): not a verdict on the mail. It is thrown, so the SMTP listener answers 451 and the webhook
 * 429 or 503, and the sender's server delivers it again later.
 */
const isTransient = (error: AppError) => error.status === 429 || error.status >= 500;

/**
 * Runs `handle` unless this Message-ID was handled before (then: accepted, nothing done). A refusal or a failure
 * gives the id back, so a later delivery of the same mail is judged again (a 451 from SMTP is retried by the sender).
 * Mail without a Message-ID cannot be recognised again and is always handled.
 */
async function oncePerMessageId(
  ctx: AppContext,
  mail: InboundMail,
  now: Date,
  handle: () => Promise<InboundMailOutcome>,
): Promise<InboundMailOutcome> {
  const raw = mail.messageId?.trim();
  if (!raw) return handle();
  // Ids are short in practice; a huge one is kept as its hash so the key stays small.
  const key = raw.length > 300 ? `sha256:${hashToken(raw)}` : raw;
  if (!(await claimMessageId(ctx.db, key, now))) {
    ctx.logger.info({ messageId: raw, from: mail.from }, 'inbound email already handled; repeated delivery ignored');
    return { accepted: true, reason: 'duplicate' };
  }
  try {
    const outcome = await handle();
    if (!outcome.accepted) await releaseMessageId(ctx.db, key);
    return outcome;
  } catch (error) {
    await releaseMessageId(ctx.db, key);
    throw error;
  }
}

function rejecter(ctx: AppContext, mail: InboundMail, now: Date): Reject {
  return async (reason, target = {}) => {
    await recordAudit(ctx.db, {
      action: 'inbound_email.rejected',
      actor: null,
      target: target.threadId ? { type: 'thread', id: target.threadId } : null,
      accountId: target.accountId ?? null,
      details: {
        reason,
        from: mail.from,
        messageId: mail.messageId,
        subject: mail.subject.slice(0, 200),
        intendedUserId: target.userId ?? null,
      },
      occurredAt: now,
    });
    ctx.logger.warn({ reason, from: mail.from, messageId: mail.messageId }, 'inbound email rejected');
    return { accepted: false, reason };
  };
}
