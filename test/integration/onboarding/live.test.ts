// Onboarding live updates: every change of an account's onboarding (applied, a step ticked, a step's item moving)
// is an `onboarding.updated` event on the event stream, which reaches that account's people and staff, and never
// the people of another account. "Never" is shown by order: a later event of the other account arrives, so an
// earlier one would have too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { cookieHeader, listen, SseClient, type SseEvent } from '../conversations/helpers.ts';
import { setClientModules, WITH_ONBOARDING } from './support.ts';

const updatesOf = (stream: SseClient, accountId: string) =>
  stream.events.filter((event) => event.type === 'onboarding.updated' && event.data.accountId === accountId);

describe('onboarding.updated on the event stream', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let streams: Record<'owner' | 'alice' | 'bianca', SseClient>;
  let acme: string;
  let blueHarbor: string;
  let templateId: string;

  beforeAll(async () => {
    portal = await startPortal();
    const base = await listen(portal);
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    const bianca = await portal.signedIn('bianca@blueharbor.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    blueHarbor = await idOf(portal.ctx.db, 'accounts', 'Blue Harbor Dental');
    const segmentId = await setClientModules(portal, owner, WITH_ONBOARDING);
    const template = await owner.post('/api/v1/onboarding-templates', {
      segmentId,
      name: 'Live',
      steps: [
        { kind: 'welcome', title: 'Hello', message: 'Welcome' },
        { kind: 'welcome', title: 'Read this too', message: 'More', waitsFor: [0] },
      ],
    });
    expect(template.statusCode, template.body).toBe(201);
    templateId = template.json().id;
    streams = {
      owner: await SseClient.open(base, cookieHeader(owner)),
      alice: await SseClient.open(base, cookieHeader(alice)),
      bianca: await SseClient.open(base, cookieHeader(bianca)),
    };
    for (const stream of Object.values(streams)) expect(stream.status).toBe(200);
  });
  afterAll(async () => {
    for (const stream of Object.values(streams ?? {})) stream.close();
    await portal.close();
  });

  it('reaches the account’s people and staff at each change, and no one of another account', async () => {
    const applied = await owner.post(`/api/v1/accounts/${acme}/onboardings`, { templateId });
    expect(applied.statusCode, applied.body).toBe(201);
    const onboarding = applied.json().onboarding as { id: string; steps: { id: string; title: string }[] };
    const isApplied = (event: SseEvent) =>
      event.type === 'onboarding.updated' && event.data.data.onboardingId === onboarding.id;
    const forAlice = await streams.alice.waitFor(isApplied);
    expect(forAlice.data).toMatchObject({ accountId: acme, data: { onboardingId: onboarding.id } });
    await streams.owner.waitFor(isApplied);

    // The client ticks the first step: both sides hear of it (the next step opened).
    const first = onboarding.steps.find((step) => step.title === 'Hello')!;
    expect((await alice.post(`/api/v1/onboarding-steps/${first.id}/complete`)).statusCode).toBe(200);
    await streams.alice.waitFor(() => updatesOf(streams.alice, acme).length === 2);
    await streams.owner.waitFor(() => updatesOf(streams.owner, acme).length === 2);

    // Blue Harbor's onboarding reaches Bianca; Acme's two events came before it and never reached her.
    expect((await owner.post(`/api/v1/accounts/${blueHarbor}/onboardings`, { templateId })).statusCode).toBe(201);
    await streams.bianca.waitFor(() => updatesOf(streams.bianca, blueHarbor).length === 1);
    expect(updatesOf(streams.bianca, acme)).toEqual([]);
    expect(streams.bianca.events.some((event) => event.data.accountId === acme)).toBe(false);

    // Staff tick Acme's second step for the client: Alice hears of it, and never heard of Blue Harbor's.
    const second = (await owner.get(`/api/v1/accounts/${acme}/onboarding`))
      .json()
      .onboarding.steps.find((step: { title: string }) => step.title === 'Read this too');
    expect((await owner.post(`/api/v1/onboarding-steps/${second.id}/complete`)).statusCode).toBe(200);
    await streams.alice.waitFor(() => updatesOf(streams.alice, acme).length === 3);
    expect(updatesOf(streams.alice, blueHarbor)).toEqual([]);
    await streams.owner.waitFor(() => updatesOf(streams.owner, blueHarbor).length === 1);
    expect((await alice.get(`/api/v1/accounts/${acme}/onboarding`)).json().onboarding.status).toBe('completed');
  });
});
