// SAML single sign-on: an owner adds a SAML 2.0 provider for the Clients segment beside OIDC in the console; a new
// person signs in through the local SAML IdP (real signed assertions) and lands in the portal; an existing person
// connects their identity with a code emailed to them. With SCREENSHOT_DIR set, pages are captured at 1280/375,
// light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalSamlIdp } from '../support/saml-idp.ts';
import { captureScreens, pageAs, usePortico } from '../support/e2e.ts';
import { addSamlProviderInConsole, enableSsoForClients } from './sso-support.ts';

const portico = usePortico();
const idp = new LocalSamlIdp();
beforeAll(async () => {
  await idp.listen();
});
afterAll(() => idp.close());

describe('single sign-on with SAML', () => {
  it('an owner sets up a SAML provider; a new client signs in; an existing one links with an emailed code', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    await addSamlProviderInConsole(owner, idp, 'Acme SAML');
    await owner.getByRole('link', { name: /\/saml\/metadata$/ }).waitFor();
    await captureScreens(owner, 'console-sso-saml');

    await enableSsoForClients(owner);

    // A new person from the JIT domain: IdP → signed response posted to the ACS → the portal.
    idp.nextUser = { nameId: 'saml-nora', email: 'nora@acme.example', name: 'Nora Saml' };
    const visitor = await (await portico.browser.newContext({ locale: 'en-US' })).newPage();
    await visitor.goto(`${portico.baseUrl}/sign-in`);
    await visitor.getByRole('link', { name: 'Sign in with Acme SAML' }).click();
    await visitor.getByRole('heading', { name: 'Test identity provider' }).waitFor();
    await visitor.getByRole('button', { name: 'Continue to the portal' }).click();
    await visitor.waitForURL((url) => url.origin === portico.baseUrl && !url.pathname.startsWith('/sign-in'));
    const me = (await visitor.evaluate(() => fetch('/api/v1/session').then((response) => response.json()))) as {
      me: { user: { email: string } };
    };
    expect(me.me.user.email).toBe('nora@acme.example');

    // Alice already has an account: the same address is not enough, she proves it with an emailed code.
    idp.nextUser = { nameId: 'saml-alice', email: 'alice@acme.example' };
    const alice = await (await portico.browser.newContext({ locale: 'en-US' })).newPage();
    await alice.goto(`${portico.baseUrl}/sign-in`);
    await alice.getByRole('link', { name: 'Sign in with Acme SAML' }).click();
    await alice.getByRole('button', { name: 'Continue to the portal' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Connect single sign-on' }).waitFor();
    await alice.getByRole('button', { name: 'Email me a code instead' }).click();
    await alice.getByLabel('Code from the email').waitFor();
    await captureScreens(alice, 'sso-link-code');

    await owner.goto(`${portico.baseUrl}/console/mail`);
    await owner.getByRole('heading', { level: 1, name: 'Mail outbox' }).waitFor();
    await owner
      .getByRole('row')
      .filter({ hasText: 'alice@acme.example' })
      .filter({ hasText: 'connect single sign-on' })
      .first()
      .getByRole('link')
      .click();
    const text = (await owner.getByTestId('mail-text').textContent()) ?? '';
    const code = /\b(\d{6})\b/.exec(text)?.[1];
    expect(code).toBeTruthy();
    await alice.getByLabel('Code from the email').fill(code!);
    await alice.getByRole('button', { name: 'Connect and sign in' }).click();
    await alice.waitForURL((url) => url.origin === portico.baseUrl && !url.pathname.startsWith('/sign-in'));
    const aliceMe = (await alice.evaluate(() => fetch('/api/v1/session').then((response) => response.json()))) as {
      me: { user: { email: string } };
    };
    expect(aliceMe.me.user.email).toBe('alice@acme.example');
  });
});
