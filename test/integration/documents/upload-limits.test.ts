// Uploads have budgets per person and per account (documents, versions, request files, message attachments):
// past either, 429 with Retry-After before the body is read, and nothing is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';

describe('upload budgets', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let acme: string;

  beforeAll(async () => {
    portal = await startPortal({ UPLOADS_PER_MINUTE_PER_USER: '3', UPLOADS_PER_MINUTE_PER_ACCOUNT: '5' });
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
  });
  afterAll(() => portal.close());

  const upload = (client: HttpClient, name: string) =>
    client.request('POST', `/api/v1/accounts/${acme}/documents?name=${encodeURIComponent(name)}`, 'bytes', {
      'content-type': 'text/plain',
    });
  const names = async () =>
    (
      (await owner.get(`/api/v1/accounts/${acme}/documents?limit=200`)).json() as { items: { name: string }[] }
    ).items.map((item) => item.name);

  it('refuses a person past their budget, then the account past its own, storing nothing', async () => {
    for (const n of [1, 2, 3]) expect((await upload(owner, `owner-${n}.txt`)).statusCode).toBe(201);
    const overPerson = await upload(owner, 'owner-4.txt');
    expect(expectProblem(overPerson, 429).code).toBe('rate_limited');
    expect(Number(overPerson.headers['retry-after'])).toBeGreaterThan(0);
    expect(await names()).not.toContain('owner-4.txt');

    // Another person of the same account has their own budget, but the account's is shared: 3 + 2 = 5.
    const thread = (await alice.post(`/api/v1/accounts/${acme}/threads`, { subject: 'Files', body: 'x' })).json() as {
      id: string;
    };
    const attachment = await alice.request('POST', `/api/v1/threads/${thread.id}/attachments?name=a.txt`, 'a', {
      'content-type': 'text/plain',
    });
    expect(attachment.statusCode, attachment.body).toBe(201);
    expect((await upload(alice, 'alice-1.txt')).statusCode).toBe(201);
    const overAccount = await upload(alice, 'alice-2.txt');
    expect(expectProblem(overAccount, 429).code).toBe('rate_limited');
    expect(await names()).not.toContain('alice-2.txt');

    // A minute later both budgets are back.
    portal.clock.advanceMinutes(2);
    expect((await upload(alice, 'alice-2.txt')).statusCode).toBe(201);
  });
});
