import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { openTicket } from './helpers.ts';

/*
 * Files on a new ticket: the customer uploads them before the ticket exists (POST /tickets/attachments), then
 * opens the ticket with their ids; the description carries them, for the customer and the agents alike.
 */
describe('attachments on a new ticket', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let dana: HttpClient;
  let eli: HttpClient;

  const upload = (client: HttpClient, name: string, body: string | Buffer, query = '') =>
    client.request('POST', `/api/v1/tickets/attachments?name=${encodeURIComponent(name)}${query}`, body, {
      'content-type': 'text/plain',
    });

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    dana = await portal.signedIn('dana.diaz@customers.example');
    eli = await portal.signedIn('eli.evans@customers.example');
  }, 180_000); // starting a portal is slow on a busy 2-core machine
  afterAll(() => portal?.close());

  it('a customer opens a ticket with files; the description carries them for both sides', async () => {
    const file = await upload(dana, 'error log.txt', 'TypeError: export failed at line 12');
    expect(file.statusCode, file.body).toBe(201);
    expect(file.json()).toMatchObject({ name: 'error log.txt', contentType: 'text/plain', size: 35 });
    const ticket = await openTicket(dana, {
      subject: 'Export fails',
      body: 'See the log.',
      attachmentIds: [file.json().id],
    });
    const description = (await dana.get(`/api/v1/tickets/${ticket.id}/messages`)).json().items.at(-1);
    expect(description.attachments.map((a: { name: string }) => a.name)).toEqual(['error log.txt']);
    for (const client of [dana, owner]) {
      const download = await client.get(description.attachments[0].downloadUrl);
      expect(download.statusCode).toBe(200);
      expect(download.body).toBe('TypeError: export failed at line 12');
    }
    // Another customer never gets it, and an attached file cannot be attached again.
    expect((await eli.get(description.attachments[0].downloadUrl)).statusCode).toBe(404);
    const again = await dana.post('/api/v1/tickets', { subject: 'Again', body: 'x', attachmentIds: [file.json().id] });
    expectProblem(again, 400);
  });

  it('a file with no description text is enough; someone else’s upload is refused', async () => {
    const file = await upload(dana, 'screenshot.txt', 'pixels');
    const stolen = await eli.post('/api/v1/tickets', {
      subject: 'Mine now',
      body: 'x',
      attachmentIds: [file.json().id],
    });
    expectProblem(stolen, 400);
    expect(stolen.body).toContain('attachmentIds');
    const ticket = await openTicket(dana, { subject: 'Just the file', body: '', attachmentIds: [file.json().id] });
    expect(ticket.id).toEqual(expect.any(String));
  });

  it('bad uploads get a clear error', async () => {
    expectProblem(await upload(dana, 'empty.txt', ''), 400);
    expectProblem(
      await dana.request('POST', '/api/v1/tickets/attachments', 'data', { 'content-type': 'text/plain' }),
      400,
    );
  });

  it('another account’s id is 404, as if it did not exist', async () => {
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    expectProblem(await upload(dana, 'x.txt', 'x', `&accountId=${acme}`), 404);
  });

  it('an account without the tickets module gets 403 module_disabled', async () => {
    const alice = await portal.signedIn('alice@acme.example');
    const refused = await upload(alice, 'x.txt', 'x');
    expectProblem(refused, 403);
    expect(refused.json().code).toBe('module_disabled');
  });
});
