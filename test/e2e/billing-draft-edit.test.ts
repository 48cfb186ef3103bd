// Editing a draft in the console: staff create a draft quote, open it in the editor (the same form as "New"), change
// a quantity, add an optional line and remove one, save; the page and a reload show the server's total. A second
// tab that started from the older version is told another window saved, and reloads the latest. Sent, the quote
// offers no Edit. With SCREENSHOT_DIR set, the editor is captured at 1280 and 375 px, light and dark.
import { describe, expect, it } from 'vitest';
import { captureScreens as capture, accountIdByName, pageAs, usePortico } from '../support/e2e.ts';
import { startQuote } from './billing-quote-support.ts';

const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});

describe('billing: edit a draft', () => {
  it('staff edit a draft quote, a stale second tab is told so, and the sent quote carries the edit', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    const acme = await accountIdByName(owner, 'Acme Manufacturing');
    await startQuote(owner, portico.baseUrl, acme);
    const lines = [
      ['Monthly bookkeeping', '500'],
      ['Payroll', '200'],
      ['Filing cabinet clean-up', '100'],
    ];
    for (const [index, [description, price]] of lines.entries()) {
      if (index > 0) await owner.getByRole('button', { name: 'Add a line' }).click();
      await owner.getByLabel('Description', { exact: true }).nth(index).fill(description!);
      await owner.getByLabel('Unit price (EUR)').nth(index).fill(price!);
    }
    await owner.getByRole('button', { name: 'Create draft' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Quote Draft' }).waitFor();
    await owner.getByText('€800.00').first().waitFor();
    const documentUrl = owner.url();

    await owner.getByRole('link', { name: 'Edit', exact: true }).click();
    await owner.getByRole('heading', { level: 1, name: 'Edit Quote Draft' }).waitFor();
    // Prefilled from the server.
    expect(await owner.getByLabel('Description', { exact: true }).nth(2).inputValue()).toBe('Filing cabinet clean-up');
    expect(await owner.getByLabel('Unit price (EUR)').first().inputValue()).toBe('500.00');
    // A second tab opens the same version before the first one saves.
    const second = await pageAs(portico, 'owner@northwind.example');
    await second.goto(`${documentUrl}/edit`);
    await second.getByRole('heading', { level: 1, name: 'Edit Quote Draft' }).waitFor();

    await owner.getByLabel('Quantity').first().fill('2');
    await owner.getByRole('button', { name: 'Remove line 3' }).click();
    await owner.getByRole('button', { name: 'Add a line' }).click();
    await owner.getByLabel('Description', { exact: true }).nth(2).fill('Payroll add-on');
    await owner.getByLabel('Unit price (EUR)').nth(2).fill('300');
    await owner.getByLabel('Optional: the client may add it').nth(2).check();
    // The live preview (the contract's rule): 2 × 500 + 200; the optional line is out until ticked.
    await owner.getByRole('region', { name: 'Totals preview' }).getByText('€1,200.00').first().waitFor();
    await capture(owner, 'console-draft-editor');
    await owner.getByRole('button', { name: 'Save changes' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Quote Draft' }).waitFor();
    await owner.getByText('Draft saved.').waitFor();

    const checkSaved = async () => {
      await owner.getByRole('cell', { name: 'Payroll add-on' }).waitFor();
      await owner.getByText('Not included').waitFor();
      await owner.getByText('€1,200.00').first().waitFor();
      expect(await owner.getByRole('cell', { name: 'Filing cabinet clean-up' }).count()).toBe(0);
    };
    await checkSaved();
    await owner.reload();
    await owner.getByRole('heading', { level: 1, name: 'Quote Draft' }).waitFor();
    await checkSaved();

    // The second tab still has the version before: its save is refused, and it says why.
    await second.getByLabel('Notes and payment instructions').fill('Payment within 14 days.');
    await second.getByRole('button', { name: 'Save changes' }).click();
    await second.getByText(/Someone saved this draft in another window/).waitFor();
    await capture(second, 'console-draft-editor-stale');
    await second.getByRole('button', { name: 'Reload the latest version' }).click();
    // The editor starts again from the server's latest version (the first tab's lines, not this tab's notes).
    const reloaded = { timeout: 30_000 };
    await expect
      .poll(() => second.getByLabel('Description', { exact: true }).nth(2).inputValue(), reloaded)
      .toBe('Payroll add-on');
    expect(await second.getByLabel('Quantity').first().inputValue()).toBe('2');
    expect(await second.getByLabel('Notes and payment instructions').inputValue()).toBe('');
    expect(await second.getByText(/Someone saved this draft/).count()).toBe(0);

    await owner.getByRole('button', { name: 'Send', exact: true }).click();
    await owner.getByRole('heading', { level: 1, name: /^Quote Q-/ }).waitFor();
    await owner.getByText('€1,200.00').first().waitFor();
    await owner.getByRole('cell', { name: 'Payroll add-on' }).waitFor();
    // Sent: no longer a draft, so no Edit (its ability is false).
    expect(await owner.getByRole('link', { name: 'Edit', exact: true }).count()).toBe(0);
    // Its editor, opened by address, says so and offers nothing to save.
    await owner.goto(`${documentUrl}/edit`);
    await owner.getByText(/This document cannot be changed/).waitFor();
    expect(await owner.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
  });
});
