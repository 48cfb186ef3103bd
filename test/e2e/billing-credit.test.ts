// Billing, accounts receivable: staff issue a partial credit note against a sent invoice in the console and send
// it; the client sees the credit note, its link to the invoice, the lower balance and the statement of account.
// With SCREENSHOT_DIR set, the new pages are captured at 1280 and 375 px, light and dark.
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { captureScreens as capture, signInAs, usePortico } from '../support/e2e.ts';

const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});

async function personPage(email: string): Promise<Page> {
  const context = await portico.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await signInAs(page, portico.baseUrl, email);
  return page;
}

describe('billing credit notes', () => {
  it('staff issue a credit note against an invoice; the client sees it, the invoice balance and the statement', async () => {
    const year = new Date().getUTCFullYear();
    const invoice = `INV-${year}-0001`; // the demo's sent invoice for Acme: €2,664.00
    const creditNote = `CN-${year}-0001`;
    const owner = await personPage('owner@northwind.example');
    await owner.goto(`${portico.baseUrl}/console/billing`);
    await owner.getByRole('link', { name: `Invoice ${invoice}` }).click();
    await owner.getByRole('heading', { level: 1, name: `Invoice ${invoice}` }).waitFor();
    await owner.getByRole('button', { name: 'Issue credit note' }).click();
    const dialog = owner.getByRole('dialog', { name: `Credit note for Invoice ${invoice}` });
    await dialog.getByRole('radio', { name: 'Part of it' }).check();
    await dialog.getByLabel('Description').fill('Goodwill: advisory hour');
    await dialog.getByLabel('Amount before tax (EUR)').fill('100');
    await dialog.getByLabel('Tax', { exact: true }).selectOption({ label: 'VAT (20 %)' });
    await capture(owner, 'console-credit-note-dialog');
    await dialog.getByRole('button', { name: 'Create draft credit note' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Credit note Draft' }).waitFor();
    await owner.getByRole('link', { name: `Invoice ${invoice}` }).waitFor();
    await owner.getByRole('button', { name: 'Send', exact: true }).click();
    await owner.getByRole('heading', { level: 1, name: `Credit note ${creditNote}` }).waitFor();
    await capture(owner, 'console-credit-note');
    await owner.getByRole('link', { name: `Invoice ${invoice}` }).click();
    await owner.getByRole('heading', { level: 1, name: `Invoice ${invoice}` }).waitFor();
    // 2,664.00 − (100.00 + 20 % VAT) = 2,544.00 left to pay.
    await owner
      .getByRole('row', { name: /Balance due/ })
      .getByRole('cell', { name: '€2,544.00' })
      .waitFor();
    await owner.getByRole('link', { name: `Credit note ${creditNote}` }).waitFor();
    await capture(owner, 'console-credited-invoice');

    // The list filtered to the account and to invoices, with its totals per currency.
    await owner.goto(`${portico.baseUrl}/console/billing`);
    await owner.getByRole('combobox', { name: 'Account', exact: true }).selectOption({ label: 'Acme Manufacturing' });
    await owner.getByRole('combobox', { name: 'Type', exact: true }).selectOption({ label: 'Invoice' });
    await owner
      .getByRole('status', { name: 'Totals of this list' })
      .getByText(/^2 documents: €3,444\.00 · open €2,544\.00$/)
      .waitFor();
    await capture(owner, 'console-billing-filtered');
    await owner.goto(`${portico.baseUrl}/console/billing/receivables`);
    await owner.getByRole('heading', { level: 1, name: 'Accounts receivable' }).waitFor();
    await owner.getByRole('link', { name: 'Statement for Acme Manufacturing' }).waitFor();
    await owner.getByRole('link', { name: 'Invoices CSV' }).waitFor();
    await capture(owner, 'console-receivables');
    await owner.goto(`${portico.baseUrl}/console/billing/settings`);
    await owner.getByRole('heading', { name: 'Payment reminders' }).waitFor();
    await owner.getByLabel(/days from the due date/).waitFor();
    await capture(owner, 'console-reminder-settings');

    const alice = await personPage('alice@acme.example');
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
    await alice
      .getByRole('region', { name: 'Statement in EUR' })
      .getByRole('cell', { name: `Credit note ${creditNote}` })
      .waitFor();
    await capture(alice, 'portal-billing-statement');
    await alice
      .getByRole('link', { name: `Credit note ${creditNote}` })
      .first()
      .click();
    await alice.getByRole('heading', { level: 1, name: `Credit note ${creditNote}` }).waitFor();
    await alice.getByRole('row', { name: /Total/ }).getByRole('cell', { name: '€120.00' }).waitFor();
    await capture(alice, 'portal-credit-note');
    await alice.getByRole('link', { name: `Invoice ${invoice}` }).click();
    await alice.getByRole('heading', { level: 1, name: `Invoice ${invoice}` }).waitFor();
    await alice
      .getByRole('row', { name: /Balance due/ })
      .getByRole('cell', { name: '€2,544.00' })
      .waitFor();
  });
});
