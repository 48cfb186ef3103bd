import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/**
 * axe-core on every page an end-to-end test visits. `launchBrowser()` hands out a browser whose contexts are all
 * watched: each page is checked after every navigation (full loads and client-side route changes) once its DOM has
 * been quiet for a moment, and once more at the end of the test (`checkVisitedPages`, run by the e2e setup file's
 * afterEach). Serious and critical violations fail the test; tests never have to remember to call anything.
 *
 * axe-core itself is used rather than @axe-core/playwright: the latter's current release requires Node 22, and the
 * wiring we need (inject the source, run, filter by impact) is a few lines.
 */

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

const FAILING_IMPACTS = new Set(['serious', 'critical']);

export interface AxeFinding {
  url: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

interface WatchedPage {
  page: Page;
  /**
   * For a page whose context has JavaScript off (timers never fire there, so neither the settle wait nor axe can run
   * in it): a JavaScript-enabled page that renders a copy of its HTML for the check, with scripts refused.
   */
  mirror: (() => Promise<Page>) | null;
  /** Checks run one after another per page (axe refuses to run twice at once). */
  queue: Promise<void>;
}

const watched = new Set<WatchedPage>();
const findings = new Map<string, AxeFinding>();
/** Checks that failed for another reason than the page moving on (axe itself broke): reported, not hidden. */
const failures: unknown[] = [];

// The scripts below run in the page; they are strings because this project's Node typings carry no DOM.

/** Resolves when the page's DOM has seen no mutation for 300 ms, or after 5 s whatever happens. */
const WAIT_FOR_QUIET_DOM = `new Promise((resolve) => {
  const done = () => { observer.disconnect(); clearTimeout(timer); clearTimeout(giveUp); resolve(true); };
  let timer = setTimeout(done, 300);
  const giveUp = setTimeout(done, 5000);
  const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, 300); });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})`;

/** After a check, the page notes any later change of its DOM, so the end-of-test check skips unchanged pages. */
const MARK_CHECKED = `(() => {
  window.__axeChanged = false;
  window.__axeObserver?.disconnect();
  window.__axeObserver = new MutationObserver(() => { window.__axeChanged = true; });
  window.__axeObserver.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})()`;

const RUN_AXE = `window.axe.run(document, { resultTypes: ['violations'] })`;

interface AxeResultLike {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

async function runAxe({ page, mirror }: WatchedPage, onlyIfChanged: boolean): Promise<void> {
  if (page.isClosed()) return;
  try {
    if (onlyIfChanged && !mirror) {
      const changed = await page.evaluate('window.__axeChanged !== false');
      if (!changed) return;
    }
    await page.waitForLoadState('load', { timeout: 5_000 }).catch(() => undefined);
    const url = page.url();
    if (!url.startsWith('http')) return;
    let target = page;
    if (mirror) {
      const html = await page.content();
      target = await mirror();
      const base = `<base href="${url.replace(/"/g, '&quot;')}">`;
      await target.setContent(html.replace(/<head([^>]*)>/i, `<head$1>${base}`), { waitUntil: 'load' });
    } else {
      await page.evaluate(WAIT_FOR_QUIET_DOM);
    }
    // Injected through the DevTools protocol, which the pages' CSP (script-src 'self', no eval) does not govern.
    // A full navigation between injecting and running replaces the document (and its axe): inject again then.
    let result: AxeResultLike | null = null;
    for (let attempt = 0; result === null; attempt += 1) {
      if (!(await target.evaluate("typeof window.axe === 'object'"))) await target.evaluate(axeSource);
      try {
        result = (await target.evaluate(RUN_AXE)) as AxeResultLike;
      } catch (error) {
        const replaced = /reading 'run'|Execution context was destroyed|navigat/i.test(String(error));
        if (!replaced || attempt >= 2) throw error;
        await page.waitForLoadState('load', { timeout: 5_000 }).catch(() => undefined);
      }
    }
    if (!mirror) await page.evaluate(MARK_CHECKED);
    // Client-side routing may have moved on during the run: name both addresses then.
    const before = new URL(url).pathname;
    const after = page.isClosed() ? before : new URL(page.url()).pathname;
    const path = before === after ? before : `${before} (then ${after})`;
    for (const violation of result.violations) {
      if (!FAILING_IMPACTS.has(violation.impact ?? '')) continue;
      const targets = violation.nodes.map((node) => node.target.map(String).join(' '));
      findings.set(`${path} ${violation.id} ${targets.join('|')}`, {
        url: path,
        rule: violation.id,
        impact: violation.impact ?? '',
        help: violation.help,
        targets,
      });
    }
  } catch (error) {
    // The page navigated, closed or reloaded during the check: its next state is checked on its own navigation.
    if (page.isClosed()) return;
    const message = String(error);
    if (/Execution context was destroyed|Target .*closed|navigat|frame was detached/i.test(message)) return;
    throw error;
  }
}

/** A check that has not finished by then is reported rather than left to hang the test's afterEach. */
const CHECK_TIMEOUT_MS = 45_000;

function withTimeout(check: Promise<void>, page: Page): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`axe-core: the check of ${page.url()} did not finish in ${CHECK_TIMEOUT_MS} ms`)),
      CHECK_TIMEOUT_MS,
    );
  });
  return Promise.race([check, timeout]).finally(() => clearTimeout(timer));
}

function schedule(entry: WatchedPage, onlyIfChanged = false): Promise<void> {
  entry.queue = entry.queue
    .then(() => withTimeout(runAxe(entry, onlyIfChanged), entry.page))
    .catch((error: unknown) => {
      failures.push(error);
    });
  return entry.queue;
}

function watchPage(page: Page, mirror: WatchedPage['mirror'] = null) {
  const entry: WatchedPage = { page, mirror, queue: Promise.resolve() };
  watched.add(entry);
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) void schedule(entry);
  });
  page.on('close', () => watched.delete(entry));
}

function watchContext(context: BrowserContext, mirror: WatchedPage['mirror']) {
  for (const page of context.pages()) watchPage(page, mirror);
  context.on('page', (page) => watchPage(page, mirror));
}

/** One JavaScript-enabled page per script-less context, made on first use, that loads styles and images only. */
function mirrorFor(newContext: Browser['newContext'], of: BrowserContext): () => Promise<Page> {
  let page: Promise<Page> | undefined;
  return () =>
    (page ??= (async () => {
      const context = await newContext({ viewport: of.pages()[0]?.viewportSize() ?? null });
      of.on('close', () => void context.close().catch(() => undefined));
      await context.route('**/*', (route) =>
        ['stylesheet', 'image', 'font'].includes(route.request().resourceType()) ? route.continue() : route.abort(),
      );
      return context.newPage();
    })());
}

/** Makes every context (and so every page) the browser opens checked by axe. */
export function watchBrowser(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext(...args);
    watchContext(context, args[0]?.javaScriptEnabled === false ? mirrorFor(newContext, context) : null);
    return context;
  };
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (...args: Parameters<Browser['newPage']>) => {
    const page = await newPage(...args);
    if (![...watched].some((entry) => entry.page === page)) watchPage(page);
    return page;
  };
  return browser;
}

/**
 * Waits for the pending checks, checks every page still open as it is now, and returns (and forgets) the serious
 * and critical findings since the last call.
 */
export async function checkVisitedPages(): Promise<AxeFinding[]> {
  await Promise.all([...watched].map((entry) => schedule(entry, true)));
  const result = [...findings.values()];
  findings.clear();
  const failure = failures.shift();
  failures.length = 0;
  if (failure) throw failure;
  return result;
}

export function describeFindings(list: AxeFinding[]): string {
  return list
    .map(
      (finding) =>
        `${finding.url}: ${finding.rule} (${finding.impact}) ${finding.help}\n    ${finding.targets.join('\n    ')}`,
    )
    .join('\n');
}
