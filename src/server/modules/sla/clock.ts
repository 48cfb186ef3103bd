/*
 * The SLA clock: what Portico promises and how it is measured.
 *
 * A ticket's SLA policy is the one for its segment and priority. Targets are business minutes of the policy's
 * calendar (no calendar: around the clock), copied onto the ticket when the policy applies (creation and priority
 * change), so editing a policy later changes only tickets created or re-prioritised afterwards.
 *
 * - First response: due = created_at + target. Met by the first public agent reply (result row).
 * - Next response: starts when the customer replies to a ticket that already had a first response (due = reply +
 *   target); met by the next public agent reply. Not running while the ticket waits on the customer.
 * - Resolution: runs from creation while the ticket is new, open or on hold. Pending customer PAUSES it: the
 *   business minutes used so far are kept (resolution_used_minutes) and the due time is cleared; leaving pending
 *   (or reopening a solved ticket) resumes it with due = now + (target − used). Solved/closed meets it (result row).
 * - A due time is null while its clock is not running (met, paused or no target). A result row is "breached" when
 *   the target was met late. Solving clears every due time.
 *
 * Callers: the tickets module, inside its transaction. A reply event may come before or after the status change
 * the reply causes (agent_replied does not need first_response_at written yet; a customer reply to a solved ticket
 * starts the next-response clock either way); status_changed must come after the status is written.
 */
import type { SlaMetric, TicketStatus } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { addBusinessMinutes, businessMinutesBetween, type BusinessHoursCalendar } from './business-hours.ts';
import {
  findPolicyFor,
  insertSlaResult,
  loadBusinessCalendar,
  unsafeLockTicketClock,
  unsafeWriteTicketClock,
  type TicketClockRow,
  type TicketClockState,
} from './repository.ts';

export type SlaEvent =
  | { kind: 'created' }
  | { kind: 'priority_changed' }
  | { kind: 'agent_replied' }
  | { kind: 'customer_replied' }
  | { kind: 'status_changed'; from: TicketStatus; to: TicketStatus };

const RUNNING_STATUSES: ReadonlySet<TicketStatus> = new Set(['new', 'open', 'on_hold']);
const DONE_STATUSES: ReadonlySet<TicketStatus> = new Set(['solved', 'closed']);

/** Due time for what is left of a target; when nothing is left the due time is already past (plain minutes back). */
function dueAfter(now: Date, remainingMinutes: number, calendar: BusinessHoursCalendar | null): Date {
  if (remainingMinutes <= 0) return new Date(now.getTime() + remainingMinutes * 60_000);
  return addBusinessMinutes(now, remainingMinutes, calendar);
}

class ClockRun {
  readonly state: TicketClockState;
  private calendar: BusinessHoursCalendar | null = null;
  private readonly results: { metric: SlaMetric; dueAt: Date; metAt: Date; breached: boolean }[] = [];

  constructor(
    private readonly tx: Queryable,
    readonly ticket: TicketClockRow,
    private readonly now: Date,
  ) {
    const {
      thread_id: _id,
      segment_id: _segment,
      priority: _priority,
      status: _status,
      created_at: _created,
      first_response_at: _first,
      ...state
    } = ticket;
    this.state = state;
  }

  async loadCalendar() {
    this.calendar = await loadBusinessCalendar(this.tx, this.state.sla_calendar_id);
  }

  /** Stops the resolution clock, adding the business minutes of the current run to those used. */
  private stopResolution() {
    const since = this.state.resolution_running_since;
    if (!since) return;
    this.state.resolution_used_minutes += Math.round(businessMinutesBetween(since, this.now, this.calendar));
    this.state.resolution_running_since = null;
    this.state.resolution_due_at = null;
  }

  private startResolution() {
    this.state.resolution_running_since = this.now;
    const target = this.state.resolution_target_minutes;
    this.state.resolution_due_at =
      target === null ? null : dueAfter(this.now, target - this.state.resolution_used_minutes, this.calendar);
  }

  /** (Re)applies the policy for the ticket's segment and priority; used minutes so far are kept. */
  async applyPolicy(isCreation: boolean) {
    const running = isCreation
      ? RUNNING_STATUSES.has(this.ticket.status)
      : this.state.resolution_running_since !== null;
    if (!isCreation) this.stopResolution(); // counted in the calendar in force until now
    const policy = await findPolicyFor(this.tx, this.ticket.segment_id, this.ticket.priority);
    Object.assign(this.state, {
      sla_policy_id: policy?.id ?? null,
      sla_calendar_id: policy?.calendar_id ?? null,
      first_response_target_minutes: policy?.first_response_minutes ?? null,
      next_response_target_minutes: policy?.next_response_minutes ?? null,
      resolution_target_minutes: policy?.resolution_minutes ?? null,
    });
    await this.loadCalendar();
    const firstTarget = this.state.first_response_target_minutes;
    this.state.first_response_due_at =
      firstTarget !== null && this.ticket.first_response_at === null && !DONE_STATUSES.has(this.ticket.status)
        ? addBusinessMinutes(this.ticket.created_at, firstTarget, this.calendar)
        : null;
    // A running next-response clock keeps its due time (its start is not stored); it stops if the new policy has none.
    if (this.state.next_response_target_minutes === null) this.state.next_response_due_at = null;
    if (running) this.startResolution();
    else this.state.resolution_due_at = null;
  }

  private meet(metric: SlaMetric, dueAt: Date, metAt: Date, breached = metAt.getTime() > dueAt.getTime()) {
    this.results.push({ metric, dueAt, metAt, breached });
  }

  agentReplied() {
    // This reply is the first response when none was met yet (first_response_at may or may not be written already).
    if (this.state.first_response_due_at) {
      this.meet('first_response', this.state.first_response_due_at, this.ticket.first_response_at ?? this.now);
      this.state.first_response_due_at = null;
    }
    if (this.state.next_response_due_at) {
      this.meet('next_response', this.state.next_response_due_at, this.now);
      this.state.next_response_due_at = null;
    }
  }

  customerReplied() {
    const target = this.state.next_response_target_minutes;
    if (target === null || this.ticket.first_response_at === null || this.state.next_response_due_at !== null) return;
    // A reply to a solved ticket reopens it (before or after this event); a closed ticket takes no replies.
    if (this.ticket.status === 'closed') return;
    this.state.next_response_due_at = addBusinessMinutes(this.now, target, this.calendar);
  }

  statusChanged(from: TicketStatus, to: TicketStatus) {
    if (from === to) return;
    if (to === 'pending_customer') {
      this.stopResolution();
      this.state.next_response_due_at = null;
    } else if (RUNNING_STATUSES.has(to)) {
      if (this.state.resolution_running_since === null) this.startResolution();
    } else if (DONE_STATUSES.has(to)) {
      this.resolve(from);
    }
  }

  /** Solved or closed: the resolution target is met, whether its clock ran or was paused (solved -> closed adds nothing). */
  private resolve(from: TicketStatus) {
    const target = this.state.resolution_target_minutes;
    const unfinished = this.state.resolution_running_since !== null || from === 'pending_customer';
    const runningDue = this.state.resolution_due_at;
    this.stopResolution();
    if (target !== null && unfinished) {
      const used = this.state.resolution_used_minutes;
      // Paused (solved from pending): the due time is where it would be had the clock resumed now.
      const dueAt = runningDue ?? dueAfter(this.now, target - used, this.calendar);
      this.meet('resolution', dueAt, this.now, runningDue ? this.now > runningDue : used > target);
    }
    this.state.first_response_due_at = null;
    this.state.next_response_due_at = null;
    this.state.resolution_due_at = null;
  }

  async save() {
    await unsafeWriteTicketClock(this.tx, this.ticket.thread_id, this.state);
    for (const result of this.results)
      await insertSlaResult(this.tx, { ticketId: this.ticket.thread_id, segmentId: this.ticket.segment_id, ...result });
  }
}

/** Moves the ticket's SLA clocks for one event. Writes only the SLA columns and ticket_sla_results. */
export async function applySlaEvent(tx: Queryable, ticketId: string, event: SlaEvent, now: Date): Promise<void> {
  const ticket = await unsafeLockTicketClock(tx, ticketId);
  if (!ticket) return;
  const run = new ClockRun(tx, ticket, now);
  switch (event.kind) {
    case 'created':
      await run.applyPolicy(true);
      break;
    case 'priority_changed':
      await run.loadCalendar();
      await run.applyPolicy(false);
      break;
    case 'agent_replied':
      run.agentReplied();
      break;
    case 'customer_replied':
      await run.loadCalendar();
      run.customerReplied();
      break;
    case 'status_changed':
      await run.loadCalendar();
      run.statusChanged(event.from, event.to);
      break;
  }
  await run.save();
}
