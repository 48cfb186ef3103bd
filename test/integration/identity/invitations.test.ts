import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, lastMailTo, startPortal, type TestPortal, tokenFromMail, userIdOf } from '../../support/harness.ts';
import { auditEvents, mailCountTo, problemOf, SIGN_IN } from './helpers.ts';

const PREVIEW = '/api/v1/auth/invitations/preview';
const ACCEPT = '/api/v1/auth/invitations/accept';

describe('invitations into an account', () => {
  let portal: TestPortal;
  let acme: string;
  let blueHarbor: string;
  beforeAll(async () => {
    portal = await startPortal();
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    blueHarbor = await idOf(portal.ctx.db, 'accounts', 'Blue Harbor Dental');
  });
  afterAll(() => portal.close());

  /** Alice (account admin of Acme) invites; returns the created invitation and the emailed token. */
  const invite = async (email: string, accountId = acme) => {
    const alice = await portal.signedIn('alice@acme.example');
    const response = await alice.post(`/api/v1/accounts/${accountId}/invitations`, { email, role: 'member' });
    expect(response.statusCode).toBe(201);
    const mail = await lastMailTo(portal, email, { containing: '#token=' });
    expect(mail!.text_body).toMatch(/http:\/\/portico\.test\/invitation#token=[A-Za-z0-9_-]+/);
    return {
      alice,
      invitation: response.json() as { id: string; status: string },
      response,
      token: tokenFromMail(mail!.text_body),
    };
  };

  it('lets an account admin invite a new colleague who joins that account only', async () => {
    const { invitation, response, token } = await invite('newbie@acme.example');
    expect(response.json()).toMatchObject({
      email: 'newbie@acme.example',
      role: 'member',
      status: 'pending',
      abilities: { revoke: true },
    });

    const preview = await portal.client().post(PREVIEW, { token });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toEqual({
      email: 'newbie@acme.example',
      accountName: 'Acme Manufacturing',
      staffRole: null,
      hasAccount: false,
    });

    const browser = portal.client();
    const accepted = await browser.post(ACCEPT, { token, name: 'Nina Newbie', password: 'a-long-new-passphrase' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toEqual({ state: 'active' });
    const me = (await browser.get('/api/v1/me')).json();
    expect(me.user).toMatchObject({ email: 'newbie@acme.example', name: 'Nina Newbie', staffRole: null });
    expect(
      me.memberships.map((membership: { accountId: string; role: string }) => [membership.accountId, membership.role]),
    ).toEqual([[acme, 'member']]);
    expect(me.activeAccountId).toBe(acme);
    expect(
      (await portal.client().post(SIGN_IN, { email: 'newbie@acme.example', password: 'a-long-new-passphrase' }))
        .statusCode,
    ).toBe(200);

    const created = (await auditEvents(portal, 'invitation.created')).find(
      (event) => event.target_id === invitation.id,
    );
    expect(created).toMatchObject({
      actor_label: 'alice@acme.example',
      account_id: acme,
      target_label: 'newbie@acme.example',
    });
    const acceptedEvent = (await auditEvents(portal, 'invitation.accepted')).find(
      (event) => event.target_id === invitation.id,
    );
    expect(acceptedEvent).toMatchObject({
      actor_user_id: await userIdOf(portal.ctx.db, 'newbie@acme.example'),
      account_id: acme,
    });
  });

  it('works once: a used invitation can neither be previewed nor accepted again', async () => {
    const { token } = await invite('once@acme.example');
    expect(
      (await portal.client().post(ACCEPT, { token, name: 'Olga Once', password: 'first-acceptance-pass' })).statusCode,
    ).toBe(200);
    for (const [url, body] of [
      [PREVIEW, { token }],
      [ACCEPT, { token, name: 'Mallory', password: 'second-acceptance-pass' }],
    ] as const) {
      const again = await portal.client().post(url, body);
      expect(again.statusCode).toBe(400);
      expect(problemOf(again).code).toBe('invalid_token');
    }
    expect(
      (await portal.client().post(SIGN_IN, { email: 'once@acme.example', password: 'second-acceptance-pass' }))
        .statusCode,
    ).toBe(401);
  });

  it('refuses a weak password from a new invitee on the password field', async () => {
    const { token } = await invite('weak@acme.example');
    const refused = await portal.client().post(ACCEPT, { token, name: 'Walt Weak', password: 'qwertyuiop' });
    expect(refused.statusCode).toBe(400);
    expect(problemOf(refused).errors).toEqual([expect.objectContaining({ path: 'password', code: 'too_common' })]);
    expect(
      (await portal.client().post(ACCEPT, { token, name: 'Walt Weak', password: 'not-so-feeble-anymore' })).statusCode,
    ).toBe(200);
  });

  it('answers the same whether or not the invited address already has a sign-in', async () => {
    const fresh = await invite('brand.new@acme.example');
    const existing = await invite('bianca@blueharbor.example');
    const shape = (body: Record<string, unknown>) => {
      const { id, email, createdAt, expiresAt, ...rest } = body;
      return {
        keys: Object.keys(body).sort(),
        rest,
        types: [typeof id, typeof email, typeof createdAt, typeof expiresAt],
      };
    };
    expect(existing.response.statusCode).toBe(fresh.response.statusCode);
    expect(shape(existing.response.json())).toEqual(shape(fresh.response.json()));
  });

  it('an existing user accepts with their current password, keeps it, and gains the account', async () => {
    const { token } = await invite('ben@blueharbor.example');
    expect((await portal.client().post(PREVIEW, { token })).json()).toMatchObject({
      hasAccount: true,
      accountName: 'Acme Manufacturing',
    });

    const wrong = await portal.client().post(ACCEPT, { token, password: 'a-different-passphrase' });
    expect(wrong.statusCode).toBe(400);
    expect(problemOf(wrong).errors?.map((error) => error.path)).toEqual(['password']);
    // The wrong password neither joined Ben nor changed his password.
    const ben = await portal.signedIn('ben@blueharbor.example');
    expect((await ben.get('/api/v1/me')).json().memberships).toHaveLength(1);

    const browser = portal.client();
    const accepted = await browser.post(ACCEPT, { token, password: portal.demo.password });
    expect(accepted.statusCode).toBe(200);
    const me = (await browser.get('/api/v1/me')).json();
    expect(me.user.name).toBe('Ben Baker');
    expect(me.memberships.map((membership: { accountName: string }) => membership.accountName)).toEqual([
      'Acme Manufacturing',
      'Blue Harbor Dental',
    ]);
    expect(me.activeAccountId).toBe(acme);
    expect(
      (await portal.client().post(SIGN_IN, { email: 'ben@blueharbor.example', password: portal.demo.password }))
        .statusCode,
    ).toBe(200);
  });

  it('counts wrong passwords of an existing user against their sign-in limit', async () => {
    const { token } = await invite('carla@cedarpine.example');
    for (let attempt = 0; attempt < portal.config.signIn.maxFailures; attempt += 1) {
      expect((await portal.client().post(ACCEPT, { token, password: `guess-number-${attempt}` })).statusCode).toBe(400);
    }
    const throttled = await portal.client().post(ACCEPT, { token, password: portal.demo.password });
    expect(throttled.statusCode).toBe(429);
    expect(
      (await portal.client().post(SIGN_IN, { email: 'carla@cedarpine.example', password: portal.demo.password }))
        .statusCode,
    ).toBe(429);
  });

  it('cannot be accepted once revoked', async () => {
    const { alice, invitation, token } = await invite('revoked@acme.example');
    const revoke = await alice.delete(`/api/v1/accounts/${acme}/invitations/${invitation.id}`);
    expect(revoke.statusCode).toBe(200);
    expect(revoke.json().status).toBe('revoked');
    const accept = await portal.client().post(ACCEPT, { token, name: 'Rita Revoked', password: 'revoked-passphrase' });
    expect(accept.statusCode).toBe(400);
    expect(problemOf(accept).code).toBe('invalid_token');
    expect(
      (await portal.client().post(SIGN_IN, { email: 'revoked@acme.example', password: 'revoked-passphrase' }))
        .statusCode,
    ).toBe(401);
    const revokedEvent = (await auditEvents(portal, 'invitation.revoked')).find(
      (event) => event.target_id === invitation.id,
    );
    expect(revokedEvent).toMatchObject({ actor_label: 'alice@acme.example', account_id: acme });
  });

  it('a plain member may not invite', async () => {
    const adam = await portal.signedIn('adam@acme.example');
    const response = await adam.post(`/api/v1/accounts/${acme}/invitations`, { email: 'friend-of-adam@acme.example' });
    expect(response.statusCode).toBe(403);
    expect(await mailCountTo(portal, 'friend-of-adam@acme.example')).toBe(0);
  });

  it("an account admin cannot invite into another company's account", async () => {
    const alice = await portal.signedIn('alice@acme.example');
    const response = await alice.post(`/api/v1/accounts/${blueHarbor}/invitations`, { email: 'intruder@acme.example' });
    expect(response.statusCode).toBe(404);
    expect(problemOf(response).code).toBe('not_found');
    expect(await mailCountTo(portal, 'intruder@acme.example')).toBe(0);
  });

  it('expires after 7 days', async () => {
    const early = await invite('early@acme.example');
    const late = await invite('late@acme.example');
    portal.clock.advanceMinutes(7 * 24 * 60 - 5);
    expect(
      (await portal.client().post(ACCEPT, { token: early.token, name: 'Eve Early', password: 'just-in-time-pass' }))
        .statusCode,
    ).toBe(200);
    portal.clock.advanceMinutes(10);
    for (const [url, body] of [
      [PREVIEW, { token: late.token }],
      [ACCEPT, { token: late.token, name: 'Leo Late', password: 'too-late-passphrase' }],
    ] as const) {
      const response = await portal.client().post(url, body);
      expect(response.statusCode).toBe(400);
      expect(problemOf(response).code).toBe('invalid_token');
    }
    const alice = await portal.signedIn('alice@acme.example');
    const listed = (await alice.get(`/api/v1/accounts/${acme}/invitations`)).json().items as {
      email: string;
      status: string;
    }[];
    expect(listed.find((item) => item.email === 'late@acme.example')?.status).toBe('expired');
  });
});
