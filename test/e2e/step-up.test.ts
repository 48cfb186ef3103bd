// Step-up: a session opened by an emailed sign-in link alone is asked for the password in a dialog before it may
// bind an authenticator or create an API token; after confirming, the action goes through without starting over.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, emailedLink, newPage, signInAs, usePortico } from '../support/e2e.ts';

const e2e = usePortico();

describe('step-up re-authentication', () => {
  it('asks a link-only session for the password in a dialog, then retries the action', async () => {
    const email = 'ben@blueharbor.example';
    const person = await newPage(e2e.browser);
    await person.goto(`${e2e.baseUrl}/sign-in`);
    await person.getByLabel('Email').fill(email);
    await person.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await person.getByText('If that address can use a sign-in link, we sent one.').waitFor();

    const owner = await newPage(e2e.browser);
    await signInAs(owner, e2e.baseUrl, 'owner@northwind.example');
    const link = await emailedLink(owner, e2e.baseUrl, email, 'sign-in link');
    await owner.context().close();

    await person.goto(link);
    await person.getByRole('button', { name: 'Continue' }).click();
    await person.getByRole('heading', { level: 1, name: /Welcome, Ben Baker/ }).waitFor();
    await person.goto(`${e2e.baseUrl}/security`);
    await person.getByRole('heading', { level: 1, name: 'Security' }).waitFor();

    // Binding an authenticator: the dialog asks first; Cancel leaves the server's reason on the page.
    await person.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    const dialog = person.getByRole('dialog', { name: 'Confirm it is you' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await person.getByText('enter your password (or a code from your authenticator app) again').waitFor();

    // A wrong password is refused in the dialog, which stays open.
    await person.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    await dialog.getByLabel('Password').fill('not-my-password');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await dialog.getByText('Your password is not correct.').waitFor();

    // The right one closes it and the setup continues by itself.
    await dialog.getByLabel('Password').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await person.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    expect(await dialog.count()).toBe(0);

    // The proof lasts a while: creating an API token now needs no second dialog.
    await person.goto(`${e2e.baseUrl}/api-tokens`);
    await person.getByText('Resetting your password by email revokes all of them.').waitFor();
    await person.getByLabel('Token name').fill('Bookkeeping sync');
    await person.getByRole('button', { name: 'Create token' }).click();
    await person.getByTestId('api-token-secret').waitFor();
    expect(await dialog.count()).toBe(0);
    await person.context().close();
  });

  it('a password sign-in needs no dialog for the first minutes', async () => {
    const page = await newPage(e2e.browser);
    await signInAs(page, e2e.baseUrl, 'chris@cedarpine.example');
    await page.goto(`${e2e.baseUrl}/security`);
    await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.context().close();
  });
});
