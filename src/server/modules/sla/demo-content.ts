import type { TicketPriority } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { insertCalendar, insertPolicy } from './repository.ts';

/** Demo targets in business minutes: [first response, next response, resolution]. */
const CUSTOMER_TARGETS: Record<TicketPriority, [number, number, number]> = {
  urgent: [60, 120, 8 * 60],
  high: [4 * 60, 4 * 60, 2 * 8 * 60],
  normal: [8 * 60, 8 * 60, 5 * 8 * 60],
  low: [2 * 8 * 60, 2 * 8 * 60, 10 * 8 * 60],
};

/**
 * The Northwind demo: office hours in Paris (Monday to Friday, 09:00–12:30 and 13:30–18:00, French public holidays
 * of 2026–2027) for self-service customers, and around-the-clock targets for the client workspaces.
 */
export async function seedDemoSla(
  tx: Queryable,
  segments: { customersSegmentId: string; clientsSegmentId: string },
  now = new Date(),
) {
  const calendarId = newId();
  const hours = [1, 2, 3, 4, 5].flatMap((day) => [
    { day, start: '09:00', end: '12:30' },
    { day, start: '13:30', end: '18:00' },
  ]);
  const holidays = [
    ['2026-12-25', 'Christmas Day'],
    ['2027-01-01', 'New Year’s Day'],
    ['2027-03-29', 'Easter Monday'],
    ['2027-05-01', 'Labour Day'],
    ['2027-05-08', 'Victory in Europe Day'],
    ['2027-05-06', 'Ascension Day'],
    ['2027-05-17', 'Whit Monday'],
    ['2027-07-14', 'Bastille Day'],
    ['2027-08-15', 'Assumption of Mary'],
    ['2027-11-01', 'All Saints’ Day'],
    ['2027-11-11', 'Armistice Day'],
    ['2027-12-25', 'Christmas Day'],
  ].map(([day, name]) => ({ day: day!, name: name! }));
  await insertCalendar(tx, calendarId, { name: 'Paris office hours', timeZone: 'Europe/Paris', hours, holidays }, now);
  for (const [priority, [first, next, resolution]] of Object.entries(CUSTOMER_TARGETS) as [
    TicketPriority,
    [number, number, number],
  ][]) {
    await insertPolicy(
      tx,
      newId(),
      segments.customersSegmentId,
      priority,
      { calendarId, firstResponseMinutes: first, nextResponseMinutes: next, resolutionMinutes: resolution },
      now,
    );
  }
  await insertPolicy(
    tx,
    newId(),
    segments.clientsSegmentId,
    'urgent',
    { calendarId: null, firstResponseMinutes: 60, nextResponseMinutes: 4 * 60, resolutionMinutes: 24 * 60 },
    now,
  );
  await insertPolicy(
    tx,
    newId(),
    segments.clientsSegmentId,
    'high',
    { calendarId: null, firstResponseMinutes: 4 * 60, nextResponseMinutes: 8 * 60, resolutionMinutes: 3 * 24 * 60 },
    now,
  );
}
