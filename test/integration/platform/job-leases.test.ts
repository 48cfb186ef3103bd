// Jobs are leased: a job whose runner died is taken over by another runner once its lease passed (by the
// context's clock, moved here instead of waiting), and only then; the attempt number fences out the old runner,
// whose completion or failure changes nothing; two runners never run one job; a runner claims only its kinds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob, JobRunner, type JobHandler } from '../../../src/server/platform/jobs/index.ts';
import { startPortal, type TestPortal } from '../../support/harness.ts';

const LEASE_MS = 60_000;

/** A promise with its resolve function, to hold a handler inside its run until the test lets it go. */
function gate<T = void>() {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

describe('job leases', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal.close());

  const enqueue = async (kind: string, payload: Record<string, unknown>, maxAttempts = 8) => {
    await portal.ctx.db.transaction((tx) =>
      enqueueJob(tx, { kind, payload, runAt: portal.clock.now(), maxAttempts }, portal.clock.now()),
    );
    const { rows } = await portal.ctx.db.query<{ id: string }>(
      "SELECT id FROM jobs WHERE kind = $1 AND payload->>'n' = $2",
      [kind, String(payload.n)],
    );
    return rows[0]!.id;
  };
  const jobRow = async (id: string) =>
    (
      await portal.ctx.db.query<{ status: string; attempts: number; last_error: string | null }>(
        'SELECT status, attempts, last_error FROM jobs WHERE id = $1',
        [id],
      )
    ).rows[0]!;

  it('a job whose runner died is taken over once its lease passed; the old attempt then changes nothing', async () => {
    const kind = 'test.takeover';
    const id = await enqueue(kind, { n: 1 }, 2);
    const entered = gate<AbortSignal>();
    const letGo = gate();
    const first = new JobRunner(portal.ctx, 3_600_000, LEASE_MS);
    first.register(kind, async (_ctx, _payload, _job, signal) => {
      entered.open(signal);
      await letGo.promise;
    });
    const firstRun = first.drain();
    const firstSignal = await entered.promise;
    expect(await jobRow(id)).toMatchObject({ status: 'running', attempts: 1 });

    // Another process while the lease holds: it must not take the job.
    const secondRuns: number[] = [];
    const gaveUp: number[] = [];
    const failing: JobHandler = async (_ctx, _payload, job) => {
      secondRuns.push(job.attempts);
      throw new Error('the second attempt fails too');
    };
    const second = new JobRunner(portal.ctx, 3_600_000, LEASE_MS);
    second.register(kind, failing, { onGiveUp: async (_ctx, _payload, job) => void gaveUp.push(job.attempts) });
    await second.drain();
    expect(secondRuns).toEqual([]);

    // Past the lease (the first runner renewed nothing: it is as good as dead), the job is the second runner's.
    portal.clock.advanceMinutes(2);
    await second.drain();
    expect(secondRuns).toEqual([2]);
    // Its last attempt failed: the job gave up, and the kind's hook ran once, in that transaction.
    expect(await jobRow(id)).toMatchObject({
      status: 'failed',
      attempts: 2,
      last_error: 'the second attempt fails too',
    });
    expect(gaveUp).toEqual([2]);

    // The first runner learns at its next renewal that the lease is gone: its handler's signal aborts.
    expect(firstSignal.aborted).toBe(false);
    await first.renewLeases();
    expect(firstSignal.aborted).toBe(true);
    // Its handler finishes anyway: the stale attempt's completion is ignored (attempt 1 no longer owns the job).
    letGo.open();
    await firstRun;
    expect(await jobRow(id)).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('a stale attempt that fails changes nothing either, and gives nothing up', async () => {
    const kind = 'test.stale-failure';
    const id = await enqueue(kind, { n: 2 }, 1);
    const entered = gate();
    const letGo = gate();
    const gaveUp: string[] = [];
    const first = new JobRunner(portal.ctx, 3_600_000, LEASE_MS);
    first.register(
      kind,
      async () => {
        entered.open();
        await letGo.promise;
        throw new Error('too late');
      },
      { onGiveUp: async () => void gaveUp.push('first') },
    );
    const firstRun = first.drain();
    await entered.promise;
    portal.clock.advanceMinutes(2);
    const second = new JobRunner(portal.ctx, 3_600_000, LEASE_MS);
    const ran: number[] = [];
    second.register(kind, async (_ctx, _payload, job) => void ran.push(job.attempts), {
      onGiveUp: async () => void gaveUp.push('second'),
    });
    await second.drain();
    // A job taken over past its last attempt (its runners keep dying) gives up instead of running again.
    expect(ran).toEqual([]);
    expect(await jobRow(id)).toMatchObject({ status: 'failed', attempts: 2 });
    expect(gaveUp).toEqual(['second']);
    letGo.open();
    await firstRun;
    expect(await jobRow(id)).toMatchObject({ status: 'failed', attempts: 2 });
    expect(gaveUp).toEqual(['second']);
  });

  it('two runners never run one job; each runs only the kinds it handles', async () => {
    const kind = 'test.shared';
    const ids = [];
    for (let n = 10; n < 30; n += 1) ids.push(await enqueue(kind, { n }));
    const other = await enqueue('test.nobody-handles-this', { n: 99 });
    const runs = new Map<number, string[]>();
    const runners = ['a', 'b'].map((name) => {
      const runner = new JobRunner(portal.ctx, 3_600_000, LEASE_MS);
      runner.register(kind, async (_ctx, payload) => {
        const n = Number(payload.n);
        runs.set(n, [...(runs.get(n) ?? []), name]);
        // Give the other runner a turn while this one holds a job.
        await new Promise((resolve) => setImmediate(resolve));
      });
      return runner;
    });
    await Promise.all(runners.map((runner) => runner.drain()));
    expect([...runs.keys()].sort((x, y) => x - y)).toEqual([...Array(20).keys()].map((n) => n + 10));
    for (const [n, by] of runs) expect(by, `job ${n}`).toHaveLength(1);
    for (const id of ids) expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 1 });
    expect(await jobRow(other)).toMatchObject({ status: 'queued', attempts: 0 });
  });

  it('a running job counts as background work: idle() waits for it', async () => {
    const kind = 'test.background';
    const id = await enqueue(kind, { n: 40 });
    const letGo = gate();
    const entered = gate();
    const runner = new JobRunner(portal.ctx, 3_600_000, LEASE_MS);
    runner.register(kind, async () => {
      entered.open();
      await letGo.promise;
    });
    void runner.drain();
    await entered.promise;
    let idle = false;
    const waiting = portal.ctx.background.idle().then(() => (idle = true));
    expect(await jobRow(id)).toMatchObject({ status: 'running' });
    expect(idle).toBe(false);
    letGo.open();
    await waiting;
    expect(await jobRow(id)).toMatchObject({ status: 'done' });
  });
});
