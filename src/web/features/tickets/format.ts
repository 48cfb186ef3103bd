import type { Ticket, TicketPriority, TicketStatus } from '../../../contract/index.ts';
import { formatDateTime, t, viewerLocale, viewerTimeZone } from '../../i18n/index.ts';

/** Shared by the portal and the console: labels and how due times read in the viewer's time zone. */

export function statusLabel(status: TicketStatus): string {
  return t(`tickets.status.${status}`);
}

export function priorityLabel(priority: TicketPriority): string {
  return t(`tickets.priority.${priority}`);
}

/** The badge tone a status gets: waiting on the customer stands out, done is green. */
export function statusTone(status: TicketStatus): 'neutral' | 'success' | 'warning' {
  if (status === 'pending_customer') return 'warning';
  if (status === 'solved' || status === 'closed') return 'success';
  return 'neutral';
}

export function isDone(status: TicketStatus): boolean {
  return status === 'solved' || status === 'closed';
}

export function ticketNumber(ticket: Pick<Ticket, 'number'>): string {
  return t('tickets.number', { number: String(ticket.number) });
}

function sameDay(a: Date, b: Date, timeZone: string): boolean {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return day.format(a) === day.format(b);
}

/**
 * A due time for people: "3:30 PM" today, "Tue 3:30 PM" within a week, the full date beyond, always in the viewer's
 * time zone with its short name (e.g. "CET") so that "by 5 PM" is never ambiguous.
 */
export function formatDue(value: string, now: Date = new Date()): string {
  const due = new Date(value);
  const timeZone = viewerTimeZone();
  const days = Math.abs(due.getTime() - now.getTime()) / 86_400_000;
  const options: Intl.DateTimeFormatOptions = sameDay(due, now, timeZone)
    ? { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }
    : days < 6
      ? { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }
      : { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };
  return new Intl.DateTimeFormat(viewerLocale(), { timeZone, ...options }).format(due);
}

/** The customer's promise line ("We'll reply by …"), or null when no clock is running or the ticket is done. */
export function replyByLine(ticket: Pick<Ticket, 'status' | 'sla'>, now: Date = new Date()): string | null {
  if (!ticket.sla.dueAt || isDone(ticket.status)) return null;
  const time = formatDue(ticket.sla.dueAt, now);
  return new Date(ticket.sla.dueAt).getTime() < now.getTime()
    ? t('tickets.replyByOverdue', { time })
    : t('tickets.replyBy', { time });
}

/** Minutes as "2 h 30 min" / "3 d" for SLA targets (console). */
export function formatMinutes(minutes: number): string {
  const unit = (value: number, name: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(viewerLocale(), { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  if (minutes % 1440 === 0) return unit(minutes / 1440, 'day');
  if (minutes >= 60) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return rest ? `${unit(hours, 'hour')} ${unit(rest, 'minute')}` : unit(hours, 'hour');
  }
  return unit(minutes, 'minute');
}

export { formatDateTime };
