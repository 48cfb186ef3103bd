import type { FileRequestStatus } from '../../../contract/index.ts';
import { formatDate, viewerTimeZone } from '../../i18n/index.ts';

/** A calendar date (YYYY-MM-DD) shown as a date: no time zone shifts it. */
export function formatDueDate(date: string): string {
  return formatDate(`${date}T12:00:00Z`, { timeZone: 'UTC' });
}

/** Today's calendar date in the viewer's time zone. */
export function todayInViewerZone(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: viewerTimeZone(),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

export function isOverdue(dueDate: string | null, status: FileRequestStatus): boolean {
  return Boolean(dueDate && (status === 'open' || status === 'returned') && dueDate < todayInViewerZone());
}

export function statusTone(status: FileRequestStatus): 'neutral' | 'success' | 'warning' {
  if (status === 'accepted') return 'success';
  if (status === 'returned' || status === 'submitted') return 'warning';
  return 'neutral';
}
