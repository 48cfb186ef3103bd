// Account credit and automatic charge: the client overpays an invoice (credit) and saves a card on the fake Stripe's
// setup page; staff spend the credit on the next invoice, then switch the account to automatic charge and send
// another, which the client sees paid without doing anything. With SCREENSHOT_DIR set, the changed pages are captured at
// 1280 and 375 px, light and dark.
import { describe, it } from 'vitest';
import { accountIdByName, captureScreens as capture, pageAs, sentInvoiceNumber } from '../support/e2e.ts';
import { reloadUntil, usePorticoWithStripe } from './billing-stripe-support.ts';

const { fake, portico } = await usePorticoWithStripe();

describe('billing: account credit and automatic charge', () => {
  it('the client gets credit and saves a card; the next invoice uses the credit and is charged automatically', async () => {
    const year = new Date().getUTCFullYear();
    const alice = await pageAs(portico, 'alice@acme.example');

    // Credit: Stripe says the client paid the demo's open invoice 25.00 more than asked.
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
    await alice.getByRole('link', { name: `Invoice INV-${year}-0001` }).click();
    await alice.getByRole('button', { name: /^Pay .* online$/ }).click();
    await alice.getByRole('heading', { level: 1, name: 'Fake Stripe Checkout' }).waitFor();
    const session = fake.lastSession();
    await fake.complete(session.id, session.amount_total + 2500);
    await alice.goto(`${portico.baseUrl}/billing`);
    await alice.getByRole('heading', { name: 'Account credit' }).waitFor();
    await alice.getByText('€25.00').waitFor();

    // A card, saved on Stripe's page (setup mode) and recorded by the webhook.
    await alice.getByRole('button', { name: 'Save a card' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Fake Stripe Checkout' }).waitFor();
    await alice.getByRole('button', { name: 'Save card' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
    await alice.getByText('VISA •••• 4242, expires 12/2034').waitFor();
    await capture(alice, 'portal-billing-credit-card');

    // Staff spend the credit on a new invoice from the console.
    const owner = await pageAs(portico, 'owner@northwind.example');
    const acme = await accountIdByName(owner, 'Acme Manufacturing');
    async function sendInvoice(number: string) {
      await owner.goto(`${portico.baseUrl}/console/billing/new?accountId=${acme}`);
      await owner.getByLabel('Description', { exact: true }).fill('Monthly bookkeeping');
      await owner.getByLabel('Quantity').fill('1');
      await owner.getByLabel('Unit price (EUR)').fill('100');
      await owner.getByRole('button', { name: 'Create draft' }).click();
      await owner.getByRole('heading', { level: 1, name: 'Invoice Draft' }).waitFor();
      await owner.getByRole('button', { name: 'Send', exact: true }).click();
      await owner.getByRole('heading', { level: 1, name: `Invoice ${number}` }).waitFor();
    }
    const credited = sentInvoiceNumber(1);
    await sendInvoice(credited);
    await owner.getByText('Available credit: €25.00').waitFor();
    await capture(owner, 'console-billing-apply-credit');
    await owner.getByRole('button', { name: 'Apply credit' }).click();
    await owner
      .getByRole('row', { name: /Account credit applied/ })
      .getByText('€25.00')
      .waitFor();
    await owner.getByText(/Account credit · spent from the credit balance/).waitFor();

    await alice.goto(`${portico.baseUrl}/billing`);
    await alice.getByRole('link', { name: `Invoice ${credited}` }).click();
    await alice
      .getByRole('row', { name: /Account credit applied/ })
      .getByText('€25.00')
      .waitFor();
    await alice
      .getByRole('row', { name: /Balance due/ })
      .getByText('€75.00')
      .waitFor();
    await capture(alice, 'portal-billing-invoice-credit');

    // This account is now charged automatically: the next invoice is paid without the client doing anything.
    await owner.goto(`${portico.baseUrl}/console/billing/profiles/${acme}`);
    await owner.getByLabel("Charge invoices to the account's saved card when they are sent").check();
    await capture(owner, 'console-billing-profile-autopay');
    await owner.getByRole('button', { name: 'Save profile' }).click();
    await owner.getByText('Saved.').waitFor();
    const charged = sentInvoiceNumber(2);
    await sendInvoice(charged);

    await alice.goto(`${portico.baseUrl}/billing`);
    await alice.getByRole('link', { name: `Invoice ${charged}` }).click();
    await alice.getByRole('heading', { level: 1, name: `Invoice ${charged}` }).waitFor();
    await reloadUntil(alice, () => alice.getByText('Paid', { exact: true }).first().isVisible());
    await alice
      .getByRole('row', { name: /Balance due/ })
      .getByText('€0.00')
      .waitFor();
    await owner.reload();
    await owner.getByText(/paid online \(Stripe\)/).waitFor();
    await capture(owner, 'console-billing-invoice-autopay');
  });
});
