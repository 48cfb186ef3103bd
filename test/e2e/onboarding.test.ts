// Onboarding: staff make a template for the Clients segment (welcome, intake form, a task), a new client account
// gets it by itself, its first person works through "Getting started", and staff follow the progress; staff then
// apply it by hand to an existing client, whose person sees the checklist. With SCREENSHOT_DIR set, each new page
// is also captured at 1280 and 375 px, light and dark.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureScreens, emailedLink, newPage, pageAs, usePortico } from '../support/e2e.ts';

const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});

/** An API call with the page's session (setup an admin would do in other screens). */
async function apiAs<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const { csrfToken } = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers:
          body === undefined
            ? { 'x-csrf-token': csrfToken }
            : { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    { method, path, body },
  );
}

describe('onboarding', () => {
  it('staff make a template; a new client account gets it; the client works through it; staff see progress', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    const segments = await apiAs<{ items: { id: string; name: string; modules: string[] }[] }>(
      owner,
      'GET',
      '/segments',
    );
    const clients = segments.items.find((segment) => segment.name === 'Clients')!;
    await apiAs(owner, 'PATCH', `/segments/${clients.id}`, {
      modules: [...new Set([...clients.modules, 'forms', 'projects', 'onboarding'])],
    });
    const form = await apiAs<{ id: string }>(owner, 'POST', '/forms', {
      name: 'Intake questions',
      definition: { fields: [{ key: 'company', label: 'Company name', type: 'text', required: true }] },
    });
    await apiAs(owner, 'POST', `/forms/${form.id}/publish`);

    // The template, built in the console.
    await owner.reload();
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Onboarding' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Onboarding' }).waitFor();
    await owner.getByRole('link', { name: 'Templates' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Onboarding templates' }).waitFor();
    await owner.getByLabel('Name').fill('New client');
    await owner.getByLabel('Segment').selectOption({ label: 'Clients' });
    await owner.getByRole('button', { name: 'Create template' }).click();
    await owner.getByRole('heading', { level: 1, name: 'New client' }).waitFor();
    const add = async (kind: string) => {
      await owner.getByLabel('Kind of step').selectOption({ label: kind });
      await owner.getByRole('button', { name: 'Add step' }).click();
    };
    await add('Welcome message');
    await owner.getByLabel('Message').fill('Welcome to Northwind! Here is how we start.');
    await add('Task');
    await add('Intake form');
    const steps = owner.getByRole('list').filter({ has: owner.getByRole('heading', { name: /^Step 1/ }) });
    // The form was added last: move it up to second place, and let it wait for the welcome.
    await owner.getByRole('button', { name: 'Move step 3 up' }).click();
    await owner.getByRole('heading', { name: 'Step 2: Intake form' }).waitFor();
    // The demo has published forms of its own (the policyholders' claim declaration): pick ours.
    await steps.getByRole('listitem').nth(1).getByLabel('Form').selectOption({ label: 'Intake questions' });
    await steps.getByRole('listitem').nth(1).getByLabel('1. Welcome message').check();
    await steps.getByRole('listitem').nth(2).getByLabel('Title').fill('Book the kick-off call');
    await steps.getByRole('listitem').nth(2).getByLabel('2. Intake form').check();
    await owner.getByLabel('Apply to every new account of this segment').check();
    await owner.getByRole('button', { name: 'Save template' }).click();
    await owner.getByText('Template saved.').waitFor();
    await captureScreens(owner, 'console-onboarding-template');
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Onboarding' }).click();
    await owner.getByRole('link', { name: 'Templates' }).click();
    await owner.getByRole('row').filter({ hasText: 'New client' }).getByText('Automatically').waitFor();
    await captureScreens(owner, 'console-onboarding-templates');

    // A new client account: the template applies itself; its first person is invited.
    const account = await apiAs<{ id: string }>(owner, 'POST', '/accounts', {
      name: 'Zenith Partners',
      segmentId: clients.id,
    });
    const email = 'zoe@zenith.example';
    await apiAs(owner, 'POST', `/accounts/${account.id}/invitations`, {
      email,
      name: 'Zoe Zenith',
      role: 'account_admin',
    });
    const link = await emailedLink(owner, portico.baseUrl, email, 'You are invited to Zenith Partners');
    const zoe = await newPage(portico.browser);
    await zoe.goto(link);
    await zoe.getByLabel('Name', { exact: true }).fill('Zoe Zenith');
    await zoe.getByLabel('Password', { exact: true }).fill('a-long-enough-password-1');
    await zoe.getByRole('button', { name: 'Accept invitation' }).click();
    await zoe.getByRole('heading', { level: 1, name: 'Welcome, Zoe Zenith' }).waitFor();

    // The client's checklist: the welcome on top, the rest locked until it is read.
    await zoe.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Getting started' }).click();
    await zoe.getByRole('heading', { level: 1, name: 'Getting started' }).waitFor();
    const checklist = zoe.getByRole('list', { name: 'Steps' });
    await checklist.getByRole('listitem').first().getByText('Welcome to Northwind! Here is how we start.').waitFor();
    await zoe.getByText('0 of 3 steps done').waitFor();
    await captureScreens(zoe, 'portal-onboarding');
    await zoe.getByRole('button', { name: 'Mark as read' }).click();
    await zoe.getByText('1 of 3 steps done').waitFor();
    const next = checklist.getByRole('listitem').first();
    await next.getByText('Your next step').waitFor();
    await next.getByRole('link', { name: 'Open: Intake form' }).click();
    await zoe.getByRole('heading', { level: 1, name: 'Intake questions' }).waitFor();
    await zoe.getByLabel('Company name *').fill('Zenith Partners LLP');
    await zoe.getByRole('button', { name: 'Submit' }).click();
    await zoe.getByText('Thank you, your answers were sent.').waitFor();
    await zoe.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Getting started' }).click();
    await zoe.getByText('2 of 3 steps done').waitFor();

    // Staff see Zenith stuck on the kick-off call, waiting on the client.
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Onboarding' }).click();
    const row = owner.getByRole('row').filter({ hasText: 'Zenith Partners' });
    await row.getByText('Book the kick-off call').waitFor();
    expect(await row.textContent()).toContain('2/3');
    await captureScreens(owner, 'console-onboarding');
    await row.getByRole('link', { name: 'Zenith Partners' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Onboarding of Zenith Partners' }).waitFor();
    await owner.getByText('Waiting on the client').waitFor();
    await captureScreens(owner, 'console-onboarding-account');

    // The client does the task; the onboarding is finished and the time to onboard is on the dashboard.
    await checklist.getByRole('listitem').first().getByRole('link', { name: 'Open: Book the kick-off call' }).click();
    await zoe.getByLabel('Status').selectOption({ label: 'Done' });
    await zoe.getByRole('button', { name: 'Save status' }).click();
    await zoe.getByRole('heading', { level: 1 }).locator('..').getByText('Done').waitFor();
    await zoe.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Getting started' }).click();
    await zoe.getByText('You are all set: every step is finished.').waitFor();
    await owner.reload();
    await owner.getByText('3 of 3 steps done', { exact: false }).waitFor();
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Support dashboard' }).click();
    await owner.getByRole('heading', { name: 'Time to onboard' }).waitFor();
    const figure = owner.getByRole('region', { name: 'Time to onboard' });
    await figure
      .getByRole('listitem')
      .filter({ hasText: 'Clients' })
      .getByText(/minute/)
      .waitFor();
    await captureScreens(owner, 'console-support-dashboard-onboarding');

    // Staff apply the template by hand to a client that has none; its people see the checklist start.
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Onboarding' }).click();
    const apply = owner.locator('form').filter({ has: owner.getByRole('heading', { name: 'Apply a template' }) });
    await apply.getByLabel('Account', { exact: true }).selectOption({ label: 'Acme Manufacturing' });
    await apply.getByLabel('Template', { exact: true }).selectOption({ label: 'New client' });
    await apply.getByRole('button', { name: 'Apply', exact: true }).click();
    await owner.getByRole('heading', { level: 1, name: 'Onboarding of Acme Manufacturing' }).waitFor();
    await owner.getByText('0 of 3 steps done', { exact: false }).waitFor();
    const alice = await pageAs(portico, 'alice@acme.example');
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Getting started' }).click();
    await alice
      .getByRole('list', { name: 'Steps' })
      .getByRole('listitem')
      .first()
      .getByText('Welcome to Northwind! Here is how we start.')
      .waitFor();
  });
});
