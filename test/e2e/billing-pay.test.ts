// Online payment: the client pays the demo's open invoice through a Checkout on the fake Stripe's hosted page,
// comes back to the portal, and sees it paid once the (signed) webhook has arrived; staff then refund part of it
// from the console. With SCREENSHOT_DIR set, the new pages are captured at 1280 and 375 px, light and dark.
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { signInAs } from '../support/e2e.ts';
import { usePorticoWithStripe } from './billing-stripe-support.ts';

const { portico } = await usePorticoWithStripe();

async function personPage(email: string): Promise<Page> {
  const context = await portico.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await signInAs(page, portico.baseUrl, email);
  return page;
}

async function capture(page: Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  for (const scheme of ['light', 'dark'] as const)
    for (const width of [1280, 375]) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${dir}/${name}-${width}-${scheme}.png`, fullPage: true });
    }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('billing: online payment', () => {
  it('the client pays an invoice on the hosted page and sees it paid; staff refund part of it', async () => {
    const number = `INV-${new Date().getUTCFullYear()}-0001`;
    const alice = await personPage('alice@acme.example');
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
    await alice.getByRole('link', { name: `Invoice ${number}` }).click();
    await alice.getByRole('heading', { level: 1, name: `Invoice ${number}` }).waitFor();
    await capture(alice, 'portal-billing-pay');
    await alice.getByRole('button', { name: /^Pay .* online$/ }).click();
    await alice.getByRole('heading', { level: 1, name: 'Fake Stripe Checkout' }).waitFor();
    await alice.getByRole('button', { name: 'Pay', exact: true }).click();
    await alice.getByRole('heading', { level: 1, name: 'Online payment' }).waitFor();
    await alice
      .getByRole('status')
      .filter({ hasText: /^Paid: / })
      .waitFor();
    await capture(alice, 'portal-billing-pay-return');
    await alice.getByRole('link', { name: 'Back to billing' }).click();
    await alice.getByRole('link', { name: `Invoice ${number}` }).click();
    await alice.getByRole('heading', { level: 1, name: `Invoice ${number}` }).waitFor();
    await alice.getByText('Paid', { exact: true }).first().waitFor();

    const owner = await personPage('owner@northwind.example');
    await owner.goto(`${portico.baseUrl}/console/billing`);
    await owner
      .getByRole('link', { name: `Invoice ${number}` })
      .first()
      .click();
    await owner.getByRole('heading', { level: 1, name: `Invoice ${number}` }).waitFor();
    await owner.getByText(/paid online \(Stripe\)/).waitFor();
    await owner.getByRole('button', { name: 'Refund', exact: true }).click();
    await owner.getByLabel(/^Amount \(EUR\)/).fill('10.00');
    await owner.getByLabel('Reason').fill('Goodwill');
    await capture(owner, 'console-billing-refund');
    await owner.getByRole('button', { name: 'Refund through Stripe' }).click();
    await owner.getByText('€10.00 refunded').waitFor();
  });
});
