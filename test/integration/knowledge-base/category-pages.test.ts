import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem, randomId } from '../platform/problem-assertions.ts';

/** More public articles than two help-center pages (50 each), split over two sections, with tied titles. */
const PUBLIC_COUNT = 104;
const PAGE = 50;

interface Item {
  id: string;
  slug: string;
  title: string;
  sectionId: string;
}

describe('a category’s articles a page at a time: API cursor and help-center Next/Previous', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let categoryId: string;
  let hiddenCategoryId: string;
  let sections: string[];
  const publicSlugs: string[] = [];
  const segmentSlugs: string[] = [];
  let draftSlug: string;

  beforeAll(async () => {
    portal = await startPortal();
    // Clients read the help center here (without it they are refused: module-gate.test.ts). Before anyone signs in.
    await portal.ctx.db.query(
      "UPDATE segments SET modules = modules || '{knowledge_base}'::text[] WHERE name = 'Clients'",
    );
    const customers = (await portal.ctx.db.query<{ id: string }>("SELECT id FROM segments WHERE name = 'Customers'"))
      .rows[0]!.id;
    owner = await portal.signedIn('owner@northwind.example');
    const category = await owner.post('/api/v1/knowledge-base/categories', { name: 'Long guides', description: 'x' });
    categoryId = category.json().id;
    // Created second but placed first: reading order follows the sections' positions, not creation.
    await owner.post('/api/v1/knowledge-base/sections', { categoryId, name: 'Zeta later', position: 2 });
    const withBoth = await owner.post('/api/v1/knowledge-base/sections', {
      categoryId,
      name: 'Alpha first',
      position: 1,
    });
    sections = [...withBoth.json().sections]
      .sort((a: { position: number }, b: { position: number }) => a.position - b.position)
      .map((section: { id: string }) => section.id);
    const hidden = await owner.post('/api/v1/knowledge-base/categories', {
      name: 'Customers only',
      audience: 'segments',
      audienceSegmentIds: [customers],
    });
    hiddenCategoryId = hidden.json().id;
    const make = async (n: number, extra: Record<string, unknown> = {}, publish = true) => {
      // Every fifth title is the same, so the id has to break ties for the order to be total.
      const title = n % 5 === 0 ? 'Same title' : `Guide ${String(n).padStart(3, '0')}`;
      const created = await owner.post('/api/v1/knowledge-base/articles', {
        sectionId: sections[n % 2]!,
        title,
        body: 'Text',
        ...extra,
      });
      expect(created.statusCode, created.body).toBe(201);
      const article = created.json();
      if (publish) {
        const published = await owner.patch(
          `/api/v1/knowledge-base/articles/${article.id}`,
          { status: 'published' },
          { 'if-match': String(article.version) },
        );
        expect(published.statusCode, published.body).toBe(200);
      }
      return article.slug as string;
    };
    // A few at a time: creation order says nothing about reading order. The tied titles one by one: two creates
    // racing for one generated slug is another matter (the loser is told the slug is taken).
    const tied = Array.from({ length: PUBLIC_COUNT }, (_, n) => n).filter((n) => n % 5 === 0);
    const others = Array.from({ length: PUBLIC_COUNT }, (_, n) => n).filter((n) => n % 5 !== 0);
    for (const n of tied) publicSlugs.push(await make(n));
    for (let i = 0; i < others.length; i += 8)
      publicSlugs.push(...(await Promise.all(others.slice(i, i + 8).map((n) => make(n)))));
    for (const n of [1, 2, 3])
      segmentSlugs.push(await make(900 + n, { audience: 'segments', audienceSegmentIds: [customers] }));
    draftSlug = await make(999, {}, false);
  }, 120_000);
  afterAll(() => portal.close());

  async function walk(client: HttpClient, id: string, limit: number) {
    const items: Item[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await client.get(`/api/v1/knowledge-base/categories/${id}/articles${query}`);
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json();
      expect(page.items.length).toBeLessThanOrEqual(limit);
      items.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 500);
    return items;
  }

  const inReadingOrder = (items: Item[]) => {
    const sectionIndex = (item: Item) => sections.indexOf(item.sectionId);
    for (let i = 1; i < items.length; i += 1) {
      const [a, b] = [items[i - 1]!, items[i]!];
      if (sectionIndex(a) !== sectionIndex(b)) expect(sectionIndex(a)).toBeLessThan(sectionIndex(b));
      else expect(a.title.toLowerCase() <= b.title.toLowerCase(), `${a.title} before ${b.title}`).toBe(true);
    }
  };

  it('the API walks every visible article once, in reading order, whatever the page size', async () => {
    const visitor = portal.client();
    for (const limit of [3, 7, 50, 200]) {
      const items = await walk(visitor, categoryId, limit);
      expect(items.map((item) => item.slug).sort()).toEqual([...publicSlugs].sort());
      inReadingOrder(items);
    }
    // Two walks give the same order: it is stable.
    const again = await walk(visitor, categoryId, 13);
    expect(again.map((item) => item.id)).toEqual((await walk(visitor, categoryId, 200)).map((item) => item.id));
  });

  it('each reader gets what the audience rule lets them see; a hidden category is a 404 like a missing one', async () => {
    const alice = await portal.signedIn('alice@acme.example');
    const dana = await portal.signedIn('dana.diaz@customers.example');
    const agent = await portal.signedIn('agent@northwind.example');
    const slugsOf = async (client: HttpClient) => (await walk(client, categoryId, 40)).map((item) => item.slug).sort();
    expect(await slugsOf(alice)).toEqual([...publicSlugs].sort());
    expect(await slugsOf(dana)).toEqual([...publicSlugs, ...segmentSlugs].sort());
    expect(await slugsOf(agent)).toEqual([...publicSlugs, ...segmentSlugs, draftSlug].sort());
    const hidden = await alice.get(`/api/v1/knowledge-base/categories/${hiddenCategoryId}/articles`);
    const missing = await alice.get(`/api/v1/knowledge-base/categories/${randomId()}/articles`);
    expectProblem(hidden, 404, 'not_found');
    expectProblem(missing, 404, 'not_found');
    expectProblem(await portal.client().get(`/api/v1/knowledge-base/categories/${hiddenCategoryId}/articles`), 404);
    expect((await dana.get(`/api/v1/knowledge-base/categories/${hiddenCategoryId}/articles`)).statusCode).toBe(200);
  });

  it('a tampered cursor is a 400 on cursor, not an error', async () => {
    const visitor = portal.client();
    const forged = Buffer.from(JSON.stringify(['x', 'y', 'z', 1, 'a', 'b'])).toString('base64url');
    for (const cursor of [forged, 'not-a-cursor', Buffer.from('[1e40,"a",null,1,"a","b"]').toString('base64url')]) {
      const response = await visitor.get(`/api/v1/knowledge-base/categories/${categoryId}/articles?cursor=${cursor}`);
      expect(expectProblem(response, 400).errors?.[0]?.path).toBe('cursor');
    }
  });

  const links = (body: string) =>
    [...body.matchAll(/<li>\s*<a href="\/help\/articles\/([a-z0-9-]+)"/g)].map((m) => m[1]!);
  const rel = (body: string, name: 'next' | 'prev') =>
    [...body.matchAll(/<a href="([^"]+)" rel="(next|prev)">/g)]
      .find((m) => m[2] === name)?.[1]
      ?.replaceAll('&amp;', '&');

  it('the help-center page shows 50 at a time with Next and Previous links, in the reader’s language', async () => {
    const visitor = portal.client();
    const first = await visitor.get('/help/long-guides');
    expect(first.statusCode).toBe(200);
    expect(links(first.body)).toHaveLength(PAGE);
    expect(first.body).toMatch(/<nav class="kb-pages" aria-label="Pages of articles">/);
    expect(rel(first.body, 'prev')).toBeUndefined();
    const secondPath = rel(first.body, 'next')!;
    expect(first.body).toContain('>Next page</a>');
    const second = await visitor.get(secondPath);
    expect(links(second.body)).toHaveLength(PAGE);
    expect(rel(second.body, 'prev')).toBe('/help/long-guides');
    const third = await visitor.get(rel(second.body, 'next')!);
    expect(links(third.body)).toHaveLength(PUBLIC_COUNT - 2 * PAGE);
    expect(rel(third.body, 'next')).toBeUndefined();
    // Previous from the third page is exactly the second page.
    const back = await visitor.get(rel(third.body, 'prev')!);
    expect(links(back.body)).toEqual(links(second.body));
    // Every public article once across the pages, none of the hidden ones, and each page canonical to the first.
    const all = [...links(first.body), ...links(second.body), ...links(third.body)];
    expect([...all].sort()).toEqual([...publicSlugs].sort());
    for (const slug of [...segmentSlugs, draftSlug]) expect(all).not.toContain(slug);
    expect(second.body).toMatch(/<link rel="canonical" href="https?:\/\/[^/"]+\/help\/long-guides" \/>/);
    // In German (and the other languages) the links say so; the language switcher keeps the page.
    const german = await visitor.get(`${secondPath}&lang=de`);
    expect(german.body).toContain('aria-label="Seiten mit Artikeln"');
    expect(german.body).toContain('>Vorherige Seite</a>');
    expect(german.body).toContain('>Nächste Seite</a>');
    expect(links(german.body)).toEqual(links(second.body));
    const french = await visitor.get(`${secondPath}&lang=fr`);
    expect(french.body).toContain('>Page suivante</a>');
    const spanish = await visitor.get(`${secondPath}&lang=es`);
    expect(spanish.body).toContain('>Página anterior</a>');
  });

  it('a customer’s pages hold their segment’s articles too; a bad cursor goes back to the first page', async () => {
    const dana = await portal.signedIn('dana.diaz@customers.example');
    const seen: string[] = [];
    let path: string | undefined = '/help/long-guides';
    while (path) {
      const page = await dana.get(path);
      seen.push(...links(page.body));
      path = rel(page.body, 'next');
    }
    expect(seen.sort()).toEqual([...publicSlugs, ...segmentSlugs].sort());
    const bad = await portal.client().get('/help/long-guides?cursor=forged');
    expect(bad.statusCode).toBe(302);
    expect(bad.headers.location).toBe('/help/long-guides');
    const hidden = await portal.client().get('/help/customers-only');
    expect(hidden.statusCode).toBe(404);
  });
});
