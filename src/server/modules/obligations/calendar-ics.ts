import ical, { ICalCalendarMethod } from 'ical-generator';
import { NO_DUE_KEY, type Obligation } from '../../platform/obligations.ts';

/**
 * An iCalendar (RFC 5545) feed of obligations, by ical-generator (escaping, line folding, UTC times). All-day items
 * are one-day all-day events; timed ones (an SLA due time) are a point in time. The UID is the object's id, so a
 * calendar app updates an event when its due date moves instead of adding another.
 */
export function renderCalendar(items: Obligation[], options: { baseUrl: string; ownerName: string; now: Date }) {
  const calendar = ical({
    name: `Portico: ${options.ownerName}`,
    prodId: { company: 'Portico', product: 'obligations' },
  });
  calendar.method(ICalCalendarMethod.PUBLISH);
  for (const item of items) {
    if (item.dueKey === NO_DUE_KEY) continue;
    // An all-day item's key is the end of its day; its event is that whole day.
    const start = new Date(item.allDay ? `${item.dueKey.slice(0, 10)}T00:00:00Z` : item.dueKey);
    calendar.createEvent({
      id: `${item.kind}-${item.id}@portico`,
      start,
      ...(item.allDay ? { allDay: true } : { end: start }),
      stamp: options.now,
      summary: `${item.title} (${item.accountName})`,
      url: `${options.baseUrl}${item.link}`,
    });
  }
  return calendar.toString();
}
