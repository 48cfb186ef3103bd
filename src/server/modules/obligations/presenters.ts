import type { Obligation as ObligationDto } from '../../../contract/index.ts';
import { NO_DUE_KEY, type Obligation } from '../../platform/obligations.ts';

/**
 * A provider's item as the API shows it. Overdue: an all-day item once its day has passed (UTC), a timed one once
 * its time has.
 */
export function presentObligation(item: Obligation, module: string, now: Date): ObligationDto {
  const due = item.dueKey === NO_DUE_KEY ? null : item.dueKey;
  const dueDate = due && item.allDay ? due.slice(0, 10) : null;
  // An all-day item's key is the end of its day (for the order); the API shows its day and that day's midnight.
  const dueAt = dueDate ? `${dueDate}T00:00:00.000Z` : due ? new Date(due).toISOString() : null;
  const overdue = dueDate ? dueDate < now.toISOString().slice(0, 10) : dueAt ? dueAt < now.toISOString() : false;
  return {
    id: item.id,
    accountId: item.accountId,
    accountName: item.accountName,
    side: item.side,
    module,
    kind: item.kind,
    title: item.title,
    owner: item.ownerId && item.ownerName ? { id: item.ownerId, name: item.ownerName } : null,
    dueAt,
    dueDate,
    overdue,
    state: item.state,
    link: item.link,
  };
}
