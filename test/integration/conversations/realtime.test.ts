import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { engine, idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import { spawnPortico } from '../../support/process.ts';
import { acmeId, cookieHeader, listen, newThread, post, SseClient } from './helpers.ts';

describe('real-time events over SSE', () => {
  let portal: TestPortal;
  let base: string;
  let owner: HttpClient;
  let alice: HttpClient;
  let bianca: HttpClient;
  const streams: SseClient[] = [];
  const open = async (client: HttpClient, lastEventId?: string) => {
    const stream = await SseClient.open(base, cookieHeader(client), lastEventId);
    streams.push(stream);
    return stream;
  };

  beforeAll(async () => {
    portal = await startPortal();
    base = await listen(portal);
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    bianca = await portal.signedIn('bianca@blueharbor.example');
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await portal.close();
  });

  it('refuses anonymous streams', async () => {
    const anonymous = await SseClient.open(base, '');
    expect(anonymous.status).toBe(401);
  });

  it('new messages, edits and read receipts reach every open tab of people who may see them, and no one else', async () => {
    const tab1 = await open(alice);
    const tab2 = await open(alice);
    const staff = await open(owner);
    const outsider = await open(bianca);
    const thread = await newThread(owner, await acmeId(portal), 'Live', 'first');
    const message = await post(owner, thread.id, { body: 'live **now**' });
    for (const tab of [tab1, tab2]) {
      const event = await tab.waitFor(
        (e) => e.type === 'message.created' && (e.data.data.message as { id: string }).id === message.id,
      );
      expect(event.data).toMatchObject({
        type: 'message.created',
        accountId: thread.accountId,
        id: event.id,
        occurredAt: expect.any(String),
      });
      expect((event.data.data.message as { bodyHtml: string }).bodyHtml).toContain('<strong>now</strong>');
    }
    await owner.patch(`/api/v1/messages/${message.id}`, { body: 'edited' });
    await tab2.waitFor(
      (e) => e.type === 'message.updated' && (e.data.data.message as { body: string }).body === 'edited',
    );
    await alice.post(`/api/v1/threads/${thread.id}/read`, {});
    await staff.waitFor((e) => e.type === 'thread.read' && e.data.data.userName === 'Alice Archer');
    await tab1.waitFor((e) => e.type === 'thread.read');
    // Bianca's own account gets a message: her stream has it, and nothing of Acme before it.
    const blue = await newThread(
      owner,
      await idOf(portal.ctx.db, 'accounts', 'Blue Harbor Dental'),
      'Blue only',
      'for bianca',
    );
    await outsider.waitFor((e) => e.type === 'thread.created' && e.data.data.threadId === blue.id);
    expect(outsider.events.filter((e) => e.data.accountId === thread.accountId)).toEqual([]);
    expect(JSON.stringify(outsider.events)).not.toContain('live');
  });

  it('a reconnect with Last-Event-ID replays what was missed, in order, without duplicates', async () => {
    const first = await open(alice);
    const thread = await newThread(owner, await acmeId(portal), 'Resume', 'one');
    const seen = await first.waitFor((e) => e.type === 'thread.created' && e.data.data.threadId === thread.id);
    first.close();
    const missed = [await post(owner, thread.id, { body: 'two' }), await post(owner, thread.id, { body: 'three' })];
    const resumed = await open(alice, seen.id);
    await resumed.waitFor(
      (e) => e.type === 'message.created' && (e.data.data.message as { id: string }).id === missed[1]!.id,
    );
    const created = resumed.events
      .filter((e) => e.type === 'message.created')
      .map((e) => (e.data.data.message as { id: string }).id);
    expect(created).toEqual(missed.map((m) => m.id));
    const ids = resumed.events.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids.every((id) => id > Number(seen.id))).toBe(true);
  });

  it('a member removed from the account stops receiving its events at once', async () => {
    const sam = await portal.signedIn('sam@consultant.example');
    const stream = await open(sam);
    const acme = await acmeId(portal);
    const thread = await newThread(owner, acme, 'Before', 'hi');
    await stream.waitFor((e) => e.type === 'thread.created' && e.data.data.threadId === thread.id);
    const samId = (
      await portal.ctx.db.query<{ id: string }>("SELECT id FROM users WHERE email = 'sam@consultant.example'")
    ).rows[0]!.id;
    expect((await owner.delete(`/api/v1/accounts/${acme}/members/${samId}`)).statusCode).toBe(200);
    await post(owner, thread.id, { body: 'after removal' });
    // A marker on an account Sam still belongs to (Blue Harbor) proves the stream is alive and ordered past it.
    const marker = await newThread(owner, await idOf(portal.ctx.db, 'accounts', 'Blue Harbor Dental'), 'Marker', 'm');
    await stream.waitFor((e) => e.type === 'thread.created' && e.data.data.threadId === marker.id);
    expect(JSON.stringify(stream.events)).not.toContain('after removal');
  });
});

// Wake-ups between processes: PostgreSQL NOTIFY always; Redis pub/sub too when TEST_REDIS_URL names a server (CI).
const transports: { name: string; env: Record<string, string> }[] = [
  { name: 'PostgreSQL NOTIFY', env: {} },
  ...(process.env.TEST_REDIS_URL ? [{ name: 'Redis', env: { REDIS_URL: process.env.TEST_REDIS_URL } }] : []),
];
describe.skipIf(engine !== 'postgres').each(transports)(
  'two Portico processes on one PostgreSQL ($name)',
  ({ env }) => {
    it('a message posted on one instance reaches an SSE client connected to the other', async () => {
      const first = await startPortal(env);
      // A real second process on the first one's database: a wake-up it ignored would show up here, since its
      // safety poll (30 s) is longer than the wait below. In one process, the local wake-up would hide it.
      const second = await spawnPortico({
        ...env,
        DATABASE_URL: first.databaseUrl!,
        SECRET: first.config.secret,
        DATA_DIR: first.config.dataDir,
        DEMO_SEED: 'off',
      });
      try {
        const alice = await first.signedIn('alice@acme.example');
        const stream = await SseClient.open(second.baseUrl, cookieHeader(alice));
        const owner = await first.signedIn('owner@northwind.example');
        const thread = await newThread(owner, await acmeId(first), 'Across processes', 'hello');
        const message = await post(owner, thread.id, { body: 'from instance one' });
        await stream.waitFor(
          (e) => e.type === 'message.created' && (e.data.data.message as { id: string }).id === message.id,
          20_000,
        );
        stream.close();
      } finally {
        second.kill('SIGTERM');
        await second.exited;
        await first.close();
      }
    });
  },
);
