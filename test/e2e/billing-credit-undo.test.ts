// Undoing a credit application in the console: Alice overpays the demo's open invoice through the fake Stripe by
// €100.00, which becomes account credit; staff spend €50.00 of it on a new invoice, then press "Undo". The invoice's
// balance comes back, the credit returns to €100.00, and the audit log shows the reversal. axe checks every page
// (see test/support/e2e.ts); with SCREENSHOT_DIR set the screens are captured at 1280 and 375 px, light and dark.
import { describe, it } from 'vitest';
import { accountIdByName, captureScreens as capture, pageAs, sentInvoiceNumber } from '../support/e2e.ts';
import { usePorticoWithStripe } from './billing-stripe-support.ts';

const { fake, portico } = await usePorticoWithStripe();

describe('billing: undoing a credit application', () => {
  it('staff undo a credit application: the balance and the account credit go back, and it is audited', async () => {
    const year = new Date().getUTCFullYear();

    // Alice pays €2,764.00 for the demo's €2,664.00 invoice: €100.00 becomes account credit.
    const alice = await pageAs(portico, 'alice@acme.example');
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
    await alice.getByRole('link', { name: `Invoice INV-${year}-0001` }).click();
    await alice.getByRole('button', { name: /^Pay .* online$/ }).click();
    await alice.getByRole('heading', { level: 1, name: 'Fake Stripe Checkout' }).waitFor();
    const delivered = await fake.complete(fake.lastSession().id, 276_400);
    if (delivered.status !== 200) throw new Error(`webhook answered ${delivered.status}`);

    // Staff bill €50.00 and spend the credit on it.
    const owner = await pageAs(portico, 'owner@northwind.example');
    const acme = await accountIdByName(owner, 'Acme Manufacturing');
    await owner.goto(`${portico.baseUrl}/console/billing/new?accountId=${acme}`);
    await owner.getByLabel('Description', { exact: true }).fill('Advisory call');
    await owner.getByLabel('Quantity').fill('1');
    await owner.getByLabel('Unit price (EUR)').fill('50');
    await owner.getByRole('button', { name: 'Create draft' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Invoice Draft' }).waitFor();
    await owner.getByRole('button', { name: 'Send', exact: true }).click();
    const number = sentInvoiceNumber();
    await owner.getByRole('heading', { level: 1, name: `Invoice ${number}` }).waitFor();
    const apply = owner.getByRole('form', { name: 'Apply account credit' });
    await apply.getByText('Available credit: €100.00').waitFor();
    await apply.getByRole('button', { name: 'Apply credit' }).click();
    await owner.getByText(/spent from the credit balance/).waitFor();
    await owner
      .getByRole('row', { name: /Balance due/ })
      .getByRole('cell', { name: '€0.00' })
      .waitFor();
    await capture(owner, 'console-credit-applied');

    // Undo: confirmed in a dialog; the invoice is open for €50.00 again and the credit is back to €100.00.
    await owner.getByRole('button', { name: 'Undo', exact: true }).click();
    const dialog = owner.getByRole('alertdialog');
    await dialog.getByText(/The invoice reopens for €50\.00/).waitFor();
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await owner.getByText(/undone on /).waitFor();
    await capture(owner, 'console-credit-undone');
    // Nothing paid any more: the invoice is Sent again, with no credit line, and can take a payment.
    await owner.getByText('Sent', { exact: true }).waitFor();
    await owner.getByRole('row', { name: /Account credit applied/ }).waitFor({ state: 'detached' });
    await owner.getByRole('heading', { name: 'Record a payment' }).waitFor();
    await owner.getByRole('form', { name: 'Apply account credit' }).getByText('Available credit: €100.00').waitFor();
    await owner.getByRole('button', { name: 'Undo', exact: true }).waitFor({ state: 'detached' });

    // The client sees the invoice open again, to pay €50.00.
    await alice.goto(`${portico.baseUrl}/billing`);
    await alice
      .getByRole('link', { name: `Invoice ${number}` })
      .first()
      .click();
    await alice.getByRole('heading', { level: 1, name: `Invoice ${number}` }).waitFor();
    await alice.getByText('Sent', { exact: true }).waitFor();
    await alice.getByRole('button', { name: /^Pay .* online$/ }).waitFor();

    // The audit log names the reversal.
    await owner.goto(`${portico.baseUrl}/console/audit-log`);
    await owner.getByLabel('Action').selectOption('billing.credit_application_reversed');
    await owner.getByRole('button', { name: 'Apply filters' }).click();
    await owner.getByRole('cell', { name: 'billing.credit_application_reversed' }).first().waitFor();
    await capture(owner, 'console-audit-credit-reversal');
  });
});
