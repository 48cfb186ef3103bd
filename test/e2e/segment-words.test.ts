// A self-service customer reads words that fit them: never the firm's "workspace" or "Account admin".
import { describe, expect, it } from 'vitest';
import { newPage, signInAs, usePortico } from '../support/e2e.ts';

const e2e = usePortico();

/** Every page of the portal a self-service account admin can open (the ticket pages are added as found). */
const CUSTOMER_PAGES = [
  '/',
  '/tickets',
  '/tickets/new',
  '/knowledge-base',
  '/team',
  '/profile',
  '/profile/notifications',
  '/security',
  '/sessions',
  '/notifications',
  '/api-tokens',
];

describe('segment words', () => {
  it('the self-service customer never reads "workspace" or "Account admin" on the pages they visit', async () => {
    const page = await newPage(e2e.browser);
    await signInAs(page, e2e.baseUrl, 'dana.diaz@customers.example');
    const visited: { path: string; text: string }[] = [];
    const read = async (path: string) => {
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.getByText('Loading…').first().waitFor({ state: 'hidden' });
      // The whole document: headings, labels, options of selects, the title.
      visited.push({ path, text: (await page.evaluate<string>('document.documentElement.textContent')) ?? '' });
    };
    for (const path of CUSTOMER_PAGES) {
      await page.goto(`${e2e.baseUrl}${path}`);
      await read(path);
    }
    await page.goto(`${e2e.baseUrl}/tickets`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const firstTicket = page.locator('main a[href^="/tickets/"]:not([href="/tickets/new"])').first();
    if (await firstTicket.isVisible()) {
      await firstTicket.click();
      await read(new URL(page.url()).pathname);
    }

    const unfit = visited.filter(({ text }) => /workspace|account admin/i.test(text)).map(({ path }) => path);
    expect(unfit).toEqual([]);
    // What they read instead: their account, and the plain role name.
    const home = visited.find(({ path }) => path === '/')?.text ?? '';
    expect(home).toContain('Your account');
    expect(home).toMatch(/Your role\s*Admin/);
    const people = visited.find(({ path }) => path === '/team')?.text ?? '';
    expect(people).toContain('People');
    // Dana is the only member of her account: one member, not "1 members".
    expect(people).toContain('· 1 member ·');
    await page.context().close();
  });

  it('a client user still reads their firm’s words', async () => {
    const page = await newPage(e2e.browser);
    await signInAs(page, e2e.baseUrl, 'alice@acme.example');
    await page.getByRole('heading', { level: 2, name: 'Your workspace' }).waitFor();
    expect(await page.getByRole('main').textContent()).toMatch(/Your role\s*Account admin/);
    await page.context().close();
  });
});
