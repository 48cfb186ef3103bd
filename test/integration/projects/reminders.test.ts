import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendOverdueDigests, sendTaskReminders } from '../../../src/server/modules/projects/index.ts';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';

const DAY_MINUTES = 24 * 60;

describe('projects: due-date reminders and the overdue digest', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let acme: string;
  let projectId: string;
  let aliceId: string;
  let adamId: string;

  const today = () => portal.clock.now().toISOString().slice(0, 10);
  const inDays = (days: number) =>
    new Date(portal.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
  async function moveDays(days: number) {
    portal.clock.advanceMinutes(days * DAY_MINUTES);
    // Sessions age with the clock: sign in again at the new time.
    owner = await portal.signedIn('owner@northwind.example');
  }
  /** Mails about one title, after the job queue drained. */
  async function mailsAbout(text: string) {
    await portal.ctx.background.idle();
    const { rows } = await portal.ctx.db.query<{ to_address: string; subject: string }>(
      'SELECT to_address, subject FROM mail_messages WHERE subject LIKE $1 ORDER BY created_at, subject',
      [`%${text}%`],
    );
    return rows;
  }
  async function notificationsOf(email: string, kind?: string) {
    const client = await portal.signedIn(email);
    const items = (await client.get('/api/v1/notifications')).json().items as {
      kind: string;
      title: string;
      taskId: string | null;
      link: string;
    }[];
    return items.filter((item) => !kind || item.kind === kind);
  }
  async function task(title: string, assigneeId: string, dueDate: string) {
    const created = await owner.post(`/api/v1/projects/${projectId}/tasks`, { title, assigneeId, dueDate });
    expect(created.statusCode, created.body).toBe(201);
    return created.json() as { id: string; version: number };
  }
  /** Two sweeps at once, as two processes would run them. */
  const sweepTwiceAtOnce = () => Promise.all([sendTaskReminders(portal.ctx), sendTaskReminders(portal.ctx)]);

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    aliceId = await userIdOf(portal.ctx.db, 'alice@acme.example');
    adamId = await userIdOf(portal.ctx.db, 'adam@acme.example');
    projectId = (await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'Reminders' })).json().id;
  });
  afterAll(() => portal.close());

  it('a reminder goes out once the day before and once on the day, even with two sweeps at once', async () => {
    const { id } = await task('Sign the engagement letter', aliceId, inDays(1));
    await sweepTwiceAtOnce();
    await sweepTwiceAtOnce();
    expect(await mailsAbout('Sign the engagement letter')).toEqual([
      { to_address: 'alice@acme.example', subject: `Reminder: “Sign the engagement letter” is due on ${inDays(1)}` },
    ]);
    const soon = await notificationsOf('alice@acme.example', 'task_due_soon');
    expect(soon).toEqual([
      expect.objectContaining({ taskId: id, link: `/tasks/${id}`, title: expect.stringContaining('is due on') }),
    ]);

    await moveDays(1);
    await sweepTwiceAtOnce();
    await sendTaskReminders(portal.ctx);
    expect((await mailsAbout('Sign the engagement letter')).map((mail) => mail.subject)).toEqual([
      expect.stringContaining('is due on'),
      '“Sign the engagement letter” is due today',
    ]);
    expect(await notificationsOf('alice@acme.example', 'task_due')).toHaveLength(1);
    const { rows } = await portal.ctx.db.query('SELECT kind FROM task_reminders WHERE task_id = $1 ORDER BY kind', [
      id,
    ]);
    expect(rows).toEqual([{ kind: 'before' }, { kind: 'due' }]);
  });

  it('a new due date arms the reminders again; a done task gets none', async () => {
    const { id, version } = await task('Send the bank statements', aliceId, inDays(1));
    await sendTaskReminders(portal.ctx);
    expect(await mailsAbout('Send the bank statements')).toHaveLength(1);
    const moved = await owner.patch(`/api/v1/tasks/${id}`, { dueDate: inDays(3) }, { 'if-match': String(version) });
    expect(moved.statusCode, moved.body).toBe(200);
    await sendTaskReminders(portal.ctx);
    expect(await mailsAbout('Send the bank statements')).toHaveLength(1);
    await moveDays(2);
    await sendTaskReminders(portal.ctx);
    expect((await mailsAbout('Send the bank statements')).map((mail) => mail.subject)).toEqual([
      expect.stringContaining(`is due on`),
      `Reminder: “Send the bank statements” is due on ${inDays(1)}`,
    ]);

    const done = await task('Already handled', aliceId, inDays(1));
    const closed = await owner.patch(`/api/v1/tasks/${done.id}`, { status: 'done' });
    expect(closed.statusCode, closed.body).toBe(200);
    await sendTaskReminders(portal.ctx);
    expect(await mailsAbout('Already handled')).toEqual([]);
  });

  it('with the projects email off: no email, but the notification center still has the reminder', async () => {
    const alice = await portal.signedIn('alice@acme.example');
    const off = await alice.put('/api/v1/me/notification-preferences', { email: { projects: 'off' } });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toEqual({
      email: {
        messages: 'immediately',
        projects: 'off',
        approvals: 'immediately',
        onboarding: 'immediately',
        orders: 'immediately',
        signatures: 'immediately',
        billing: 'immediately',
      },
    });
    try {
      const { id } = await task('Approve the draft accounts', aliceId, today());
      await sendTaskReminders(portal.ctx);
      expect(await mailsAbout('Approve the draft accounts')).toEqual([]);
      expect((await notificationsOf('alice@acme.example', 'task_due')).map((n) => n.taskId)).toContain(id);
    } finally {
      await alice.put('/api/v1/me/notification-preferences', { email: { projects: 'immediately' } });
    }
  });

  it('the overdue digest goes out at most once per person and day, with one notification per account', async () => {
    await task('Return the signed forms', adamId, inDays(-2));
    await task('Upload the receipts', adamId, inDays(-1));
    await Promise.all([sendOverdueDigests(portal.ctx), sendOverdueDigests(portal.ctx)]);
    await sendOverdueDigests(portal.ctx);
    const digests = async () =>
      (await mailsAbout('overdue task')).filter((mail) => mail.to_address === 'adam@acme.example');
    expect(await digests()).toHaveLength(1);
    expect((await digests())[0]!.subject).toMatch(/^\d+ overdue tasks on /);
    const inCenter = await notificationsOf('adam@acme.example', 'tasks_overdue');
    expect(inCenter).toEqual([expect.objectContaining({ taskId: null, link: '/tasks' })]);
    expect(inCenter[0]!.title).toMatch(/overdue tasks for Acme Manufacturing$/);

    await moveDays(1);
    await Promise.all([sendOverdueDigests(portal.ctx), sendOverdueDigests(portal.ctx)]);
    expect(await digests()).toHaveLength(2);
  });

  it('people never hear of internal projects; a removed module silences their reminders', async () => {
    const internal = (
      await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'Firm only', internal: true })
    ).json().id;
    const ownerId = await userIdOf(portal.ctx.db, 'owner@northwind.example');
    const staffTask = await owner.post(`/api/v1/projects/${internal}/tasks`, {
      title: 'Review the file internally',
      assigneeId: ownerId,
      dueDate: today(),
    });
    expect(staffTask.statusCode, staffTask.body).toBe(201);
    await sendTaskReminders(portal.ctx);
    expect(await mailsAbout('Review the file internally')).toEqual([
      { to_address: 'owner@northwind.example', subject: '“Review the file internally” is due today' },
    ]);

    await task('Nothing to hear about', aliceId, today());
    const clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    await owner.patch(`/api/v1/segments/${clients}`, { modules: ['documents', 'messages', 'billing'] });
    try {
      await sendTaskReminders(portal.ctx);
      expect(await mailsAbout('Nothing to hear about')).toEqual([]);
    } finally {
      await owner.patch(`/api/v1/segments/${clients}`, { modules: ['documents', 'messages', 'billing', 'projects'] });
    }
  });
});
