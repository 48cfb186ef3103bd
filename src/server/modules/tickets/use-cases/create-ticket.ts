import type { CreateTicket } from '../../../../contract/index.ts';
import { takeUploadBudget } from '../../../platform/security/limits.ts';
import { authorUserIdOf, requireModule, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { fieldError, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { emitWebhookEvent } from '../../../platform/webhook-events.ts';
import { publishEvent } from '../../../platform/realtime/index.ts';
import { applySla, markFormSessionUsed } from '../collaborators.ts';
import { mergeCustomFields } from '../custom-fields.ts';
import { queueTicketReceivedEmail } from '../emails.ts';
import {
  insertTicketThread,
  messageAuthorForRequester,
  postTicketMessage,
  prepareTicketMessage,
  uploadFirstMessageAttachment,
} from '../engine.ts';
import { STAFF_ONLY_FIELDS } from '../policy.ts';
import { fieldsOfSegment, findGroup } from '../repository-admin.ts';
import {
  addRequester,
  emailOfMember,
  findAccountForTickets,
  insertTicket,
  membersOfAccount,
  setCcs,
  staffWhoSeeAccount,
} from '../repository.ts';
import { notAllowed, presentTicketById, viewerOf } from './load.ts';

export type TicketChannel = 'web' | 'api' | 'email';

/** The account a new ticket (or a file for it) goes to: in the caller's scope (else 404) and with tickets on (else 403). */
async function ticketAccountFor(ctx: AppContext, actor: Actor, requested: string | undefined) {
  // Customers default to the active account; an API token has no session, so then to their only account.
  const onlyAccount = actor.memberships.size === 1 ? [...actor.memberships.keys()][0]! : null;
  const accountId = requested ?? (actor.staffRole !== null ? null : (actor.activeAccountId ?? onlyAccount));
  if (!accountId) throw fieldError('accountId', 'required', 'Choose the account this ticket is for.');
  // People: from their session, before the lookup (their scope leaves such an account out, which would read 404).
  requireModule(actor, accountId, 'tickets');
  const account = await findAccountForTickets(ctx.db, viewerOf(actor).scope, accountId);
  if (!account) throw notFound();
  requireModule(actor, accountId, 'tickets', account.modules);
  return { accountId, account };
}

/**
 * Who writes the first message. A person writes their own; an integration (a service token) files the ticket for
 * its requester, who is then the message's author, as when they write in by email (the thread's maker is the
 * integration person; its later replies are its own). Its uploads and form sessions are its own, not the
 * requester's, so they are refused rather than attached to someone else's message.
 */
async function messageAuthorOf(
  ctx: AppContext,
  actor: Actor,
  requesterId: string | null,
  input: Pick<CreateTicket, 'attachmentIds' | 'formSessionId'>,
): Promise<Actor> {
  if (!actor.serviceToken) return actor;
  if (input.attachmentIds?.length)
    throw fieldError('attachmentIds', 'not_for_integrations', 'An integration cannot attach files to a new ticket.');
  if (input.formSessionId)
    throw fieldError('formSessionId', 'not_for_integrations', 'An integration cannot file a form’s ticket.');
  const author = requesterId ? await messageAuthorForRequester(ctx.db, requesterId) : null;
  if (!author) throw fieldError('requesterId', 'not_member', 'The requester must be a person of this account.');
  return author;
}

/** A file for a new ticket's description, uploaded before the ticket exists; CreateTicket.attachmentIds attaches it. */
export async function uploadNewTicketAttachmentUseCase(
  ctx: AppContext,
  actor: Actor,
  input: { accountId?: string; name: string; contentType: string | undefined; body: unknown },
) {
  const { accountId } = await ticketAccountFor(ctx, actor, input.accountId);
  await takeUploadBudget(ctx, actor.userId, accountId);
  return uploadFirstMessageAttachment(ctx, actor, accountId, input.name, input.contentType, input.body);
}

/**
 * A ticket starts with its first message, in one transaction: thread, message (through the conversations
 * engine), ticket row, participants, SLA clocks and the form session that led here.
 */
export async function createTicketUseCase(
  ctx: AppContext,
  actor: Actor,
  input: CreateTicket,
  channel: TicketChannel,
  /**
   * `later`: the segment's required fields are left for the agent. For tickets another module opens from what the
   * customer already sent (a form's answers): refusing it then would lose the request after it was accepted.
   */
  options: { requiredFields?: 'now' | 'later' } = {},
) {
  const staff = actor.staffRole !== null;
  if (!staff) {
    const refused = STAFF_ONLY_FIELDS.find((field) => input[field] !== undefined);
    if (refused) throw notAllowed(refused);
  }
  const { accountId, account } = await ticketAccountFor(ctx, actor, input.accountId);

  let requesterId: string | null = actor.userId;
  if (staff) {
    if (!input.requesterId) throw fieldError('requesterId', 'required', 'Choose the customer this ticket is for.');
    if ((await membersOfAccount(ctx.db, accountId, [input.requesterId])).length !== 1)
      throw fieldError('requesterId', 'not_member', 'The requester must be a person of this account.');
    requesterId = input.requesterId;
  }
  const author = await messageAuthorOf(ctx, actor, requesterId, input);
  const ccIds = [...new Set(input.ccUserIds ?? [])].filter((id) => id !== requesterId);
  if (ccIds.length && (await membersOfAccount(ctx.db, accountId, ccIds)).length !== ccIds.length) {
    throw fieldError('ccUserIds', 'not_member', 'You can copy only people of the same account.');
  }
  if (input.assigneeId && (await staffWhoSeeAccount(ctx.db, accountId, [input.assigneeId])).length !== 1) {
    throw fieldError('assigneeId', 'not_assignable', 'Assign the ticket to staff who can see this account.');
  }
  if (input.groupId && !(await findGroup(ctx.db, input.groupId)))
    throw fieldError('groupId', 'not_found', 'This group does not exist.');
  const fields = await fieldsOfSegment(ctx.db, account.segment_id);
  const customFields = mergeCustomFields(fields, {}, input.customFields ?? {}, {
    customer: !staff,
    creating: options.requiredFields !== 'later',
  });

  const ticketId = newId();
  const now = ctx.clock.now();
  const thread = { id: ticketId, account_id: accountId, created_by: authorUserIdOf(actor), subject: input.subject };
  const prepared = await prepareTicketMessage(
    ctx,
    author,
    thread,
    { body: input.body, attachmentIds: input.attachmentIds },
    now,
  );
  await ctx.db.transaction(async (tx) => {
    await insertTicketThread(tx, {
      id: ticketId,
      accountId,
      subject: input.subject,
      createdBy: thread.created_by,
      now,
    });
    const number = await insertTicket(tx, {
      id: ticketId,
      accountId,
      segmentId: account.segment_id,
      requesterId,
      status: input.status ?? 'new',
      priority: input.priority ?? 'normal',
      assigneeId: input.assigneeId ?? null,
      groupId: input.groupId ?? null,
      tags: [...new Set(input.tags ?? [])],
      customFields,
      channel,
      now,
    });
    if (requesterId) await addRequester(tx, ticketId, requesterId);
    if (ccIds.length) await setCcs(tx, ticketId, ccIds);
    await postTicketMessage(ctx, tx, author, thread, prepared, now, channel === 'email' ? 'email' : 'web');
    await applySla(tx, ticketId, { kind: 'created' }, now);
    if (input.formSessionId) await markFormSessionUsed(tx, input.formSessionId, actor.userId, ticketId, now);
    await publishEvent(
      tx,
      { type: 'ticket.created', accountId, audience: 'staff', data: { ticketId, number, subject: input.subject } },
      now,
    );
    await emitWebhookEvent(
      tx,
      {
        type: 'ticket.created',
        accountId,
        data: {
          ticketId,
          number: Number(number),
          subject: input.subject,
          status: input.status ?? 'new',
          priority: input.priority ?? 'normal',
          channel,
          requesterId,
        },
      },
      now,
    );
    // The requester is told their request is in, with an address that threads replies into it; queued with the
    // ticket (email intake stores the mail's files before, so the ticket and its confirmation are complete).
    const requesterEmail = requesterId ? await emailOfMember(tx, accountId, requesterId) : null;
    if (requesterEmail && requesterId) {
      await queueTicketReceivedEmail(ctx, tx, {
        ticket: { id: ticketId, accountId, number: Number(number), subject: input.subject },
        requester: { id: requesterId, email: requesterEmail },
      });
    }
  });
  return presentTicketById(ctx, actor, ticketId);
}
