import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, lastMailTo, startPortal, type TestPortal, tokenFromMail } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { mailCountTo, problemOf, SIGN_IN } from './helpers.ts';

const REQUEST = '/api/v1/auth/magic-links';
const CONSUME = '/api/v1/auth/magic-links/consume';

describe('magic-link sign-in', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let customersSegment: string;
  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn(portal.demo.staffOwner);
    customersSegment = await idOf(portal.ctx.db, 'segments', 'Customers');
  });
  afterAll(() => portal.close());

  /** Asks for a link; returns the emailed token, or null when no new mail went out. */
  const requestLink = async (email: string) => {
    const before = await mailCountTo(portal, email);
    const response = await portal.client().post(REQUEST, { email });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ ok: true });
    if ((await mailCountTo(portal, email)) === before) return null;
    const mail = await lastMailTo(portal, email, { containing: '#token=' });
    expect(mail!.text_body).toMatch(/http:\/\/portico\.test\/magic-link#token=/);
    return tokenFromMail(mail!.text_body);
  };

  const setMethods = async (signInMethods: string[]) => {
    const response = await owner.patch(`/api/v1/segments/${customersSegment}`, { signInMethods });
    expect(response.statusCode).toBe(200);
    expect(response.json().signInMethods).toEqual(signInMethods);
  };

  it('signs a customer in with an emailed link, once', async () => {
    const token = await requestLink('dana.diaz@customers.example');
    expect(token).not.toBeNull();
    const browser = portal.client();
    const consumed = await browser.post(CONSUME, { token });
    expect(consumed.statusCode).toBe(200);
    expect(consumed.json()).toEqual({ state: 'active' });
    const me = await browser.get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe('dana.diaz@customers.example');

    const again = await portal.client().post(CONSUME, { token });
    expect(again.statusCode).toBe(400);
    expect(problemOf(again).code).toBe('invalid_token');
  });

  it('sends nothing to staff or to unknown addresses, with the same answer', async () => {
    expect(await requestLink(portal.demo.staffOwner)).toBeNull();
    expect(await requestLink('agent@northwind.example')).toBeNull();
    expect(await requestLink('nobody@customers.example')).toBeNull();
  });

  it('refuses a link older than 15 minutes', async () => {
    const stale = await requestLink('eli.evans@customers.example');
    portal.clock.advanceMinutes(16);
    const late = await portal.client().post(CONSUME, { token: stale });
    expect(late.statusCode).toBe(400);
    expect(problemOf(late).code).toBe('invalid_token');

    const fresh = await requestLink('eli.evans@customers.example');
    portal.clock.advanceMinutes(14);
    expect((await portal.client().post(CONSUME, { token: fresh })).statusCode).toBe(200);
  });

  it('a password-only segment sends no links, refuses links sent before, and keeps password sign-in', async () => {
    const earlier = await requestLink('fatima.farah@customers.example');
    expect(earlier).not.toBeNull();
    await setMethods(['password']);
    try {
      expect(await requestLink('fatima.farah@customers.example')).toBeNull();
      const stale = await portal.client().post(CONSUME, { token: earlier });
      expect(stale.statusCode).toBe(400);
      expect(problemOf(stale).code).toBe('invalid_token');
      const password = await portal
        .client()
        .post(SIGN_IN, { email: 'fatima.farah@customers.example', password: portal.demo.password });
      expect(password.statusCode).toBe(200);
      // Other segments are untouched: a client still gets a link.
      expect(await requestLink('alice@acme.example')).not.toBeNull();
    } finally {
      await setMethods(['password', 'magic_link']);
    }
  });

  it('a magic-link-only segment refuses password sign-in with its own code, but only after a right password', async () => {
    await setMethods(['magic_link']);
    try {
      const email = 'georg.gruber@customers.example';
      const refused = await portal.client().post(SIGN_IN, { email, password: portal.demo.password });
      expect(refused.statusCode).toBe(403);
      expect(problemOf(refused).code).toBe('sign_in_method_not_allowed');
      expect(refused.cookies.find((cookie) => cookie.name === 'portico_session')).toBeUndefined();
      // A wrong password still reads as wrong credentials: the method rule reveals nothing to a guesser.
      const wrong = await portal.client().post(SIGN_IN, { email, password: 'not-the-password' });
      expect(wrong.statusCode).toBe(401);

      const token = await requestLink(email);
      expect((await portal.client().post(CONSUME, { token })).statusCode).toBe(200);
      // Staff keep signing in with a password whatever the segments say.
      expect(
        (await portal.client().post(SIGN_IN, { email: portal.demo.staffOwner, password: portal.demo.password }))
          .statusCode,
      ).toBe(200);
    } finally {
      await setMethods(['password', 'magic_link']);
    }
  });

  it('a person in several segments gets only the methods all of them allow', async () => {
    const customerAccount = await idOf(portal.ctx.db, 'accounts', 'Hana Haddad');
    // Sam (Clients segment) also joins a customer account; then Customers turns magic links off.
    await portal.ctx.db.query(
      `INSERT INTO memberships (account_id, user_id, role) SELECT $1, id, 'member' FROM users WHERE email = 'sam@consultant.example'`,
      [customerAccount],
    );
    expect(await requestLink('sam@consultant.example')).not.toBeNull();
    await setMethods(['password']);
    try {
      expect(await requestLink('sam@consultant.example')).toBeNull();
      expect(await requestLink('adam@acme.example')).not.toBeNull();
    } finally {
      await setMethods(['password', 'magic_link']);
    }
  });
});
