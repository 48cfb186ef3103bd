// What the SAML end-to-end tests share: adding a SAML provider for the Clients segment in the console, and switching
// single sign-on on for that segment.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { LocalSamlIdp } from '../support/saml-idp.ts';
import { accountIdByName } from '../support/e2e.ts';

/** Console › Single sign-on: a SAML provider for Clients with JIT for acme.example; returns its ACS URL. */
export async function addSamlProviderInConsole(
  owner: Page,
  idp: LocalSamlIdp,
  name: string,
  options: { signAuthnRequests?: boolean; encryptedAssertions?: boolean } = {},
) {
  const acme = await accountIdByName(owner, 'Acme Manufacturing');
  await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Single sign-on' }).click();
  await owner.getByRole('heading', { level: 1, name: 'Single sign-on' }).waitFor();
  await owner.getByLabel('Protocol').selectOption({ label: 'SAML 2.0' });
  await owner.getByLabel('Name on the button').fill(name);
  await owner.getByLabel('IdP entity ID').fill(idp.entityId);
  await owner.getByLabel('IdP single sign-on URL (HTTP-Redirect)').fill(idp.ssoUrl);
  await owner.getByLabel('IdP signing certificate (PEM)').fill(idp.keys.certificate);
  if (options.signAuthnRequests) await owner.getByLabel('Sign authentication requests').check();
  if (options.encryptedAssertions) await owner.getByLabel('Require encrypted assertions').check();
  await owner.getByLabel('Allowed email domains (comma separated)').fill('acme.example');
  await owner.getByLabel('Segment').selectOption({ label: 'Clients' });
  await owner.getByLabel(/Create people on first sign-in/).fill(`acme.example ${acme} member`);
  await owner.getByRole('button', { name: 'Save provider' }).click();
  await owner.getByText('Provider saved.').waitFor();
  const acs = (await owner.locator('code').first().textContent())!.trim();
  expect(acs).toMatch(/\/api\/v1\/auth\/sso\/[0-9a-f-]+\/saml\/acs$/);
  return acs;
}

/** Console › Segments › Clients: single sign-on on beside the other methods. */
export async function enableSsoForClients(owner: Page) {
  await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Segments' }).click();
  await owner.getByRole('link', { name: 'Clients' }).click();
  await owner.getByLabel('Single sign-on (OpenID Connect or SAML)').check();
  const saved = owner.waitForResponse(
    (response) => response.url().includes('/api/v1/segments/') && response.request().method() === 'PATCH',
  );
  await owner.getByRole('button', { name: 'Save', exact: true }).first().click();
  expect((await saved).status()).toBe(200);
}
