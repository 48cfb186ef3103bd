// Signing in and out, the keyboard path through the sign-in form, and resetting a forgotten password.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, emailedLink, newPage, signIn, signInAs, usePortico } from '../support/e2e.ts';

const e2e = usePortico();

describe('signing in', () => {
  it('takes the owner to the console home (what is waiting), then the accounts list, and signs out again', async () => {
    const page = await newPage(e2e.browser);
    await signIn(page, e2e.baseUrl, 'owner@northwind.example');
    await page.getByRole('heading', { level: 1, name: 'Waiting on us' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/console');
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    await page.getByRole('link', { name: 'Acme Manufacturing' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: /^Sign in to / }).waitFor();
    await page.getByRole('status').getByText('You have been signed out.').waitFor();
    // The session is gone: the console sends the visitor back to sign-in.
    await page.goto(`${e2e.baseUrl}/console/accounts`);
    await page.getByRole('heading', { level: 1, name: /^Sign in to / }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.context().close();
  });

  it('shows the error beside the form for a wrong password and stays on sign-in', async () => {
    const page = await newPage(e2e.browser);
    await signIn(page, e2e.baseUrl, 'admin@northwind.example', 'not-the-right-password');
    await page.getByRole('alert').getByText('That email and password do not match.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    // The form keeps what was typed, so the person can correct the password and go on.
    expect(await page.getByLabel('Email').inputValue()).toBe('admin@northwind.example');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Waiting on us' }).waitFor();
    await page.context().close();
  });

  it('can be done with the keyboard alone: Tab reaches Email, Password, Sign in in order; Enter submits', async () => {
    const page = await newPage(e2e.browser);
    await page.goto(`${e2e.baseUrl}/sign-in`);
    await page.getByRole('heading', { level: 1, name: /^Sign in to / }).waitFor();
    /** What has the keyboard focus: a field by its label, anything else by its text. */
    const focused = async () => {
      const element = page.locator(':focus');
      if ((await element.count()) === 0) return 'nothing';
      const id = await element.getAttribute('id');
      const label = id ? await page.locator(`label[for="${id}"]`).textContent() : null;
      return label ? `field:${label}` : `control:${(await element.textContent())?.trim()}`;
    };
    const pressTabUntil = async (target: string) => {
      const seen: string[] = [];
      for (let step = 0; step < 10; step += 1) {
        await page.keyboard.press('Tab');
        const now = await focused();
        seen.push(now);
        if (now === target) return seen;
      }
      throw new Error(`Tab never reached ${target}; focus went through ${seen.join(', ')}`);
    };
    // Only the skip link comes before the form.
    expect(await pressTabUntil('field:Email')).toEqual(['control:Skip to content', 'field:Email']);
    await page.keyboard.type('alice@acme.example');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('field:Password');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('control:Sign in');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('field:Password');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Welcome, Alice Archer' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.context().close();
  });
});

describe('resetting a forgotten password', () => {
  it('sends a link by email that sets a new password; the old one stops working', async () => {
    const email = 'carla@cedarpine.example';
    const newPassword = 'cedar-and-pine-forest-42';
    const visitor = await newPage(e2e.browser);
    await visitor.goto(`${e2e.baseUrl}/sign-in`);
    await visitor.getByRole('link', { name: 'Forgot your password?' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    await visitor.getByLabel('Email').fill(email);
    await visitor.getByRole('button', { name: 'Send reset link' }).click();
    await visitor.getByRole('status').getByText('If that address has an account, we sent a link').waitFor();

    const owner = await newPage(e2e.browser);
    await signInAs(owner, e2e.baseUrl, 'owner@northwind.example');
    const link = await emailedLink(owner, e2e.baseUrl, email, 'Reset your Northwind Advisory password');
    expect(link).toMatch(new RegExp(`^${e2e.baseUrl}/reset-password/complete#token=`));

    const person = await newPage(e2e.browser);
    await person.goto(link);
    await person.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    // The token leaves the address bar as soon as the page has read it.
    expect(person.url()).not.toContain('token=');
    await person.getByLabel('New password').fill(newPassword);
    await person.getByRole('button', { name: 'Set password' }).click();
    await person.getByRole('status').getByText('Your new password is set. Sign in with it now.').waitFor();
    await person.getByLabel('Email').fill(email);
    await person.getByLabel('Password', { exact: true }).fill(newPassword);
    await person.getByRole('button', { name: 'Sign in', exact: true }).click();
    await person.getByRole('heading', { level: 1, name: 'Welcome, Carla Chen' }).waitFor();

    const other = await newPage(e2e.browser);
    await signIn(other, e2e.baseUrl, email, DEMO_PASSWORD);
    await other.getByRole('alert').getByText('That email and password do not match.').waitFor();
    expect(new URL(other.url()).pathname).toBe('/sign-in');

    // The link was used up: opening it again and submitting fails.
    const again = await newPage(e2e.browser);
    await again.goto(link);
    await again.getByLabel('New password').fill('another-new-password-7');
    await again.getByRole('button', { name: 'Set password' }).click();
    await again.getByRole('alert').getByText('This link has expired or was already used. Ask for a new one.').waitFor();
    expect(new URL(again.url()).pathname).toBe('/reset-password/complete');

    for (const page of [visitor, owner, person, other, again]) await page.context().close();
  });
});
