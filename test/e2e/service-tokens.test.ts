// Integrations (firm-level service tokens): an owner creates one in the console (the secret shown once), it calls
// the API as the integration, the audit log names it, and the owner revokes it: the next call is 401. With
// SCREENSHOT_DIR set, the page is also captured at 1280 and 375 px, light and dark.
import { describe, expect, it } from 'vitest';
import { captureScreens, pageAs, usePortico } from '../support/e2e.ts';

const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});

/** A request with the integration's token, from outside the browser (as the integration would). */
function asIntegration(token: string, method: 'GET' | 'POST', path: string, body?: unknown) {
  return fetch(`${portico.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
}

describe('integrations (service tokens)', () => {
  it('an owner creates an integration token, it acts and is audited as the integration, then is revoked', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Integrations' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Integrations' }).waitFor();
    await owner.getByText('The firm has no integration tokens.').waitFor();
    await owner.getByLabel('Integration name').fill('Shop sync');
    await owner.getByLabel('Accounts, people and settings').selectOption('write');
    await owner.getByLabel('Requests per minute', { exact: true }).fill('120');
    await captureScreens(owner, 'console-integrations');
    await owner.getByRole('button', { name: 'Create integration token' }).click();
    const secret = (await owner.getByTestId('api-token-secret').textContent())!.trim();
    expect(secret).toMatch(/^svc_/);
    await captureScreens(owner, 'console-integrations-created');
    await owner.getByRole('button', { name: 'I stored it' }).click();
    const list = owner.getByRole('list', { name: 'Integration tokens' });
    await list.getByRole('heading', { name: /^Shop sync/ }).waitFor();
    await list.getByText('Created by Olivia Owner', { exact: false }).waitFor();
    await list.getByText('What it writes appears as “Integration: Shop sync”.').waitFor();
    const limit = list.getByLabel('Requests per minute for “Shop sync”');
    expect(await limit.inputValue()).toBe('120');

    const hook = await asIntegration(secret, 'POST', '/api/v1/webhooks/subscriptions', {
      url: 'https://hooks.example/shop',
      eventTypes: ['ticket.created'],
    });
    expect(hook.status).toBe(201);
    // Firm-wide: every account, not one person's.
    const accounts = (await (await asIntegration(secret, 'GET', '/api/v1/accounts')).json()) as {
      items: { id: string }[];
    };
    expect(accounts.items.length).toBeGreaterThan(1);

    // Its own budget, lowered to 1 a minute: among three calls in a row one is refused with 429 and Retry-After.
    await limit.fill('1');
    await list.getByRole('button', { name: 'Save limit' }).click();
    await owner.getByText('Limit saved.').waitFor();
    await captureScreens(owner, 'console-integrations-limit');
    const calls = [];
    for (let n = 0; n < 3; n++) calls.push(await asIntegration(secret, 'GET', '/api/v1/accounts'));
    const refused = calls.find((call) => call.status === 429);
    expect(refused?.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused?.headers.get('ratelimit-policy')).toBe('"apiTokenRequests";q=1;w=60');
    await limit.fill('');
    await list.getByRole('button', { name: 'Save limit' }).click();
    await owner.getByText('Limit saved.').nth(0).waitFor();

    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Audit log' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await owner.getByRole('cell', { name: 'Integration: Shop sync' }).first().waitFor();

    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Integrations' }).click();
    await owner.getByRole('button', { name: 'Revoke token Shop sync' }).click();
    const dialog = owner.getByRole('alertdialog');
    await dialog.getByText('Whatever uses this token stops working at once.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Revoke' }).click();
    await owner.getByText('Token revoked').waitFor();
    await list.getByText('Revoked').waitFor();
    expect(await owner.getByRole('button', { name: 'Revoke token Shop sync' }).count()).toBe(0);
    expect((await asIntegration(secret, 'GET', '/api/v1/accounts')).status).toBe(401);
  });
});
