// 3-D Secure: the client saves a card that needs authentication (Stripe's 4000 0027 6000 3184); the automatic charge
// of the next invoice cannot be authenticated off session, so the invoice page asks the client to confirm it; the
// client goes through the bank's challenge on the fake Stripe and comes back; the invoice shows paid once Stripe's
// webhook has confirmed. With SCREENSHOT_DIR set, the new panel is captured at 1280 and 375 px, light and dark.
import { describe, it } from 'vitest';
import { TEST_CARD_AUTHENTICATION } from '../support/fake-stripe.ts';
import { accountIdByName, captureScreens as capture, pageAs, sentInvoiceNumber } from '../support/e2e.ts';
import { reloadUntil, usePorticoWithStripe } from './billing-stripe-support.ts';

const { portico } = await usePorticoWithStripe();

describe('billing: 3-D Secure', () => {
  it('an automatic charge that needs authentication is confirmed by the client through the bank’s challenge', async () => {
    const alice = await pageAs(portico, 'alice@acme.example');
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
    await alice.getByRole('button', { name: 'Save a card' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Fake Stripe Checkout' }).waitFor();
    await alice.getByLabel('Card number').fill(TEST_CARD_AUTHENTICATION);
    await alice.getByRole('button', { name: 'Save card' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
    await alice.getByText('VISA •••• 3184, expires 12/2034').waitFor();

    // Staff charge the account automatically and send an invoice.
    const owner = await pageAs(portico, 'owner@northwind.example');
    const acme = await accountIdByName(owner, 'Acme Manufacturing');
    await owner.goto(`${portico.baseUrl}/console/billing/profiles/${acme}`);
    await owner.getByLabel("Charge invoices to the account's saved card when they are sent").check();
    await owner.getByRole('button', { name: 'Save profile' }).click();
    await owner.getByText('Saved.').waitFor();
    await owner.goto(`${portico.baseUrl}/console/billing/new?accountId=${acme}`);
    await owner.getByLabel('Description', { exact: true }).fill('Monthly bookkeeping');
    await owner.getByLabel('Quantity').fill('1');
    await owner.getByLabel('Unit price (EUR)').fill('100');
    await owner.getByRole('button', { name: 'Create draft' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Invoice Draft' }).waitFor();
    await owner.getByRole('button', { name: 'Send', exact: true }).click();
    const number = sentInvoiceNumber();
    await owner.getByRole('heading', { level: 1, name: `Invoice ${number}` }).waitFor();

    // The bank wants the client: the invoice page asks them to confirm the payment (and a mail linked here).
    await alice.goto(`${portico.baseUrl}/billing`);
    await alice.getByRole('link', { name: `Invoice ${number}` }).click();
    await alice.getByRole('heading', { level: 1, name: `Invoice ${number}` }).waitFor();
    await reloadUntil(alice, () => alice.getByRole('heading', { name: 'Confirm your payment' }).isVisible());
    await alice.getByText('Nothing has been charged yet.', { exact: false }).waitFor();
    await capture(alice, 'portal-billing-3ds-confirm');

    await alice.getByRole('button', { name: 'Confirm the payment with your bank' }).click();
    await alice.getByRole('heading', { level: 1, name: '3D Secure 2 test page' }).waitFor();
    await alice.getByRole('button', { name: 'Complete authentication' }).click();
    // Back on the portal: paid once Stripe's webhook confirmed it.
    await alice.getByRole('heading', { level: 1, name: 'Online payment' }).waitFor();
    await alice.getByText('Paid: €100.00 received. Thank you.').waitFor();
    await capture(alice, 'portal-billing-3ds-paid');
    await alice.getByRole('link', { name: 'Back to billing' }).click();
    await alice.getByRole('link', { name: `Invoice ${number}` }).click();
    await alice
      .getByRole('row', { name: /Balance due/ })
      .getByText('€0.00')
      .waitFor();
    await owner.reload();
    await owner.getByText(/paid online \(Stripe\)/).waitFor();
  });
});
