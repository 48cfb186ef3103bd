// Passkeys in chromium with the DevTools WebAuthn virtual authenticator (a platform authenticator with resident keys
// and user verification): add one on the security page, sign out, sign in with it alone, remove it. The server is
// addressed as localhost: WebAuthn refuses an IP address as the relying party.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureScreens, newPage, signInAs, usePortico } from '../support/e2e.ts';

const e2e = usePortico({}, { hostname: 'localhost' });

/** A virtual authenticator on this page, as a laptop's fingerprint reader would be. */
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
      (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials as {
        isResidentCredential: boolean;
      }[],
  };
}

describe('passkeys', () => {
  it('adds a passkey, signs in with it alone after signing out, and removes it', async () => {
    const page = await newPage(e2e.browser);
    const authenticator = await addVirtualAuthenticator(page);
    await signInAs(page, e2e.baseUrl, 'dana.diaz@customers.example');
    await page.goto(`${e2e.baseUrl}/security`);
    await page.getByRole('heading', { level: 2, name: 'Passkeys' }).waitFor();
    await page.getByText('You have no passkeys yet.').waitFor();

    await page.getByLabel('Passkey name').fill('Work laptop');
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    // Her first second factor: recovery codes, shown once.
    await page.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
    expect(await page.getByTestId('recovery-codes').getByRole('listitem').count()).toBe(10);
    await page.getByRole('button', { name: 'I saved them' }).click();
    const list = page.getByRole('list', { name: 'Passkeys' });
    await list.getByRole('heading', { name: /Work laptop/ }).waitFor();
    expect((await authenticator.credentials()).map((c) => c.isResidentCredential)).toEqual([true]);
    await captureScreens(page, 'security-passkeys');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: /^Sign in to / }).waitFor();
    await captureScreens(page, 'sign-in-passkey');
    // No email, no password: the device offers the passkey it holds for this portal.
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome, Dana/ }).waitFor();

    await page.goto(`${e2e.baseUrl}/security`);
    await list.getByText(/last used/).waitFor();
    expect(await list.getByText('last used never').count()).toBe(0);
    await page.getByRole('button', { name: 'Remove passkey Work laptop' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Remove the passkey “Work laptop”?' });
    await confirm.getByRole('button', { name: 'Remove' }).click();
    // The passkey sign-in was a fresh proof: no password dialog.
    await page.getByText('You have no passkeys yet.').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);

    // Signed out again, the device's passkey no longer opens the account.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.getByText('That passkey could not be verified.').waitFor();
    await page.context().close();
  });

  it('staff add a passkey in the console the same way', async () => {
    const page = await newPage(e2e.browser);
    await addVirtualAuthenticator(page);
    await signInAs(page, e2e.baseUrl, 'owner@northwind.example');
    await page.goto(`${e2e.baseUrl}/console/security`);
    await page.getByLabel('Passkey name').fill('Office desktop');
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await page.getByRole('button', { name: 'I saved them' }).click();
    await page
      .getByRole('list', { name: 'Passkeys' })
      .getByRole('heading', { name: /Office desktop/ })
      .waitFor();
    await captureScreens(page, 'console-security-passkeys');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.getByRole('heading', { level: 1, name: 'Waiting on us' }).waitFor();
    await page.context().close();
  });

  it('API tokens: access chosen per module, shown in the list', async () => {
    const page = await newPage(e2e.browser);
    await signInAs(page, e2e.baseUrl, 'alice@acme.example');
    await page.goto(`${e2e.baseUrl}/api-tokens`);
    await page.getByLabel('Token name').fill('Ticket sync');
    for (const area of ['Accounts, people and settings', 'Documents', 'Billing', 'Projects', 'Approvals', 'Forms'])
      await page.getByLabel(area).selectOption('none');
    await page.getByLabel('Messages').selectOption('write');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByTestId('api-token-secret').waitFor();
    await page.getByText('Scopes: Messages: Read and write, Knowledge base: Read, Tickets: Read').waitFor();
    await captureScreens(page, 'api-tokens-scopes');
    await page.context().close();
  });
});
