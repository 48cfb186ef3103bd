// Tickets, the customer's side: help-center suggestions on the new-ticket form count a deflection when the customer
// opens one and leaves; a ticket filed with a custom field shows in My tickets with its "we'll reply by" time in the
// customer's own time zone; files picked on the form go with the new ticket.
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { signInAs, usePortico } from '../support/e2e.ts';
import { apiAs, ensureCustomerSla, reportTotals } from './tickets-support.ts';

// A fresh server seeds the demo first; on a busy machine that takes longer than the suite's default hook timeout.
vi.setConfig({ hookTimeout: 240_000 });
const portico = usePortico();

async function personPage(email: string, timezoneId = 'Europe/Paris'): Promise<Page> {
  const context = await portico.browser.newContext({ locale: 'en-US', timezoneId });
  const page = await context.newPage();
  await signInAs(page, portico.baseUrl, email);
  return page;
}

async function openNewTicketForm(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tickets' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tickets' }).waitFor();
  await page.getByRole('link', { name: 'New ticket' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'New ticket' }).waitFor();
}

describe('tickets for customers', () => {
  it('suggested articles answer the question: opening one and leaving counts the form session as deflected', async () => {
    const staff = await personPage('owner@northwind.example');
    const before = await reportTotals(staff);

    const georg = await personPage('georg.gruber@customers.example');
    // The portal's help page counts one help-center session for the tab.
    await georg.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help' }).click();
    await georg.getByRole('heading', { level: 1, name: 'Help' }).waitFor();
    await expect.poll(async () => (await reportTotals(staff)).helpSessions).toBeGreaterThan(before.helpSessions);
    await openNewTicketForm(georg);
    await georg.getByLabel('Subject').pressSequentially('reset my password', { delay: 20 });
    const suggestions = georg.getByRole('complementary', { name: 'These articles may answer your question' });
    await suggestions.getByRole('link', { name: 'How to reset your password' }).click();
    await georg.getByRole('heading', { level: 1, name: 'How to reset your password' }).waitFor();
    expect(new URL(georg.url()).pathname).toBe('/help/articles/reset-your-password');

    await expect
      .poll(async () => (await reportTotals(staff)).deflected, { timeout: 10_000 })
      .toBe(before.deflected + 1);
    const after = await reportTotals(staff);
    expect(after.formSessions).toBe(before.formSessions + 1);
    expect(after.tickets).toBe(before.tickets);
  });

  it('a customer files a ticket with a custom field and sees it in My tickets with the reply-by time in their time zone', async () => {
    const staff = await personPage('owner@northwind.example');
    await ensureCustomerSla(staff);

    const hana = await personPage('hana.haddad@customers.example', 'Asia/Tokyo');
    await openNewTicketForm(hana);
    const subject = `Parcel never arrived ${Date.now().toString(36)}`;
    await hana.getByLabel('Subject').fill(subject);
    await hana
      .getByRole('textbox', { name: 'Description' })
      .fill('The tracking page says **delivered**, but nothing came.');
    await hana.getByLabel('Product area').selectOption('Shipping');
    await hana.getByLabel('Order number').fill('A-1001');
    await hana.getByRole('button', { name: 'Submit ticket' }).click();

    await hana.getByRole('heading', { level: 1, name: subject }).waitFor();
    await hana.getByText(/^Ticket #\d+ has been submitted\./).waitFor();
    const promise = hana.locator('.ticket-sla');
    expect(await promise.textContent()).toMatch(/^We.ll reply by .*GMT\+9/);
    await hana.getByRole('region', { name: 'Conversation' }).getByText('delivered', { exact: true }).waitFor();

    await hana.getByRole('link', { name: 'All tickets' }).click();
    const row = hana.getByRole('list', { name: 'Your tickets' }).getByRole('listitem').filter({ hasText: subject });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/We.ll reply by .*GMT\+9/);
    expect(await row.textContent()).toContain('New');

    // The custom field value reached the ticket (as staff see it).
    const ticketId = new URL((await row.getByRole('link').getAttribute('href')) ?? '', portico.baseUrl).pathname
      .split('/')
      .pop()!;
    const ticket = await apiAs<{ customFields: Record<string, unknown>; sla: { dueAt: string | null } }>(
      staff,
      'GET',
      `/tickets/${ticketId}`,
    );
    expect(Object.values(ticket.body.customFields)).toEqual(expect.arrayContaining(['Shipping', 'A-1001']));
    expect(ticket.body.sla.dueAt).not.toBeNull();
  });

  it('a customer attaches files to a new ticket; the description carries them', async () => {
    const eli = await personPage('eli.evans@customers.example');
    await openNewTicketForm(eli);
    const subject = `Invoice total looks off ${Date.now().toString(36)}`;
    await eli.getByLabel('Subject').fill(subject);
    await eli
      .getByRole('textbox', { name: 'Description' })
      .fill('The total is higher than my order. Receipt attached.');
    await eli.locator('.ticket-form input[type="file"]').setInputFiles([
      { name: 'receipt.txt', mimeType: 'text/plain', buffer: Buffer.from('Order A-2002: 49.00 EUR') },
      { name: 'order.csv', mimeType: 'text/csv', buffer: Buffer.from('item,price\nmug,49.00\n') },
    ]);
    // Each file uploads at once and shows its size when done.
    const picked = eli.locator('.ticket-form .attachment-list li');
    await expect.poll(async () => (await picked.allTextContents()).join(' | ')).toMatch(/receipt\.txt\s+23 bytes/);
    await expect.poll(async () => (await picked.allTextContents()).join(' | ')).toMatch(/order\.csv\s+\d+ bytes/);
    await eli.getByRole('button', { name: 'Submit ticket' }).click();

    await eli.getByRole('heading', { level: 1, name: subject }).waitFor();
    const conversation = eli.getByRole('region', { name: 'Conversation' });
    const receipt = conversation.getByRole('link', { name: /receipt\.txt/ });
    await receipt.waitFor();
    await conversation.getByRole('link', { name: /order\.csv/ }).waitFor();
    const download = await eli.request.get(new URL((await receipt.getAttribute('href'))!, portico.baseUrl).href);
    expect(download.status()).toBe(200);
    expect(await download.text()).toBe('Order A-2002: 49.00 EUR');
  });
});
