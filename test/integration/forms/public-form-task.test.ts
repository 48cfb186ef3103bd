// A public (lead) form's `createTask` setting: a visitor's submission opens the firm's review task on the lead
// account that submission created, in the same transaction; nothing when the setting is off, when the lead segment
// has no projects, or when the honeypot caught a bot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { setClientModules, WITH_FORMS } from './support.ts';

const CALL_BACK = {
  fields: [
    { key: 'topic', label: 'What about?', type: 'text', required: true },
    {
      key: 'when',
      label: 'Best time',
      type: 'single_choice',
      options: [
        { value: 'am', label: 'Morning' },
        { value: 'pm', label: 'Afternoon' },
      ],
    },
  ],
};

describe('public forms that open a task', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let clients: string;
  let ip = 0;

  beforeAll(async () => {
    portal = await startPortal({ FORMS_MIN_FILL_SECONDS: '5' });
    owner = await portal.signedIn('owner@northwind.example');
    clients = await setClientModules(portal, owner, WITH_FORMS);
    for (const [slug, createTask] of [
      ['call-back', true],
      ['no-task', false],
    ] as const) {
      const form = await owner.post('/api/v1/forms', {
        name: slug === 'call-back' ? 'Call me back' : 'Newsletter',
        definition: CALL_BACK,
        publicSlug: slug,
        leadSegmentId: clients,
        createTask,
      });
      expect(form.statusCode, form.body).toBe(201);
      expect((await owner.post(`/api/v1/forms/${form.json().id}/publish`)).statusCode).toBe(200);
    }
  });
  afterAll(() => portal.close());

  /** A visitor opens the form, takes a minute, and sends it from their own IP. */
  async function submit(slug: string, email: string, extra: Record<string, unknown> = {}) {
    const visitor = portal.client();
    const { fillToken } = (await visitor.get(`/api/v1/public-forms/${slug}`)).json();
    portal.clock.advanceMinutes(1);
    const sent = await visitor.post(
      `/api/v1/public-forms/${slug}/submissions`,
      {
        name: 'Paula Prospect',
        email,
        answers: { topic: 'Payroll <b>help</b>', when: 'am' },
        fillToken,
        ...extra,
      },
      { 'x-test-ip': `198.51.100.${++ip}` },
    );
    expect(sent.statusCode, sent.body).toBe(202);
    const { rows } = await portal.ctx.db.query<{ account_id: string; task_id: string | null }>(
      `SELECT s.account_id, s.task_id FROM form_submissions s WHERE s.submitter_email = $1`,
      [email],
    );
    return rows;
  }

  const tasksOf = async (accountId: string) => {
    // The clock moved on: a fresh staff session each time.
    owner = await portal.signedIn('owner@northwind.example');
    const response = await owner.get(`/api/v1/tasks?accountId=${accountId}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items as { id: string; title: string }[];
  };

  it('a visitor’s submission opens the review task on the new lead account, for whoever made the form', async () => {
    const [submission] = await submit('call-back', 'paula@prospects.example');
    expect(submission!.task_id).not.toBeNull();
    const tasks = await tasksOf(submission!.account_id);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ id: submission!.task_id, title: 'Review: Call me back' });
    const task = (await owner.get(`/api/v1/tasks/${submission!.task_id}`)).json();
    expect(task).toMatchObject({ accountId: submission!.account_id, assignee: { name: 'Olivia Owner' } });
    expect(task.description).toContain('paula@prospects.example');
    expect(task.description).toContain('Payroll <b>help</b>');
    expect(task.projectName).toBe('Call me back');
  });

  it('no task without the setting, without projects in the lead segment, or for a bot', async () => {
    const [plain] = await submit('no-task', 'nora@prospects.example');
    expect(plain!.task_id).toBeNull();
    expect(await tasksOf(plain!.account_id)).toEqual([]);

    const bot = await submit('call-back', 'bot@spam.example', { website: 'http://spam.example' });
    expect(bot).toEqual([]);

    await setClientModules(portal, owner, ['documents', 'messages', 'forms']);
    const [noProjects] = await submit('call-back', 'nils@prospects.example');
    expect(noProjects!.task_id).toBeNull();
    const { rows } = await portal.ctx.db.query('SELECT 1 FROM tasks WHERE account_id = $1', [noProjects!.account_id]);
    expect(rows).toEqual([]);
  });
});
