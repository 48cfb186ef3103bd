// The shells and the homes: no page scrolls sideways on a 375 px phone, the portal's navigation is a menu there,
// the console opens on what is waiting per account, the ticket queue fits a 1280 px screen, and confirmations are
// the app's own dialog (Escape cancels, focus comes back).
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, accountIdByName, signIn, usePortico } from '../support/e2e.ts';
import { apiAs } from './tickets-support.ts';

const e2e = usePortico();

async function pageAt(browser: Browser, width: number, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await signIn(page, e2e.baseUrl, email, DEMO_PASSWORD);
  await page.getByRole('heading', { level: 1, name: /^(Waiting on us|Welcome, .+)$/ }).waitFor();
  return page;
}

/** Opens a page and waits until its main heading shows and nothing is loading any more. */
async function visit(page: Page, path: string) {
  await page.goto(`${e2e.baseUrl}${path}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Loading' }).count()).toBe(0);
}

const widthOf = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth');

describe('at 375 px', () => {
  it('no console page scrolls sideways', async () => {
    const page = await pageAt(e2e.browser, 375, 'owner@northwind.example');
    const acme = await accountIdByName(page, 'Acme Manufacturing');
    const ticket = (await apiAs<{ items: { id: string }[] }>(page, 'GET', '/tickets?limit=1')).body.items[0]!.id;
    const paths = [
      '/console',
      '/console/accounts',
      `/console/accounts/${acme}`,
      '/console/accounts/new',
      `/console/accounts/${acme}/documents`,
      `/console/accounts/${acme}/documents/requests`,
      `/console/accounts/${acme}/messages`,
      '/console/inbox',
      '/console/tickets',
      `/console/tickets/${ticket}`,
      '/console/tickets/settings',
      '/console/support-reports',
      '/console/knowledge-base',
      '/console/knowledge-base/analytics',
      '/console/segments',
      '/console/segments/new',
      '/console/staff',
      '/console/settings',
      '/console/audit-log',
      '/console/mail',
      '/console/jobs',
      '/console/notifications',
      '/console/profile',
      '/console/security',
      '/console/sessions',
      '/console/api-tokens',
    ];
    const wide: string[] = [];
    for (const path of paths) {
      await visit(page, path);
      const width = await widthOf(page);
      if (width > 375) wide.push(`${path}: ${width}px`);
    }
    expect(wide).toEqual([]);
    await page.context().close();
  });

  it('no portal page scrolls sideways, for a client and for a customer', async () => {
    const wide: string[] = [];
    for (const [email, paths] of [
      [
        'alice@acme.example',
        ['/', '/documents', '/documents/requests', '/messages', '/team', '/notifications', '/profile', '/security'],
      ],
      ['dana.diaz@customers.example', ['/', '/tickets', '/tickets/new', '/knowledge-base', '/sessions', '/api-tokens']],
    ] as const) {
      const page = await pageAt(e2e.browser, 375, email);
      for (const path of paths) {
        await visit(page, path);
        const width = await widthOf(page);
        if (width > 375) wide.push(`${email} ${path}: ${width}px`);
      }
      await page.context().close();
    }
    expect(wide).toEqual([]);
  });

  it('the portal navigation is a menu: hidden behind one button, one item per row when open', async () => {
    const page = await pageAt(e2e.browser, 375, 'alice@acme.example');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await nav.isVisible()).toBe(false);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    await nav.waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const lefts = await nav.getByRole('link').evaluateAll((links) => links.map((l) => l.getBoundingClientRect().left));
    expect(new Set(lefts).size).toBe(1);
    await nav.getByRole('link', { name: 'Documents' }).click();
    await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
    expect(await nav.isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('the homes', () => {
  it('the console opens on what is waiting per account; a count opens its filtered list', async () => {
    const page = await pageAt(e2e.browser, 1280, 'owner@northwind.example');
    expect(new URL(page.url()).pathname).toBe('/console');
    const acme = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Acme Manufacturing' }) });
    await acme.getByRole('link', { name: /unanswered conversation/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Acme Manufacturing' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/console\/accounts\/[^/]+\/messages$/);
    await page.context().close();
  });

  it('the portal home’s cards are links and show counts', async () => {
    const page = await pageAt(e2e.browser, 1280, 'alice@acme.example');
    const cards = page.getByRole('region', { name: 'Your workspace' });
    await cards.getByRole('link', { name: /^Messages\b.*unread message/ }).waitFor();
    await cards.getByRole('link', { name: /^Documents\b/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
    await page.context().close();
  });
});

describe('the ticket queue at 1280 px', () => {
  it('shows priority, assignee and due without scrolling the table', async () => {
    const page = await pageAt(e2e.browser, 1280, 'owner@northwind.example');
    await visit(page, '/console/tickets');
    const table = page.getByRole('table', { name: 'Tickets matching the filters' });
    await table.getByRole('row').nth(1).waitFor();
    for (const name of ['Priority', 'Assignee and group', 'Due']) {
      const header = table.getByRole('columnheader', { name });
      const box = (await header.boundingBox())!;
      expect(box.x + box.width, name).toBeLessThanOrEqual(1280);
    }
    const overflow = await page
      .locator('.table-wrap')
      .first()
      .evaluate((wrap) => wrap.scrollWidth - wrap.clientWidth);
    expect(overflow).toBe(0);
    // The less used filters wait behind one button.
    const filters = page.getByRole('search', { name: 'Filter tickets' });
    expect(await filters.getByLabel('Assignee').isVisible()).toBe(false);
    await filters.getByRole('button', { name: 'More filters' }).click();
    await filters.getByLabel('Assignee').selectOption('none');
    await filters.getByRole('button', { name: 'More filters (1 on)' }).waitFor();
    await page.context().close();
  });
});

describe('confirmations', () => {
  it('are a dialog: Escape cancels and gives focus back, Delete goes ahead', async () => {
    const page = await pageAt(e2e.browser, 1280, 'owner@northwind.example');
    const created = await apiAs(page, 'POST', '/ticket-views', {
      name: 'Escalations',
      filters: { priority: ['urgent'] },
    });
    expect(created.status).toBe(201);
    await visit(page, '/console/tickets');
    const remove = page.getByRole('button', { name: 'Delete view Escalations' });
    await remove.click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete the view “Escalations”?' });
    await dialog.waitFor();
    // The destructive choice is not the default: focus starts on Cancel.
    expect(
      await dialog.getByRole('button', { name: 'Cancel' }).evaluate((b) => b === b.ownerDocument.activeElement),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await remove.evaluate((b) => b === b.ownerDocument.activeElement)).toBe(true);
    await page.getByRole('button', { name: /^Escalations/ }).waitFor();

    await remove.click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: /^Escalations/ }).waitFor({ state: 'detached' });
    await page.context().close();
  });
});
