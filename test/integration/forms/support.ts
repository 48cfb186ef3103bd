import { expect } from 'vitest';
import type { TestPortal } from '../../support/harness.ts';
import { idOf } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';

/** The intake form of the tests: every kind of rule the schema has (required, condition, group, file, choice). */
export const INTAKE = {
  fields: [
    { key: 'full_name', label: 'Full name', type: 'text', required: true },
    { key: 'notes', label: 'Notes', type: 'long_text' },
    { key: 'employed', label: 'Employed?', type: 'yes_no', required: true },
    { key: 'employer', label: 'Employer', type: 'text', required: true, showIf: { field: 'employed', equals: true } },
    {
      key: 'filing',
      label: 'Filing status',
      type: 'single_choice',
      options: [
        { value: 'single', label: 'Single' },
        { value: 'joint', label: 'Married filing jointly' },
      ],
    },
    {
      key: 'kids',
      label: 'Children',
      type: 'group',
      maxItems: 3,
      fields: [
        { key: 'name', label: 'Name', type: 'text', required: true },
        { key: 'born', label: 'Born on', type: 'date' },
      ],
    },
    { key: 'payslips', label: 'Payslips', type: 'file', maxFiles: 2 },
  ],
};

/** Switches the forms module (and the given others) on for the Clients segment, as staff would in the console. */
export async function setClientModules(portal: TestPortal, owner: HttpClient, modules: string[]) {
  const clients = await idOf(portal.ctx.db, 'segments', 'Clients');
  const response = await owner.patch(`/api/v1/segments/${clients}`, { modules });
  if (response.statusCode !== 200) throw new Error(response.body);
  return clients;
}

export const WITH_FORMS = ['documents', 'messages', 'billing', 'projects', 'forms'];

/**
 * A published form requested from the account and answered by `client` (the Clients segment has the forms module for
 * the whole walk, so these routes are judged by the scope, not by the module gate).
 */
export async function formIds(staff: HttpClient, client: HttpClient, accountId: string) {
  const form = await staff.post('/api/v1/forms', {
    name: `Confidential questionnaire ${accountId}`,
    definition: { fields: [{ key: 'note', label: 'Note', type: 'text' }] },
  });
  expect(form.statusCode, form.body).toBe(201);
  await staff.post(`/api/v1/forms/${form.json().id}/publish`);
  const assignment = await staff.post(`/api/v1/accounts/${accountId}/form-assignments`, { formId: form.json().id });
  expect(assignment.statusCode, assignment.body).toBe(201);
  const submitted = await client.post(`/api/v1/form-assignments/${assignment.json().id}/submit`, {
    answers: { note: 'secret' },
  });
  expect(submitted.statusCode, submitted.body).toBe(201);
  // A second request, still open, so drafts and submits meet a live assignment.
  const open = await staff.post(`/api/v1/accounts/${accountId}/form-assignments`, { formId: form.json().id });
  return {
    formId: form.json().id as string,
    assignmentId: open.json().id as string,
    submissionId: submitted.json().submissionId as string,
  };
}
