import type { Ticket, TicketPriority, TicketStatus } from '../../../../contract/index.ts';
import { formatNumber, t, type MessageKey } from '../../../i18n/index.ts';

export const STATUSES: readonly TicketStatus[] = ['new', 'open', 'pending_customer', 'on_hold', 'solved', 'closed'];
export const PRIORITIES: readonly TicketPriority[] = ['low', 'normal', 'high', 'urgent'];

export function statusLabel(status: TicketStatus): string {
  return t(`tc.status.${status}` as MessageKey);
}

export function priorityLabel(priority: TicketPriority): string {
  return t(`tc.priority.${priority}` as MessageKey);
}

/** A capped count: "1,000+" when the server stopped counting. */
export function countLabel(counts: { total: number; capped: boolean; cap: number } | undefined): string {
  if (!counts) return '';
  return counts.capped ? `${formatNumber(counts.cap)}+` : formatNumber(counts.total);
}

export type DueTone = 'breached' | 'soon' | 'ok' | 'none';

const HOUR_MS = 3_600_000;

/** How urgent the ticket's soonest running SLA target is: red when breached, amber within the hour. */
export function dueTone(sla: Ticket['sla'], now: number = Date.now()): DueTone {
  if (sla.targets.some((target) => target.breached && target.metAt === null)) return 'breached';
  if (!sla.dueAt) return 'none';
  const left = new Date(sla.dueAt).getTime() - now;
  if (left < 0) return 'breached';
  return left <= HOUR_MS ? 'soon' : 'ok';
}

/** "2 h 30 min" from minutes (SLA targets, report medians). */
export function formatMinutes(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return '—';
  const rounded = Math.round(minutes);
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  if (hours === 0) return t('tc.duration.minutes', { minutes: rest });
  if (rest === 0) return t('tc.duration.hours', { hours });
  return t('tc.duration.hoursMinutes', { hours, minutes: rest });
}

export function isAdmin(role: string | null | undefined): boolean {
  return role === 'owner' || role === 'admin';
}
