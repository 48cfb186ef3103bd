// An Idempotency-Key claimed by a request that died (its process crashed or was killed) must not block the retry
// for the key's whole 24 hours: the claim is a lease, renewed only while its request runs.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from './problem-assertions.ts';

describe('Idempotency-Key claims are leased', () => {
  let portal: TestPortal;
  let dana: HttpClient;
  let danaId: string;
  const body = { subject: 'Printer on fire', body: 'It is still burning.' };

  beforeAll(async () => {
    portal = await startPortal({ IDEMPOTENCY_LEASE_SECONDS: '30' });
    dana = await portal.signedIn('dana.diaz@customers.example');
    danaId = await userIdOf(portal.ctx.db, 'dana.diaz@customers.example');
  });
  afterAll(() => portal.close());

  /** What a request that died after claiming its key leaves behind: a claim with no response. */
  async function claimLeftByDeadRequest(key: string, leaseExpiresAt: Date) {
    const sameRequest = await dana.post('/api/v1/tickets', body, { 'idempotency-key': `probe-${key}` });
    expect(sameRequest.statusCode).toBe(201);
    // The fingerprint a real first request would have stored, taken from a finished one with the same body.
    const { rows } = await portal.ctx.db.query<{ request_hash: string }>(
      'SELECT request_hash FROM idempotency_keys WHERE user_id = $1 AND key = $2',
      [danaId, `probe-${key}`],
    );
    await portal.ctx.db.query(
      `INSERT INTO idempotency_keys (user_id, key, request_hash, created_at, lease_expires_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [danaId, key, rows[0]!.request_hash, portal.clock.now(), leaseExpiresAt],
    );
  }

  async function ticketsWithSubject() {
    const { rows } = await portal.ctx.db.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM tickets JOIN threads ON threads.id = tickets.thread_id WHERE threads.subject = 'Printer on fire'",
    );
    return rows[0]!.count;
  }

  it('a retry while the first request may still run is refused; after its lease it runs once', async () => {
    const key = randomUUID();
    await claimLeftByDeadRequest(key, new Date(portal.clock.now().getTime() + 30_000));
    const before = await ticketsWithSubject();

    const early = await dana.post('/api/v1/tickets', body, { 'idempotency-key': key });
    expect(expectProblem(early, 409).code).toBe('idempotency_in_progress');

    portal.clock.advanceMinutes(1);
    const retries = await Promise.all([
      dana.post('/api/v1/tickets', body, { 'idempotency-key': key }),
      dana.post('/api/v1/tickets', body, { 'idempotency-key': key }),
    ]);
    const created = retries.filter((response) => response.statusCode === 201);
    expect(created.length, retries.map((r) => `${r.statusCode} ${r.body}`).join('\n')).toBeGreaterThanOrEqual(1);
    for (const other of retries.filter((response) => response.statusCode !== 201))
      expect(expectProblem(other, 409).code).toBe('idempotency_in_progress');
    expect(await ticketsWithSubject()).toBe(before + 1);

    // From now on the key replays the retry's response.
    const replay = await dana.post('/api/v1/tickets', body, { 'idempotency-key': key });
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json().id).toBe(created[0]!.json().id);
    expect(await ticketsWithSubject()).toBe(before + 1);
  });

  it('an expired claim is not taken over by a request with another body', async () => {
    const key = randomUUID();
    await claimLeftByDeadRequest(key, new Date(portal.clock.now().getTime() - 1_000));
    const other = await dana.post('/api/v1/tickets', { ...body, body: 'Something else' }, { 'idempotency-key': key });
    expect(expectProblem(other, 409).code).toBe('idempotency_key_reused');
  });
});
