import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { engine, idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import { conversationRuntimeOf } from '../../../src/server/modules/conversations/index.ts';
import { publishEvent } from '../../../src/server/platform/realtime/index.ts';
import { acmeId, cookieHeader, listen, newThread, post, SseClient, type SseEvent } from './helpers.ts';

const messageId = (event: SseEvent) => (event.data.data.message as { id: string } | undefined)?.id;
/** The posters' messages only (not a thread's first message, which a stream opened just after may also get). */
const posted = (event: SseEvent) =>
  event.type === 'message.created' && /^p\d+-\d+$/.test((event.data.data.message as { body: string }).body);

describe('live streams: ordering under concurrent writers, and who pays for a session change', () => {
  let portal: TestPortal;
  let base: string;
  let owner: HttpClient;
  let alice: HttpClient;
  const streams: SseClient[] = [];
  const open = async (client: HttpClient, lastEventId?: string) => {
    const stream = await SseClient.open(base, cookieHeader(client), lastEventId);
    expect(stream.status).toBe(200);
    streams.push(stream);
    return stream;
  };
  const rechecks = () => conversationRuntimeOf(portal.ctx)!.hub.sessionRechecks;

  beforeAll(async () => {
    portal = await startPortal();
    portal.ctx.config.conversations.messagesPerMinute = 1_000_000;
    base = await listen(portal);
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await portal.close();
  });

  it('concurrent posters: every message reaches an open stream once, and a stream resuming mid-way misses none', async () => {
    const thread = await newThread(owner, await acmeId(portal), 'Busy', 'start');
    const steady = await open(alice);
    const interrupted = await open(alice);
    const posters = 8;
    const each = 5;
    const posting = Promise.all(
      Array.from({ length: posters }, async (_, poster) => {
        const ids: string[] = [];
        for (let n = 0; n < each; n += 1) ids.push((await post(owner, thread.id, { body: `p${poster}-${n}` })).id);
        return ids;
      }),
    );
    // Cut the second stream once it has some of the messages, while the posters are (most likely) still at it.
    await interrupted.waitFor(() => interrupted.events.filter(posted).length >= 10);
    interrupted.close();
    const before = interrupted.events.filter(posted);
    const ids = (await posting).flat();
    const resumed = await open(alice, interrupted.events.at(-1)!.id);
    for (const [stream, earlier] of [
      [steady, []],
      [resumed, before],
    ] as const) {
      await stream.waitFor(() => ids.every((id) => [...earlier, ...stream.events].some((e) => messageId(e) === id)));
    }
    const steadyIds = steady.events.filter(posted).map(messageId);
    expect(new Set(steadyIds).size).toBe(steadyIds.length);
    expect([...steadyIds].sort()).toEqual([...ids].sort());
    const acrossResume = [...before, ...resumed.events.filter(posted)].map(messageId);
    expect(new Set(acrossResume).size).toBe(acrossResume.length);
    expect([...acrossResume].sort()).toEqual([...ids].sort());
  });

  it.skipIf(engine !== 'postgres')(
    'a later event committed before an earlier open transaction waits for it, so resuming after either skips nothing',
    async () => {
      const acme = await acmeId(portal);
      const thread = await newThread(owner, acme, 'Overlap', 'start');
      const stream = await open(alice);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let earlierId = 0;
      let published!: () => void;
      const earlierWritten = new Promise<void>((resolve) => (published = resolve));
      // The earlier transaction takes its event id first and stays open...
      const earlier = portal.ctx.db.transaction(async (tx) => {
        earlierId = await publishEvent(
          tx,
          { type: 'thread.updated', accountId: acme, audience: 'account', data: { threadId: thread.id } },
          new Date(),
        );
        published();
        await held;
      });
      await earlierWritten;
      // ...while a later one (a posted message, a larger id) commits first.
      const later = await post(owner, thread.id, { body: 'committed first' });
      release();
      await earlier;
      const laterEvent = await stream.waitFor((e) => messageId(e) === later.id);
      const earlierEvent = stream.events.find((e) => Number(e.id) === earlierId);
      expect(earlierEvent, 'the event of the transaction that committed last was skipped').toBeDefined();
      expect(Number(laterEvent.id)).toBeGreaterThan(earlierId);
      expect(stream.events.indexOf(earlierEvent!)).toBeLessThan(stream.events.indexOf(laterEvent));
      // Resuming after the earlier event replays the later one; resuming after the later one replays neither.
      const afterEarlier = await open(alice, String(earlierId));
      await afterEarlier.waitFor((e) => messageId(e) === later.id);
      const marker = await post(owner, thread.id, { body: 'marker' });
      const afterLater = await open(alice, laterEvent.id);
      const next = await post(owner, thread.id, { body: 'next' });
      await afterLater.waitFor((e) => messageId(e) === next.id);
      expect(afterLater.events.map(messageId)).toContain(marker.id);
      expect(afterLater.events.some((e) => Number(e.id) === earlierId || messageId(e) === later.id)).toBe(false);
    },
  );

  it.skipIf(engine !== 'postgres')(
    'a write transaction left open in another database on the same server holds back no event',
    async () => {
      // Another application (here: the server's own test database) keeps a write transaction open...
      const elsewhere = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await elsewhere.connect();
      try {
        await elsewhere.query('BEGIN');
        await elsewhere.query('SELECT pg_current_xact_id()');
        const thread = await newThread(owner, await acmeId(portal), 'Beside another app', 'start');
        const stream = await open(alice);
        // ...and a message posted meanwhile still arrives while it stays open.
        const message = await post(owner, thread.id, { body: 'not held back' });
        await stream.waitFor((e) => messageId(e) === message.id);
      } finally {
        await elsewhere.query('ROLLBACK').catch(() => undefined);
        await elsewhere.end();
      }
    },
  );

  it("a PATCH /me re-checks only that person's own streams, never anyone else's", async () => {
    const bianca = await portal.signedIn('bianca@blueharbor.example');
    const others = [await open(owner), await open(alice), await open(owner)];
    const mine = await open(bianca);
    const before = rechecks();
    expect((await bianca.patch('/api/v1/me', { name: 'Bianca B. Bell' })).statusCode).toBe(200);
    // The re-check starts synchronously when the change commits: one for Bianca's one stream, none for the others.
    expect(rechecks() - before).toBe(1);
    const blue = await idOf(portal.ctx.db, 'accounts', 'Blue Harbor Dental');
    const thread = await newThread(owner, blue, 'After rename', 'still live');
    await mine.waitFor((e) => e.type === 'thread.created' && e.data.data.threadId === thread.id);
    await others[0]!.waitFor((e) => e.type === 'thread.created' && e.data.data.threadId === thread.id);
  });

  it('a member removed from an account is re-checked at once and stops receiving it; a revoked session ends its stream', async () => {
    const sam = await portal.signedIn('sam@consultant.example');
    const samStream = await open(sam);
    const watching = await open(owner);
    const acme = await acmeId(portal);
    const samId = await userIdOf(portal.ctx.db, 'sam@consultant.example');
    const before = rechecks();
    expect((await owner.delete(`/api/v1/accounts/${acme}/members/${samId}`)).statusCode).toBe(200);
    expect(rechecks() - before).toBe(1);
    const thread = await newThread(owner, acme, 'Not for Sam', 'after removal');
    await watching.waitFor((e) => e.type === 'thread.created' && e.data.data.threadId === thread.id);
    const marker = await newThread(owner, await idOf(portal.ctx.db, 'accounts', 'Blue Harbor Dental'), 'Marker', 'm');
    await samStream.waitFor((e) => e.type === 'thread.created' && e.data.data.threadId === marker.id);
    expect(samStream.events.some((e) => e.data.accountId === acme && e.data.data.threadId === thread.id)).toBe(false);

    // Alice signs in on a second device and revokes it from the first: that device's stream ends, nothing else.
    const device = await portal.signedIn('alice@acme.example');
    const deviceStream = await open(device);
    const sessions = (await alice.get('/api/v1/me/sessions')).json() as { items: { id: string; current: boolean }[] };
    const other = sessions.items.filter((s) => !s.current);
    expect(other.length).toBeGreaterThan(0);
    for (const session of other) expect((await alice.delete(`/api/v1/me/sessions/${session.id}`)).statusCode).toBe(200);
    await deviceStream.ended;
    const still = await open(alice);
    const last = await newThread(owner, acme, 'Alice still here', 'hi');
    await still.waitFor((e) => e.type === 'thread.created' && e.data.data.threadId === last.id);
  });
});
