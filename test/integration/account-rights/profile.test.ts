import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import { problemOf } from '../identity/helpers.ts';

describe('profile: name, phone and language', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal.close());

  it('stores the phone and language with the name; a bad phone is refused on its field', async () => {
    const dana = await portal.signedIn('dana.diaz@customers.example');
    const saved = await dana.patch('/api/v1/me', { name: 'Dana D.', phone: '+44 20 7946 0958', locale: 'de-AT' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().user).toMatchObject({ name: 'Dana D.', phone: '+44 20 7946 0958', locale: 'de-AT' });
    expect((await dana.get('/api/v1/me')).json().user.phone).toBe('+44 20 7946 0958');

    const bad = await dana.patch('/api/v1/me', { phone: '<b>call me</b>' });
    expect(problemOf(bad).errors?.[0]?.path).toBe('phone');
    // Leaving the phone out keeps it; null clears it.
    expect((await dana.patch('/api/v1/me', { name: 'Dana Diaz' })).json().user.phone).toBe('+44 20 7946 0958');
    expect((await dana.patch('/api/v1/me', { phone: null })).json().user.phone).toBeNull();
  });
});
