import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../src/server/i18n/en.ts';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';

// The help center's own words (search box, feedback, headings, empty states, errors, footer) follow the reader's
// language, resolved as in the portal: choice (?lang= and its cookie), segment default, Accept-Language, portal.
const HELP_WORDS = Object.entries(en)
  .filter(([key]) => key.startsWith('help.'))
  .map(([, message]) => message)
  // Whole English sentences and labels of the page's own (ICU messages with arguments are checked by their parts).
  .filter((message) => !message.includes('{') && message.length > 4);

describe('the help center in the reader’s language', () => {
  let portal: TestPortal;
  let articleSlug: string;
  beforeAll(async () => {
    portal = await startPortal();
    const owner = await portal.signedIn('owner@northwind.example');
    const hits = (await owner.get('/api/v1/knowledge-base/search?q=password')).json().items as { slug: string }[];
    articleSlug = hits[0]!.slug;
  });
  afterAll(() => portal.close());

  const page = async (path: string, headers: Record<string, string> = {}, host: string | null = null) => {
    const client = portal.client();
    client.host = host;
    const response = await client.get(path, headers);
    return { status: response.statusCode, html: response.body, cookie: String(response.headers['set-cookie'] ?? '') };
  };
  /** The page's own words only: articles, search hits and related titles are content, written in English here. */
  const englishLeft = (html: string) => {
    const own = html
      .replace(/<div lang="en" dir="ltr">[\s\S]*?<form/, '<form')
      .replace(/<div class="kb-hit">[\s\S]*?<\/div>/g, '')
      .replace(/<aside>[\s\S]*?<\/aside>/g, '');
    return HELP_WORDS.filter((words) => own.includes(words));
  };

  it('speaks German to a German browser on every kind of page, with no English words of its own left', async () => {
    const german = { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' };
    const home = await page('/help', german);
    expect(home.html).toContain('<html lang="de" dir="ltr">');
    expect(home.html).toContain('Wie können wir helfen?');
    expect(home.html).toContain('placeholder="Im Hilfe-Center suchen"');
    const article = await page(`/help/articles/${articleSlug}`, german);
    expect(article.status).toBe(200);
    expect(article.html).toContain('War dieser Artikel hilfreich?');
    // The article exists in English only: the page says so in German, and marks the article's own language.
    expect(article.html).toContain('Diesen Artikel gibt es noch nicht auf Deutsch');
    expect(article.html).toContain('<div lang="en" dir="ltr">');
    const search = await page('/help/search?q=password', german);
    expect(search.html).toMatch(/Suchergebnisse für „password“/);
    expect(search.html).toMatch(/\d+ Artikel gefunden/);
    const none = await page('/help/search?q=zzzqqqxxyy', german);
    expect(none.html).toContain('Keine Artikel passen zu Ihrer Suche.');
    // A category page (the first card's): its crumb is German; its name and articles are content, as written.
    const categoryPath = /<li class="kb-card">\s*<h2><a href="(\/help\/[a-z0-9-]+)"/.exec(home.html)?.[1];
    expect(categoryPath).toBeDefined();
    const category = await page(categoryPath!, german);
    expect(category.status).toBe(200);
    expect(category.html).toContain('<a href="/help">Hilfe-Center</a>');
    const missing = await page('/help/no-such-category', german);
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('Seite nicht gefunden');
    for (const { html } of [home, article, search, none, category, missing])
      expect(englishLeft(html.replace(/<ul class="kb-list">[\s\S]*?<\/ul>/g, ''))).toEqual([]);
  });

  it('keeps English for an English or unknown browser, and French after the switcher’s choice (a cookie)', async () => {
    const english = await page('/help', { 'accept-language': 'ja-JP' });
    expect(english.html).toContain('How can we help?');
    expect(english.html).toContain('href="/help?lang=fr"');
    const chosen = await page('/help?lang=fr', { 'accept-language': 'de' });
    expect(chosen.html).toContain('Comment pouvons-nous vous aider\u00a0?');
    expect(chosen.cookie).toMatch(/portico_lang=fr/);
    const later = await page('/help/search?q=password', { 'accept-language': 'de', cookie: 'portico_lang=fr' });
    expect(later.html).toContain('<html lang="fr"');
    // A choice that is no language (or markup) is ignored, and never echoed into a cookie.
    const bogus = await page('/help?lang=%3Cscript%3E', { 'accept-language': 'es' });
    expect(bogus.html).toContain('¿En qué podemos ayudarle?');
    expect(bogus.cookie).not.toMatch(/portico_lang/);
  });

  it('follows the segment’s default on its domain, then the portal’s default', async () => {
    const admin = await portal.signedIn('admin@northwind.example');
    const customers = await idOf(portal.ctx.db, 'segments', 'Customers');
    const patched = await admin.patch(`/api/v1/segments/${customers}`, { defaultLanguage: 'es' });
    expect(patched.statusCode, patched.body).toBe(200);
    await admin.put(`/api/v1/segments/${customers}/domains`, { portalDomain: null, helpDomain: 'ayuda.example' });
    expect((await page('/help', {}, 'ayuda.example')).html).toContain('¿En qué podemos ayudarle?');

    const saved = await admin.patch('/api/v1/portal-settings', { defaultLanguage: 'fr' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await page('/help')).html).toContain('Comment pouvons-nous vous aider');
    // The browser's language still comes before the portal's default.
    expect((await page('/help', { 'accept-language': 'de' })).html).toContain('Wie können wir helfen?');
  });

  it('mirrors in the right-to-left pseudo-locale (outside production), every word pseudo-localized', async () => {
    const rtl = await page('/help/search?q=password&lang=ar-XB');
    expect(rtl.html).toContain('<html lang="ar-XB" dir="rtl">');
    expect(rtl.html).toContain('⟦');
    // Search hits quote articles (written in English): the words of the page's own are checked on a page without.
    const missing = await page('/help/no-such-page', { cookie: 'portico_lang=ar-XB' });
    expect(missing.html).toContain('dir="rtl"');
    expect(englishLeft(missing.html)).toEqual([]);
  });
});
