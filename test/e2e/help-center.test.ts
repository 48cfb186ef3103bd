// Help center: a visitor browses and searches the server-rendered pages (content needs no JavaScript); a customer
// signs in and sees the articles of their segment; staff write an article with live preview and publish it.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, launchBrowser, signInAs, startPortico, type RunningPortico } from '../support/e2e.ts';

let portico: RunningPortico;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [portico, browser] = await Promise.all([startPortico(), launchBrowser()]);
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await portico?.stop();
});

async function newPage(options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', ...options });
  contexts.push(context);
  return context.newPage();
}

/** getComputedStyle, typed here (these Node typings carry no DOM); evaluated functions must reach it by name. */
type StyleOf = (element: unknown) => Record<string, string>;

describe('help center', () => {
  it('a visitor without JavaScript browses categories, reads an article and searches', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${portico.baseUrl}/help`);
    await page.getByRole('heading', { level: 1, name: 'How can we help?' }).waitFor();
    expect(await page.title()).toBe('Help center · Northwind Advisory');
    expect(await page.getByRole('link', { name: 'Support playbooks' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Billing' }).click();
    await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
    expect(await page.getByRole('link', { name: 'Understanding your invoice' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Customer loyalty discount' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Help center' }).first().click();
    await page.getByRole('link', { name: 'Getting started' }).click();
    await page.getByRole('link', { name: 'How to reset your password' }).click();
    await page.getByRole('heading', { level: 1, name: 'How to reset your password' }).waitFor();
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(
      `${portico.baseUrl}/help/articles/reset-your-password`,
    );
    await page.getByRole('searchbox', { name: 'Search the help center' }).fill('pasword');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { level: 1, name: /Search results/ }).waitFor();
    expect(await page.getByRole('link', { name: 'How to reset your password' }).count()).toBe(1);
    await page.goto(`${portico.baseUrl}/help/search?q=invoice`);
    expect(await page.locator('.kb-hit mark').first().textContent()).toMatch(/invoice/i);
    // A staff-only article is a plain 404 page.
    const hidden = await page.goto(`${portico.baseUrl}/help/articles/refund-approval-playbook`);
    expect(hidden?.status()).toBe(404);
  });

  it('with JavaScript, search suggests titles as you type and the visitor can rate an article', async () => {
    const page = await newPage();
    await page.goto(`${portico.baseUrl}/help/articles/understanding-your-invoice`);
    await page.getByRole('searchbox', { name: 'Search the help center' }).pressSequentially('magic', { delay: 30 });
    await page.locator('.kb-suggestions').getByRole('link', { name: 'Signing in with a magic link' }).waitFor();
    await page.getByRole('button', { name: 'Yes' }).click();
    await page.getByText('Thank you for your feedback.').waitFor();
  });

  it('a customer signs in from the help center, comes back to it and sees the articles of their segment', async () => {
    const page = await newPage();
    await page.goto(`${portico.baseUrl}/help/billing`);
    expect(await page.getByRole('link', { name: 'Customer loyalty discount' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill('dana.diaz@customers.example');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/help/billing');
    expect(await page.getByRole('link', { name: 'Customer loyalty discount' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Back to the portal' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help' }).click();
    await page.getByRole('heading', { level: 1, name: 'Help' }).waitFor();
    await page.getByLabel('Search articles').pressSequentially('loyal', { delay: 30 });
    await page.getByRole('link', { name: 'Customer loyalty discount' }).click();
    await page.getByRole('heading', { level: 1, name: 'Customer loyalty discount' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/help/articles/customer-loyalty-discount');
    await page.goto(`${portico.baseUrl}/help/billing`);
    expect(await page.getByRole('link', { name: 'Customer loyalty discount' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Paying by bank transfer' }).count()).toBe(1);
  });

  it('staff write an article with live preview and publish it; visitors can read it', async () => {
    const page = await newPage();
    await signInAs(page, portico.baseUrl, 'owner@northwind.example');
    await page.getByRole('link', { name: 'Knowledge base' }).click();
    await page.getByRole('heading', { level: 1, name: 'Knowledge base' }).waitFor();
    await page.getByLabel('Title').fill('Paying late');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Paying late' }).waitFor();
    await page
      .getByLabel('Article (Markdown)')
      .fill(
        '## Late fees\n\nA **2%** fee applies after 30 days. <script>alert(1)</script>\n\n> Pay by the 30th to avoid it.',
      );
    const preview = page.getByTestId('kb-preview');
    await preview.getByRole('heading', { level: 2, name: 'Late fees' }).waitFor();
    expect(await preview.locator('strong').textContent()).toBe('2%');
    expect(await preview.textContent()).toContain('<script>alert(1)</script>');
    // Quotes stand out from the text: a bar on their left, in the preview as in the help center.
    const quoteBar = (quote: unknown) => {
      const style = (globalThis as unknown as { getComputedStyle: StyleOf }).getComputedStyle(quote);
      return `${style.borderLeftStyle} ${style.borderLeftWidth}`;
    };
    expect(await preview.locator('blockquote').evaluate(quoteBar)).toBe('solid 4px');
    // An image goes through the upload endpoint (storage) and into the Markdown; the preview shows it.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64',
    );
    await page.getByLabel(/Insert an image/).setInputFiles({ name: 'chart.png', mimeType: 'image/png', buffer: png });
    const image = preview.locator('img[alt="chart.png"]');
    await image.waitFor();
    const imageUrl = await image.getAttribute('src');
    expect(imageUrl).toMatch(/^\/help\/images\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('link', { name: 'View in help center' }).waitFor();
    await page.getByRole('heading', { name: 'Version history' }).waitFor();
    // The version the editor names is the newest one its history lists.
    const newest = (await page.locator('.kb-versions li strong').first().textContent())?.trim();
    expect(newest).toMatch(/^Version \d+$/);
    expect(await page.locator('.page-header').textContent()).toContain(newest);
    expect(await page.locator('.kb-versions li').count()).toBe(Number(newest?.split(' ')[1]));

    const visitor = await newPage({ javaScriptEnabled: false, colorScheme: 'dark' });
    const response = await visitor.goto(`${portico.baseUrl}/help/articles/paying-late`);
    expect(response?.status()).toBe(200);
    await visitor.getByRole('heading', { level: 2, name: 'Late fees' }).waitFor();
    expect(await visitor.locator('blockquote').evaluate(quoteBar)).toBe('solid 4px');
    // The help center follows the visitor's dark mode: dark page, light text.
    const colours = (element: unknown) => {
      const style = (globalThis as unknown as { getComputedStyle: StyleOf }).getComputedStyle(element);
      return `${style.backgroundColor} / ${style.color}`;
    };
    expect(await visitor.locator('body').evaluate(colours)).toBe('rgb(17, 19, 24) / rgb(236, 238, 242)');
    const served = await visitor.context().request.get(`${portico.baseUrl}${imageUrl}`);
    expect([served.status(), served.headers()['content-type']]).toEqual([200, 'image/png']);
  });
});
