import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';

interface Hit {
  slug: string;
  title: string;
  snippet: string;
  score: number;
}

describe('knowledge base search, helpfulness and analytics', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  const search = async (client: HttpClient, q: string): Promise<Hit[]> => {
    const response = await client.get(`/api/v1/knowledge-base/search?q=${encodeURIComponent(q)}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items;
  };
  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    const category = (await owner.post('/api/v1/knowledge-base/categories', { name: 'Payroll' })).json();
    const sectionId = (
      await owner.post('/api/v1/knowledge-base/sections', { categoryId: category.id, name: 'Runs' })
    ).json().sections[0].id;
    const articles = [
      { title: 'Running payroll each month', body: 'Payroll runs on the 25th. Check the <b>hours</b> before the run.' },
      {
        title: 'Holiday allowance',
        body: 'Holiday pay is part of payroll in May. Payroll includes the allowance once a year.',
      },
      {
        title: 'Company cars',
        body: 'Lease cars are taxed as a benefit in kind; the amount appears on every payslip.',
      },
    ];
    for (const article of articles) {
      const created = (await owner.post('/api/v1/knowledge-base/articles', { sectionId, ...article })).json();
      await owner.patch(`/api/v1/knowledge-base/articles/${created.id}`, { status: 'published' });
    }
  });
  afterAll(() => portal.close());

  it('ranks title matches above body matches and highlights matches in safe snippets', async () => {
    const hits = await search(portal.client(), 'payroll');
    expect(hits.map((hit) => hit.slug).slice(0, 2)).toEqual(['running-payroll-each-month', 'holiday-allowance']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(hits[0]!.snippet).toContain('<mark>Payroll</mark>');
    // The body's own markup comes back escaped: the only tags a snippet holds are <mark>.
    expect(hits[0]!.snippet).toContain('&#60;b');
    for (const hit of hits) expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    // Stemming: "cars" finds "car", "taxed" finds "tax".
    expect((await search(portal.client(), 'taxes')).map((hit) => hit.slug)).toEqual(['company-cars']);
  });

  it('tolerates typos in titles', async () => {
    expect((await search(portal.client(), 'payrol')).map((hit) => hit.slug)).toContain('running-payroll-each-month');
    expect((await search(portal.client(), 'holliday alowance')).map((hit) => hit.slug)).toEqual(['holiday-allowance']);
    // A corrected word searches bodies too: the article titled with it comes first.
    expect((await search(portal.client(), 'pasword')).map((hit) => hit.slug)[0]).toBe('reset-your-password');
    expect((await search(portal.client(), 'reset pasword')).map((hit) => hit.slug)[0]).toBe('reset-your-password');
    expect(await search(portal.client(), 'xylophone quartz')).toEqual([]);
  });

  it('corrects swapped, dropped and doubled letters, also in two words at once, and leaves unrelated words alone', async () => {
    const first = async (q: string) => (await search(portal.client(), q)).map((hit) => hit.slug)[0];
    // Transposed letters share few trigrams with the word ("payrlol"/"payroll"): edit distance decides.
    expect(await first('payrlol')).toBe('running-payroll-each-month');
    expect(await first('hoilday')).toBe('holiday-allowance');
    expect(await first('hoilday alowance')).toBe('holiday-allowance');
    expect(await first('comapny crs')).toBe('company-cars');
    expect(await first('allowwance')).toBe('holiday-allowance');
    // A word two edits from an article word ("pension", "version") is not "corrected" into it.
    expect(await search(portal.client(), 'pension')).toEqual([]);
    // Snippets are built for the shown rows, with the corrected words marked.
    const [hit] = await search(portal.client(), 'hoilday');
    expect(hit!.snippet).toContain('<mark>Holiday</mark>');
  });

  it('answers questions in customers own words: any word counts, the best article first', async () => {
    // None of these has every word in one article: searching for all of them found nothing.
    const first = async (q: string) => (await search(portal.client(), q)).map((hit) => hit.slug)[0];
    expect(await first('cannot reset my password')).toBe('reset-your-password');
    expect(await first('magic link not working')).toBe('magic-link-sign-in');
    expect(await first('invoice wrong')).toBe('correct-an-invoice');
    // Words that match nothing still do not invent results, and typos are corrected first.
    expect(await first('my pasword is not acepted')).toBe('reset-your-password');
    // The audience rule holds on the relaxed passes: the segment-only discount never shows to a visitor.
    const discount = await search(portal.client(), 'discount renewal problem');
    expect(discount.map((hit) => hit.slug)).not.toContain('customer-loyalty-discount');
    const dana = await portal.signedIn('dana.diaz@customers.example');
    expect((await search(dana, 'discount renewal problem')).map((hit) => hit.slug)[0]).toBe(
      'customer-loyalty-discount',
    );
  });

  it('suggests titles as you type, from a half-typed last word', async () => {
    const suggest = async (q: string) =>
      (await portal.client().get(`/api/v1/knowledge-base/suggestions?q=${encodeURIComponent(q)}`))
        .json()
        .items.map((i: { slug: string }) => i.slug);
    expect(await suggest('holi')).toEqual(['holiday-allowance']);
    expect(await suggest('company c')).toEqual(['company-cars']);
    expect(await suggest('runing payrol')).toContain('running-payroll-each-month');
    expectProblem(await portal.client().get('/api/v1/knowledge-base/suggestions?q='), 400);
  });

  it('search page renders results server-side with the same snippets', async () => {
    const page = await portal.client().get('/help/search?q=payroll');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<mark>Payroll</mark>');
    expect(page.body).toContain('<meta name="robots" content="noindex" />');
    const hostile = await portal.client().get(`/help/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(hostile.body).not.toContain('<script>alert(1)');
    expect(hostile.body).toContain('&#60;script&#62;');
  });

  it('"was this helpful?": one vote per user or visitor cookie, changeable, with an optional comment', async () => {
    const id = (await search(owner, 'holiday'))[0]!.slug;
    const articleId = (await portal.ctx.db.query<{ id: string }>('SELECT id FROM kb_articles WHERE slug = $1', [id]))
      .rows[0]!.id;
    const url = `/api/v1/knowledge-base/articles/${articleId}/feedback`;
    const visitor = portal.client();
    expect((await visitor.post(url, { helpful: true })).json()).toEqual({ helpful: true, yes: 1, no: 0 });
    expect(visitor.cookie('portico_kb_visitor')).toBeTruthy();
    expect((await visitor.post(url, { helpful: false, comment: 'Missing the dates' })).json()).toEqual({
      helpful: false,
      yes: 0,
      no: 1,
    });
    expect((await portal.client().post(url, { helpful: false })).json()).toMatchObject({ yes: 0, no: 2 });
    // A signed-in reader whose segment has the help center (the Clients segment does not switch it on).
    const dana = await portal.signedIn('dana.diaz@customers.example');
    await dana.post(url, { helpful: true });
    expect((await dana.post(url, { helpful: true })).json()).toMatchObject({ yes: 1, no: 2 });
    const { rows } = await portal.ctx.db.query<{ comment: string | null }>(
      'SELECT comment FROM kb_feedback WHERE article_id = $1 AND comment IS NOT NULL',
      [articleId],
    );
    expect(rows.map((row) => row.comment)).toEqual(['Missing the dates']);
    // Writes need the CSRF token like any other.
    const noCsrf = portal.client();
    noCsrf.sendCsrf = false;
    expectProblem(await noCsrf.post(url, { helpful: true }), 403, 'csrf_failed');
    // Dropping the cookie to vote again and again runs into a per-address budget.
    const ip = { 'x-test-ip': '203.0.113.7' };
    for (let vote = 0; vote < 30; vote += 1)
      expect((await portal.client().post(url, { helpful: true }, ip)).statusCode).toBe(200);
    const throttled = await portal.client().post(url, { helpful: true }, ip);
    expectProblem(throttled, 429, 'rate_limited');
    expect(throttled.headers['retry-after']).toBeTruthy();
    await portal.ctx.db.query(
      "DELETE FROM kb_feedback WHERE article_id = $1 AND helpful AND voter_key LIKE 'visitor:%'",
      [articleId],
    );
  });

  it("staff analytics: top queries, queries without results, least helpful articles, readers' comments", async () => {
    const visitor = portal.client();
    for (const q of ['payroll', 'Payroll', 'payroll', 'pension scheme', 'pension scheme', 'cars'])
      await search(visitor, q);
    const analytics = await owner.get('/api/v1/knowledge-base/analytics');
    expect(analytics.statusCode).toBe(200);
    const body = analytics.json();
    expect(body.topQueries[0]).toMatchObject({ query: 'payroll' });
    expect(body.topQueries[0].searches).toBeGreaterThanOrEqual(4);
    expect(body.noResultQueries).toContainEqual({ query: 'pension scheme', searches: 2 });
    expect(body.noResultQueries.map((row: { query: string }) => row.query)).not.toContain('payroll');
    expect(body.worstArticles[0]).toMatchObject({ slug: 'holiday-allowance', yes: 1, no: 2 });
    // The reader's comment from the feedback test reaches staff, as typed.
    expect(body.recentComments).toContainEqual(
      expect.objectContaining({ slug: 'holiday-allowance', helpful: false, comment: 'Missing the dates' }),
    );
    expectProblem(await (await portal.signedIn('alice@acme.example')).get('/api/v1/knowledge-base/analytics'), 403);
  });
});
