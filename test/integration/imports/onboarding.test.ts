// An import's new accounts and memberships run onboarding's listeners through their batch versions (one pass per
// batch): each new account of a segment with an automatic template starts its onboarding, and its engagement
// letter, which waited for people, goes out once to the people the same batch added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { itemOf, onboardingOf, setClientModules, WITH_ONBOARDING } from '../onboarding/support.ts';
import { countOf, runToEnd, uploadedId } from './support.ts';

const LETTER = { kind: 'signature', title: 'Sign the engagement letter', fees: { amount: 1000, currency: 'EUR' } };

describe('onboarding of imported accounts', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    const clients = await setClientModules(portal, owner, [...WITH_ONBOARDING, 'signatures']);
    const created = await owner.post('/api/v1/onboarding-templates', {
      segmentId: clients,
      name: 'Engagement',
      autoApply: true,
      steps: [
        { kind: 'welcome', title: 'Welcome', message: 'Hello' },
        { ...LETTER, waitsFor: [] },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
  });
  afterAll(() => portal.close());

  it('starts each new account’s onboarding and sends its letter once to the people the batch added', async () => {
    const file = [
      'External ID,Company,Segment,Email,Name,Role,Language',
      'onb-1,Oak Ltd,Clients,ann@oak.example,Ann Oak,account_admin,en',
      'onb-1,Oak Ltd,Clients,bob@oak.example,Bob Oak,member,en',
      'onb-2,Elm Ltd,Clients,cat@elm.example,Cat Elm,account_admin,en',
      'onb-3,Fir Ltd,Clients,,,,',
    ].join('\r\n');
    const id = await uploadedId(owner, `${file}\r\n`);
    await runToEnd(portal, owner, id, { dryRun: true });
    expect(await countOf(portal, "SELECT count(*)::int AS n FROM accounts WHERE external_id LIKE 'onb-%'")).toBe(0);
    const done = await runToEnd(portal, owner, id, { dryRun: false });
    expect(done.counts).toMatchObject({ accountsCreated: 3, membershipsCreated: 3, rowsWithErrors: 0 });

    const accounts = await portal.ctx.db.query<{ id: string; external_id: string }>(
      "SELECT id, external_id FROM accounts WHERE external_id LIKE 'onb-%' ORDER BY external_id",
    );
    const signersOf = async (accountId: string) => {
      const onboarding = await onboardingOf(owner, accountId);
      expect(onboarding?.status).toBe('active');
      const step = onboarding!.steps.find((s) => s.title === LETTER.title)!;
      if (!step.link) return null;
      const envelope = (await owner.get(`/api/v1/signature-envelopes/${itemOf(step)}`)).json();
      return envelope.signers.map((s: { email: string }) => s.email).sort();
    };
    const [oak, elm, fir] = accounts.rows.map((row) => row.id);
    expect(await signersOf(oak!)).toEqual(['ann@oak.example', 'bob@oak.example', 'owner@northwind.example']);
    expect(await signersOf(elm!)).toEqual(['cat@elm.example', 'owner@northwind.example']);
    // No people yet: the letter waits for the first one.
    expect(await signersOf(fir!)).toBeNull();
    // One envelope per account, however many of its people joined in the batch.
    expect(
      await countOf(portal, 'SELECT count(*)::int AS n FROM signature_envelopes WHERE account_id = ANY($1::uuid[])', [
        [oak, elm, fir],
      ]),
    ).toBe(2);
  });
});
