// A quote's cover note and terms (issue 11): staff write both in the draft editor; the client reads the cover note
// above the lines and the terms below the totals, before the accept panel, and accepts. HTML typed in stays text.
// With SCREENSHOT_DIR set, the portal quote page is captured at 1280 and 375 px, light and dark.
import { describe, it } from 'vitest';
import { captureScreens as capture, accountIdByName, pageAs, usePortico } from '../support/e2e.ts';
import { acceptQuote, openQuoteInPortal, sendQuote, startQuote } from './billing-quote-support.ts';

const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});

describe('billing: a quote with a cover note and terms', () => {
  it('staff write a cover note and terms; the client sees them on the quote page before accepting', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    const acme = await accountIdByName(owner, 'Acme Manufacturing');
    await startQuote(owner, portico.baseUrl, acme);
    await owner
      .getByLabel('Cover note')
      .fill('Dear Alice, thank you for your time last week. <b>Here</b> is our proposal for the year-end accounts.');
    await owner.getByLabel('Description', { exact: true }).fill('Year-end accounts');
    await owner.getByLabel('Quantity').fill('1');
    await owner.getByLabel('Unit price (EUR)').fill('1200');
    await owner.getByLabel('Terms', { exact: true }).fill('Fees are due within 14 days of the invoice.');
    await owner.getByRole('button', { name: 'Create draft' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Quote Draft' }).waitFor();
    await owner.getByText('Fees are due within 14 days of the invoice.').waitFor();
    const title = await sendQuote(owner);

    const alice = await pageAs(portico, 'alice@acme.example');
    await openQuoteInPortal(alice, portico.baseUrl, title);
    const cover = alice.getByText(/Dear Alice, thank you/);
    await cover.waitFor();
    if (!(await cover.textContent())!.includes('<b>Here</b>')) throw new Error('the cover note markup was not text');
    await alice.getByRole('heading', { name: 'Terms' }).waitFor();
    // Cover note above the lines, terms below the totals, the accept panel after the terms.
    const top = async (text: string) => (await alice.getByText(text).first().boundingBox())!.y;
    const order = [
      await top('Dear Alice'),
      (await alice.getByRole('cell', { name: 'Year-end accounts' }).boundingBox())!.y,
      await top('Fees are due'),
      await top('Accept this quote'),
    ];
    if (order.some((value, index) => index > 0 && value <= order[index - 1]!))
      throw new Error(`unexpected order on the quote page: ${order.join(', ')}`);
    await capture(alice, 'portal-quote-cover-terms');
    await acceptQuote(alice, 'Alice Anders');
  });
});
