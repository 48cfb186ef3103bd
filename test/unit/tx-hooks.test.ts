import { describe, expect, it } from 'vitest';
import type { Queryable } from '../../src/server/platform/db/index.ts';
import { txHook } from '../../src/server/platform/tx-hooks.ts';

const tx = {} as Queryable;

describe('txHook.fireMany', () => {
  it('calls a batch version once with every event, and a listener without one event by event, in order', async () => {
    const hook = txHook<number>();
    const calls: string[] = [];
    hook.listen(async (_tx, n) => void calls.push(`one ${n}`));
    hook.listen(
      async (_tx, n) => void calls.push(`single ${n}`),
      async (_tx, all) => void calls.push(`batch ${all.join(',')}`),
    );
    await hook.fireMany(tx, [1, 2, 3]);
    expect(calls).toEqual(['one 1', 'one 2', 'one 3', 'batch 1,2,3']);
    calls.length = 0;
    await hook.fire(tx, 4);
    expect(calls).toEqual(['one 4', 'single 4']);
  });

  it('calls nothing for no events, and nothing once unsubscribed', async () => {
    const hook = txHook<number>();
    const calls: number[][] = [];
    const stop = hook.listen(
      async () => undefined,
      async (_tx, all) => void calls.push(all),
    );
    await hook.fireMany(tx, []);
    stop();
    await hook.fireMany(tx, [1]);
    expect(calls).toEqual([]);
  });
});
