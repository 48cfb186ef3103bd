import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { setClientModules, WITH_FORMS } from './support.ts';

const SHORT = { fields: [{ key: 'name', label: 'Name', type: 'text', required: true }] };

describe('forms: a submission opens a review task for the firm', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let acme: string;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    await setClientModules(portal, owner, WITH_FORMS);
    alice = await portal.signedIn('alice@acme.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
  });
  afterAll(() => portal.close());

  async function requestForm(name: string, createTask: boolean) {
    const form = await owner.post('/api/v1/forms', { name, definition: SHORT, createTask });
    expect(form.statusCode, form.body).toBe(201);
    expect(form.json().createTask).toBe(createTask);
    expect((await owner.post(`/api/v1/forms/${form.json().id}/publish`)).statusCode).toBe(200);
    const assigned = await owner.post(`/api/v1/accounts/${acme}/form-assignments`, { formId: form.json().id });
    expect(assigned.statusCode, assigned.body).toBe(201);
    return { formId: form.json().id as string, assignmentId: assigned.json().id as string };
  }

  it('one task per submission, even when submitted twice at once; linked from the submission', async () => {
    const { assignmentId } = await requestForm('Engagement details', true);
    const submit = () => alice.post(`/api/v1/form-assignments/${assignmentId}/submit`, { answers: { name: 'Alice' } });
    const results = await Promise.all([submit(), submit()]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const { submissionId } = results.find((r) => r.statusCode === 201)!.json();
    const submission = (await owner.get(`/api/v1/form-submissions/${submissionId}`)).json();
    expect(submission.taskId).toEqual(expect.any(String));
    const task = await owner.get(`/api/v1/tasks/${submission.taskId}`);
    expect(task.statusCode, task.body).toBe(200);
    expect(task.json()).toMatchObject({ title: 'Review: Engagement details', projectName: 'Engagement details' });
    expect(task.json().description).toContain('Name: Alice');
    const { rows } = await portal.ctx.db.query(
      'SELECT count(*)::int AS n FROM form_submissions WHERE task_id IS NOT NULL AND assignment_id = $1',
      [assignmentId],
    );
    expect(rows[0]).toEqual({ n: 1 });

    // A second request of the same form files its task in the same project.
    const again = await owner.post(`/api/v1/accounts/${acme}/form-assignments`, {
      formId: submission.formId,
    });
    const second = await alice.post(`/api/v1/form-assignments/${again.json().id}/submit`, { answers: { name: 'B' } });
    expect(second.statusCode, second.body).toBe(201);
    const secondTask = (await owner.get(`/api/v1/form-submissions/${second.json().submissionId}`)).json().taskId;
    expect((await owner.get(`/api/v1/tasks/${secondTask}`)).json().projectId).toBe(task.json().projectId);
  });

  it('no task unless the form asks; the setting is staff-only and typed', async () => {
    const { formId, assignmentId } = await requestForm('Plain', false);
    const done = await alice.post(`/api/v1/form-assignments/${assignmentId}/submit`, { answers: { name: 'A' } });
    expect((await owner.get(`/api/v1/form-submissions/${done.json().submissionId}`)).json().taskId).toBeNull();
    expectProblem(await alice.patch(`/api/v1/forms/${formId}`, { createTask: true }), 403);
    expectProblem(await owner.patch(`/api/v1/forms/${formId}`, { createTask: 'yes' }), 400);
  });
});
