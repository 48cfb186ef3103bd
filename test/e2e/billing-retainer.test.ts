// A retainer: staff set up a one-hour monthly retainer for Acme, log 90 minutes on a task, and the client watches
// the burn move live on the portal's billing page; staff ask for approval of the half hour past the budget, the
// client approves it, and it appears on the next invoice staff send. With SCREENSHOT_DIR set, the retainer pages are
// captured at 1280 and 375 px, light and dark.
import { describe, it } from 'vitest';
import { accountIdByName, captureScreens as capture, pageAs, usePortico, sentInvoiceNumber } from '../support/e2e.ts';

const portico = usePortico({
  ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
});

describe('billing: a retainer and its overage', () => {
  it('time logged, budget passed, the client approves the overage, it appears on the next invoice', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    const acme = await accountIdByName(owner, 'Acme Manufacturing');

    // Staff set up the retainer on the account's billing page.
    await owner.goto(`${portico.baseUrl}/console/billing/profiles/${acme}`);
    const setup = owner.getByRole('region', { name: 'Retainer', exact: true });
    await setup.getByText('No retainer is set up for this account.').waitFor();
    await setup.getByLabel('Name').fill('Support retainer');
    await setup.getByLabel('Budget (hours)').fill('1');
    await setup.getByLabel('Hourly rate (EUR)').fill('90');
    await setup.getByRole('button', { name: 'Save retainer' }).click();
    await owner.getByRole('heading', { name: 'Retainer: Support retainer' }).waitFor();

    // The client sees it, with nothing burnt yet.
    const alice = await pageAs(portico, 'alice@acme.example');
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
    const burn = alice.getByRole('region', { name: 'Retainer: Support retainer' });
    await burn.getByText('No billable time logged in this period yet.').waitFor();

    // Staff log 90 minutes on a task of Acme's project.
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Projects' }).click();
    await owner.getByLabel('Account').selectOption({ label: 'Acme Manufacturing' });
    await owner.getByRole('link', { name: 'Year-end accounts 2026' }).click();
    await owner.getByRole('link', { name: 'Send the year-end checklist' }).click();
    const time = owner.getByRole('region', { name: 'Time', exact: true });
    await time.getByLabel('Minutes').fill('90');
    await time.getByLabel('Note').fill('Prepared the checklist');
    await time.getByRole('button', { name: 'Log time' }).click();
    await time.getByRole('cell', { name: 'Prepared the checklist' }).waitFor();

    // The client's page moves without a reload: what the time was spent on, and the half hour past the budget.
    await burn.getByRole('cell', { name: 'Send the year-end checklist' }).waitFor();
    await burn.getByText('0.5 h', { exact: true }).waitFor();

    // Staff ask the client to approve the half hour.
    await owner.goto(`${portico.baseUrl}/console/billing/profiles/${acme}`);
    await owner.getByRole('button', { name: 'Ask the client to approve 0.5 h' }).click();
    await owner.getByText('Waiting for approval').waitFor();
    await capture(owner, 'console-billing-retainer');

    // The client approves it (live: the request appears on the open page).
    await burn.getByRole('heading', { name: 'Approve work past your budget' }).waitFor();
    await capture(alice, 'portal-billing-retainer-ask');
    await burn.getByRole('button', { name: 'Approve €45.00' }).click();
    await burn.getByText('Approved', { exact: true }).waitFor();
    await burn.getByRole('cell', { name: 'Next invoice' }).waitFor();

    // The next invoice staff send carries it as a line.
    await owner.goto(`${portico.baseUrl}/console/billing/new?accountId=${acme}`);
    await owner.getByLabel('Description', { exact: true }).fill('Monthly bookkeeping');
    await owner.getByLabel('Quantity').fill('1');
    await owner.getByLabel('Unit price (EUR)').fill('100');
    await owner.getByRole('button', { name: 'Create draft' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Invoice Draft' }).waitFor();
    await owner.getByRole('button', { name: 'Send', exact: true }).click();
    const number = sentInvoiceNumber();
    await owner.getByRole('heading', { level: 1, name: `Invoice ${number}` }).waitFor();
    await owner.getByText(/Approved overage of retainer "Support retainer"/).waitFor();

    // The client sees the invoice linked from the retainer, and the line on the invoice.
    await burn.getByRole('link', { name: number }).click();
    await alice.getByRole('heading', { level: 1, name: `Invoice ${number}` }).waitFor();
    await alice.getByText(/Approved overage of retainer "Support retainer"/).waitFor();
    await alice.goto(`${portico.baseUrl}/billing`);
    await alice.getByRole('region', { name: 'Retainer: Support retainer' }).waitFor();
    await capture(alice, 'portal-billing-retainer');
  });
});
