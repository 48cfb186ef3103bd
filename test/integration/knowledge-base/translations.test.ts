import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';

const KB = '/api/v1/knowledge-base';

describe('languages: article translations, the help center in the reader’s language, and the session’s language', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let english: { id: string; slug: string };
  let onlyEnglish: { id: string; slug: string };
  let german: { id: string; slug: string; locale: string };

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    const category = (await owner.post(`${KB}/categories`, { name: 'Invoices' })).json();
    const sectionId = (await owner.post(`${KB}/sections`, { categoryId: category.id, name: 'Paying' })).json()
      .sections[0].id;
    const publish = async (id: string) =>
      expect((await owner.patch(`${KB}/articles/${id}`, { status: 'published' })).statusCode).toBe(200);
    english = (
      await owner.post(`${KB}/articles`, { sectionId, title: 'Paying an invoice', body: 'Pay each invoice online.' })
    ).json();
    await publish(english.id);
    const other = (await owner.post(`${KB}/articles`, { sectionId, title: 'Late fees', body: 'Fees apply.' })).json();
    await publish(other.id);
    onlyEnglish = other;
    const created = await owner.post(`${KB}/articles/${english.id}/translations`, {
      locale: 'de',
      title: 'Eine Rechnung bezahlen',
      body: 'Sie bezahlen jede Rechnung online. Offene Rechnungen stehen im Portal.',
    });
    expect(created.statusCode, created.body).toBe(201);
    german = created.json();
    await publish(german.id);
  });
  afterAll(() => portal.close());

  it('keeps one article with one version per language, each with its own slug', async () => {
    expect(german).toMatchObject({ locale: 'de', slug: 'eine-rechnung-bezahlen', status: 'draft' });
    const original = (await owner.get(`${KB}/articles/${english.id}`)).json();
    expect(original.translations).toEqual([
      expect.objectContaining({ id: german.id, locale: 'de', url: '/help/de/articles/eine-rechnung-bezahlen' }),
    ]);
    const translation = (await owner.get(`${KB}/articles/${german.id}`)).json();
    expect(translation.translations.map((t: { id: string }) => t.id)).toEqual([english.id]);
    // A second German version of the same article is refused; so is a language Portico does not ship.
    const again = await owner.post(`${KB}/articles/${english.id}/translations`, { locale: 'de', title: 'Noch eine' });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0]).toMatchObject({ path: 'locale' });
    for (const body of [{ locale: 'xx', title: 'A' }, { locale: 'de' }, { locale: 'de', title: 1 }, 'x'.repeat(10)]) {
      expect((await owner.post(`${KB}/articles/${english.id}/translations`, body)).statusCode).toBe(400);
    }
  });

  it('searches each language with its own stemming: "Rechnungen" finds the German article', async () => {
    const search = async (q: string, locale: string) => {
      const response = await portal.client().get(`${KB}/search?q=${encodeURIComponent(q)}&locale=${locale}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json().items;
    };
    const hits = await search('Rechnungen', 'de');
    expect(hits.map((hit: { id: string }) => hit.id)).toEqual([german.id]);
    expect(hits[0].url).toBe('/help/de/articles/eine-rechnung-bezahlen');
    // Plural to singular: "Rechnungen" and "Rechnung" share the German stem, the English configuration does not.
    expect((await search('Rechnung', 'de')).map((hit: { id: string }) => hit.id)).toEqual([german.id]);
    expect(await search('Rechnungen', 'en')).toEqual([]);
  });

  it('only staff who edit articles add translations; a missing or hidden article is 404', async () => {
    const dana = await portal.signedIn('dana.diaz@customers.example');
    expect(
      (await dana.post(`${KB}/articles/${english.id}/translations`, { locale: 'de', title: 'X' })).statusCode,
    ).toBe(403);
    const missing = '01900000-0000-7000-8000-000000000000';
    expect((await owner.post(`${KB}/articles/${missing}/translations`, { locale: 'de', title: 'X' })).statusCode).toBe(
      404,
    );
  });

  it('shows a German reader the German version, and says so when there is none', async () => {
    const visitor = portal.client();
    const redirected = await visitor.get(`/help/articles/${english.slug}`, { 'accept-language': 'de-DE,de;q=0.9' });
    expect(redirected.statusCode).toBe(302);
    expect(redirected.headers.location).toBe('/help/de/articles/eine-rechnung-bezahlen');
    const page = await visitor.get('/help/de/articles/eine-rechnung-bezahlen', { 'accept-language': 'de' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="de" dir="ltr">');
    expect(page.body).toContain('hreflang="en" href="http://portico.test/help/articles/paying-an-invoice"');
    expect(page.body).toContain('hreflang="de"');
    // Choosing English in the switcher sticks: no redirect back to German.
    const chosen = await visitor.get(`/help/articles/${english.slug}?lang=en`, { 'accept-language': 'de' });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.body).toContain('<html lang="en"');
    const fallback = await portal.client().get(`/help/articles/${onlyEnglish.slug}`, { 'accept-language': 'de' });
    expect(fallback.statusCode).toBe(200);
    expect(fallback.body).toContain(
      'Diesen Artikel gibt es noch nicht auf Deutsch, daher wird er auf English angezeigt.',
    );
    const englishReader = await portal.client().get(`/help/articles/${english.slug}`, { 'accept-language': 'en' });
    expect(englishReader.statusCode).toBe(200);
    expect(englishReader.body).not.toContain('role="note"');
  });

  it('lists hreflang alternates in the sitemap', async () => {
    const sitemap = (await portal.client().get('/sitemap.xml')).body;
    expect(sitemap).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(sitemap).toContain(
      '<xhtml:link rel="alternate" hreflang="de" href="http://portico.test/help/de/articles/eine-rechnung-bezahlen"/>',
    );
    expect(sitemap).toContain('<loc>http://portico.test/help/de/articles/eine-rechnung-bezahlen</loc>');
  });

  it('resolves the session’s language: choice, then segment default, then Accept-Language, then portal default', async () => {
    const language = async (client: HttpClient, acceptLanguage: string) =>
      (await client.get('/api/v1/session', { 'accept-language': acceptLanguage })).json().language;
    expect(await language(portal.client(), 'de-CH, en;q=0.5')).toEqual({
      language: 'de',
      dir: 'ltr',
      available: ['en', 'de', 'fr', 'es', 'en-XA', 'ar-XB'],
    });
    expect((await language(portal.client(), 'ja')).language).toBe('en');
    // The portal's default, for a browser that asks for nothing Portico has.
    expect((await owner.patch('/api/v1/portal-settings', { defaultLanguage: 'de' })).statusCode).toBe(200);
    expect((await language(portal.client(), 'ja')).language).toBe('de');
    expect((await owner.patch('/api/v1/portal-settings', { defaultLanguage: 'xx' })).statusCode).toBe(400);
    await owner.patch('/api/v1/portal-settings', { defaultLanguage: 'en' });

    // A customer's segment default beats the browser; their own choice beats both.
    const dana = await portal.signedIn('dana.diaz@customers.example');
    expect((await language(dana, 'en')).language).toBe('en');
    const customers = await idOf(portal.ctx.db, 'segments', 'Customers');
    const segment = await owner.patch(`/api/v1/segments/${customers}`, { defaultLanguage: 'de' });
    expect(segment.statusCode, segment.body).toBe(200);
    expect(segment.json().defaultLanguage).toBe('de');
    expect((await language(dana, 'en')).language).toBe('de');
    expect((await dana.patch('/api/v1/me', { locale: 'en-GB' })).statusCode).toBe(200);
    expect((await language(dana, 'de')).language).toBe('en');
    expect((await owner.patch(`/api/v1/segments/${customers}`, { defaultLanguage: 'tlh' })).statusCode).toBe(400);
    // Agents may not change a segment's language.
    const agent = await portal.signedIn('agent@northwind.example');
    expect((await agent.patch(`/api/v1/segments/${customers}`, { defaultLanguage: 'en' })).statusCode).toBe(403);
  });

  it('removes a translation (staff who edit only), never the original; its address answers 404 afterwards', async () => {
    const created = await owner.post(`${KB}/articles/${onlyEnglish.id}/translations`, {
      locale: 'fr',
      title: 'Frais de retard',
      body: 'Des frais s’appliquent.',
    });
    expect(created.statusCode, created.body).toBe(201);
    const french = created.json() as { id: string; slug: string };
    await owner.patch(`${KB}/articles/${french.id}`, { status: 'published' });
    const path = `${KB}/articles/${onlyEnglish.id}/translations/${french.id}`;
    const dana = await portal.signedIn('dana.diaz@customers.example');
    expect((await dana.delete(path)).statusCode).toBe(403);
    // The original is no translation; another article's translation is not this one's; garbage ids are 400.
    expect((await owner.delete(`${KB}/articles/${onlyEnglish.id}/translations/${onlyEnglish.id}`)).statusCode).toBe(
      404,
    );
    expect((await owner.delete(`${KB}/articles/${onlyEnglish.id}/translations/${german.id}`)).statusCode).toBe(404);
    expect((await owner.delete(`${KB}/articles/${onlyEnglish.id}/translations/not-an-id`)).statusCode).toBe(400);
    // Two removals at once: one wins, the other finds nothing.
    const answers = await Promise.all([owner.delete(path), owner.delete(path)]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 404]);
    const remaining = answers.find((answer) => answer.statusCode === 200)!.json();
    expect(remaining).toMatchObject({ id: onlyEnglish.id, translations: [] });
    expect((await portal.client().get(`/help/fr/articles/${french.slug}`)).statusCode).toBe(404);
    const { rows } = await portal.ctx.db.query<{ action: string }>(
      "SELECT action FROM audit_events WHERE action = 'kb_article.translation_deleted' AND target_id = $1",
      [french.id],
    );
    expect(rows).toHaveLength(1);
  });
});
