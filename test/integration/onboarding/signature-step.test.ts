// The onboarding step "engagement letter to sign": applied to an account with people, it sends the letter when it
// opens (people first, then the staff member who applied it) and is done when the envelope is completed. A new
// account has no people: the step opens without its envelope and sends it when the first person joins (an
// invitation accepted), in that transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, lastMailTo, startPortal, tokenMailedTo, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { sign } from '../signatures/support.ts';
import { itemOf, onboardingOf, setClientModules, WITH_ONBOARDING } from './support.ts';

const LETTER = {
  kind: 'signature',
  title: 'Sign the engagement letter',
  fees: { amount: 150000, currency: 'EUR' },
  message: 'Our terms.',
};

describe('onboarding: the engagement letter to sign', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let clients: string;
  let templateId: string;
  let ownerId: string;

  beforeAll(async () => {
    portal = await startPortal({ SIGNATURES_REMINDER_INTERVAL_SECONDS: '0' });
    owner = await portal.signedIn('owner@northwind.example');
    clients = await setClientModules(portal, owner, [...WITH_ONBOARDING, 'signatures']);
    ownerId = await userIdOf(portal.ctx.db, 'owner@northwind.example');
    const created = await owner.post('/api/v1/onboarding-templates', {
      segmentId: clients,
      name: 'Engagement',
      steps: [
        { kind: 'welcome', title: 'Welcome', message: 'Hello' },
        { ...LETTER, waitsFor: [] },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    templateId = created.json().id;
  });
  afterAll(() => portal.close());

  it('refuses bad fees and unknown fields in the step', async () => {
    for (const bad of [
      { ...LETTER, fees: { amount: -1, currency: 'EUR' } },
      { ...LETTER, fees: { amount: 1.5, currency: 'EUR' } },
      { ...LETTER, fees: { amount: 1, currency: 'euro' } },
      { ...LETTER, signers: ['x'] },
    ])
      expectProblem(
        await owner.post('/api/v1/onboarding-templates', { segmentId: clients, name: 'Bad', steps: [bad] }),
        400,
      );
  });

  it('an account with people: the letter goes out when the step opens; completing it finishes the step', async () => {
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    const applied = await owner.post(`/api/v1/accounts/${acme}/onboardings`, { templateId });
    expect(applied.statusCode, applied.body).toBe(201);
    const step = (await onboardingOf(owner, acme))!.steps.find((s) => s.title === LETTER.title)!;
    expect(step).toMatchObject({ status: 'open', side: 'client' });
    expect(step.link).toMatch(/^\/console\/signatures\//);
    const envelopeId = itemOf(step);
    const envelope = (await owner.get(`/api/v1/signature-envelopes/${envelopeId}`)).json();
    expect(envelope).toMatchObject({ title: LETTER.title, message: 'Our terms.', mode: 'sequential', status: 'sent' });
    // The account's people first (admins first), the staff member who applied it last.
    expect(envelope.signers.at(-1)).toMatchObject({ userId: ownerId, side: 'firm' });
    expect(envelope.signers.slice(0, -1).every((s: { side: string }) => s.side === 'client')).toBe(true);
    expect(envelope.signers.length).toBeGreaterThan(1);

    // Every signer signs in turn; the step stays open until the envelope is complete.
    for (const signer of envelope.signers as { userId: string; email: string }[]) {
      expect((await onboardingOf(owner, acme))!.steps.find((s) => s.title === LETTER.title)!.status).toBe('open');
      const client = await portal.signedIn(signer.email);
      const signed = await sign(client, envelopeId, envelope.contentSha256, { kind: 'typed', name: signer.email });
      expect(signed.statusCode, signed.body).toBe(200);
    }
    expect((await owner.get(`/api/v1/signature-envelopes/${envelopeId}`)).json().status).toBe('completed');
    const after = (await onboardingOf(owner, acme))!;
    expect(after.steps.find((s) => s.title === LETTER.title)!.status).toBe('done');
  });

  it('a new account with no people: the step waits, and the first person to join is sent the letter', async () => {
    const account = (await owner.post('/api/v1/accounts', { name: 'Newcomer Ltd', segmentId: clients })).json().id;
    const applied = await owner.post(`/api/v1/accounts/${account}/onboardings`, { templateId });
    expect(applied.statusCode, applied.body).toBe(201);
    const waiting = (await onboardingOf(owner, account))!.steps.find((s) => s.title === LETTER.title)!;
    expect(waiting).toMatchObject({ status: 'open', link: null });
    expect((await owner.get(`/api/v1/accounts/${account}/signature-envelopes`)).json().items).toEqual([]);

    const invited = await owner.post(`/api/v1/accounts/${account}/invitations`, {
      email: 'nina@newcomer.example',
      role: 'account_admin',
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const token = await tokenMailedTo(portal, 'nina@newcomer.example');
    const accepted = await portal
      .client()
      .post('/api/v1/auth/invitations/accept', { token, name: 'Nina New', password: 'a long enough passphrase 42' });
    expect(accepted.statusCode, accepted.body).toBe(200);

    const opened = (await onboardingOf(owner, account))!.steps.find((s) => s.title === LETTER.title)!;
    expect(opened.status).toBe('open');
    const envelope = (await owner.get(`/api/v1/signature-envelopes/${itemOf(opened)}`)).json();
    expect(envelope.signers.map((s: { email: string; side: string }) => [s.email, s.side])).toEqual([
      ['nina@newcomer.example', 'client'],
      ['owner@northwind.example', 'firm'],
    ]);
    expect(await lastMailTo(portal, 'nina@newcomer.example', { containing: LETTER.title })).not.toBeNull();
    // A second person joining later sends nothing more: the step has its envelope.
    const again = await owner.post(`/api/v1/accounts/${account}/invitations`, {
      email: 'omar@newcomer.example',
      role: 'member',
    });
    expect(again.statusCode).toBe(201);
    const second = await tokenMailedTo(portal, 'omar@newcomer.example');
    expect(
      (
        await portal.client().post('/api/v1/auth/invitations/accept', {
          token: second,
          name: 'Omar',
          password: 'another long passphrase 7',
        })
      ).statusCode,
    ).toBe(200);
    expect((await owner.get(`/api/v1/accounts/${account}/signature-envelopes`)).json().items).toHaveLength(1);
  });
});
