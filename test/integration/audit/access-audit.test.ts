import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import { auditEvents } from '../identity/helpers.ts';

const BROWSER = 'Mozilla/5.0 (ProbeTest) Firefox/140.0';

describe('audit of refused access and of who-with-what', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal.close());

  it('records a 403 on a staff route with the person, the route and their browser', async () => {
    const alice = await portal.signedIn('alice@acme.example');
    const refused = await alice.get('/api/v1/audit-events', { 'user-agent': BROWSER });
    expect(refused.statusCode).toBe(403);
    const denied = await auditEvents(portal, 'access.denied');
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({
      actor_label: 'alice@acme.example',
      user_agent: BROWSER,
      ip: '127.0.0.1',
      details: { method: 'GET', route: '/api/v1/audit-events' },
    });
  });

  it('records a CSRF failure of a signed-in browser, not of a cookieless script', async () => {
    const ben = await portal.signedIn('ben@blueharbor.example');
    ben.sendCsrf = false;
    const refused = await ben.patch('/api/v1/me', { name: 'Driven By Another Site' }, { 'user-agent': BROWSER });
    expect(refused.statusCode).toBe(403);
    const script = portal.client();
    script.sendCsrf = false;
    expect((await script.post('/api/v1/auth/sign-out', {})).statusCode).toBe(403);
    const failures = await auditEvents(portal, 'access.csrf_failed');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ user_agent: BROWSER, details: { method: 'PATCH', route: '/api/v1/me' } });
  });

  it('turns many 404s on object ids by one person into one probing event', async () => {
    const carla = await portal.signedIn('carla@cedarpine.example');
    for (let index = 0; index < 30; index += 1)
      expect((await carla.get(`/api/v1/threads/${crypto.randomUUID()}`)).statusCode).toBe(404);
    const probing = await auditEvents(portal, 'access.probing');
    expect(probing).toHaveLength(1);
    expect(probing[0]).toMatchObject({ actor_label: 'carla@cedarpine.example', details: { notFound: 21 } });
    // A few 404s of someone else are ordinary.
    const dana = await portal.signedIn('dana.diaz@customers.example');
    for (let index = 0; index < 3; index += 1) await dana.get(`/api/v1/threads/${crypto.randomUUID()}`);
    expect(await auditEvents(portal, 'access.probing')).toHaveLength(1);
  });

  it('keeps the user agent of every event and shows it in the audit API', async () => {
    const browser = portal.client();
    const signIn = await browser.post(
      '/api/v1/auth/sign-in',
      { email: 'alice@acme.example', password: portal.demo.password },
      { 'user-agent': BROWSER, 'x-test-ip': '198.51.100.7' },
    );
    expect(signIn.statusCode).toBe(200);
    const owner = await portal.signedIn(portal.demo.staffOwner);
    const page = await owner.get('/api/v1/audit-events?action=sign_in.succeeded&limit=50');
    expect(page.statusCode).toBe(200);
    const mine = (page.json().items as { ip: string; userAgent: string | null }[]).filter(
      (event) => event.ip === '198.51.100.7',
    );
    expect(mine).toEqual([expect.objectContaining({ userAgent: BROWSER })]);
  });
});
