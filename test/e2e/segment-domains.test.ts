// Custom domains per segment: an owner gives two segments their own domains in the console; chromium reaches the
// one local server through both names (a host-resolver rule maps them to 127.0.0.1). Each domain shows its own
// segment's branding, a session made on one is not a session on the other, and signing in on the wrong one sends
// the person to theirs. A segment's language is its domain's, and its people's emails (read in the outbox) link to
// their own domain. With SCREENSHOT_DIR set, the console's segment page is captured at 1280/375, light/dark.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureScreens, launchBrowser, signIn, signInAs, startPortico, type RunningPortico } from '../support/e2e.ts';

const CLIENTS = 'clients.northwind.example';
const CUSTOMERS = 'customers.northwind.example';
const HELP = 'help.northwind.example';

let portico: RunningPortico;
let browser: Browser;
beforeAll(async () => {
  [portico, browser] = await Promise.all([
    startPortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
    launchBrowser({ hostResolverRules: `MAP ${CLIENTS} 127.0.0.1, MAP ${CUSTOMERS} 127.0.0.1, MAP ${HELP} 127.0.0.1` }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await portico?.stop();
});

/** The same server under another name: http://<domain>:<port>. */
const on = (domain: string) => {
  const url = new URL(portico.baseUrl);
  url.hostname = domain;
  return url.origin;
};

async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US' });
  return context.newPage();
}

/** A JSON write through the page's own session (with its CSRF token), for setup the test is not about. */
async function apiWrite(page: Page, method: string, path: string, body: unknown, expected = 200) {
  const status = await page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
      const response = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify(body),
      });
      return response.status;
    },
    { method, path, body },
  );
  expect(status).toBe(expected);
}

/** The newest outbox mail to `to` whose subject has `subject`, opened in the console: its plain-text part. */
async function mailText(page: Page, to: string, subject: string) {
  await page.goto(`${portico.baseUrl}/console/mail`);
  await page.getByRole('heading', { level: 1, name: 'Mail outbox' }).waitFor();
  const row = page.getByRole('row').filter({ hasText: to }).filter({ hasText: subject }).first();
  while (!(await row.isVisible())) {
    await page.getByRole('button', { name: 'Refresh' }).click();
    await row.waitFor({ timeout: 500 }).catch(() => undefined);
  }
  await row.getByRole('link').click();
  return (await page.getByTestId('mail-text').textContent()) ?? '';
}

describe('custom domains per segment', () => {
  it('two domains each show their own branding, keep their own sessions, and send people to their own', async () => {
    const owner = await freshPage();
    await signInAs(owner, portico.baseUrl, 'owner@northwind.example');
    const segmentIds = await owner.evaluate(async () => {
      const list = (await (await fetch('/api/v1/segments')).json()) as { items: { id: string; name: string }[] };
      return Object.fromEntries(list.items.map((segment) => [segment.name, segment.id]));
    });
    await apiWrite(owner, 'PATCH', `/api/v1/segments/${segmentIds.Clients}/branding`, {
      name: 'Acme Client Space',
      primaryColor: '#7a1f5c',
      termsUrl: 'https://northwind.example/client-terms',
    });
    await apiWrite(owner, 'PATCH', `/api/v1/segments/${segmentIds.Customers}/branding`, {
      name: 'Northwind Self-Service',
      primaryColor: '#0b6e4f',
    });

    // The owner gives the Clients segment its domain in the console.
    await owner.goto(`${portico.baseUrl}/console/segments`);
    await owner.getByRole('link', { name: 'Clients', exact: true }).click();
    const form = owner.getByRole('form', { name: 'Domains' });
    await form.getByLabel('Portal domain').fill('not a domain');
    await form.getByRole('button', { name: 'Save domains' }).click();
    await form
      .getByText(/Enter a host name like/)
      .first()
      .waitFor();
    await form.getByLabel('Portal domain').fill(CLIENTS.toUpperCase());
    await form.getByLabel('Help center domain').fill(HELP);
    await form.getByRole('button', { name: 'Save domains' }).click();
    await owner.getByText('Domains saved').waitFor();
    expect(await form.getByLabel('Portal domain').inputValue()).toBe(CLIENTS);
    await form.getByText(`Emailed links go to ${on(CLIENTS)}`).waitFor();
    await captureScreens(owner, 'console-segment-domains');
    await apiWrite(owner, 'PUT', `/api/v1/segments/${segmentIds.Customers}/domains`, {
      portalDomain: CUSTOMERS,
      helpDomain: null,
    });

    // A visitor on each domain sees that segment's brand, on the sign-in page and in the help center.
    const visitor = await freshPage();
    await visitor.goto(`${on(CLIENTS)}/sign-in`);
    await visitor.getByRole('heading', { level: 1, name: 'Sign in to Acme Client Space' }).waitFor();
    await visitor.getByRole('link', { name: 'Terms of service' }).waitFor();
    await captureScreens(visitor, 'sign-in-on-segment-domain');
    await visitor.goto(`${on(CUSTOMERS)}/sign-in`);
    await visitor.getByRole('heading', { level: 1, name: 'Sign in to Northwind Self-Service' }).waitFor();
    await visitor.goto(`${on(CLIENTS)}/help`);
    await visitor.getByText('Acme Client Space').first().waitFor();
    // The help-center domain opens on the help center.
    await visitor.goto(`${on(HELP)}/`);
    await visitor.waitForURL(`${on(HELP)}/help`);
    await visitor.getByText('Acme Client Space').first().waitFor();

    // Alice signs in on her segment's domain; the cookie belongs to that host only.
    const alice = await freshPage();
    await signInAs(alice, on(CLIENTS), 'alice@acme.example');
    await alice.getByRole('link', { name: 'Terms of service' }).waitFor();
    await captureScreens(alice, 'portal-on-segment-domain');
    const cookies = await alice.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'portico_session')?.domain).toBe(CLIENTS);
    // The same browser on the other domain has no session there: the portal asks it to sign in.
    await alice.goto(`${on(CUSTOMERS)}/`);
    await alice.getByRole('heading', { level: 1, name: 'Sign in to Northwind Self-Service' }).waitFor();
    await alice.goto(`${on(CLIENTS)}/`);
    await alice.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();

    // Dana (Customers) signs in on the Clients domain: she is sent to her own portal's sign-in, without a session.
    const dana = await freshPage();
    await signIn(dana, on(CLIENTS), 'dana.diaz@customers.example');
    await dana.waitForURL(`${on(CUSTOMERS)}/sign-in`);
    await dana.getByRole('heading', { level: 1, name: 'Sign in to Northwind Self-Service' }).waitFor();
    expect((await dana.context().cookies()).some((cookie) => cookie.name === 'portico_session')).toBe(false);
    await signInAs(dana, on(CUSTOMERS), 'dana.diaz@customers.example');

    // The Customers segment speaks German: its domain's pages and its people's emails (links to their own domain).
    await apiWrite(owner, 'PATCH', `/api/v1/segments/${segmentIds.Customers}`, { defaultLanguage: 'de' });
    await visitor.goto(`${on(CUSTOMERS)}/sign-in`);
    await visitor.getByRole('heading', { level: 1, name: 'Bei Northwind Self-Service anmelden' }).waitFor();
    expect(await visitor.locator('html').getAttribute('lang')).toBe('de');
    await visitor.goto(`${on(CLIENTS)}/sign-in`);
    await visitor.getByRole('heading', { level: 1, name: 'Sign in to Acme Client Space' }).waitFor();
    const magic = { path: '/api/v1/auth/magic-links', status: 202 };
    await apiWrite(visitor, 'POST', magic.path, { email: 'alice@acme.example' }, magic.status);
    await visitor.goto(`${on(CUSTOMERS)}/sign-in`);
    await apiWrite(visitor, 'POST', magic.path, { email: 'dana.diaz@customers.example' }, magic.status);
    const danaMail = await mailText(owner, 'dana.diaz@customers.example', 'Ihr Anmeldelink für Northwind Self-Service');
    expect(danaMail).toContain(`${on(CUSTOMERS)}/magic-link#token=`);
    const aliceMail = await mailText(owner, 'alice@acme.example', 'Your Acme Client Space sign-in link');
    expect(aliceMail).toContain(`${on(CLIENTS)}/magic-link#token=`);
    expect(aliceMail).not.toContain(on(CUSTOMERS));
  });
});
