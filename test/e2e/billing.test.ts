// Billing: staff create an invoice in the console and send it; the client sees it in the portal and downloads the
// PDF that was sent. With SCREENSHOT_DIR set, the new pages are also captured at 1280 and 375 px, light and dark.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureScreens as capture, accountIdByName, signInAs, usePortico, sentInvoiceNumber } from '../support/e2e.ts';
import { acceptQuote, openQuoteInPortal, sendQuote, startQuote } from './billing-quote-support.ts';

// E2E_DATABASE_URL (an empty PostgreSQL database) runs the server on PostgreSQL instead of the embedded engine.
const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});

async function personPage(email: string): Promise<Page> {
  const context = await portico.browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const page = await context.newPage();
  await signInAs(page, portico.baseUrl, email);
  return page;
}

describe('billing', () => {
  it('staff create and send an invoice; the client sees it and downloads its PDF', async () => {
    const owner = await personPage('owner@northwind.example');
    const acme = await accountIdByName(owner, 'Acme Manufacturing');
    await owner.goto(`${portico.baseUrl}/console/billing`);
    await owner.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
    await owner.getByRole('heading', { name: 'Accounts receivable' }).waitFor();
    await capture(owner, 'console-billing');
    await owner.goto(`${portico.baseUrl}/console/billing/new?accountId=${acme}`);
    await owner.getByRole('heading', { level: 1, name: 'New invoice or quote' }).waitFor();
    await owner.getByLabel('Description', { exact: true }).fill('Quarterly bookkeeping');
    await owner.getByLabel('Quantity').fill('2');
    await owner.getByLabel('Unit price (EUR)').fill('450.50');
    await owner.getByLabel('Tax', { exact: true }).selectOption({ label: 'VAT (20 %)' });
    await capture(owner, 'console-billing-new');
    await owner.getByRole('button', { name: 'Create draft' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Invoice Draft' }).waitFor();
    // 2 × 450.50 = 901.00, VAT 180.20: the server's figures, shown as computed.
    await owner.getByText('€1,081.20').waitFor();
    await owner.getByRole('button', { name: 'Send', exact: true }).click();
    const number = sentInvoiceNumber();
    await owner.getByRole('heading', { level: 1, name: `Invoice ${number}` }).waitFor();
    await capture(owner, 'console-billing-invoice');

    const alice = await personPage('alice@acme.example');
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
    await capture(alice, 'portal-billing');
    await alice.getByRole('link', { name: `Invoice ${number}` }).click();
    await alice.getByRole('heading', { level: 1, name: `Invoice ${number}` }).waitFor();
    await alice.getByText('€1,081.20').waitFor();
    await capture(alice, 'portal-billing-invoice');
    const [download] = await Promise.all([
      alice.waitForEvent('download'),
      alice.getByRole('link', { name: 'Download PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${number}.pdf`);
    // Drafts never reach the portal: only the demo's sent invoice and quote and this one are listed.
    await alice.goto(`${portico.baseUrl}/billing`);
    await alice.getByRole('link', { name: `Invoice ${number}` }).waitFor();
    expect(await alice.getByRole('link', { name: /Draft/ }).count()).toBe(0);
  });

  it('staff send a quote valid until a date; the client accepts it; staff make it an invoice and send it', async () => {
    const validUntil = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const owner = await personPage('owner@northwind.example');
    const acme = await accountIdByName(owner, 'Acme Manufacturing');
    await startQuote(owner, portico.baseUrl, acme);
    await owner.getByLabel('Valid until (optional)').fill(validUntil);
    await owner.getByLabel('Description', { exact: true }).fill('Year-end accounts');
    await owner.getByLabel('Quantity').fill('1');
    await owner.getByLabel('Unit price (EUR)').fill('1200');
    await owner.getByRole('button', { name: 'Create draft' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Quote Draft' }).waitFor();
    const title = await sendQuote(owner);

    const alice = await personPage('alice@acme.example');
    await openQuoteInPortal(alice, portico.baseUrl, title);
    await alice.getByText('Valid until', { exact: true }).waitFor();
    await capture(alice, 'portal-billing-quote');
    await acceptQuote(alice, 'Alice Anders');

    await owner.reload();
    await owner.getByRole('button', { name: 'Make invoice' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Invoice Draft' }).waitFor();
    await owner.getByText('From quote').waitFor();
    await owner.getByRole('link', { name: `${title} (Accepted)` }).waitFor();
    await owner.getByText('€1,200.00').first().waitFor();
    await capture(owner, 'console-billing-invoice-from-quote');
    await owner.getByRole('button', { name: 'Send', exact: true }).click();
    await owner.getByRole('heading', { level: 1, name: /^Invoice INV-/ }).waitFor();
    // The quote now names its invoice, and no longer offers to make another.
    await owner.getByRole('link', { name: title }).click();
    await owner.getByText('Invoiced as').waitFor();
    expect(await owner.getByRole('button', { name: 'Make invoice' }).count()).toBe(0);
  });
});
