import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { MailFile } from '../../../platform/mail/inbound/index.ts';
import { newId } from '../../../platform/ids.ts';
import { publishEvent } from '../../../platform/realtime/index.ts';
import { insertAccount } from '../../accounts/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { actorOfUser, storeAttachment } from '../../conversations/index.ts';
import { addMembership, insertUser } from '../../identity/index.ts';
import { personNameOf } from '../inbound.ts';
import { addCcsFromMail } from '../repository-inbound.ts';
import { ccIdsOf, insertTicketActivity } from '../repository-activity.ts';
import { createTicketUseCase } from './create-ticket.ts';
import { replyToTicketUseCase } from './messages.ts';

/*
 * What email intake does through the tickets core, in one place: the same use cases as the web, as the person
 * the mail is from (their membership, visibility and status rules apply), with channel / source 'email'.
 */

export type { MailFile };

/** The sender as an Actor with no session: a mail is from one user, acting only through the use cases' checks. */
export function actorForMail(ctx: AppContext, userId: string): Promise<Actor | null> {
  return actorOfUser(ctx.db, userId);
}

/**
 * A new ticket from a mail. Its files are stored first, kept under the account until the ticket's first message
 * takes them in the ticket's own transaction: a file that cannot be stored fails the whole mail before anything
 * exists (the sender is told to try again later), never a ticket missing a file after the mail was acknowledged.
 */
export async function createTicketFromMail(
  ctx: AppContext,
  actor: Actor,
  input: { accountId: string; subject: string; body: string; files: MailFile[] },
) {
  const attachmentIds: string[] = [];
  for (const file of input.files) {
    const stored = await storeAttachment(ctx, ctx.db, {
      threadId: null,
      accountId: input.accountId,
      uploadedBy: actor.userId,
      name: file.name,
      contentType: file.contentType,
      bytes: file.bytes,
    });
    attachmentIds.push(stored.id);
  }
  const ticket = await createTicketUseCase(
    ctx,
    actor,
    { accountId: input.accountId, subject: input.subject, body: input.body, attachmentIds },
    'email',
  );
  return { id: ticket.id, number: ticket.number };
}

/** A reply to a ticket from a mail: its files are uploaded to the thread first, then carried by the reply. */
export async function replyToTicketFromMail(
  ctx: AppContext,
  actor: Actor,
  ticketId: string,
  content: { body: string; files: MailFile[] },
) {
  const attachmentIds: string[] = [];
  for (const file of content.files) {
    attachmentIds.push(
      (
        await storeAttachment(ctx, ctx.db, {
          threadId: ticketId,
          uploadedBy: actor.userId,
          name: file.name,
          contentType: file.contentType,
          bytes: file.bytes,
        })
      ).id,
    );
  }
  await replyToTicketUseCase(ctx, actor, ticketId, { body: content.body, attachmentIds }, 'email');
}

/**
 * The people a mail was also addressed to become CCs of its ticket when they are the account's own people (see
 * addCcsFromMail), with the event staff screens follow. Called after the mail's message is posted: the copied
 * people already have that mail, and as CCs they get the ticket's later messages like any CC.
 */
export async function copyAddresseesOnTicket(
  ctx: AppContext,
  ticket: { id: string; account_id: string },
  emails: string[],
  senderId: string,
  now: Date,
): Promise<string[]> {
  if (!emails.length) return [];
  return ctx.db.transaction(async (tx) => {
    const before = await ccIdsOf(tx, ticket.id);
    const added = await addCcsFromMail(tx, ticket, emails);
    if (!added.length) return added;
    // In the ticket's history like a CC change in the portal, by the person whose mail copied them.
    await insertTicketActivity(
      tx,
      ticket.id,
      senderId,
      { ccs: { from: before, to: [...before, ...added].sort() } },
      now,
    );
    await publishEvent(
      tx,
      { type: 'ticket.updated', accountId: ticket.account_id, audience: 'staff', data: { ticketId: ticket.id } },
      now,
    );
    return added;
  });
}

/**
 * An unknown sender under the 'create_customer' policy: a user without a password (they sign in with a magic
 * link or set a password through a reset) and an account of their own in the email segment, named after them,
 * with them as its admin. Audited like the other ways people and accounts are created. Two mails from the same
 * new address at the same instant: the second fails on the unique address and is retried by the sender (451).
 */
export async function createCustomerFromMail(
  ctx: AppContext,
  input: { email: string; displayName: string | null; segmentId: string },
  now: Date,
) {
  const userId = newId();
  const accountId = newId();
  const name = personNameOf(input.displayName, input.email);
  await ctx.db.transaction(async (tx) => {
    await insertUser(tx, { id: userId, email: input.email, name, passwordHash: null, staffRole: null });
    await insertAccount(tx, { id: accountId, name, segmentId: input.segmentId, now });
    await addMembership(tx, accountId, userId, 'account_admin');
    const actor = { id: userId, label: input.email };
    await recordAudit(tx, {
      action: 'user.created',
      actor,
      target: { type: 'user', id: userId, label: input.email },
      details: { via: 'inbound_email' },
      occurredAt: now,
    });
    await recordAudit(tx, {
      action: 'account.created',
      actor,
      target: { type: 'account', id: accountId, label: name },
      accountId,
      details: { via: 'inbound_email' },
      occurredAt: now,
    });
  });
  return { userId, accountId };
}
