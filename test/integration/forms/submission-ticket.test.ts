import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';

const LOSS = { fields: [{ key: 'what', label: 'What happened', type: 'text', required: true }] };

/**
 * A form that opens a ticket, on a segment whose tickets require a field the form does not ask (the insurance
 * demo's policy number): the answers are kept and the ticket opens, the required field left to the agent. It used
 * to keep the submission, then refuse the ticket with 400, and every retry was 409: a claim nobody would see.
 */
describe('forms: a submission opens a ticket even when the segment requires ticket fields', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let paula: HttpClient;
  let account: string;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    paula = await portal.signedIn('paula.price@policyholders.example');
    account = await idOf(portal.ctx.db, 'accounts', 'Paula Price');
  });
  afterAll(() => portal.close());

  it('keeps the answers, opens the ticket with them, and answers 201 once', async () => {
    const form = await owner.post('/api/v1/forms', { name: 'Report a loss', definition: LOSS, createTicket: true });
    expect(form.statusCode, form.body).toBe(201);
    expect((await owner.post(`/api/v1/forms/${form.json().id}/publish`)).statusCode).toBe(200);
    const assigned = await owner.post(`/api/v1/accounts/${account}/form-assignments`, { formId: form.json().id });
    expect(assigned.statusCode, assigned.body).toBe(201);

    const submitted = await paula.post(`/api/v1/form-assignments/${assigned.json().id}/submit`, {
      answers: { what: 'A pipe burst <b>under</b> the sink' },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const submission = (await owner.get(`/api/v1/form-submissions/${submitted.json().submissionId}`)).json();
    expect(submission.ticketId).toEqual(expect.any(String));

    const ticket = await paula.get(`/api/v1/tickets/${submission.ticketId}`);
    expect(ticket.statusCode, ticket.body).toBe(200);
    expect(ticket.json().subject).toBe('Report a loss: answers');
    const messages = (await paula.get(`/api/v1/tickets/${submission.ticketId}/messages`)).json().items as {
      body: string;
    }[];
    expect(messages[0]!.body).toContain('A pipe burst <b>under</b> the sink');
    // The policy number stays required for Paula when she files a ticket herself.
    const own = await paula.post('/api/v1/tickets', { subject: 'Another claim', body: 'Hail on the roof' });
    expect(own.statusCode).toBe(400);
    // A second submit of the same request is refused; nothing more is opened.
    const again = await paula.post(`/api/v1/form-assignments/${assigned.json().id}/submit`, {
      answers: { what: 'again' },
    });
    expect(again.statusCode).toBe(409);
  });
});
