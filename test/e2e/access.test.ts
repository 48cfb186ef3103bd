// Who sees which account: a staff agent limited to one account, a client user probing another client's
// account, and a person in two accounts switching between them.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { accountIdByName, newPage, signInAs, usePortico } from '../support/e2e.ts';

const e2e = usePortico();
/** Account ids, read once through the owner's API. */
const ids: Record<string, string> = {};

beforeAll(async () => {
  const owner = await newPage(e2e.browser);
  await signInAs(owner, e2e.baseUrl, 'owner@northwind.example');
  for (const name of ['Acme Manufacturing', 'Blue Harbor Dental']) ids[name] = await accountIdByName(owner, name);
  await owner.context().close();
});

/** The HTTP status of a GET made by the page, with its cookies. */
function statusOf(page: Page, path: string) {
  return page.evaluate((url) => fetch(url).then((response) => response.status), path);
}

/** The account shown on the portal home page (the "Account" panel). */
function homeAccount(page: Page) {
  return page.getByRole('region', { name: 'Account' });
}

describe('a staff agent limited to assigned accounts', () => {
  it('sees only Acme Manufacturing in the console, and Blue Harbor Dental’s page is not found', async () => {
    const agent = await newPage(e2e.browser);
    await signInAs(agent, e2e.baseUrl, 'agent@northwind.example');
    await agent.goto(`${e2e.baseUrl}/console/accounts`);
    const list = agent.getByRole('table', { name: 'Accounts' });
    await list.getByRole('link', { name: 'Acme Manufacturing' }).waitFor();
    const names = await list.getByRole('link').allTextContents();
    expect(names).toEqual(['Acme Manufacturing']);
    // Searching for another client finds nothing either.
    await agent.getByLabel('Search accounts').fill('Blue Harbor');
    await agent.getByText('No accounts match.').waitFor();

    await agent.goto(`${e2e.baseUrl}/console/accounts/${ids['Blue Harbor Dental']}`);
    await agent.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
    await agent.getByRole('alert').getByText('The requested resource does not exist.').waitFor();
    expect(await agent.getByText('Blue Harbor Dental').count()).toBe(0);
    expect(await agent.getByRole('region', { name: 'Members' }).count()).toBe(0);
    expect(await statusOf(agent, `/api/v1/accounts/${ids['Blue Harbor Dental']}/members`)).toBe(404);

    // Their own account opens normally.
    await agent.goto(`${e2e.baseUrl}/console/accounts/${ids['Acme Manufacturing']}`);
    await agent.getByRole('heading', { level: 1, name: 'Acme Manufacturing' }).waitFor();
    await agent.getByRole('region', { name: 'Members' }).getByText('alice@acme.example').waitFor();
    await agent.context().close();
  });
});

describe('a client user of one account', () => {
  it('gets 404 for another client account and its members and invitations, and sees nothing of it', async () => {
    const alice = await newPage(e2e.browser);
    await signInAs(alice, e2e.baseUrl, 'alice@acme.example');
    const own = ids['Acme Manufacturing']!;
    const other = ids['Blue Harbor Dental']!;
    expect(await statusOf(alice, `/api/v1/accounts/${own}`)).toBe(200);
    expect(await statusOf(alice, `/api/v1/accounts/${other}`)).toBe(404);
    expect(await statusOf(alice, `/api/v1/accounts/${other}/members`)).toBe(404);
    expect(await statusOf(alice, `/api/v1/accounts/${other}/invitations`)).toBe(404);
    // Changing data in it fails the same way (with the page's CSRF token, so only access decides).
    const invited = await alice.evaluate(async (accountId) => {
      const session = (await fetch('/api/v1/session').then((response) => response.json())) as { csrfToken: string };
      const response = await fetch(`/api/v1/accounts/${accountId}/invitations`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-CSRF-Token': session.csrfToken,
          'Idempotency-Key': crypto.randomUUID(),
        },
        body: JSON.stringify({ email: 'intruder@acme.example', role: 'member' }),
      });
      return response.status;
    }, other);
    expect(invited).toBe(404);

    // The account's page is in the staff console, which sends a client user back to their own portal.
    await alice.goto(`${e2e.baseUrl}/console/accounts/${other}`);
    await alice.getByRole('heading', { level: 1, name: 'Welcome, Alice Archer' }).waitFor();
    expect(new URL(alice.url()).pathname).toBe('/');
    await homeAccount(alice).getByText('Acme Manufacturing').waitFor();
    expect(await alice.getByText('Blue Harbor Dental').count()).toBe(0);
    // Other addresses in the portal show the not-found page.
    await alice.goto(`${e2e.baseUrl}/accounts/${other}`);
    await alice.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await alice.getByText('Blue Harbor Dental').count()).toBe(0);
    await alice.context().close();
  });
});

describe('a person in two accounts', () => {
  it('switches between them with the account switcher', async () => {
    const sam = await newPage(e2e.browser);
    await signInAs(sam, e2e.baseUrl, 'sam@consultant.example');
    const switcher = sam.getByLabel('Switch account');
    const options = (await switcher.locator('option').allTextContents()).sort();
    expect(options).toEqual(['Acme Manufacturing', 'Blue Harbor Dental']);
    await homeAccount(sam).getByText('Acme Manufacturing').waitFor();

    await switcher.selectOption({ label: 'Blue Harbor Dental' });
    await sam.getByText('Switched to Blue Harbor Dental').waitFor();
    await homeAccount(sam).getByText('Blue Harbor Dental').waitFor();
    expect(await homeAccount(sam).getByText('Acme Manufacturing').count()).toBe(0);
    expect(await switcher.inputValue()).toBe(ids['Blue Harbor Dental']);
    // The choice belongs to the session: it survives a reload.
    await sam.reload();
    await homeAccount(sam).getByText('Blue Harbor Dental').waitFor();

    await sam.getByLabel('Switch account').selectOption({ label: 'Acme Manufacturing' });
    await sam.getByText('Switched to Acme Manufacturing').waitFor();
    await homeAccount(sam).getByText('Acme Manufacturing').waitFor();
    expect(await homeAccount(sam).getByText('Blue Harbor Dental').count()).toBe(0);
    expect(await switcher.inputValue()).toBe(ids['Acme Manufacturing']);
    await sam.context().close();
  });
});
