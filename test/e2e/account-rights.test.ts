// Account rights (issue 16): a customer changes their sign-in address with the code mailed to the new address, and
// the notice to the old address carries a link that undoes it.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureScreens, emailedLink, newPage, signInAs, usePortico } from '../support/e2e.ts';

const e2e = usePortico();

/** As staff: the 6-digit code in the newest mail to `to` about changing a sign-in address (dev outbox). */
async function mailedCode(page: Page, to: string): Promise<string> {
  await page.goto(`${e2e.baseUrl}/console/mail`);
  await page.getByRole('heading', { level: 1, name: 'Mail outbox' }).waitFor();
  const row = page.getByRole('row').filter({ hasText: to }).filter({ hasText: 'change your sign-in address' }).first();
  while (!(await row.isVisible())) {
    await page.getByRole('button', { name: 'Refresh' }).click();
    await row.waitFor({ timeout: 500 }).catch(() => undefined);
  }
  await row.getByRole('link').click();
  const text = (await page.getByTestId('mail-text').textContent()) ?? '';
  const match = /(\d{6})\. It works once/.exec(text);
  if (!match?.[1]) throw new Error(`no code in the mail: ${text}`);
  return match[1];
}

describe('account rights: changing one’s email', () => {
  it('the customer changes their email with the code from the outbox, and the old address can undo it', async () => {
    const customer = await newPage(e2e.browser);
    await signInAs(customer, e2e.baseUrl, 'dana.diaz@customers.example');
    await customer.goto(`${e2e.baseUrl}/profile`);
    const section = customer.getByRole('region', { name: 'Sign-in address' });
    await section.getByText('You sign in as dana.diaz@customers.example.').waitFor();
    await section.getByLabel('New email address').fill('dana@new-home.example');
    await section.getByRole('button', { name: 'Send code' }).click();
    await section.getByText(/We sent a code to dana@new-home.example/).waitFor();
    await captureScreens(customer, 'profile-email-code');

    const staff = await newPage(e2e.browser);
    await signInAs(staff, e2e.baseUrl, 'owner@northwind.example');
    const code = await mailedCode(staff, 'dana@new-home.example');

    // A wrong code is refused on the field; the right one switches the address.
    await section.getByLabel('Code from the email').fill(code === '000000' ? '111111' : '000000');
    await section.getByRole('button', { name: 'Change address' }).click();
    await section.getByText('That code is not valid or has expired.', { exact: false }).first().waitFor();
    await section.getByLabel('Code from the email').fill(code);
    await section.getByRole('button', { name: 'Change address' }).click();
    await section.getByText('You sign in as dana@new-home.example.').waitFor();
    await section.getByLabel('New email address').waitFor();
    await captureScreens(customer, 'profile-email');

    // The old address got the notice; its link undoes the change and signs the customer out.
    const undoLink = await emailedLink(
      staff,
      e2e.baseUrl,
      'dana.diaz@customers.example',
      'sign-in address was changed',
    );
    const stranger = await newPage(e2e.browser);
    await stranger.goto(undoLink);
    await stranger.getByRole('heading', { level: 1, name: 'Undo the address change' }).waitFor();
    await captureScreens(stranger, 'email-change-undo');
    await stranger.getByRole('button', { name: 'Undo the change' }).click();
    await stranger.getByText('Your previous address is back').waitFor();

    await customer.reload();
    await customer.waitForURL(/\/sign-in/);
    await signInAs(customer, e2e.baseUrl, 'dana.diaz@customers.example');
    await customer.goto(`${e2e.baseUrl}/profile`);
    await customer.getByText('You sign in as dana.diaz@customers.example.').waitFor();
    expect(await customer.getByText('dana@new-home.example').count()).toBe(0);
    for (const page of [customer, staff, stranger]) await page.context().close();
  });

  it('a person exports their data and downloads the zip', async () => {
    const person = await newPage(e2e.browser);
    await signInAs(person, e2e.baseUrl, 'alice@acme.example');
    await person.goto(`${e2e.baseUrl}/profile`);
    const section = person.getByRole('region', { name: 'Your data' });
    await section.getByRole('button', { name: 'Download my data' }).click();
    await section
      .getByText(/Your export is being made|Your export is ready/)
      .first()
      .waitFor();
    await section.getByText(/Your export is ready/).waitFor({ timeout: 60_000 });
    await captureScreens(person, 'profile-your-data');
    const [download] = await Promise.all([
      person.waitForEvent('download'),
      section.getByRole('link', { name: 'Download the zip' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.zip$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.toString('utf8')).toContain('"email": "alice@acme.example"');
    await person.context().close();
  });
});
