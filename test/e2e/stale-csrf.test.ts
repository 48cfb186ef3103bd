// A write after the page's CSRF token went stale succeeds without the person noticing: signing in again in another
// tab, or the server issuing a new token, changes the token cookie; the page reloads the token and sends the write
// once more (web/api/client.ts `withCsrfRetry`, used by `api()` and the typed client alike).
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, pageAs, usePortico } from '../support/e2e.ts';

const e2e = usePortico();
const EMAIL = 'dana.diaz@customers.example';

/** Saves the profile with a new name, as the person does, and waits for the outcome they see. */
async function saveName(page: Page, name: string) {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Profile saved').last().waitFor();
}

describe('a write after the CSRF token changed', () => {
  it('signing in again in another tab, or a new token from the server, does not break the open page', async () => {
    const page = await pageAs(e2e, EMAIL);
    await page.goto(`${e2e.baseUrl}/profile`);
    await page.getByRole('heading', { level: 1, name: 'Profile' }).waitFor();
    const csrfRefusals: string[] = [];
    page.on('response', async (response) => {
      if (response.status() === 403) csrfRefusals.push(`${response.request().method()} ${response.url()}`);
    });

    // Another tab of the same browser signs in again: a new session and a new CSRF token cookie.
    const other = await page.context().newPage();
    await other.goto(`${e2e.baseUrl}/`);
    const status = await other.evaluate(
      async ({ email, password }) => {
        const session = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
        const response = await fetch('/api/v1/auth/sign-in', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
          body: JSON.stringify({ email, password }),
        });
        return response.status;
      },
      { email: EMAIL, password: DEMO_PASSWORD },
    );
    expect(status).toBe(200);
    await other.close();

    // The first tab still holds the old token: its save is refused once, then sent again with the new one.
    await saveName(page, 'Dana Díaz-Other-Tab');
    expect(csrfRefusals).toHaveLength(1);

    // The server issues a new token (the cookie changes under the page): the same, transparently.
    await page
      .context()
      .addCookies([
        { name: 'portico_csrf', value: randomBytes(24).toString('base64url'), url: e2e.baseUrl, httpOnly: true },
      ]);
    await saveName(page, 'Dana Díaz-Rotated');
    expect(csrfRefusals).toHaveLength(2);

    // Both saves were kept.
    await page.reload();
    await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue()).toBe('Dana Díaz-Rotated');
  });
});
