import type {
  TicketActivity,
  TicketActivityChange,
  TicketActivityRef,
  TicketPriority,
  TicketStatus,
} from '../../../contract/index.ts';
import type { ActivityChanges, ActivityNames, ActivityRefs, ActivityRow } from './repository-activity.ts';

type FieldValue = string | number | null;

/** The ids a page of activity names, to read their current names in one query. */
export function refsOfActivity(rows: ActivityRow[]): ActivityRefs {
  const refs: ActivityRefs = { userIds: [], groupIds: [], fieldIds: [], ticketIds: [] };
  const add = (list: string[], ...ids: (string | null | undefined)[]) =>
    list.push(...ids.filter((id): id is string => Boolean(id)));
  for (const { changes } of rows) {
    add(
      refs.userIds,
      changes.assignee?.from,
      changes.assignee?.to,
      ...(changes.ccs?.from ?? []),
      ...(changes.ccs?.to ?? []),
    );
    add(refs.groupIds, changes.group?.from, changes.group?.to);
    add(refs.fieldIds, ...Object.keys(changes.customFields?.to ?? {}));
    add(refs.ticketIds, changes.mergedInto?.from, changes.mergedInto?.to);
  }
  return refs;
}

/** The stored changes as the API's list, in a fixed order (the order the console's side panel shows the fields). */
function presentChanges(changes: ActivityChanges, names: ActivityNames): TicketActivityChange[] {
  const ref =
    (map: Map<string, string>) =>
    (id: string | null): TicketActivityRef | null =>
      id === null ? null : { id, name: map.get(id) ?? null };
  const user = ref(names.users);
  const group = ref(names.groups);
  const ticket = (id: string | null) => (id === null ? null : { id, number: names.tickets.get(id) ?? null });
  const list: TicketActivityChange[] = [];
  if (changes.status)
    list.push({ field: 'status', from: changes.status.from as TicketStatus, to: changes.status.to as TicketStatus });
  if (changes.priority)
    list.push({
      field: 'priority',
      from: changes.priority.from as TicketPriority,
      to: changes.priority.to as TicketPriority,
    });
  if (changes.assignee)
    list.push({ field: 'assignee', from: user(changes.assignee.from), to: user(changes.assignee.to) });
  if (changes.group) list.push({ field: 'group', from: group(changes.group.from), to: group(changes.group.to) });
  if (changes.tags) list.push({ field: 'tags', from: changes.tags.from, to: changes.tags.to });
  if (changes.customFields) {
    const { from, to } = changes.customFields;
    for (const fieldId of Object.keys(to)) {
      list.push({
        field: 'customField',
        customField: { id: fieldId, name: names.fields.get(fieldId) ?? null },
        from: (from[fieldId] ?? null) as FieldValue,
        to: (to[fieldId] ?? null) as FieldValue,
      });
    }
  }
  if (changes.subject) list.push({ field: 'subject', from: changes.subject.from, to: changes.subject.to });
  if (changes.ccs)
    list.push({
      field: 'ccs',
      from: changes.ccs.from.map((id) => user(id)!),
      to: changes.ccs.to.map((id) => user(id)!),
    });
  if (changes.mergedInto)
    list.push({ field: 'mergedInto', from: ticket(changes.mergedInto.from), to: ticket(changes.mergedInto.to) });
  return list;
}

/** One activity row for staff (the only readers: the route is staff-only). Actor null: the system. */
export function presentTicketActivity(row: ActivityRow, names: ActivityNames): TicketActivity {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    occurredAt: row.occurred_at.toISOString(),
    actor: row.actor_id && row.actor_name !== null ? { id: row.actor_id, name: row.actor_name } : null,
    changes: presentChanges(row.changes, names),
  };
}
