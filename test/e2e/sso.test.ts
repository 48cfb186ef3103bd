// Single sign-on: an owner adds an OpenID provider for the Clients segment in the console and allows single sign-on
// in the segment's form; a new person from an allowed domain signs in with the button (through a real local
// oidc-provider) and lands in the portal. With SCREENSHOT_DIR set, the pages are captured at 1280/375, light/dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalIdp } from '../support/oidc-provider.ts';
import { accountIdByName, captureScreens, pageAs, usePortico } from '../support/e2e.ts';

const portico = usePortico();
const idp = new LocalIdp();
beforeAll(async () => {
  await idp.listen();
});
afterAll(() => idp.close());

describe('single sign-on', () => {
  it('an owner sets up a provider; a new client signs in with its button', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    const acme = await accountIdByName(owner, 'Acme Manufacturing');
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Single sign-on' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Single sign-on' }).waitFor();
    await owner.getByText('No provider yet.').waitFor();
    await owner.getByLabel('Name on the button').fill('Acme ID');
    await owner.getByLabel('Issuer URL').fill(idp.issuer);
    await owner.getByLabel('Client ID').fill('portico-e2e');
    await owner.getByLabel('Client secret').fill('e2e-client-secret-0123456789');
    await owner.getByLabel('Allowed email domains (comma separated)').fill('acme.example');
    await owner.getByLabel('Segment').selectOption({ label: 'Clients' });
    await owner.getByLabel(/Create people on first sign-in/).fill(`acme.example ${acme} member`);
    await owner.getByRole('button', { name: 'Save provider' }).click();
    await owner.getByText('Provider saved.').waitFor();
    const redirectUri = (await owner.locator('code').first().textContent())!.trim();
    expect(redirectUri).toMatch(/\/api\/v1\/auth\/sso\/[0-9a-f-]+\/callback$/);
    idp.configure([
      { client_id: 'portico-e2e', client_secret: 'e2e-client-secret-0123456789', redirect_uris: [redirectUri] },
    ]);
    await owner.getByRole('button', { name: 'Test discovery' }).click();
    await owner.getByText(`Discovery worked: ${idp.issuer}`).waitFor();
    await captureScreens(owner, 'console-sso');

    // The Clients segment: single sign-on or password.
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Segments' }).click();
    await owner.getByRole('link', { name: 'Clients' }).click();
    await owner.getByLabel('Single sign-on (OpenID Connect or SAML)').check();
    await captureScreens(owner, 'console-segment-sign-in-policy');
    const saved = owner.waitForResponse(
      (response) => response.url().includes('/api/v1/segments/') && response.request().method() === 'PATCH',
    );
    await owner.getByRole('button', { name: 'Save', exact: true }).first().click();
    expect((await saved).status()).toBe(200);

    idp.accounts.set('nora', { sub: 'nora', email: 'nora@acme.example', email_verified: true, name: 'Nora New' });
    idp.nextLogin = 'nora';
    const context = await portico.browser.newContext({ locale: 'en-US' });
    const visitor = await context.newPage();
    await visitor.goto(`${portico.baseUrl}/sign-in`);
    const button = visitor.getByRole('link', { name: 'Sign in with Acme ID' });
    await button.waitFor();
    await captureScreens(visitor, 'sign-in-sso');
    await button.click();
    await visitor.waitForURL((url) => url.origin === portico.baseUrl && !url.pathname.startsWith('/sign-in'));
    const me = (await visitor.evaluate(() => fetch('/api/v1/session').then((response) => response.json()))) as {
      me: { user: { email: string } };
    };
    expect(me.me.user.email).toBe('nora@acme.example');

    // A refused sign-in says why on the sign-in page.
    idp.accounts.set('eve', { sub: 'eve', email: 'eve@acme.example', email_verified: false });
    idp.nextLogin = 'eve';
    const other = await (await portico.browser.newContext({ locale: 'en-US' })).newPage();
    await other.goto(`${portico.baseUrl}/sign-in`);
    await other.getByRole('link', { name: 'Sign in with Acme ID' }).click();
    await other.getByText('did not confirm your email address').waitFor();
    await captureScreens(other, 'sign-in-sso-refused');
  });
});
