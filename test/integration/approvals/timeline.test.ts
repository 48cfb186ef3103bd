import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { allPages, timeline } from '../obligations/helpers.ts';
import { decide, requestApproval, uploadDocument } from './support.ts';

// Approvals join the obligations timeline through their provider: an approval stands on the side whose turn it is.
describe('approvals on the obligations timeline', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let acme: string;

  beforeAll(async () => {
    portal = await startPortal({ APPROVALS_REMINDER_INTERVAL_SECONDS: '0' });
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
  });
  afterAll(() => portal?.close());

  it('a sequential approval moves from the client’s side to the firm’s as each decides; internal ones stay staff-only', async () => {
    const aliceId = await userIdOf(portal.ctx.db, 'alice@acme.example');
    const ownerId = await userIdOf(portal.ctx.db, 'owner@northwind.example');
    const documentId = await uploadDocument(owner, acme, 'Engagement scope.txt', 'scope v1');
    const asked = await requestApproval(owner, acme, {
      subjectType: 'document_version',
      documentIds: [documentId],
      approverIds: [aliceId, ownerId],
      mode: 'sequential',
      dueDate: '2030-03-31',
    });
    const internalDocument = await uploadDocument(owner, acme, 'Fee memo.txt', 'internal', 'internal');
    const internal = await requestApproval(owner, acme, {
      subjectType: 'document_version',
      documentIds: [internalDocument],
      approverIds: [ownerId],
    });
    const ids = (items: { id: string }[]) => items.map((item) => item.id);

    // Alice's turn: on the client's side, owned by her, for her and for staff; not yet on the firm's.
    const clientSide = await timeline(alice, acme, 'client');
    const item = clientSide.find((entry) => entry.id === asked.id);
    expect(item).toMatchObject({
      kind: 'approval',
      module: 'approvals',
      side: 'client',
      owner: { id: aliceId, name: 'Alice Archer' },
    });
    expect(ids(await timeline(owner, acme, 'client'))).toContain(asked.id);
    expect(ids(await timeline(owner, acme, 'firm'))).not.toContain(asked.id);
    expect(ids(await allPages(owner, '/api/v1/console/waiting/items'))).not.toContain(asked.id);
    // The internal approval waits on the firm, and only staff see it, also across accounts.
    expect(ids(await timeline(owner, acme, 'firm'))).toContain(internal.id);
    expect(ids(await allPages(owner, '/api/v1/console/waiting/items'))).toContain(internal.id);
    expect(ids(await timeline(alice, acme, 'firm'))).not.toContain(internal.id);

    // After Alice approves it is the owner's turn: the firm owes it, also in "waiting on us".
    expect((await decide(alice, asked.id, 'approved', asked.contentSha256)).statusCode).toBe(200);
    expect(ids(await timeline(alice, acme, 'client'))).not.toContain(asked.id);
    expect(ids(await timeline(owner, acme, 'firm'))).toContain(asked.id);
    expect(ids(await allPages(owner, '/api/v1/console/waiting/items'))).toContain(asked.id);

    // Decided by everyone: off every timeline.
    expect((await decide(owner, asked.id, 'approved', asked.contentSha256)).statusCode).toBe(200);
    expect(ids(await timeline(owner, acme, 'firm'))).not.toContain(asked.id);
    expect(ids(await allPages(owner, '/api/v1/console/waiting/items'))).not.toContain(asked.id);
  });

  it('switched off for the segment, approvals leave the timeline', async () => {
    const aliceId = await userIdOf(portal.ctx.db, 'alice@acme.example');
    const documentId = await uploadDocument(owner, acme, 'Brand book.txt', 'brand v1');
    const asked = await requestApproval(owner, acme, {
      subjectType: 'document_version',
      documentIds: [documentId],
      approverIds: [aliceId],
    });
    expect((await timeline(owner, acme, 'client')).map((entry) => entry.id)).toContain(asked.id);
    const clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    const modules: string[] = (await owner.get(`/api/v1/segments/${clients}`)).json().modules;
    const off = await owner.patch(`/api/v1/segments/${clients}`, {
      modules: modules.filter((module) => module !== 'approvals'),
    });
    expect(off.statusCode, off.body).toBe(200);
    expect((await timeline(owner, acme, 'client')).map((entry) => entry.id)).not.toContain(asked.id);
  });
});
