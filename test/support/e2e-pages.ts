// Page helpers shared by e2e tests: a signed-in person in a browser context of their own, and the screenshots of
// a page at 1280 and 375 px, light and dark (only with SCREENSHOT_DIR set).
import type { Browser, Page } from 'playwright-core';
import { signInAs } from './e2e.ts';

/** A person signed in, in a context of their own (own cookies), with an en-US locale. */
export async function personPage(portico: { browser: Browser; baseUrl: string }, email: string): Promise<Page> {
  const context = await portico.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await signInAs(page, portico.baseUrl, email);
  return page;
}

/** Screenshots of the page at 1280 and 375 px, light and dark, into SCREENSHOT_DIR (nothing when unset). */
export async function capture(page: Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  for (const scheme of ['light', 'dark'] as const)
    for (const width of [1280, 375]) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${dir}/${name}-${width}-${scheme}.png`, fullPage: true });
    }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
}
