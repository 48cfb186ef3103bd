import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { countOf, generatedCsv, IMPORTS, runToEnd, uploadedId } from './support.ts';

// An import's invitations go out at the import's own pace (10 a minute here), apart from the per-sender budget of
// invitations sent by hand (3 an hour here). The test moves the jobs' clock instead of waiting.
describe('invitations of a CSV import', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  beforeAll(async () => {
    portal = await startPortal({ IMPORT_INVITATIONS_PER_MINUTE: '10', INVITATIONS_PER_HOUR: '3' });
    owner = await portal.signedIn('owner@northwind.example');
  });
  afterAll(() => portal.close());

  const invited = () =>
    countOf(portal, "SELECT count(*)::int AS n FROM invitations WHERE email LIKE '%@paced.example'");
  const mailed = () =>
    countOf(portal, "SELECT count(*)::int AS n FROM mail_messages WHERE to_address LIKE '%@paced.example'");

  it('are sent ten a minute after the import, never through the inviter’s own budget', async () => {
    const id = await uploadedId(owner, generatedCsv(25, 'paced'));
    const dry = await runToEnd(portal, owner, id, { dryRun: true, sendInvitations: true });
    expect(dry.counts.invitationsSent).toBe(25);
    expect(dry.invitations).toEqual({ queued: 0, sent: 0 });
    expect(await invited()).toBe(0);

    const done = await runToEnd(portal, owner, id, { dryRun: false, sendInvitations: true });
    expect(done.counts).toMatchObject({ peopleCreated: 25, invitationsSent: 25 });
    // The first minute's worth went out with the import; the rest wait for the clock.
    expect(done.invitations).toEqual({ queued: 25, sent: 10 });
    expect(await invited()).toBe(10);
    expect(await mailed()).toBe(10);

    portal.clock.advanceMinutes(1);
    await portal.ctx.background.idle();
    expect((await owner.get(`${IMPORTS}/${id}`)).json().invitations).toEqual({ queued: 25, sent: 20 });

    portal.clock.advanceMinutes(1);
    await portal.ctx.background.idle();
    expect((await owner.get(`${IMPORTS}/${id}`)).json().invitations).toEqual({ queued: 25, sent: 25 });
    expect(await invited()).toBe(25);
    expect(await mailed()).toBe(25);
    // Each person once, however often the job ran.
    expect(
      await countOf(
        portal,
        "SELECT count(DISTINCT email)::int AS n FROM invitations WHERE email LIKE '%@paced.example'",
      ),
    ).toBe(25);

    // 25 invitations from the import, and the owner may still invite by hand (3 an hour here).
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    const byHand = await owner.post(`/api/v1/accounts/${acme}/invitations`, {
      email: 'by-hand@acme.example',
      role: 'member',
    });
    expect(byHand.statusCode, byHand.body).toBe(201);
  });

  it('are not sent again when the same file is imported again', async () => {
    const id = await uploadedId(owner, generatedCsv(25, 'paced'));
    const again = await runToEnd(portal, owner, id, { dryRun: false, sendInvitations: true });
    expect(again.counts).toMatchObject({ peopleCreated: 0, invitationsSent: 0 });
    expect(again.invitations).toEqual({ queued: 0, sent: 0 });
    expect(await invited()).toBe(25);
  });
});
