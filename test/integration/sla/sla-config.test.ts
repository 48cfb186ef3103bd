import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { startPortal, type TestPortal } from '../../support/harness.ts';

const officeHours = [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' }));

describe('business calendars and SLA policies', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let admin: HttpClient;
  let agent: HttpClient;
  let dana: HttpClient;
  let alice: HttpClient;
  let segmentId: string;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    admin = await portal.signedIn('admin@northwind.example');
    agent = await portal.signedIn('agent@northwind.example');
    dana = await portal.signedIn('dana.diaz@customers.example');
    alice = await portal.signedIn('alice@acme.example');
    // A segment of our own, so that whatever policies the demo seeds never collide with the ones made here.
    const segment = await owner.post('/api/v1/segments', {
      name: 'SLA test segment',
      kind: 'self_service',
      modules: ['tickets'],
      signInMethods: ['password'],
      requireTwoFactor: false,
    });
    expect(segment.statusCode, segment.body).toBe(201);
    segmentId = segment.json().id;
  }, 180_000); // starting a portal is slow on a busy 2-core machine
  afterAll(() => portal?.close());

  it('an admin creates, reads, changes and deletes a calendar; every change is audited', async () => {
    const created = await admin.post('/api/v1/business-calendars', {
      name: 'Paris office',
      timeZone: 'Europe/Paris',
      hours: [...officeHours, { day: 6, start: '10:00', end: '12:00' }],
      holidays: [{ day: '2026-12-25', name: 'Christmas' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const calendar = created.json();
    expect(calendar).toMatchObject({
      name: 'Paris office',
      timeZone: 'Europe/Paris',
      version: 1,
      holidays: [{ day: '2026-12-25', name: 'Christmas' }],
      abilities: { update: true, delete: true },
    });
    expect(calendar.hours).toHaveLength(6);

    expect((await agent.get(`/api/v1/business-calendars/${calendar.id}`)).json()).toMatchObject({
      id: calendar.id,
      abilities: { update: false, delete: false },
    });
    expect((await agent.get('/api/v1/business-calendars')).json().items.map((c: { id: string }) => c.id)).toContain(
      calendar.id,
    );

    // A field left out is left alone (holidays are not reset by a rename).
    const renamed = await admin.patch(
      `/api/v1/business-calendars/${calendar.id}`,
      { name: 'Paris HQ' },
      { 'if-match': '1' },
    );
    expect(renamed.json()).toMatchObject({
      name: 'Paris HQ',
      timeZone: 'Europe/Paris',
      holidays: [{ day: '2026-12-25', name: 'Christmas' }],
      version: 2,
    });
    const changed = await admin.patch(
      `/api/v1/business-calendars/${calendar.id}`,
      { timeZone: 'America/New_York', holidays: [] },
      { 'if-match': '2' },
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ timeZone: 'America/New_York', holidays: [], version: 3, name: 'Paris HQ' });
    expect(changed.json().hours).toHaveLength(6);
    const stale = await admin.patch(
      `/api/v1/business-calendars/${calendar.id}`,
      { name: 'Stale' },
      { 'if-match': '2' },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');

    expect((await admin.delete(`/api/v1/business-calendars/${calendar.id}`)).statusCode).toBe(200);
    expect((await admin.get(`/api/v1/business-calendars/${calendar.id}`)).statusCode).toBe(404);

    const audit = (await owner.get('/api/v1/audit-events?limit=50')).json().items as {
      action: string;
      target: { id: string | null };
    }[];
    const actions = audit.filter((entry) => entry.target.id === calendar.id).map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining(['business_calendar.created', 'business_calendar.updated', 'business_calendar.deleted']),
    );
  });

  it('refuses calendars that cannot work: unknown time zone, overlapping or reversed hours, no hours, twice the same holiday', async () => {
    const attempt = (body: Record<string, unknown>) =>
      admin.post('/api/v1/business-calendars', {
        name: 'Broken',
        timeZone: 'Europe/Paris',
        hours: officeHours,
        ...body,
      });
    const codes = async (body: Record<string, unknown>) => {
      const response = await attempt(body);
      expect(response.statusCode, response.body).toBe(400);
      return response.json().errors.map((error: { path: string; code: string }) => `${error.path}:${error.code}`);
    };
    expect(await codes({ timeZone: 'Mars/Olympus_Mons' })).toEqual(['timeZone:invalid_time_zone']);
    expect(
      await codes({
        hours: [
          { day: 1, start: '09:00', end: '13:00' },
          { day: 1, start: '12:00', end: '17:00' },
        ],
      }),
    ).toEqual(['hours.1.start:overlapping_hours']);
    expect(await codes({ hours: [{ day: 2, start: '17:00', end: '09:00' }] })).toEqual([
      'hours.0.end:end_before_start',
    ]);
    expect(await codes({ hours: [] })).toEqual(['hours:no_working_hours']);
    expect(
      await codes({
        holidays: [
          { day: '2026-12-25', name: 'A' },
          { day: '2026-12-25', name: 'B' },
        ],
      }),
    ).toEqual(['holidays.1.day:duplicate_holiday']);
    // Formats are the contract's: 25:00 is no time of day.
    expect((await attempt({ hours: [{ day: 1, start: '09:00', end: '25:00' }] })).statusCode).toBe(400);
    // Touching intervals (a split shift with no gap) and 24:00 are fine.
    const fine = await attempt({
      hours: [
        { day: 1, start: '00:00', end: '12:00' },
        { day: 1, start: '12:00', end: '24:00' },
      ],
    });
    expect(fine.statusCode, fine.body).toBe(201);
    // The same rules apply to a change.
    const patched = await admin.patch(`/api/v1/business-calendars/${fine.json().id}`, { timeZone: 'Nowhere/Special' });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().errors[0].code).toBe('invalid_time_zone');
  });

  it('policies: one per segment and priority, an existing calendar, changes and deletion', async () => {
    const calendar = (
      await admin.post('/api/v1/business-calendars', { name: 'Support', timeZone: 'UTC', hours: officeHours })
    ).json();
    const created = await admin.post('/api/v1/sla-policies', {
      segmentId,
      priority: 'high',
      calendarId: calendar.id,
      firstResponseMinutes: 60,
      resolutionMinutes: 480,
    });
    expect(created.statusCode, created.body).toBe(201);
    const policy = created.json();
    expect(policy).toMatchObject({
      segmentId,
      priority: 'high',
      calendarId: calendar.id,
      firstResponseMinutes: 60,
      nextResponseMinutes: null,
      resolutionMinutes: 480,
      version: 1,
    });

    const duplicate = await admin.post('/api/v1/sla-policies', {
      segmentId,
      priority: 'high',
      firstResponseMinutes: 30,
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('sla_policy_exists');

    const noCalendar = await admin.post('/api/v1/sla-policies', {
      segmentId,
      priority: 'low',
      calendarId: '01890000-0000-7000-8000-000000000000',
      firstResponseMinutes: 30,
    });
    expect(noCalendar.statusCode).toBe(400);
    expect(noCalendar.json().errors[0]).toMatchObject({ path: 'calendarId', code: 'not_found' });
    const noSegment = await admin.post('/api/v1/sla-policies', {
      segmentId: '01890000-0000-7000-8000-000000000000',
      priority: 'low',
    });
    expect(noSegment.statusCode).toBe(400);
    expect(
      (await admin.post('/api/v1/sla-policies', { segmentId, priority: 'low', firstResponseMinutes: 0 })).statusCode,
    ).toBe(400);

    const low = (
      await admin.post('/api/v1/sla-policies', { segmentId, priority: 'low', resolutionMinutes: 2400 })
    ).json();
    const listed = (await agent.get(`/api/v1/sla-policies?segmentId=${segmentId}`)).json().items;
    expect(listed.map((p: { priority: string }) => p.priority)).toEqual(['high', 'low']);
    expect(listed[0].abilities).toEqual({ update: false, delete: false });

    const changed = await admin.patch(
      `/api/v1/sla-policies/${policy.id}`,
      { nextResponseMinutes: 120, calendarId: null },
      { 'if-match': '1' },
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      calendarId: null,
      firstResponseMinutes: 60,
      nextResponseMinutes: 120,
      resolutionMinutes: 480,
      version: 2,
    });
    expect(
      (await admin.patch(`/api/v1/sla-policies/${policy.id}`, { firstResponseMinutes: 5 }, { 'if-match': '1' }))
        .statusCode,
    ).toBe(409);
    expect((await admin.patch(`/api/v1/sla-policies/${policy.id}`, { priority: 'urgent' })).statusCode).toBe(400);

    // Deleting the calendar leaves its policies counting around the clock.
    await admin.patch(`/api/v1/sla-policies/${low.id}`, { calendarId: calendar.id });
    await admin.delete(`/api/v1/business-calendars/${calendar.id}`);
    expect(
      (await admin.get(`/api/v1/sla-policies?segmentId=${segmentId}`))
        .json()
        .items.find((p: { id: string }) => p.id === low.id).calendarId,
    ).toBeNull();

    expect((await admin.delete(`/api/v1/sla-policies/${low.id}`)).statusCode).toBe(200);
    expect((await admin.delete(`/api/v1/sla-policies/${low.id}`)).statusCode).toBe(404);
    expect((await admin.patch(`/api/v1/sla-policies/${low.id}`, { resolutionMinutes: 10 })).statusCode).toBe(404);
  });

  it('agents read but may not write (403); customers and account admins get 403 on everything', async () => {
    const calendar = (
      await admin.post('/api/v1/business-calendars', { name: 'Read only', timeZone: 'UTC', hours: officeHours })
    ).json();
    const policy = (
      await admin.post('/api/v1/sla-policies', { segmentId, priority: 'urgent', firstResponseMinutes: 15 })
    ).json();
    const writes = (client: HttpClient) => [
      client.post('/api/v1/business-calendars', { name: 'Mine', timeZone: 'UTC', hours: officeHours }),
      client.patch(`/api/v1/business-calendars/${calendar.id}`, { name: 'Taken over' }),
      client.delete(`/api/v1/business-calendars/${calendar.id}`),
      client.post('/api/v1/sla-policies', { segmentId, priority: 'normal', firstResponseMinutes: 1 }),
      client.patch(`/api/v1/sla-policies/${policy.id}`, { firstResponseMinutes: 1 }),
      client.delete(`/api/v1/sla-policies/${policy.id}`),
    ];
    for (const response of await Promise.all(writes(agent))) expect(response.statusCode, response.body).toBe(403);
    for (const client of [dana, alice]) {
      const reads = [
        client.get('/api/v1/business-calendars'),
        client.get(`/api/v1/business-calendars/${calendar.id}`),
        client.get('/api/v1/sla-policies'),
      ];
      for (const response of await Promise.all([...reads, ...writes(client)]))
        expect(response.statusCode, response.body).toBe(403);
    }
    expect((await admin.get(`/api/v1/business-calendars/${calendar.id}`)).json()).toMatchObject({
      name: 'Read only',
      version: 1,
    });
    expect(
      (await admin.get(`/api/v1/sla-policies?segmentId=${segmentId}`))
        .json()
        .items.find((p: { id: string }) => p.id === policy.id),
    ).toMatchObject({ firstResponseMinutes: 15, version: 1 });
  });
});
