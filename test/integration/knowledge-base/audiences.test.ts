import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';

/** Slugs of the demo articles by audience (see knowledge-base/demo-content.ts). */
const PUBLIC = 'reset-your-password';
const SIGNED_IN = 'paying-by-bank-transfer';
const SEGMENT = 'customer-loyalty-discount';
const STAFF = 'refund-approval-playbook';
const DRAFT = 'escalation-matrix';

async function articleId(portal: TestPortal, slug: string) {
  const { rows } = await portal.ctx.db.query<{ id: string }>('SELECT id FROM kb_articles WHERE slug = $1', [slug]);
  return rows[0]!.id;
}

/** Everything one reader can learn about articles, by every path, as a set of slugs per path. */
async function seenBy(client: HttpClient) {
  const slugs = (items: { slug: string }[]) => items.map((item) => item.slug).sort();
  const list = (await client.get('/api/v1/knowledge-base/articles?limit=200')).json();
  // One word per article, so each search can find exactly the article it aims at.
  const words = ['refund', 'loyalty', 'transfer', 'password', 'escalation'];
  // The same words misspelt go through the typo pass: its dictionary holds every article's words, hidden ones too,
  // so the audience rule must hold there as well.
  const misspelt = ['refnd', 'loyality', 'transfr', 'pasword', 'escalaton'];
  const search = await Promise.all(
    [...words, ...misspelt].map(async (q) =>
      slugs((await client.get(`/api/v1/knowledge-base/search?q=${q}`)).json().items),
    ),
  );
  const suggestions = await Promise.all(
    words.map(async (q) =>
      slugs((await client.get(`/api/v1/knowledge-base/suggestions?q=${q.slice(0, 5)}`)).json().items),
    ),
  );
  return { list: slugs(list.items), search: search.flat().sort(), suggestions: suggestions.flat().sort() };
}

describe('knowledge base audiences: one rule on every path', () => {
  let portal: TestPortal;
  let ids: Record<string, string>;
  beforeAll(async () => {
    portal = await startPortal();
    // Clients get the help center here so the audience rule is what decides (without it the reader API refuses
    // them: module-gate.test.ts). Before anyone signs in: sessions cache their accounts' modules.
    await portal.ctx.db.query(
      "UPDATE segments SET modules = modules || '{knowledge_base}'::text[] WHERE name = 'Clients'",
    );
    ids = Object.fromEntries(
      await Promise.all(
        [PUBLIC, SIGNED_IN, SEGMENT, STAFF, DRAFT].map(async (slug) => [slug, await articleId(portal, slug)]),
      ),
    );
  });
  afterAll(() => portal.close());

  const readers = [
    {
      who: 'an anonymous visitor',
      sign: (p: TestPortal) => Promise.resolve(p.client()),
      sees: [PUBLIC],
      hidden: [SIGNED_IN, SEGMENT, STAFF, DRAFT],
    },
    {
      who: 'a client user (Clients segment, with the help center)',
      sign: (p: TestPortal) => p.signedIn('alice@acme.example'),
      sees: [PUBLIC, SIGNED_IN],
      hidden: [SEGMENT, STAFF, DRAFT],
    },
    {
      who: 'a customer (Customers segment)',
      sign: (p: TestPortal) => p.signedIn('dana.diaz@customers.example'),
      sees: [PUBLIC, SIGNED_IN, SEGMENT],
      hidden: [STAFF, DRAFT],
    },
    {
      who: 'staff',
      sign: (p: TestPortal) => p.signedIn('agent@northwind.example'),
      sees: [PUBLIC, SIGNED_IN, SEGMENT, STAFF, DRAFT],
      hidden: [],
    },
  ];

  for (const reader of readers) {
    it(`${reader.who}: API, pages, search, suggestions and related articles agree`, async () => {
      const client = await reader.sign(portal);
      const seen = await seenBy(client);
      for (const slug of reader.sees) {
        expect(seen.list, `list shows ${slug}`).toContain(slug);
        expect(seen.search, `search finds ${slug}`).toContain(slug);
        expect(seen.suggestions, `suggestions offer ${slug}`).toContain(slug);
        expect((await client.get(`/api/v1/knowledge-base/articles/${ids[slug]}`)).statusCode, slug).toBe(200);
        expect((await client.get(`/help/articles/${slug}`)).statusCode, slug).toBe(200);
      }
      for (const slug of reader.hidden) {
        expect(seen.list).not.toContain(slug);
        expect(seen.search).not.toContain(slug);
        expect(seen.suggestions).not.toContain(slug);
        // A guessed id or URL reads exactly like a missing one.
        const hidden = await client.get(`/api/v1/knowledge-base/articles/${ids[slug]}`);
        expectProblem(hidden, 404, 'not_found');
        expectProblem(
          await client.post(`/api/v1/knowledge-base/articles/${ids[slug]}/feedback`, { helpful: true }),
          404,
          'not_found',
        );
        const page = await client.get(`/help/articles/${slug}`);
        const missing = await client.get('/help/articles/no-such-article');
        expect(page.statusCode).toBe(404);
        expect(page.body).toBe(missing.body);
      }
      // Related articles of a visible article never include hidden ones.
      const billing = (
        await client.get(`/api/v1/knowledge-base/articles/${await articleId(portal, 'understanding-your-invoice')}`)
      ).json();
      const related = billing.related.map((item: { slug: string }) => item.slug);
      for (const slug of reader.hidden) expect(related).not.toContain(slug);
      const categoryPage = await client.get('/help/billing');
      for (const slug of reader.hidden) expect(categoryPage.body).not.toContain(slug);
      for (const slug of reader.sees.filter((s) => s !== PUBLIC))
        if (slug !== STAFF && slug !== DRAFT) expect(categoryPage.body).toContain(slug);
    });
  }

  it('the staff-only category is 404 to everyone else, and missing from the home page', async () => {
    const anonymous = portal.client();
    expect((await anonymous.get('/help/support-playbooks')).statusCode).toBe(404);
    expect((await anonymous.get('/help')).body).not.toContain('support-playbooks');
    const dana = await portal.signedIn('dana.diaz@customers.example');
    expect((await dana.get('/help/support-playbooks')).statusCode).toBe(404);
    const categories = (await dana.get('/api/v1/knowledge-base/categories'))
      .json()
      .items.map((c: { slug: string }) => c.slug);
    expect(categories).toEqual(['getting-started', 'billing']);
    const staff = await portal.signedIn('owner@northwind.example');
    expect((await staff.get('/help/support-playbooks')).statusCode).toBe(200);
  });

  it('the sitemap lists public articles only, with canonical URLs from the configured base URL', async () => {
    const response = await portal.client().get('/sitemap.xml', { host: 'evil.example' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/xml/);
    expect(response.body).toContain('<loc>http://portico.test/help/articles/reset-your-password</loc>');
    for (const slug of [SIGNED_IN, SEGMENT, STAFF, DRAFT]) expect(response.body).not.toContain(slug);
    expect(response.body).not.toContain('support-playbooks');
    expect(response.body).not.toContain('evil.example');
  });

  it('an article page links canonically to the base URL, not the Host header', async () => {
    const page = await portal.client().get(`/help/articles/${PUBLIC}`, { host: 'evil.example' });
    expect(page.body).toContain(
      '<link rel="canonical" href="http://portico.test/help/articles/reset-your-password" />',
    );
    expect(page.body).not.toContain('evil.example');
    // Branded with the portal's name and colour; the description comes from the summary.
    expect(page.body).toContain('<title>How to reset your password · Northwind Advisory</title>');
    expect(page.body).toContain('--kb-brand:#1f5f8b;');
    expect(page.body).toContain(
      '<meta name="description" content="Forgot your password? Get a reset link by email." />',
    );
    expect(page.headers['content-type']).toMatch(/^text\/html/);
  });

  it('an article moved into a segment-only audience disappears at once from every path', async () => {
    const owner = await portal.signedIn('owner@northwind.example');
    const customers = (await portal.ctx.db.query<{ id: string }>("SELECT id FROM segments WHERE name = 'Customers'"))
      .rows[0]!.id;
    const moved = await owner.patch(`/api/v1/knowledge-base/articles/${ids[PUBLIC]}`, {
      audience: 'segments',
      audienceSegmentIds: [customers],
    });
    expect(moved.statusCode).toBe(200);
    const anonymous = portal.client();
    expect((await anonymous.get(`/help/articles/${PUBLIC}`)).statusCode).toBe(404);
    expect((await anonymous.get('/sitemap.xml')).body).not.toContain(PUBLIC);
    const found = (await anonymous.get('/api/v1/knowledge-base/search?q=reset%20password')).json().items;
    expect(found.map((hit: { slug: string }) => hit.slug)).not.toContain(PUBLIC);
    const dana = await portal.signedIn('dana.diaz@customers.example');
    expect((await dana.get(`/help/articles/${PUBLIC}`)).statusCode).toBe(200);
    await owner.patch(`/api/v1/knowledge-base/articles/${ids[PUBLIC]}`, { audience: 'public', audienceSegmentIds: [] });
  });
});
