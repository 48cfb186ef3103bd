// SAML options in the console: an owner adds a provider that signs its AuthnRequests and requires encrypted
// assertions, reads the SP certificates off the page (as an IdP administrator would be given them), and a new
// client signs in through the local IdP configured with exactly those certificates. The owner rotates the keys (a
// second client signs in while the IdP still encrypts to the previous certificate) and retires the previous ones,
// then switches encryption off again. With SCREENSHOT_DIR set, the console is captured at 1280/375, light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalSamlIdp } from '../support/saml-idp.ts';
import { captureScreens, pageAs, usePortico } from '../support/e2e.ts';
import { addSamlProviderInConsole, enableSsoForClients } from './sso-support.ts';

const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});
const idp = new LocalSamlIdp();
beforeAll(async () => {
  await idp.listen();
});
afterAll(() => idp.close());

/** A new client signs in through the local IdP's page; returns the email the portal's session names. */
async function signInThroughIdp(nameId: string, email: string) {
  idp.nextUser = { nameId, email };
  const visitor = await (await portico.browser.newContext({ locale: 'en-US' })).newPage();
  await visitor.goto(`${portico.baseUrl}/sign-in`);
  await visitor.getByRole('link', { name: 'Sign in with Acme secure' }).click();
  await visitor.getByRole('button', { name: 'Continue to the portal' }).click();
  await visitor.waitForURL((url) => url.origin === portico.baseUrl && !url.pathname.startsWith('/sign-in'));
  const session = (await visitor.evaluate(() => fetch('/api/v1/session').then((response) => response.json()))) as {
    me: { user: { email: string } };
  };
  await visitor.context().close();
  return session.me.user.email;
}

describe('SAML signed requests and encrypted assertions in the console', () => {
  it('an owner turns both on, hands the certificates to the IdP, and a client signs in', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    await addSamlProviderInConsole(owner, idp, 'Acme secure', { signAuthnRequests: true, encryptedAssertions: true });
    await owner.getByText('Sign authentication requests: on · Require encrypted assertions: on').waitFor();
    await owner.getByText('SP signing certificate').click();
    await owner.getByText('SP encryption certificate').click();
    const certificates = await owner.locator('pre').allTextContents();
    expect(certificates).toHaveLength(2);
    for (const pem of certificates) expect(pem).toContain('-----BEGIN CERTIFICATE-----');
    await owner.getByRole('link', { name: 'Download acme-secure-sp-signing.pem' }).waitFor();
    await owner.getByRole('link', { name: 'Download the SP metadata (with these certificates)' }).waitFor();
    await captureScreens(owner, 'console-sso-saml-options');

    idp.spSigningCertificate = certificates[0]!;
    idp.spEncryptionCertificate = certificates[1]!;
    await enableSsoForClients(owner);
    expect(await signInThroughIdp('saml-olga', 'olga@acme.example')).toBe('olga@acme.example');
    expect(idp.lastRequestSignature).toBe('valid');

    // Key rollover: new keys at once, the previous certificates published beside them until they are retired.
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Single sign-on' }).click();
    await owner.getByRole('button', { name: 'Rotate keys' }).click();
    await owner
      .getByRole('alertdialog', { name: 'Rotate the SAML keys of Acme secure?' })
      .getByRole('button', { name: 'Rotate keys' })
      .click();
    await owner.getByText(/^Key rollover open since/).waitFor();
    await owner.getByText('Previous SP signing certificate (until retired)').click();
    const rolled = await owner.locator('pre').allTextContents();
    expect(rolled).toHaveLength(4);
    expect(rolled.slice(2)).toEqual(certificates);
    expect(rolled[0]).not.toBe(certificates[0]);
    await captureScreens(owner, 'console-sso-saml-rollover');
    // The IdP takes the new signing certificate but still encrypts to the previous one: accepted during the rollover.
    idp.spSigningCertificate = rolled[0]!;
    expect(await signInThroughIdp('saml-pia', 'pia@acme.example')).toBe('pia@acme.example');
    expect(idp.lastRequestSignature).toBe('valid');

    await owner.getByRole('button', { name: 'Retire previous keys' }).click();
    await owner
      .getByRole('alertdialog', { name: 'Retire the previous SAML keys of Acme secure?' })
      .getByRole('button', { name: 'Retire previous keys' })
      .click();
    await owner.getByText('Previous keys retired.').waitFor();
    // The list reloads after the toast: the previous certificate leaves the page then.
    await owner.getByText('Previous SP signing certificate (until retired)').waitFor({ state: 'detached' });
    await owner.getByRole('button', { name: 'Rotate keys' }).waitFor();

    await owner.getByRole('button', { name: 'Edit Acme secure' }).click();
    const encrypted = owner.getByLabel('Require encrypted assertions');
    expect(await encrypted.isChecked()).toBe(true);
    await encrypted.uncheck();
    await owner.getByRole('button', { name: 'Save provider' }).click();
    await owner.getByText('Sign authentication requests: on · Require encrypted assertions: off').waitFor();
    expect(await owner.getByText('SP encryption certificate').count()).toBe(0);
  });
});
