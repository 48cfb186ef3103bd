// Quotes with optional lines: staff mark a line optional in the console; the client ticks it in the portal, sees the
// total change, reloads, accepts; staff make the invoice, which carries the line. With SCREENSHOT_DIR set, the pages
// are also captured at 1280 and 375 px, light and dark.
import { describe, it } from 'vitest';
import { captureScreens as capture, accountIdByName, pageAs, usePortico } from '../support/e2e.ts';
import { acceptQuote, openQuoteInPortal, sendQuote, startQuote } from './billing-quote-support.ts';

const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});

describe('billing: optional quote lines', () => {
  it('the client ticks an optional line, sees the total change and accepts; the invoice carries that line', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    const acme = await accountIdByName(owner, 'Acme Manufacturing');
    await startQuote(owner, portico.baseUrl, acme);
    await owner.getByLabel('Description', { exact: true }).fill('Year-end accounts');
    await owner.getByLabel('Quantity').fill('1');
    await owner.getByLabel('Unit price (EUR)').fill('1200');
    await owner.getByRole('button', { name: 'Add a line' }).click();
    await owner.getByLabel('Description', { exact: true }).nth(1).fill('Payroll add-on');
    await owner.getByLabel('Quantity').nth(1).fill('1');
    await owner.getByLabel('Unit price (EUR)').nth(1).fill('300');
    await owner.getByLabel('Optional: the client may add it').nth(1).check();
    await capture(owner, 'console-quote-optional-line');
    await owner.getByRole('button', { name: 'Create draft' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Quote Draft' }).waitFor();
    await owner.getByText('Not included').waitFor();
    const title = await sendQuote(owner);

    const alice = await pageAs(portico, 'alice@acme.example');
    await openQuoteInPortal(alice, portico.baseUrl, title);
    await alice.getByText('Total with your choice: €1,200.00').waitFor();
    await alice.getByText('Not included').waitFor();
    await capture(alice, 'portal-quote-options-unticked');
    const addOn = alice.getByRole('checkbox', { name: 'Payroll add-on' });
    await addOn.check();
    // The server's figures, as soon as it answers.
    await alice.getByText('Total with your choice: €1,500.00').waitFor();
    await capture(alice, 'portal-quote-options');
    // The choice is kept on the quote: a reload shows it ticked with the same total.
    await alice.reload();
    await alice.getByText('Total with your choice: €1,500.00').waitFor();
    if (!(await alice.getByRole('checkbox', { name: 'Payroll add-on' }).isChecked()))
      throw new Error('the ticked option did not survive a reload');
    await acceptQuote(alice, 'Alice Anders');
    // Answered: the options are no longer choices.
    await alice.getByRole('checkbox', { name: 'Payroll add-on' }).waitFor({ state: 'detached' });

    await owner.reload();
    await owner.getByRole('button', { name: 'Make invoice' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Invoice Draft' }).waitFor();
    await owner.getByRole('cell', { name: 'Payroll add-on' }).waitFor();
    await owner.getByText('€1,500.00').first().waitFor();
    await capture(owner, 'console-invoice-from-quote-options');
  });
});
