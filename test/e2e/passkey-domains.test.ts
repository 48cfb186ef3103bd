// Passkeys on a segment's own domain (issue 14): the relying party is the configured domain the ceremony runs on.
// Chromium reaches the one local server as localhost (the main address) and as the Clients segment's domain (a
// host-resolver rule; treated as a secure context, as it would be behind TLS). With the DevTools WebAuthn virtual
// authenticator, Alice adds a passkey on her segment's domain, signs out and signs in with it there; on the main
// host the same device has no passkey for that relying party, so it opens nothing. axe checks every page visited.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureScreens, launchBrowser, signInAs, startPortico, type RunningPortico } from '../support/e2e.ts';

const CLIENTS = 'clients.northwind.example';
let portico: RunningPortico;
let browser: Browser;

/** The same server under another name: http://<domain>:<port>. */
const on = (domain: string) => {
  const url = new URL(portico.baseUrl);
  url.hostname = domain;
  return url.origin;
};

beforeAll(async () => {
  // The main address is localhost: WebAuthn refuses an IP address as the relying party.
  portico = await startPortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}, {
    hostname: 'localhost',
  });
  browser = await launchBrowser({ hostResolverRules: `MAP ${CLIENTS} 127.0.0.1`, secureOrigins: [on(CLIENTS)] });
});
afterAll(async () => {
  await browser?.close();
  await portico?.stop();
});

/** A virtual authenticator on this page (resident keys, user verification), as a laptop's fingerprint reader. */
async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    credentials: async () =>
      (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials as { rpId?: string }[],
  };
}

async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US' });
  return context.newPage();
}

describe('passkeys on a segment’s own domain', () => {
  it('a passkey made on the segment’s domain signs in there, and is not offered on the main host', async () => {
    // The owner gives the Clients segment its portal domain.
    const owner = await freshPage();
    await signInAs(owner, portico.baseUrl, 'owner@northwind.example');
    const status = await owner.evaluate(async (domain) => {
      const segments = (await (await fetch('/api/v1/segments')).json()) as { items: { id: string; name: string }[] };
      const clients = segments.items.find((segment) => segment.name === 'Clients')!;
      const session = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
      const response = await fetch(`/api/v1/segments/${clients.id}/domains`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ portalDomain: domain, helpDomain: null }),
      });
      return response.status;
    }, CLIENTS);
    expect(status).toBe(200);
    await owner.context().close();

    // Alice (Clients) adds a passkey on her segment's domain.
    const page = await freshPage();
    const authenticator = await addVirtualAuthenticator(page);
    await signInAs(page, on(CLIENTS), 'alice@acme.example');
    await page.goto(`${on(CLIENTS)}/security`);
    await page.getByRole('heading', { level: 2, name: 'Passkeys' }).waitFor();
    await page.getByLabel('Passkey name').fill('Client laptop');
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await page.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
    await page.getByRole('button', { name: 'I saved them' }).click();
    await page
      .getByRole('list', { name: 'Passkeys' })
      .getByRole('heading', { name: /Client laptop/ })
      .waitFor();
    // The device keeps it for the segment's domain: that is its relying party, not the main host.
    expect((await authenticator.credentials()).map((credential) => credential.rpId)).toEqual([CLIENTS]);
    await captureScreens(page, 'security-passkeys-segment-domain');

    // Signed out, she signs in with it alone, on that domain.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: /^Sign in to / }).waitFor();
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome, Alice/ }).waitFor();
    expect(new URL(page.url()).hostname).toBe(CLIENTS);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: /^Sign in to / }).waitFor();

    // On the main host the ceremony's relying party is localhost: the device holds no passkey for it, so the
    // same button signs nobody in, and the page says so.
    await page.goto(`${portico.baseUrl}/sign-in`);
    await page.getByRole('heading', { level: 1, name: /^Sign in to / }).waitFor();
    const rpId = await page.evaluate(async () => {
      const session = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
      const response = await fetch('/api/v1/auth/passkey/options', {
        method: 'POST',
        headers: { 'x-csrf-token': session.csrfToken },
      });
      return ((await response.json()) as { options: { rpId: string } }).options.rpId;
    });
    expect(rpId).toBe('localhost');
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.getByRole('alert').first().waitFor();
    expect(await page.getByRole('heading', { level: 1, name: /Welcome, Alice/ }).count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1, name: /^Sign in to / }).count()).toBe(1);
    await captureScreens(page, 'sign-in-passkey-main-host');
    // Nothing changed on the device: still one passkey, for the segment's domain.
    expect((await authenticator.credentials()).map((credential) => credential.rpId)).toEqual([CLIENTS]);
    await page.context().close();
  });
});
