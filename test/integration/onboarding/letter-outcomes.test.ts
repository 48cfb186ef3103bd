// The engagement letter step follows its envelope through the signatures module's hooks: once the client has signed
// and only the firm's countersignature is left, the step (and the timeline) waits on the firm; a declined, voided or
// expired envelope leaves the step open with its state, and staff re-issue a new envelope from the step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSignatureSweep } from '../../../src/server/modules/signatures/index.ts';
import { startPortal, tokenMailedTo, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { sign } from '../signatures/support.ts';
import { itemOf, onboardingOf, setClientModules, WITH_ONBOARDING, type Step } from './support.ts';

const TITLE = 'Sign the engagement letter';
const PASSWORD = 'a long enough passphrase 42';
type Issue = { state: string; byName: string | null; reason: string | null } | null;
type LetterStep = Step & { issue: Issue };

describe('onboarding: whose turn the engagement letter is, and letters that end unsigned', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let clients: string;
  let templateId: string;

  beforeAll(async () => {
    portal = await startPortal({ SIGNATURES_REMINDER_INTERVAL_SECONDS: '0' });
    owner = await portal.signedIn('owner@northwind.example');
    clients = await setClientModules(portal, owner, [...WITH_ONBOARDING, 'signatures']);
    const created = await owner.post('/api/v1/onboarding-templates', {
      segmentId: clients,
      name: 'Letter only',
      steps: [{ kind: 'signature', title: TITLE, fees: { amount: 90000, currency: 'EUR' }, message: 'Terms' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    templateId = created.json().id;
  });
  afterAll(() => portal.close());

  /** A new account of the Clients segment with its onboarding, then one person joining (who is sent the letter). */
  async function newClient(name: string, email: string) {
    const accountId = (await owner.post('/api/v1/accounts', { name, segmentId: clients })).json().id as string;
    expect((await owner.post(`/api/v1/accounts/${accountId}/onboardings`, { templateId })).statusCode).toBe(201);
    expect(
      (await owner.post(`/api/v1/accounts/${accountId}/invitations`, { email, role: 'account_admin' })).statusCode,
    ).toBe(201);
    const token = await tokenMailedTo(portal, email);
    const accepted = await portal.client().post('/api/v1/auth/invitations/accept', {
      token,
      name: `${name} Admin`,
      password: 'a long enough passphrase 42',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    return { accountId, client: await portal.signedIn(email, PASSWORD) };
  }

  const letterOf = async (viewer: HttpClient, accountId: string) =>
    (await onboardingOf(viewer, accountId))!.steps[0] as unknown as LetterStep & {
      abilities: { reissue: boolean; complete: boolean };
    };

  const envelopeOf = async (step: LetterStep) =>
    (await owner.get(`/api/v1/signature-envelopes/${itemOf(step)}`)).json() as {
      id: string;
      contentSha256: string;
      status: string;
    };

  it('after the client signs, the step and the timeline wait on the firm, not on the client', async () => {
    const { accountId, client } = await newClient('Turnwell Ltd', 'tina@turnwell.example');
    const before = await letterOf(owner, accountId);
    expect(before).toMatchObject({ status: 'open', side: 'client', issue: null });
    const envelope = await envelopeOf(before);
    const clientSide = (await client.get(`/api/v1/accounts/${accountId}/obligations?side=client`)).json();
    expect(clientSide.items.map((item: { id: string }) => item.id)).toContain(envelope.id);

    const signed = await sign(client, envelope.id, envelope.contentSha256, { kind: 'typed', name: 'Tina' });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(await letterOf(client, accountId)).toMatchObject({ status: 'open', side: 'firm', issue: null });
    expect(await letterOf(owner, accountId)).toMatchObject({ status: 'open', side: 'firm' });
    const firm = (await owner.get(`/api/v1/accounts/${accountId}/obligations?side=firm`)).json();
    expect(firm.items.find((item: { id: string }) => item.id === envelope.id)).toMatchObject({ side: 'firm' });
    const clientAfter = (await client.get(`/api/v1/accounts/${accountId}/obligations?side=client`)).json();
    expect(clientAfter.items.map((item: { id: string }) => item.id)).not.toContain(envelope.id);
    // The console overview says the same: stuck on the letter, waiting on the firm.
    const overview = (await owner.get('/api/v1/onboardings?status=active&limit=200')).json();
    expect(overview.items.find((item: { accountId: string }) => item.accountId === accountId)).toMatchObject({
      currentStep: { title: TITLE, kind: 'signature', side: 'firm' },
    });

    // The firm countersigns: the step is done.
    const countersigned = await sign(owner, envelope.id, envelope.contentSha256, { kind: 'typed', name: 'Owner' });
    expect(countersigned.statusCode, countersigned.body).toBe(200);
    expect((await letterOf(owner, accountId)).status).toBe('done');
  });

  it('a declined letter shows who declined and why; staff re-send a new envelope in one action, once', async () => {
    const { accountId, client } = await newClient('Declina GmbH', 'dora@declina.example');
    const first = await envelopeOf(await letterOf(owner, accountId));
    const declined = await client.post(`/api/v1/signature-envelopes/${first.id}/decline`, {
      reason: 'The fees are wrong',
    });
    expect(declined.statusCode, declined.body).toBe(200);

    const seenByClient = await letterOf(client, accountId);
    expect(seenByClient).toMatchObject({
      status: 'open',
      side: 'firm',
      issue: { state: 'declined', byName: 'Declina GmbH Admin', reason: 'The fees are wrong' },
      abilities: { reissue: false },
    });
    const seenByStaff = await letterOf(owner, accountId);
    expect(seenByStaff.abilities.reissue).toBe(true);
    expectProblem(await client.post(`/api/v1/onboarding-steps/${seenByStaff.id}/reissue`), 403);

    // Two clicks at once make one envelope: the second finds nothing left to re-issue.
    const [a, b] = await Promise.all([
      owner.post(`/api/v1/onboarding-steps/${seenByStaff.id}/reissue`),
      owner.post(`/api/v1/onboarding-steps/${seenByStaff.id}/reissue`),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expectProblem([a, b].find((r) => r.statusCode === 409)!, 409, 'step_not_reissuable');
    const after = await letterOf(owner, accountId);
    expect(after).toMatchObject({ status: 'open', side: 'client', issue: null, abilities: { reissue: false } });
    expect(itemOf(after)).not.toBe(first.id);
    const envelopes = (await owner.get(`/api/v1/accounts/${accountId}/signature-envelopes`)).json().items;
    expect(envelopes.map((e: { status: string }) => e.status).sort()).toEqual(['declined', 'sent']);

    // The new letter is signed by both sides: the step is done.
    const second = await envelopeOf(after);
    expect((await sign(client, second.id, second.contentSha256, { kind: 'typed', name: 'Dora' })).statusCode).toBe(200);
    expect((await sign(owner, second.id, second.contentSha256, { kind: 'typed', name: 'O' })).statusCode).toBe(200);
    expect((await letterOf(owner, accountId)).status).toBe('done');
    expectProblem(await owner.post(`/api/v1/onboarding-steps/${after.id}/reissue`), 409, 'step_not_reissuable');
  });

  it('a voided letter names who voided it and the reason; an expired one says so', async () => {
    const voided = await newClient('Voidal Inc', 'vic@voidal.example');
    const envelope = await envelopeOf(await letterOf(owner, voided.accountId));
    const voiding = await owner.post(`/api/v1/signature-envelopes/${envelope.id}/void`, { reason: 'Wrong template' });
    expect(voiding.statusCode, voiding.body).toBe(200);
    expect(await letterOf(voided.client, voided.accountId)).toMatchObject({
      side: 'firm',
      issue: { state: 'voided', byName: 'Olivia Owner', reason: 'Wrong template' },
    });

    const lapsed = await newClient('Lapse & Co', 'lea@lapse.example');
    const open = await envelopeOf(await letterOf(owner, lapsed.accountId));
    // The letter's expiry is in the past (set here: onboarding letters have none); the sweep closes it.
    await portal.ctx.db.query("UPDATE signature_envelopes SET expires_at = now() - interval '1 minute' WHERE id = $1", [
      open.id,
    ]);
    await runSignatureSweep(portal.ctx);
    expect((await envelopeOf(await letterOf(owner, lapsed.accountId))).status).toBe('expired');
    expect(await letterOf(lapsed.client, lapsed.accountId)).toMatchObject({
      status: 'open',
      side: 'firm',
      issue: { state: 'expired', byName: null, reason: null },
    });
  });

  it('re-issuing: a foreign or unknown step is 404 for staff limited to other accounts; module off is 403', async () => {
    const { accountId, client } = await newClient('Scoped Ltd', 'sol@scoped.example');
    const envelope = await envelopeOf(await letterOf(owner, accountId));
    await client.post(`/api/v1/signature-envelopes/${envelope.id}/decline`, { reason: 'No' });
    const step = await letterOf(owner, accountId);
    const agent = await portal.signedIn('agent@northwind.example');
    const foreign = await agent.post(`/api/v1/onboarding-steps/${step.id}/reissue`);
    const missing = await agent.post('/api/v1/onboarding-steps/0190a0a0-0000-7000-8000-000000000000/reissue');
    expectProblem(foreign, 404, 'not_found');
    expectProblem(missing, 404, 'not_found');
    expectProblem(await owner.post('/api/v1/onboarding-steps/not-an-id/reissue'), 400);

    await setClientModules(portal, owner, WITH_ONBOARDING);
    expectProblem(await owner.post(`/api/v1/onboarding-steps/${step.id}/reissue`), 403, 'module_disabled');
    await setClientModules(portal, owner, [...WITH_ONBOARDING, 'signatures']);
    expect((await owner.post(`/api/v1/onboarding-steps/${step.id}/reissue`)).statusCode).toBe(200);
  });
});
