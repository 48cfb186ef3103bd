import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type TestPortal } from '../support/harness.ts';

describe('sign-in smoke', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal.close());

  it('signs the demo owner in and shows their abilities', async () => {
    const owner = await portal.signedIn(portal.demo.staffOwner);
    const me = await owner.get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().abilities.useConsole).toBe(true);
    const accounts = await owner.get('/api/v1/accounts?limit=5');
    expect(accounts.json().items).toHaveLength(5);
  });
});
