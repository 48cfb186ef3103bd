import type { Ticket } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { plainExcerpt } from '../conversations/index.ts';
import { presentSla } from './collaborators.ts';
import { ticketPolicy } from './policy.ts';
import type { TicketRow } from './repository.ts';

const person = (id: string | null, name: string | null, staff: boolean | null) =>
  id && name !== null ? { id, name, isStaff: Boolean(staff) } : null;

/** The API shape for the caller: customers never see assignee, group, tags, staff-only fields or who else is looking. */
export function presentTicket(row: TicketRow, actor: Actor, now: Date): Ticket {
  const staff = ticketPolicy.isStaff(actor);
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    accountId: row.account_id,
    accountName: row.account_name,
    segmentId: row.segment_id,
    requester: person(row.requester_id, row.requester_name, row.requester_staff),
    ccs: (row.ccs ?? []).map((cc) => ({ id: cc.id, name: cc.name, isStaff: cc.staff })),
    status: row.status,
    priority: row.priority,
    assignee: staff ? person(row.assignee_id, row.assignee_name, true) : null,
    group: staff && row.group_id && row.group_name !== null ? { id: row.group_id, name: row.group_name } : null,
    tags: staff ? row.tags : [],
    customFields: row.custom_fields,
    channel: row.channel,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    solvedAt: row.solved_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
    mergedIntoTicketId: row.merged_into,
    lastMessagePreview: row.last_body !== null ? plainExcerpt(row.last_body) : null,
    unreadCount: row.unread_count,
    sla: presentSla(row, now),
    rating: row.rating
      ? {
          ticketId: row.id,
          rating: row.rating.rating,
          comment: row.rating.comment,
          ratedAt: row.rating.rated_at ? new Date(row.rating.rated_at).toISOString() : null,
        }
      : null,
    presence: staff
      ? (row.presence ?? []).map((p) => ({
          user: { id: p.user_id, name: p.name, isStaff: true },
          state: p.state,
          expiresAt: new Date(p.expires_at).toISOString(),
        }))
      : [],
    version: row.version,
    abilities: ticketPolicy.abilities(actor, row, now),
  };
}
