// Enrolling in two-factor authentication from the Security page, then signing in with a code and a recovery code;
// new recovery codes, a refused password change, and turning it off again.
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, signIn, signInAs, usePortico } from '../support/e2e.ts';

const e2e = usePortico();

const PERIOD_MS = 30_000;

/** The code an authenticator app shows at `timestamp`. */
function totpCode(secret: string, timestamp: number) {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp,
  });
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { level: 1, name: /^Sign in to / }).waitFor();
}

/** Signs in with the password and waits for the second step. */
async function signInToSecondStep(page: Page, email: string) {
  await signIn(page, e2e.baseUrl, email);
  await page.getByRole('heading', { level: 1, name: 'Two-factor authentication' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/sign-in/two-factor');
}

describe('two-factor authentication', () => {
  it('a client user enrols with an authenticator app, then signs in with a code and, once, with a recovery code', async () => {
    const page = await newPage(e2e.browser);
    await signInAs(page, e2e.baseUrl, 'adam@acme.example');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Security' }).click();
    await page.getByRole('heading', { level: 1, name: 'Security' }).waitFor();
    const twoFactorHeading = page.getByRole('heading', { level: 2, name: /^Two-factor authentication/ });
    expect(await twoFactorHeading.textContent()).toContain('Off');

    await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);

    // A wrong code is refused with a message next to the field.
    const enrolledAt = Date.now();
    const code = totpCode(secret, enrolledAt);
    await page.getByLabel('Authentication code').fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Enable two-factor authentication' }).click();
    await page.getByText('That code is not valid. Check the time on your phone and try again.').waitFor();

    await page.getByLabel('Authentication code').fill(code);
    await page.getByRole('button', { name: 'Enable two-factor authentication' }).click();
    await page.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
    // The badge reads the server's state as soon as two-factor is on, not once the codes are acknowledged.
    await twoFactorHeading.filter({ hasText: /\sOn$/ }).waitFor();
    expect(await twoFactorHeading.textContent()).not.toContain('Off');
    const recoveryCodes = (await page.getByTestId('recovery-codes').getByRole('listitem').allTextContents()).map(
      (text) => text.trim(),
    );
    expect(recoveryCodes.length).toBeGreaterThanOrEqual(8);
    expect(new Set(recoveryCodes).size).toBe(recoveryCodes.length);
    await page.getByRole('button', { name: 'I saved them' }).click();
    await page.getByText('Two-factor authentication is on.').first().waitFor();
    expect(await twoFactorHeading.textContent()).toContain('On');

    // Signing in now asks for the code. Each time step works once and enrolment used one, so the
    // app's next code is the one to type (the server accepts one step either side for drift).
    await signOut(page);
    await signInToSecondStep(page, 'adam@acme.example');
    const nextStepCode = totpCode(secret, (Math.floor(enrolledAt / PERIOD_MS) + 1) * PERIOD_MS);
    await page.getByLabel('Authentication code').fill(nextStepCode);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Adam Alvarez' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    // A recovery code stands in for the app, once.
    const [recoveryCode] = recoveryCodes;
    await signOut(page);
    await signInToSecondStep(page, 'adam@acme.example');
    await page.getByLabel('Authentication code').fill(recoveryCode!);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Adam Alvarez' }).waitFor();

    await signOut(page);
    await signInToSecondStep(page, 'adam@acme.example');
    await page.getByLabel('Authentication code').fill(recoveryCode!);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('alert').getByText('Please correct the highlighted fields.').waitFor();
    await page.getByText('That code is not valid.', { exact: true }).waitFor();
    expect(await page.getByLabel('Authentication code').getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/sign-in/two-factor');
    // Without the second step nothing else opens: the portal sends the person back to it.
    await page.goto(`${e2e.baseUrl}/security`);
    await page.getByRole('heading', { level: 1, name: 'Two-factor authentication' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in/two-factor');

    // Another, unused recovery code still works, and the person goes on to the page they asked for.
    await page.getByLabel('Authentication code').fill(recoveryCodes[1]!);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Security' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/security');

    // New recovery codes replace the old ones; a wrong current password is refused on its field (the person stays
    // signed in); then two-factor is turned off.
    await page.getByRole('button', { name: 'Generate new recovery codes' }).click();
    await page.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
    const fresh = (await page.getByTestId('recovery-codes').getByRole('listitem').allTextContents()).map((text) =>
      text.trim(),
    );
    expect(fresh.length).toBeGreaterThanOrEqual(8);
    expect(fresh).not.toContain(recoveryCodes[2]);
    await page.getByRole('button', { name: 'I saved them' }).click();
    await page.getByLabel('Current password', { exact: true }).fill('not-my-password');
    await page.getByLabel('New password', { exact: true }).fill('a-brand-new-long-passphrase-42');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your current password is not correct.').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/security');
    await page.getByRole('button', { name: 'Turn off two-factor authentication' }).click();
    await page.getByText('Two-factor authentication is off.').first().waitFor();
    expect(await twoFactorHeading.textContent()).toContain('Off');
    await page.context().close();
  });
});
