import { describe, expect, it } from 'vitest';
import {
  compareObligations,
  mergeObligationPages,
  NO_DUE_KEY,
  type Obligation,
} from '../../src/server/platform/obligations.ts';
import { presentObligation } from '../../src/server/modules/obligations/presenters.ts';
import { renderCalendar } from '../../src/server/modules/obligations/calendar-ics.ts';

const item = (id: string, dueKey: string, extra: Partial<Obligation> = {}): Obligation => ({
  id: `00000000-0000-7000-8000-00000000000${id}`,
  dueKey,
  accountId: '00000000-0000-7000-8000-0000000000aa',
  accountName: 'Acme',
  side: 'firm',
  kind: 'task',
  title: `Item ${id}`,
  ownerId: null,
  ownerName: null,
  allDay: true,
  state: 'todo',
  link: `/tasks/${id}`,
  ...extra,
});

describe('merging the providers’ pages', () => {
  it('orders by due time (overdue first), then id, with undated items last; a day’s task after its timed items', () => {
    // A task due on the 1st is due by the end of that day: after tickets due at midnight and at 09:30 that day.
    const tasks = [item('1', '2026-12-01T23:59:59.999999Z'), item('4', NO_DUE_KEY)];
    const timed = { allDay: false };
    const tickets = [item('2', '2026-12-01T00:00:00.000000Z', timed), item('3', '2026-12-01T09:30:00.000000Z', timed)];
    const { items, more } = mergeObligationPages([tasks, tickets], 10);
    expect(items.map((entry) => entry.title)).toEqual(['Item 2', 'Item 3', 'Item 1', 'Item 4']);
    expect(more).toBe(false);
  });

  it('cuts at the limit and says more follow', () => {
    const { items, more } = mergeObligationPages(
      [[item('1', '2026-12-02T00:00:00.000000Z')], [item('2', '2026-12-01T00:00:00.000000Z')]],
      1,
    );
    expect(items.map((entry) => entry.title)).toEqual(['Item 2']);
    expect(more).toBe(true);
  });

  it('compares keys like the SQL order', () => {
    expect(compareObligations(item('1', '2026-12-01T00:00:00.000000Z'), item('2', '2026-12-01T00:00:00.000001Z'))).toBe(
      -1,
    );
    expect(compareObligations(item('2', NO_DUE_KEY), item('1', NO_DUE_KEY))).toBe(1);
    expect(compareObligations(item('1', NO_DUE_KEY), item('1', NO_DUE_KEY))).toBe(0);
  });
});

describe('presenting an item', () => {
  const now = new Date('2026-12-06T10:00:00Z');
  it('an all-day item is overdue once its day has passed, not on the day', () => {
    expect(presentObligation(item('1', '2026-12-05T23:59:59.999999Z'), 'projects', now)).toMatchObject({
      dueDate: '2026-12-05',
      dueAt: '2026-12-05T00:00:00.000Z',
      overdue: true,
      module: 'projects',
    });
    expect(presentObligation(item('1', '2026-12-06T23:59:59.999999Z'), 'projects', now).overdue).toBe(false);
  });
  it('a timed item is overdue once its time has passed; undated never', () => {
    const timed = (key: string) => presentObligation(item('1', key, { allDay: false }), 'tickets', now);
    expect(timed('2026-12-06T09:59:59.000000Z')).toMatchObject({ overdue: true, dueDate: null });
    expect(timed('2026-12-06T10:00:01.000000Z').overdue).toBe(false);
    expect(presentObligation(item('1', NO_DUE_KEY), 'projects', now)).toMatchObject({
      dueAt: null,
      dueDate: null,
      overdue: false,
    });
  });
  it('an owner needs both id and name', () => {
    const owned = item('1', NO_DUE_KEY, { ownerId: '00000000-0000-7000-8000-0000000000bb', ownerName: 'Olga' });
    expect(presentObligation(owned, 'projects', now).owner).toEqual({ id: owned.ownerId, name: 'Olga' });
    expect(presentObligation(item('1', NO_DUE_KEY), 'projects', now).owner).toBeNull();
  });
});

describe('the calendar feed', () => {
  it('renders all-day and timed events with stable UIDs, escaped text, and skips undated items', () => {
    const text = renderCalendar(
      [
        item('1', '2027-03-01T00:00:00.000000Z', { title: 'Sign; the <b>letter</b>, please' }),
        item('2', '2027-03-02T14:30:00.000000Z', { allDay: false, kind: 'ticket' }),
        item('3', NO_DUE_KEY),
      ],
      { baseUrl: 'https://portal.example', ownerName: 'Alice', now: new Date('2026-12-06T10:00:00Z') },
    );
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toMatch(/DTSTART;VALUE=DATE:20270301/);
    expect(text).toContain('DTSTART:20270302T143000Z');
    expect(text).toContain('SUMMARY:Sign\\; the <b>letter</b>\\, please (Acme)');
    expect(text).toContain('UID:task-00000000-0000-7000-8000-000000000001@portico');
    expect(text).toContain('URL;VALUE=URI:https://portal.example/tasks/1');
    expect(text).not.toContain('Item 3');
  });
});
