import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';

describe('knowledge base authoring: Markdown, versions, slugs', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let sectionId: string;
  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    const category = await owner.post('/api/v1/knowledge-base/categories', { name: 'Guides', description: 'How-tos' });
    expect(category.statusCode).toBe(201);
    expect(category.json()).toMatchObject({ slug: 'guides', audience: 'public', abilities: { update: true } });
    const withSection = await owner.post('/api/v1/knowledge-base/sections', {
      categoryId: category.json().id,
      name: 'Everyday',
    });
    expect(withSection.statusCode).toBe(201);
    sectionId = withSection.json().sections[0].id;
  });
  afterAll(() => portal.close());

  async function create(title: string, body = 'Text', extra: Record<string, unknown> = {}) {
    const response = await owner.post('/api/v1/knowledge-base/articles', { sectionId, title, body, ...extra });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }
  const publish = async (article: { id: string; version: number }) =>
    (
      await owner.patch(
        `/api/v1/knowledge-base/articles/${article.id}`,
        { status: 'published' },
        { 'if-match': String(article.version) },
      )
    ).json();

  it('renders only safe Markdown: no raw HTML, no script or data links, outside links get rel=noopener noreferrer', async () => {
    const body = [
      '# Title',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[js](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:x) [proto](//evil.example/x)',
      '[outside](https://example.org/page) [inside](/help/articles/other) [mail](mailto:help@northwind.example)',
      '![pic](https://cdn.example/pic.png) ![bad](javascript:alert(1)) ![plain](http://cdn.example/p.png)',
      '| a | b |\n|---|---|\n| 1 | 2 |',
    ].join('\n\n');
    const { html } = (await owner.post('/api/v1/knowledge-base/preview', { body })).json();
    expect(html).toContain('<h1>Title</h1>');
    expect(html).not.toMatch(
      /<script|<img src="x"|<[^>]*onerror|href="javascript|href="data|href="vbscript|href="\/\/evil|src="javascript|src="http:/i,
    );
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="https://example.org/page" rel="noopener noreferrer" target="_blank">outside</a>');
    expect(html).toContain('<a href="/help/articles/other">inside</a>');
    expect(html).toContain('href="mailto:help@northwind.example"');
    expect(html).toContain('<img src="https://cdn.example/pic.png" alt="pic" loading="lazy">');
    expect(html).toContain('<table>');
    // The published page carries the same sanitised HTML.
    const article = await publish(await create('Markdown safety', body));
    expect(article.html).toBe(html);
    const page = await portal.client().get(`/help/articles/${article.slug}`);
    expect(page.body).not.toContain('<script>alert');
    expect(page.body).toContain('<script src="/help/assets/help.js" defer></script>');
    expect(page.body.match(/<script/g)).toHaveLength(1);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('the preview and every write are staff-only; clients get 403', async () => {
    const alice = await portal.signedIn('alice@acme.example');
    expectProblem(await alice.post('/api/v1/knowledge-base/preview', { body: 'x' }), 403);
    expectProblem(await alice.post('/api/v1/knowledge-base/articles', { sectionId, title: 'Nope' }), 403);
    const agent = await portal.signedIn('agent@northwind.example');
    expectProblem(await agent.post('/api/v1/knowledge-base/categories', { name: 'Agents cannot' }), 403, 'forbidden');
    expect((await agent.post('/api/v1/knowledge-base/preview', { body: '*ok*' })).json().html).toContain('<em>ok</em>');
  });

  it('keeps a version per content change and restores an old one as a new version', async () => {
    const first = await create('Exporting reports', 'Version one body');
    const second = (
      await owner.patch(
        `/api/v1/knowledge-base/articles/${first.id}`,
        { body: 'Version two body' },
        { 'if-match': '1' },
      )
    ).json();
    expect(second.version).toBe(2);
    // Status or audience alone is not a content version.
    const published = await publish(second);
    expectProblem(
      await owner.patch(`/api/v1/knowledge-base/articles/${first.id}`, { body: 'stale' }, { 'if-match': '1' }),
      409,
      'stale_version',
    );
    let versions = (await owner.get(`/api/v1/knowledge-base/articles/${first.id}/versions`)).json().items;
    expect(versions.map((v: { number: number; body: string }) => [v.number, v.body])).toEqual([
      [2, 'Version two body'],
      [1, 'Version one body'],
    ]);
    expect(versions[0].author).toBe('Olivia Owner');
    const restored = await owner.post(
      `/api/v1/knowledge-base/articles/${first.id}/restore`,
      { version: 1 },
      { 'if-match': String(published.version) },
    );
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ body: 'Version one body', status: 'published' });
    versions = (await owner.get(`/api/v1/knowledge-base/articles/${first.id}/versions`)).json().items;
    expect(versions.map((v: { number: number }) => v.number)).toEqual([3, 2, 1]);
    expectProblem(await owner.post(`/api/v1/knowledge-base/articles/${first.id}/restore`, { version: 99 }), 400);
    // Publishing is on the record: who did it and from which status.
    const audit = (await owner.get('/api/v1/audit-events?action=kb_article.updated&limit=200'))
      .json()
      .items.filter((event: { target: { id: string } }) => event.target.id === first.id);
    expect(
      audit.some(
        (event: { details: { status?: string[] }; actor: { label: string } }) =>
          event.details.status?.join('>') === 'draft>published' && event.actor.label === 'owner@northwind.example',
      ),
    ).toBe(true);
  });

  it('the version an article shows is the newest of its history, however often it was published or moved', async () => {
    const created = await create('Renewing a subscription', 'First text');
    const edited = (
      await owner.patch(
        `/api/v1/knowledge-base/articles/${created.id}`,
        { body: 'Second text' },
        { 'if-match': String(created.version) },
      )
    ).json();
    const published = await publish(edited);
    const widened = await owner.patch(
      `/api/v1/knowledge-base/articles/${created.id}`,
      { audience: 'public' },
      { 'if-match': String(published.version) },
    );
    expect(widened.statusCode, widened.body).toBe(200);
    const article = (await owner.get(`/api/v1/knowledge-base/articles/${created.id}`)).json();
    const versions = (await owner.get(`/api/v1/knowledge-base/articles/${created.id}/versions`)).json().items;
    expect(versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    // The editor's "Version N" and its history agree; `version` stays the If-Match token that every edit moves.
    expect(article.contentVersion).toBe(2);
    expect(article.version).toBe(4);
  });

  it('slugs: generated from the title, unique per locale, stable on retitle, old ones redirect, never reused', async () => {
    const one = await create('Closing the year: checklist!');
    expect(one.slug).toBe('closing-the-year-checklist');
    const two = await create('Closing the year: checklist!');
    expect(two.slug).toBe('closing-the-year-checklist-2');
    const published = await publish(one);
    const retitled = (
      await owner.patch(`/api/v1/knowledge-base/articles/${one.id}`, { title: 'Year-end checklist' })
    ).json();
    expect(retitled.slug).toBe('closing-the-year-checklist');
    const renamed = await owner.patch(
      `/api/v1/knowledge-base/articles/${one.id}`,
      { slug: 'year-end-checklist' },
      { 'if-match': String(published.version + 1) },
    );
    expect(renamed.json().slug).toBe('year-end-checklist');
    const visitor = portal.client();
    const old = await visitor.get('/help/articles/closing-the-year-checklist');
    expect(old.statusCode).toBe(301);
    expect(old.headers.location).toBe('/help/articles/year-end-checklist');
    expect((await visitor.get('/help/articles/year-end-checklist')).body).toContain('<h1>Year-end checklist');
    // Another article cannot take a slug this one used, nor a current one.
    expectProblem(
      await owner.patch(`/api/v1/knowledge-base/articles/${two.id}`, { slug: 'closing-the-year-checklist' }),
      400,
      'validation_failed',
    );
    expectProblem(
      await owner.post('/api/v1/knowledge-base/articles', { sectionId, title: 'X', slug: 'year-end-checklist' }),
      400,
    );
    // The same slug in another locale is fine.
    const german = await owner.post('/api/v1/knowledge-base/categories', {
      name: 'Anleitungen',
      slug: 'guides',
      locale: 'de',
    });
    expect(german.statusCode).toBe(201);
    expectProblem(await owner.post('/api/v1/knowledge-base/categories', { name: 'Search', slug: 'search' }), 400);
    // Category renames redirect too.
    const category = (await owner.get('/api/v1/knowledge-base/categories'))
      .json()
      .items.find((c: { slug: string }) => c.slug === 'guides');
    await owner.patch(`/api/v1/knowledge-base/categories/${category.id}`, { slug: 'how-to' });
    const oldCategory = await visitor.get('/help/guides');
    expect([oldCategory.statusCode, oldCategory.headers.location]).toEqual([301, '/help/how-to']);
  });

  it('a draft is invisible to readers until published; archived articles leave the help center', async () => {
    const draft = await create('Secret roadmap', 'Draft text about roadmaps');
    const visitor = portal.client();
    expect((await visitor.get(`/help/articles/${draft.slug}`)).statusCode).toBe(404);
    const live = await publish(draft);
    expect((await visitor.get(`/help/articles/${draft.slug}`)).statusCode).toBe(200);
    expect(live.publishedAt).not.toBeNull();
    await owner.patch(`/api/v1/knowledge-base/articles/${draft.id}`, { status: 'archived' });
    expect((await visitor.get(`/help/articles/${draft.slug}`)).statusCode).toBe(404);
    expect((await visitor.get('/sitemap.xml')).body).not.toContain(draft.slug);
  });

  it('images: uploaded through storage (rasters only, type from the bytes), served only to readers of an article that shows them', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64',
    );
    const upload = await owner.post('/api/v1/knowledge-base/images', png, { 'content-type': 'image/png' });
    expect(upload.statusCode, upload.body).toBe(201);
    const image = upload.json();
    expect(image.markdown).toBe(`![](${image.url})`);
    const svg = await owner.post(
      '/api/v1/knowledge-base/images',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      { 'content-type': 'image/png' },
    );
    expectProblem(svg, 415);
    expectProblem(
      await (
        await portal.signedIn('alice@acme.example')
      ).post('/api/v1/knowledge-base/images', png, { 'content-type': 'image/png' }),
      403,
    );

    const visitor = portal.client();
    // Not shown by any article yet: staff only.
    expect((await visitor.get(image.url)).statusCode).toBe(404);
    expect((await owner.get(image.url)).statusCode).toBe(200);
    const article = await create('Screenshot guide', `See below.\n\n![screen](${image.url})`, { audience: 'staff' });
    await publish(article);
    expect((await visitor.get(image.url)).statusCode).toBe(404);
    const current = (await owner.get(`/api/v1/knowledge-base/articles/${article.id}`)).json();
    await owner.patch(
      `/api/v1/knowledge-base/articles/${article.id}`,
      { audience: 'public' },
      { 'if-match': String(current.version) },
    );
    const served = await visitor.get(image.url);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.rawPayload.equals(png)).toBe(true);
    expect((await visitor.get(`/help/articles/${article.slug}`)).body).toContain(
      `<img src="${image.url}" alt="screen" loading="lazy">`,
    );
  });
});
