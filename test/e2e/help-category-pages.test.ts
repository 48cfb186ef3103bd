// Help-center category pages a page at a time: with more articles than a page (50), a visitor without JavaScript
// goes Next and Previous through the pages; the links are a labelled navigation in the reader's language, and the
// pages mirror in the right-to-left pseudo-locale without overflowing at 1280 or 375 px. axe checks every page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureScreens, pageAs, usePortico } from '../support/e2e.ts';

const portico = usePortico();
const ARTICLES = 56;

/** Staff create a public category with two sections and `ARTICLES` published articles, through the API. */
async function seedLongCategory(owner: Page) {
  const status = await owner.evaluate(async (count) => {
    const session = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
    const call = async (method: string, path: string, body: unknown, ifMatch?: number) => {
      const headers: Record<string, string> = { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken };
      if (ifMatch !== undefined) headers['if-match'] = String(ifMatch);
      const response = await fetch(path, { method, headers, body: JSON.stringify(body) });
      return (await response.json()) as { id: string; version: number; sections: { id: string }[] };
    };
    const category = await call('POST', '/api/v1/knowledge-base/categories', {
      name: 'Step-by-step guides',
      description: 'Every task, one page at a time.',
    });
    await call('POST', '/api/v1/knowledge-base/sections', { categoryId: category.id, name: 'Getting started' });
    const both = await call('POST', '/api/v1/knowledge-base/sections', {
      categoryId: category.id,
      name: 'Going further',
      position: 1,
    });
    for (let n = 1; n <= count; n += 1) {
      const article = await call('POST', '/api/v1/knowledge-base/articles', {
        sectionId: both.sections[n % 2]!.id,
        title: `Guide ${String(n).padStart(2, '0')}: a task explained`,
        body: 'Steps.',
      });
      await call('PATCH', `/api/v1/knowledge-base/articles/${article.id}`, { status: 'published' }, article.version);
    }
    return 'ok';
  }, ARTICLES);
  expect(status).toBe('ok');
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    type Root = { scrollWidth: number; clientWidth: number };
    const root = (globalThis as unknown as { document: { documentElement: Root } }).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

describe('help-center category pages', () => {
  it('a visitor pages through a long category with Next and Previous, in English, German and right-to-left', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    await seedLongCategory(owner);
    await owner.context().close();

    const context = await portico.browser.newContext({ locale: 'en-US', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${portico.baseUrl}/help`);
    await page.getByRole('link', { name: 'Step-by-step guides' }).click();
    await page.getByRole('heading', { level: 1, name: 'Step-by-step guides' }).waitFor();
    const articleLinks = page.locator('.kb-list a');
    expect(await articleLinks.count()).toBe(50);
    const pages = page.getByRole('navigation', { name: 'Pages of articles' });
    expect(await pages.getByRole('link', { name: 'Previous page' }).count()).toBe(0);
    const firstPage = await articleLinks.allTextContents();
    await pages.getByRole('link', { name: 'Next page' }).click();
    await pages.getByRole('link', { name: 'Previous page' }).waitFor();
    expect(await articleLinks.count()).toBe(ARTICLES - 50);
    expect(await pages.getByRole('link', { name: 'Next page' }).count()).toBe(0);
    const secondPage = await articleLinks.allTextContents();
    expect(new Set([...firstPage, ...secondPage]).size).toBe(ARTICLES);
    await captureScreens(page, 'help-category-page-2');
    await pages.getByRole('link', { name: 'Previous page' }).click();
    await page
      .getByRole('navigation', { name: 'Pages of articles' })
      .getByRole('link', { name: 'Next page' })
      .waitFor();
    expect(await articleLinks.allTextContents()).toEqual(firstPage);
    await captureScreens(page, 'help-category-page-1');

    // The language switcher keeps the page; the links speak German.
    await page.getByRole('navigation', { name: 'Pages of articles' }).getByRole('link', { name: 'Next page' }).click();
    await page.getByRole('link', { name: 'Deutsch' }).click();
    await page
      .getByRole('navigation', { name: 'Seiten mit Artikeln' })
      .getByRole('link', { name: 'Vorherige Seite' })
      .waitFor();
    expect(await articleLinks.allTextContents()).toEqual(secondPage);

    // Right to left: mirrored, the Next link at the inline end (the left), nothing wider than the screen.
    await page.goto(`${portico.baseUrl}/help/step-by-step-guides?lang=ar-XB`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const nav = page.locator('nav.kb-pages');
    const next = (await nav.locator('a[rel=next]').boundingBox())!;
    expect(next.x).toBeLessThan(640);
    expect(await nav.locator('a[rel=next]').textContent()).not.toBe('Next page');
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await horizontalOverflow(page), `at ${width}px`).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await captureScreens(page, 'rtl-help-category');
    await context.close();
  });
});
