import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, lastMailTo, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { upload } from '../documents/support.ts';
import { expectProblem, randomId } from '../platform/problem-assertions.ts';
import { allKindsSteps, itemOf, onboardingOf, publishedForm, setClientModules, WITH_ONBOARDING } from './support.ts';

describe('onboarding: templates, apply, steps completing through their modules', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let bianca: HttpClient;
  let acme: string;
  let clients: string;
  let formId: string;
  let templateId: string;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    clients = await setClientModules(portal, owner, WITH_ONBOARDING);
    alice = await portal.signedIn('alice@acme.example');
    bianca = await portal.signedIn('bianca@blueharbor.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    formId = await publishedForm(owner, 'Onboarding intake');
  });
  afterAll(() => portal.close());

  it('staff make a template; a step waiting for a later one, or an unpublished form, is 400; people get 403', async () => {
    const later = expectProblem(
      await owner.post('/api/v1/onboarding-templates', {
        segmentId: clients,
        name: 'Broken',
        steps: [
          { kind: 'welcome', title: 'Hi', message: 'Hello', waitsFor: [1] },
          ...allKindsSteps(formId).slice(1, 2),
        ],
      }),
      400,
    );
    expect(later.errors?.[0]?.path).toBe('steps.0.waitsFor.0');
    const draft = (await owner.post('/api/v1/forms', { name: 'Unpublished', definition: { fields: [] } })).json().id;
    const unpublished = expectProblem(
      await owner.post('/api/v1/onboarding-templates', {
        segmentId: clients,
        name: 'Broken',
        steps: [{ kind: 'form', title: 'Form', formId: draft }],
      }),
      400,
    );
    expect(unpublished.errors?.[0]).toMatchObject({ path: 'steps.0.formId', code: 'not_published' });
    const created = await owner.post('/api/v1/onboarding-templates', {
      segmentId: clients,
      name: 'New client',
      steps: allKindsSteps(formId),
    });
    expect(created.statusCode, created.body).toBe(201);
    templateId = created.json().id;
    expect(created.json()).toMatchObject({ name: 'New client', autoApply: false, segmentName: 'Clients', version: 1 });
    expect(created.json().steps).toHaveLength(6);
    expectProblem(await alice.get('/api/v1/onboarding-templates'), 403);
    expectProblem(await alice.patch(`/api/v1/onboarding-templates/${templateId}`, { name: 'Mine' }), 403);
    expectProblem(
      await owner.patch(`/api/v1/onboarding-templates/${templateId}`, { name: 'X' }, { 'if-match': '7' }),
      409,
    );
    const renamed = await owner.patch(
      `/api/v1/onboarding-templates/${templateId}`,
      { name: 'New client (2027)' },
      {
        'if-match': '1',
      },
    );
    expect(renamed.json()).toMatchObject({ name: 'New client (2027)', version: 2 });
  });

  it('applied by hand: only the welcome opens; the client ticks it; the form and file request open and are mailed', async () => {
    expect(await onboardingOf(alice, acme)).toBeNull();
    const adam = await portal.signedIn('adam@acme.example');
    const off = await adam.put('/api/v1/me/notification-preferences', { email: { onboarding: 'off' } });
    expect(off.json().email.onboarding).toBe('off');
    expectProblem(await alice.post(`/api/v1/accounts/${acme}/onboardings`, { templateId }), 403);
    const applied = await owner.post(`/api/v1/accounts/${acme}/onboardings`, { templateId });
    expect(applied.statusCode, applied.body).toBe(201);
    const first = (await onboardingOf(alice, acme))!;
    expect(first.status).toBe('active');
    expect(first.steps.map((step) => [step.title, step.status])).toEqual([
      ['Welcome aboard', 'open'],
      ['Tell us about you', 'waiting'],
      ['Last year’s accounts', 'waiting'],
      ['Set-up fee', 'waiting'],
      ['Book the kick-off call', 'waiting'],
      ['Set up the ledger', 'waiting'],
    ]);
    expect((await lastMailTo(portal, 'alice@acme.example', { containing: 'Welcome aboard' }))?.subject).toContain(
      'Welcome aboard',
    );
    expectProblem(await owner.post(`/api/v1/accounts/${acme}/onboardings`, { templateId }), 409, 'already_onboarding');
    expectProblem(await bianca.post(`/api/v1/onboarding-steps/${first.steps[0]!.id}/complete`), 404);
    const ticked = await alice.post(`/api/v1/onboarding-steps/${first.steps[0]!.id}/complete`);
    expect(ticked.statusCode, ticked.body).toBe(200);
    const second = (await onboardingOf(alice, acme))!;
    expect(second.steps.slice(0, 2).map((step) => [step.title, step.status, step.side])).toEqual([
      ['Tell us about you', 'open', 'client'],
      ['Last year’s accounts', 'open', 'client'],
    ]);
    expectProblem(await alice.post(`/api/v1/onboarding-steps/${first.steps[0]!.id}/complete`), 409, 'step_not_open');
    expectProblem(await alice.post(`/api/v1/onboarding-steps/${second.steps[0]!.id}/complete`), 403, 'not_allowed');
    expect((await lastMailTo(portal, 'alice@acme.example', { containing: 'Tell us about you' }))?.subject).toContain(
      'Tell us about you',
    );
    // Adam turned onboarding email off: he hears about no step (Alice, with the default, does).
    expect(await lastMailTo(portal, 'adam@acme.example', { containing: 'Tell us about you' })).toBeNull();
  });

  it('the form submitted opens the invoice; the invoice paid opens the client task; file request accepted opens the firm task', async () => {
    const open = (await onboardingOf(alice, acme))!;
    const formStep = open.steps.find((step) => step.kind === 'form')!;
    const submitted = await alice.post(`/api/v1/form-assignments/${itemOf(formStep)}/submit`, {
      answers: { company: 'Acme' },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const afterForm = (await onboardingOf(owner, acme))!;
    const invoiceStep = afterForm.steps.find((step) => step.kind === 'invoice')!;
    expect(invoiceStep.status).toBe('open');
    const invoice = await owner.get(`/api/v1/billing-documents/${itemOf(invoiceStep)}`);
    expect(invoice.json()).toMatchObject({ status: 'sent', kind: 'invoice' });
    const paid = await owner.post(`/api/v1/billing-documents/${itemOf(invoiceStep)}/payments`, {
      amount: invoice.json().total.amount,
      method: 'bank_transfer',
      receivedOn: '2026-12-06',
    });
    expect(paid.statusCode, paid.body).toBe(201);
    const afterPay = (await onboardingOf(alice, acme))!;
    expect(afterPay.steps.find((step) => step.kind === 'invoice')!.status).toBe('done');
    const clientTask = afterPay.steps.find((step) => step.title === 'Book the kick-off call')!;
    expect(clientTask).toMatchObject({ status: 'open', side: 'client' });
    // The client's next step is on top of their checklist.
    expect(afterPay.steps[0]!.side).toBe('client');

    const requests = (await owner.get(`/api/v1/accounts/${acme}/file-requests`)).json().items as {
      id: string;
      title: string;
    }[];
    const request = requests.find((item) => item.title === 'Last year’s accounts')!;
    expect(
      (
        await upload(
          alice,
          `/api/v1/file-requests/${request.id}/uploads?name=accounts.pdf`,
          '%PDF-1.4 x',
          'application/pdf',
        )
      ).statusCode,
    ).toBe(201);
    const uploaded = (await onboardingOf(owner, acme))!;
    expect(uploaded.steps.find((step) => step.kind === 'file_request')).toMatchObject({ status: 'open', side: 'firm' });
    expect((await owner.post(`/api/v1/file-requests/${request.id}/accept`)).statusCode).toBe(200);
    const accepted = (await onboardingOf(owner, acme))!;
    expect(accepted.steps.find((step) => step.kind === 'file_request')!.status).toBe('done');
    const firmTask = accepted.steps.find((step) => step.title === 'Set up the ledger')!;
    expect(firmTask).toMatchObject({ status: 'open', side: 'firm' });

    // The overview shows Acme stuck on an open step, with its progress.
    const overview = await owner.get('/api/v1/onboardings?status=active');
    expect(overview.json().items).toEqual([
      expect.objectContaining({
        accountName: 'Acme Manufacturing',
        stepsDone: 4,
        stepsTotal: 6,
        currentStep: expect.any(Object),
      }),
    ]);
    expectProblem(await alice.get('/api/v1/onboardings'), 403);

    const taskOf = (step: { link: string | null }) => itemOf(step as never);
    expect((await alice.patch(`/api/v1/tasks/${taskOf(clientTask)}`, { status: 'done' })).statusCode).toBe(200);
    expect((await owner.patch(`/api/v1/tasks/${taskOf(firmTask)}`, { status: 'done' })).statusCode).toBe(200);
    const done = (await onboardingOf(alice, acme))!;
    expect(done.status).toBe('completed');
    expect(done.steps.every((step) => step.status === 'done')).toBe(true);
    const stats = (await owner.get('/api/v1/onboarding-stats')).json();
    expect(stats.segments).toEqual([
      expect.objectContaining({
        segmentName: 'Clients',
        completed: 1,
        inProgress: 0,
        medianSeconds: expect.any(Number),
      }),
    ]);
  });

  it('automatic: a new account of the segment starts the template in its own transaction; cancel and re-apply', async () => {
    const auto = await owner.post('/api/v1/onboarding-templates', {
      segmentId: clients,
      name: 'Automatic',
      autoApply: true,
      steps: [
        { kind: 'welcome', title: 'Hello', message: 'Hi' },
        { kind: 'task', title: 'Our part', side: 'firm' },
        // Opens with the account, before it has a billing profile: billed in the step's currency.
        {
          kind: 'invoice',
          title: 'Retainer',
          currency: 'GBP',
          lines: [{ description: 'Retainer', quantity: 1, unitPrice: 5000 }],
        },
      ],
    });
    expect(auto.statusCode, auto.body).toBe(201);
    const account = await owner.post('/api/v1/accounts', { name: 'Zenith Ltd', segmentId: clients });
    expect(account.statusCode, account.body).toBe(201);
    const started = (await onboardingOf(owner, account.json().id))!;
    expect(started.steps.map((step) => [step.title, step.status])).toEqual([
      ['Hello', 'open'],
      ['Retainer', 'open'],
      ['Our part', 'open'],
    ]);
    const invoice = await owner.get(`/api/v1/billing-documents/${itemOf(started.steps[1])}`);
    expect(invoice.json()).toMatchObject({ status: 'sent', total: { amount: 5000, currency: 'GBP' } });
    const cancelled = await owner.post(`/api/v1/onboardings/${started.id}/cancel`);
    expect(cancelled.json().onboarding).toMatchObject({ status: 'cancelled', abilities: { reapply: true } });
    expectProblem(await owner.post(`/api/v1/onboardings/${started.id}/cancel`), 409, 'not_active');
    const again = await owner.post(`/api/v1/accounts/${account.json().id}/onboardings`, { templateId: auto.json().id });
    expect(again.json().onboarding).toMatchObject({ status: 'active' });
    expect(again.json().onboarding.id).not.toBe(started.id);
    // Not of this segment: refused.
    expectProblem(await owner.post(`/api/v1/accounts/${acme}/onboardings`, { templateId: randomId() }), 400);
  });

  it('an invoice step from a catalogue item bills its price in the account’s currency; no price there is 400', async () => {
    const item = await owner.post('/api/v1/billing/catalog', {
      name: 'Onboarding package',
      prices: [{ amount: 12000, currency: 'EUR' }],
      kind: 'one_off',
    });
    expect(item.statusCode, item.body).toBe(201);
    const step = (currency: string) => ({
      kind: 'invoice',
      title: 'Package',
      currency,
      catalogItemId: item.json().id,
    });
    const refused = expectProblem(
      await owner.post('/api/v1/onboarding-templates', { segmentId: clients, name: 'No price', steps: [step('USD')] }),
      400,
    );
    expect(refused.errors?.[0]).toMatchObject({ path: 'steps.0.catalogItemId', code: 'no_price' });
    const empty = expectProblem(
      await owner.post('/api/v1/onboarding-templates', {
        segmentId: clients,
        name: 'Empty',
        steps: [{ kind: 'invoice', title: 'Nothing', currency: 'EUR' }],
      }),
      400,
    );
    expect(empty.errors?.[0]).toMatchObject({ path: 'steps.0.lines', code: 'required' });
    const template = await owner.post('/api/v1/onboarding-templates', {
      segmentId: clients,
      name: 'Package',
      steps: [step('EUR')],
    });
    const account = (await owner.post('/api/v1/accounts', { name: 'Package Co', segmentId: clients })).json().id;
    await owner.post(`/api/v1/onboardings/${(await onboardingOf(owner, account))!.id}/cancel`);
    const applied = await owner.post(`/api/v1/accounts/${account}/onboardings`, { templateId: template.json().id });
    expect(applied.statusCode, applied.body).toBe(201);
    const invoice = await owner.get(`/api/v1/billing-documents/${itemOf(applied.json().onboarding.steps[0])}`);
    expect(invoice.json()).toMatchObject({ status: 'sent', total: { amount: 12000, currency: 'EUR' } });
    expect(invoice.json().lines[0].description).toBe('Onboarding package');
  });

  it('two applies at once make one onboarding; the other is 409', async () => {
    const bare = await owner.post('/api/v1/onboarding-templates', {
      segmentId: clients,
      name: 'Race',
      steps: [{ kind: 'welcome', title: 'Hi', message: 'Hi' }],
    });
    const account = (await owner.post('/api/v1/accounts', { name: 'Race Co', segmentId: clients })).json().id;
    // The automatic template of the earlier test applied itself: cancel it first.
    await owner.post(`/api/v1/onboardings/${(await onboardingOf(owner, account))!.id}/cancel`);
    const results = await Promise.all(
      [1, 2, 3].map(() => owner.post(`/api/v1/accounts/${account}/onboardings`, { templateId: bare.json().id })),
    );
    expect(results.map((result) => result.statusCode).sort()).toEqual([201, 409, 409]);
    const { rows } = await portal.ctx.db.query(
      "SELECT count(*)::int AS n FROM onboardings WHERE account_id = $1 AND status = 'active'",
      [account],
    );
    expect(rows[0]).toEqual({ n: 1 });
  });

  it('another account’s onboarding is 404 everywhere; module off is 403 module_disabled', async () => {
    const acmeOnboarding = (await onboardingOf(owner, acme))!;
    expectProblem(await bianca.get(`/api/v1/accounts/${acme}/onboarding`), 404);
    expectProblem(await bianca.post(`/api/v1/onboarding-steps/${acmeOnboarding.steps[0]!.id}/complete`), 404);
    await setClientModules(portal, owner, ['documents', 'messages', 'billing', 'projects', 'forms']);
    expectProblem(await alice.get(`/api/v1/accounts/${acme}/onboarding`), 403, 'module_disabled');
    expectProblem(await owner.post(`/api/v1/accounts/${acme}/onboardings`, { templateId }), 403, 'module_disabled');
    await setClientModules(portal, owner, WITH_ONBOARDING);
  });
});
