// Languages (issue 14): a German customer reads a German article and files a ticket in German; the portal in the
// accented, longer pseudo-locale shows no untranslated English and nothing overflows; the RTL pseudo-locale mirrors.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureScreens, DEMO_PASSWORD, signInAs, usePortico } from '../support/e2e.ts';

const portico = usePortico();

/** A JSON API call from the page, with the session's CSRF token (as the web app sends it). */
async function apiCall(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
      const response = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: await response.json().catch(() => null) };
    },
    { method, path, body },
  );
}

/** Visible interface text (headings, labels, buttons, navigation) that did not come through the catalog. */
async function untranslated(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    // These Node typings carry no DOM: the page's document, typed as loosely as this walk needs.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const doc = (globalThis as unknown as { document: any }).document;
    const walker = doc.createTreeWalker(doc.body, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = String(node.textContent ?? '').trim();
      const element = node.parentElement;
      if (!text || !element || element.closest('script,style,[hidden]') || !element.getClientRects().length) continue;
      // The interface's own words (people's data, such as ticket subjects, is left as written).
      if (!element.closest('h1,label,button,th,legend,nav,header,[role=status],[role=alert],option')) continue;
      // Two lower-case English-looking words in a row, outside any translated message: a sentence written in code.
      if (!/[⟦⟧ẋ]/u.test(text) && /\b[a-z]{3,} [a-z]{3,}\b/.test(text)) found.push(text);
    }
    return found;
  });
}

/** How far the page is wider than the window (0 when nothing sticks out sideways). */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    type Root = { scrollWidth: number; clientWidth: number };
    const root = (globalThis as unknown as { document: { documentElement: Root } }).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

/** The help center's own words in English (from the server catalog), outside article text and search hits. */
async function helpCenterEnglish(page: Page): Promise<string[]> {
  const { en } = await import('../../src/server/i18n/en.ts');
  const words = Object.entries(en)
    .filter(([key, message]) => key.startsWith('help.') && !message.includes('{') && message.length > 4)
    .map(([, message]) => message);
  const own = await page.evaluate(() => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const doc = (globalThis as unknown as { document: any }).document;
    const copy = doc.body.cloneNode(true);
    copy
      .querySelectorAll('.kb-article > div[lang], .kb-hit, aside, .kb-card p, .kb-list')
      .forEach((node: { remove(): void }) => node.remove());
    return `${copy.textContent} ${[...doc.querySelectorAll('[placeholder],[aria-label]')].map((el: { getAttribute(name: string): string | null }) => `${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('aria-label') ?? ''}`).join(' ')}`;
  });
  return words.filter((message) => own.includes(message));
}

describe('languages', () => {
  it('a German customer reads a German article and files a ticket in German', async () => {
    const staff = await (await portico.browser.newContext({ locale: 'en-US' })).newPage();
    await signInAs(staff, portico.baseUrl, 'owner@northwind.example');
    const hits = await apiCall(staff, 'GET', '/api/v1/knowledge-base/search?q=reset%20password');
    const original = (hits.json as { items: { id: string }[] }).items[0]!;
    const created = await apiCall(staff, 'POST', `/api/v1/knowledge-base/articles/${original.id}/translations`, {
      locale: 'de',
      title: 'So setzen Sie Ihr Passwort zurück',
      body: 'Klicken Sie auf der Anmeldeseite auf „Passwort vergessen?“ und folgen Sie dem Link in der E-Mail.',
    });
    expect(created.status).toBe(201);
    const translationId = (created.json as { id: string }).id;
    expect(
      (await apiCall(staff, 'PATCH', `/api/v1/knowledge-base/articles/${translationId}`, { status: 'published' }))
        .status,
    ).toBe(200);

    const context = await portico.browser.newContext({ locale: 'de-DE' });
    const dana = await context.newPage();
    await dana.goto(`${portico.baseUrl}/sign-in`);
    await dana.getByRole('heading', { level: 1, name: /^Bei .+ anmelden$/ }).waitFor();
    expect(await dana.locator('html').getAttribute('lang')).toBe('de');
    await dana.getByLabel('E-Mail').fill('dana.diaz@customers.example');
    await dana.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
    await dana.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await dana.getByRole('heading', { level: 1, name: /^Willkommen, / }).waitFor();
    await captureScreens(dana, 'de-portal-home');

    // The English address of the article sends a German reader to its German version.
    await dana.goto(`${portico.baseUrl}/help/articles/reset-your-password`);
    await dana.getByRole('heading', { level: 1, name: 'So setzen Sie Ihr Passwort zurück' }).waitFor();
    expect(new URL(dana.url()).pathname).toBe('/help/de/articles/so-setzen-sie-ihr-passwort-zuruck');
    expect(await dana.locator('html').getAttribute('lang')).toBe('de');
    await captureScreens(dana, 'de-help-article');
    // Every help-center page speaks German: its own words (search, feedback, headings, footer), not just the article.
    for (const path of ['/help', '/help/search?q=Passwort', '/help/articles/reset-your-password', '/help/nirgendwo']) {
      await dana.goto(`${portico.baseUrl}${path}`);
      await dana.locator('h1').first().waitFor();
      expect(await dana.locator('html').getAttribute('lang'), path).toBe('de');
      expect(await helpCenterEnglish(dana), path).toEqual([]);
    }
    await dana.goto(`${portico.baseUrl}/help`);
    await dana.getByRole('heading', { level: 1, name: 'Wie können wir helfen?' }).waitFor();
    await captureScreens(dana, 'de-help-home');
    // A category page (its name is content, as written): its crumb and every word around it are German.
    await dana.locator('.kb-card h2 a').first().click();
    await dana.locator('.kb-crumbs').getByRole('link', { name: 'Hilfe-Center', exact: true }).waitFor();
    expect(await helpCenterEnglish(dana)).toEqual([]);
    await dana.getByRole('searchbox', { name: 'Im Hilfe-Center suchen' }).fill('Passwort');
    await dana.getByRole('button', { name: 'Suchen', exact: true }).click();
    await dana.getByRole('heading', { level: 1, name: /^Suchergebnisse für/ }).waitFor();
    await captureScreens(dana, 'de-help-search');

    await dana.goto(`${portico.baseUrl}/`);
    await dana.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Tickets' }).click();
    await dana.getByRole('link', { name: 'Neues Ticket' }).first().click();
    await dana.getByRole('heading', { level: 1, name: 'Neues Ticket' }).waitFor();
    await dana.getByLabel('Betreff').fill('Rechnung lässt sich nicht herunterladen');
    await dana.getByLabel('Beschreibung').fill('Beim Klick auf „PDF herunterladen“ passiert nichts.');
    await captureScreens(dana, 'de-new-ticket');
    await dana.getByRole('button', { name: 'Ticket absenden' }).click();
    await dana
      .getByText(/^Ticket #\d+ wurde abgesendet\./)
      .first()
      .waitFor();
  });

  it('in the pseudo-locale, no English is left on the main pages and nothing overflows; RTL mirrors', async () => {
    const context = await portico.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await signInAs(page, portico.baseUrl, 'dana.diaz@customers.example');
    expect((await apiCall(page, 'PATCH', '/api/v1/me', { locale: 'en-XA' })).status).toBe(200);
    for (const path of ['/', '/tickets', '/tickets/new', '/profile']) {
      await page.goto(`${portico.baseUrl}${path}`);
      await page.locator('h1').first().waitFor();
      expect(await page.locator('h1').first().textContent()).toMatch(/⟦/u);
      expect(await untranslated(page), path).toEqual([]);
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        const overflow = await page.evaluate(() => {
          type Root = { scrollWidth: number; clientWidth: number };
          const root = (globalThis as unknown as { document: { documentElement: Root } }).document.documentElement;
          return root.scrollWidth - root.clientWidth;
        });
        expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    }

    expect((await apiCall(page, 'PATCH', '/api/v1/me', { locale: 'ar-XB' })).status).toBe(200);
    await page.goto(`${portico.baseUrl}/tickets`);
    await page.locator('h1').first().waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const box = (await page.locator('h1').first().boundingBox())!;
    // Mirrored: the heading starts at the right edge of the page, not the left.
    expect(box.x + box.width).toBeGreaterThan(640);
    await captureScreens(page, 'rtl-tickets');
    await page.goto(`${portico.baseUrl}/`);
    await page.locator('h1').first().waitFor();
    await captureScreens(page, 'rtl-home');
  });

  it('the help center mirrors in the right-to-left pseudo-locale and nothing overflows at 1280 or 375', async () => {
    const context = await portico.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    // A visitor's choice (the switcher's ?lang=) is kept in a cookie: later pages follow it.
    await page.goto(`${portico.baseUrl}/help?lang=ar-XB`);
    for (const path of ['/help', '/help/articles/reset-your-password', '/help/search?q=password', '/help/nowhere']) {
      await page.goto(`${portico.baseUrl}${path}`);
      await page.locator('h1').first().waitFor();
      expect(await page.locator('html').getAttribute('dir'), path).toBe('rtl');
      expect(await helpCenterEnglish(page), path).toEqual([]);
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await horizontalOverflow(page), `${path} at ${width}px`).toBeLessThanOrEqual(0);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    // Mirrored: the search button sits left of the search box, the brand at the right of the header.
    await page.goto(`${portico.baseUrl}/help`);
    const input = (await page.locator('#kb-q').boundingBox())!;
    const button = (await page.locator('.kb-search button').boundingBox())!;
    expect(button.x).toBeLessThan(input.x);
    await captureScreens(page, 'rtl-help-home');
    await page.goto(`${portico.baseUrl}/help/articles/reset-your-password`);
    await page.locator('h1').first().waitFor();
    await captureScreens(page, 'rtl-help-article');
    await page.goto(`${portico.baseUrl}/help/search?q=password`);
    await page.locator('h1').first().waitFor();
    await captureScreens(page, 'rtl-help-search');
  });

  it('staff add a translation from the article’s console page, see it listed, and delete it', async () => {
    const staff = await (await portico.browser.newContext({ locale: 'en-US' })).newPage();
    await signInAs(staff, portico.baseUrl, 'owner@northwind.example');
    const hits = await apiCall(staff, 'GET', '/api/v1/knowledge-base/search?q=invoice');
    const article = (hits.json as { items: { id: string; title: string }[] }).items[0]!;
    await staff.goto(`${portico.baseUrl}/console/knowledge-base/articles/${article.id}`);
    const translations = staff.getByRole('region', { name: 'Translations' });
    await translations.getByRole('link', { name: 'Add a translation' }).click();
    await staff.getByRole('heading', { level: 1, name: /^Translate / }).waitFor();
    const language = staff.getByLabel('Language');
    expect(await language.locator('option').allTextContents()).toEqual(['Deutsch', 'Français', 'Español']);
    await language.selectOption('es');
    await staff.getByLabel('Title').fill('Invitar a su equipo');
    await staff.getByLabel('Article (Markdown)').fill('Abra **Personas** e invite a sus compañeros por correo.');
    await staff.getByTestId('kb-preview').getByText('Personas').waitFor();
    await staff.getByLabel(/^Publish it now/).check();
    await captureScreens(staff, 'console-translation-new');
    await staff.getByRole('button', { name: 'Create translation' }).click();
    await staff.getByRole('heading', { level: 1, name: 'Invitar a su equipo' }).waitFor();
    await staff.getByRole('region', { name: 'Translations' }).getByText('Original').waitFor();

    await staff.goto(`${portico.baseUrl}/console/knowledge-base/articles/${article.id}`);
    const row = staff
      .getByRole('region', { name: 'Translations' })
      .getByRole('listitem')
      .filter({ hasText: 'Español' });
    await row.getByText('Published').waitFor();
    await captureScreens(staff, 'console-translations');
    const visitor = await (await portico.browser.newContext({ locale: 'es-ES' })).newPage();
    await visitor.goto(`${portico.baseUrl}/help/es/articles/invitar-a-su-equipo`);
    await visitor.getByRole('heading', { level: 1, name: 'Invitar a su equipo' }).waitFor();
    expect(await visitor.getByText('¿Le ha resultado útil este artículo?').count()).toBe(1);

    await row.getByRole('button', { name: 'Delete the Español version' }).click();
    await staff.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await staff.getByRole('region', { name: 'Translations' }).getByText('No translations yet.').waitFor();
    const gone = await visitor.goto(`${portico.baseUrl}/help/es/articles/invitar-a-su-equipo`);
    expect(gone?.status()).toBe(404);
  });

  it('owners set the portal’s default language in settings', async () => {
    const owner = await (await portico.browser.newContext({ locale: 'en-US' })).newPage();
    await signInAs(owner, portico.baseUrl, 'owner@northwind.example');
    await owner.goto(`${portico.baseUrl}/console/settings`);
    await owner.getByLabel('Default language').selectOption('fr');
    await captureScreens(owner, 'console-settings-language');
    await owner.getByRole('button', { name: 'Save', exact: true }).first().click();
    await owner.getByText('Changes saved').first().waitFor();
    // A browser that asks for nothing Portico has now gets French.
    const visitor = await (await portico.browser.newContext({ locale: 'ja-JP' })).newPage();
    await visitor.goto(`${portico.baseUrl}/help`);
    await visitor.getByRole('heading', { level: 1, name: /Comment pouvons-nous vous aider/ }).waitFor();
    await owner.getByLabel('Default language').selectOption('en');
    await owner.getByRole('button', { name: 'Save', exact: true }).first().click();
    await owner.getByText('Changes saved').first().waitFor();
  });
});
