import type { SlaMetric, TicketPriority, TicketStatus } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import type { BusinessHoursCalendar, WorkingInterval } from './business-hours.ts';

/*
 * Calendars and policies are portal configuration, the same for every account and read by staff only: no account
 * scope applies to them. The ticket functions at the bottom are called by the tickets module inside its own
 * transaction, on a ticket it has already authorized (hence "unsafe": they take no scope).
 */

export interface CalendarRow {
  id: string;
  name: string;
  time_zone: string;
  hours: WorkingInterval[];
  holidays: { day: string; name: string }[];
  version: number;
}

const SELECT_CALENDAR = `SELECT c.id, c.name, c.time_zone, c.hours, c.version,
  COALESCE((SELECT json_agg(json_build_object('day', to_char(h.day, 'YYYY-MM-DD'), 'name', h.name) ORDER BY h.day)
    FROM business_holidays h WHERE h.calendar_id = c.id), '[]'::json) AS holidays
  FROM business_calendars c`;

export async function listCalendars(db: Queryable): Promise<CalendarRow[]> {
  return (await db.query<CalendarRow>(`${SELECT_CALENDAR} ORDER BY lower(c.name), c.id`)).rows;
}

export async function findCalendar(db: Queryable, id: string): Promise<CalendarRow | null> {
  return (await db.query<CalendarRow>(`${SELECT_CALENDAR} WHERE c.id = $1`, [id])).rows[0] ?? null;
}

export interface CalendarFields {
  name: string;
  timeZone: string;
  hours: WorkingInterval[];
  holidays: { day: string; name: string }[];
}

async function replaceHolidays(db: Queryable, id: string, holidays: CalendarFields['holidays']) {
  await db.query('DELETE FROM business_holidays WHERE calendar_id = $1', [id]);
  if (holidays.length === 0) return;
  await db.query(
    `INSERT INTO business_holidays (calendar_id, day, name)
     SELECT $1, h.day::date, h.name FROM json_to_recordset($2::json) AS h(day text, name text)`,
    [id, JSON.stringify(holidays)],
  );
}

export async function insertCalendar(db: Queryable, id: string, fields: CalendarFields, now: Date) {
  await db.query(
    'INSERT INTO business_calendars (id, name, time_zone, hours, created_at) VALUES ($1, $2, $3, $4, $5)',
    [id, fields.name, fields.timeZone, JSON.stringify(fields.hours), now],
  );
  await replaceHolidays(db, id, fields.holidays);
}

/** False when the version is stale (or the calendar is gone). Holidays are replaced when given. */
export async function updateCalendar(
  db: Queryable,
  id: string,
  fields: Partial<CalendarFields>,
  expectedVersion: number | null,
) {
  const { rowCount } = await db.query(
    `UPDATE business_calendars SET name = COALESCE($2, name), time_zone = COALESCE($3, time_zone), hours = COALESCE($4::jsonb, hours),
       version = version + 1
     WHERE id = $1 AND ($5::int IS NULL OR version = $5)`,
    [
      id,
      fields.name ?? null,
      fields.timeZone ?? null,
      fields.hours ? JSON.stringify(fields.hours) : null,
      expectedVersion,
    ],
  );
  if (rowCount === 0) return false;
  if (fields.holidays) await replaceHolidays(db, id, fields.holidays);
  return true;
}

/** Policies using the calendar fall back to around the clock (ON DELETE SET NULL), as do tickets that copied it. */
export async function deleteCalendar(db: Queryable, id: string) {
  return ((await db.query('DELETE FROM business_calendars WHERE id = $1', [id])).rowCount ?? 0) > 0;
}

export interface PolicyRow {
  id: string;
  segment_id: string;
  priority: TicketPriority;
  calendar_id: string | null;
  first_response_minutes: number | null;
  next_response_minutes: number | null;
  resolution_minutes: number | null;
  version: number;
}

const SELECT_POLICY = `SELECT p.id, p.segment_id, p.priority, p.calendar_id, p.first_response_minutes, p.next_response_minutes,
  p.resolution_minutes, p.version FROM sla_policies p`;
const PRIORITY_ORDER = `array_position(ARRAY['urgent', 'high', 'normal', 'low'], p.priority)`;

export async function listPolicies(db: Queryable, segmentId: string | null): Promise<PolicyRow[]> {
  return (
    await db.query<PolicyRow>(
      `${SELECT_POLICY} WHERE ($1::uuid IS NULL OR p.segment_id = $1) ORDER BY p.segment_id, ${PRIORITY_ORDER}`,
      [segmentId],
    )
  ).rows;
}

export async function findPolicy(db: Queryable, id: string): Promise<PolicyRow | null> {
  return (await db.query<PolicyRow>(`${SELECT_POLICY} WHERE p.id = $1`, [id])).rows[0] ?? null;
}

export interface PolicyFields {
  calendarId: string | null;
  firstResponseMinutes: number | null;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
}

/** False when a policy already exists for the segment and priority (the unique index decides, race-free). */
export async function insertPolicy(
  db: Queryable,
  id: string,
  segmentId: string,
  priority: TicketPriority,
  fields: PolicyFields,
  now: Date,
) {
  const { rowCount } = await db.query(
    `INSERT INTO sla_policies (id, segment_id, priority, calendar_id, first_response_minutes, next_response_minutes, resolution_minutes, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (segment_id, priority) DO NOTHING`,
    [
      id,
      segmentId,
      priority,
      fields.calendarId,
      fields.firstResponseMinutes,
      fields.nextResponseMinutes,
      fields.resolutionMinutes,
      now,
    ],
  );
  return (rowCount ?? 0) > 0;
}

/** False when the version is stale (or the policy is gone). */
export async function updatePolicy(db: Queryable, id: string, fields: PolicyFields, expectedVersion: number | null) {
  const { rowCount } = await db.query(
    `UPDATE sla_policies SET calendar_id = $2, first_response_minutes = $3, next_response_minutes = $4, resolution_minutes = $5, version = version + 1
     WHERE id = $1 AND ($6::int IS NULL OR version = $6)`,
    [
      id,
      fields.calendarId,
      fields.firstResponseMinutes,
      fields.nextResponseMinutes,
      fields.resolutionMinutes,
      expectedVersion,
    ],
  );
  return (rowCount ?? 0) > 0;
}

export async function deletePolicy(db: Queryable, id: string) {
  return ((await db.query('DELETE FROM sla_policies WHERE id = $1', [id])).rowCount ?? 0) > 0;
}

export async function segmentExists(db: Queryable, id: string) {
  return (await db.query('SELECT 1 FROM segments WHERE id = $1', [id])).rows.length > 0;
}

// ---- The clock's reads and writes on one ticket ----

export interface TicketClockRow {
  thread_id: string;
  segment_id: string;
  priority: TicketPriority;
  status: TicketStatus;
  created_at: Date;
  first_response_at: Date | null;
  sla_policy_id: string | null;
  sla_calendar_id: string | null;
  first_response_target_minutes: number | null;
  next_response_target_minutes: number | null;
  resolution_target_minutes: number | null;
  first_response_due_at: Date | null;
  next_response_due_at: Date | null;
  resolution_due_at: Date | null;
  resolution_used_minutes: number;
  resolution_running_since: Date | null;
}

export type TicketClockState = Omit<
  TicketClockRow,
  'thread_id' | 'segment_id' | 'priority' | 'status' | 'created_at' | 'first_response_at'
>;

/** Locks the ticket row for the rest of the caller's transaction. */
export async function unsafeLockTicketClock(tx: Queryable, ticketId: string): Promise<TicketClockRow | null> {
  const { rows } = await tx.query<TicketClockRow>(
    `SELECT thread_id, segment_id, priority, status, created_at, first_response_at, sla_policy_id, sla_calendar_id,
       first_response_target_minutes, next_response_target_minutes, resolution_target_minutes,
       first_response_due_at, next_response_due_at, resolution_due_at, resolution_used_minutes, resolution_running_since
     FROM tickets WHERE thread_id = $1 FOR UPDATE`,
    [ticketId],
  );
  return rows[0] ?? null;
}

export async function unsafeWriteTicketClock(tx: Queryable, ticketId: string, state: TicketClockState) {
  await tx.query(
    `UPDATE tickets SET sla_policy_id = $2, sla_calendar_id = $3, first_response_target_minutes = $4, next_response_target_minutes = $5,
       resolution_target_minutes = $6, first_response_due_at = $7, next_response_due_at = $8, resolution_due_at = $9,
       resolution_used_minutes = $10, resolution_running_since = $11
     WHERE thread_id = $1`,
    [
      ticketId,
      state.sla_policy_id,
      state.sla_calendar_id,
      state.first_response_target_minutes,
      state.next_response_target_minutes,
      state.resolution_target_minutes,
      state.first_response_due_at,
      state.next_response_due_at,
      state.resolution_due_at,
      state.resolution_used_minutes,
      state.resolution_running_since,
    ],
  );
}

export async function insertSlaResult(
  tx: Queryable,
  result: { ticketId: string; metric: SlaMetric; dueAt: Date; metAt: Date; breached: boolean; segmentId: string },
) {
  await tx.query(
    `INSERT INTO ticket_sla_results (ticket_id, metric, due_at, met_at, breached, segment_id) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (ticket_id, metric, met_at) DO NOTHING`,
    [result.ticketId, result.metric, result.dueAt, result.metAt, result.breached, result.segmentId],
  );
}

export async function findPolicyFor(
  tx: Queryable,
  segmentId: string,
  priority: TicketPriority,
): Promise<PolicyRow | null> {
  return (
    (await tx.query<PolicyRow>(`${SELECT_POLICY} WHERE p.segment_id = $1 AND p.priority = $2`, [segmentId, priority]))
      .rows[0] ?? null
  );
}

/** The calendar as the business-hours functions take it; null (around the clock) when missing or without hours. */
export async function loadBusinessCalendar(db: Queryable, id: string | null): Promise<BusinessHoursCalendar | null> {
  if (!id) return null;
  const row = await findCalendar(db, id);
  if (!row || row.hours.length === 0) return null;
  return { timeZone: row.time_zone, hours: row.hours, holidays: new Set(row.holidays.map((holiday) => holiday.day)) };
}
