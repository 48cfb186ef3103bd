// Recurring billing: staff create a monthly subscription for a client in the console, the sweep issues its first
// invoice, and the client sees the plan and the invoice in the portal. With SCREENSHOT_DIR set, the new pages are
// captured at 1280 and 375 px, light and dark.
import { describe, it } from 'vitest';
import { accountIdByName, captureScreens, pageAs, usePortico, sentInvoiceNumber } from '../support/e2e.ts';

// E2E_DATABASE_URL (an empty PostgreSQL database) runs the server on PostgreSQL instead of the embedded engine.
const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});

const personPage = (email: string) => pageAs(portico, email);
const capture = captureScreens;

describe('billing: recurring', () => {
  it('staff create a monthly subscription; the sweep issues its first invoice; the client sees plan and invoice', async () => {
    const owner = await personPage('owner@northwind.example');
    const acme = await accountIdByName(owner, 'Acme Manufacturing');

    await owner.goto(`${portico.baseUrl}/console/billing/catalog`);
    await owner.getByRole('heading', { level: 1, name: 'Products and services' }).waitFor();
    await owner.getByText('Monthly payroll for up to 10 employees').waitFor();
    await capture(owner, 'console-billing-catalog');

    await owner.goto(`${portico.baseUrl}/console/billing/subscriptions/new?accountId=${acme}`);
    await owner.getByRole('heading', { level: 1, name: 'New subscription' }).waitFor();
    await owner.getByLabel('Plan name').fill('Bookkeeping retainer');
    await owner.getByLabel('Interval', { exact: true }).selectOption('month');
    await owner.getByLabel('Catalogue item').selectOption({ label: 'Payroll service (€250.00)' });
    await owner.getByLabel('Quantity').fill('2');
    await capture(owner, 'console-billing-subscription-new');
    await owner.getByRole('button', { name: 'Create subscription' }).click();

    await owner.getByRole('heading', { level: 1, name: 'Subscriptions' }).waitFor();
    const row = owner.getByRole('row', { name: /Bookkeeping retainer/ });
    // 2 × 250.00 + 20 % VAT, computed by the server.
    await row.getByText('€600.00').waitFor();
    await capture(owner, 'console-billing-subscriptions');
    await owner.getByRole('button', { name: 'Bill due periods now' }).click();
    await owner.getByRole('status').getByText('Billed 1 period.').waitFor();
    await row.getByRole('cell', { name: '1', exact: true }).waitFor();
    // Automatic charge is switched on from the row's menu, from the next invoice on.
    await row.getByRole('button', { name: 'Actions for Bookkeeping retainer' }).click();
    await owner.getByRole('menuitem', { name: 'Charge the saved card automatically' }).click();
    await owner
      .getByRole('status')
      .getByText('Bookkeeping retainer: the next invoices are charged to the saved card.')
      .waitFor();
    await row.getByRole('button', { name: 'Actions for Bookkeeping retainer' }).click();
    await owner.getByRole('menuitem', { name: 'Stop charging the card automatically' }).waitFor();
    await capture(owner, 'console-billing-subscription-menu');
    await owner.keyboard.press('Escape');

    const alice = await personPage('alice@acme.example');
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
    await alice.getByRole('heading', { name: 'Your plan' }).waitFor();
    const plan = alice.getByRole('row', { name: /Bookkeeping retainer/ });
    await plan.getByText('€600.00').waitFor();
    await plan.getByText('Active').waitFor();
    await capture(alice, 'portal-billing-plan');
    // The period's invoice was sent automatically, after the demo's five (Acme's 0001, Paula Price's premiums).
    await alice.getByRole('link', { name: `Invoice ${sentInvoiceNumber()}` }).click();
    await alice.getByRole('heading', { level: 1, name: `Invoice ${sentInvoiceNumber()}` }).waitFor();
    await alice.getByText('€600.00').first().waitFor();
    await alice.getByRole('link', { name: 'Download PDF' }).waitFor();
  });
});
