import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { watchBrowser } from './axe.ts';

export const DEMO_PASSWORD = 'northwind-demo-2026';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface RunningPortico {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the real server (`src/server/main.ts`) on a fresh embedded database with the demo seeded.
 * `hostname: 'localhost'`: the browser addresses it by name (WebAuthn refuses an IP address as the RP ID).
 */
export async function startPortico(
  env: Record<string, string> = {},
  options: { hostname?: 'localhost' | '127.0.0.1' } = {},
): Promise<RunningPortico> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'portico-e2e-'));
  // scripts/e2e.mjs prepares a migrated data directory with the demo loaded, and compiles the server.
  const template = process.env.PORTICO_E2E_DATA_TEMPLATE;
  if (template && !env.DATABASE_URL) cpSync(template, dataDir, { recursive: true });
  const entry = template ? ['dist/bundle/main.js'] : ['--import', 'tsx', 'src/server/main.ts'];
  const baseUrl = `http://${options.hostname ?? '127.0.0.1'}:${port}`;
  const child: ChildProcess = spawn(process.execPath, entry, {
    // A clean environment: vitest puts Vite's BASE_URL=/ into process.env.
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      BASE_URL: baseUrl,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const onData = () => {
      if (output.includes('Portico is running')) resolve();
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Portico exited with ${code}:\n${output}`)));
  });
  return {
    baseUrl,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Every page of this browser is checked by axe-core (see `./axe.ts`; the e2e setup file fails the test).
 * `hostResolverRules` (e.g. `MAP clients.example 127.0.0.1`) resolves made-up domains to the local server, so a test
 * reaches one Portico through several host names (custom domains). `secureOrigins` (e.g. `http://clients.example:4001`)
 * are treated as secure contexts, as they would be behind TLS: WebAuthn runs only in one.
 */
export async function launchBrowser(
  options: { hostResolverRules?: string; secureOrigins?: string[] } = {},
): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.hostResolverRules ? [`--host-resolver-rules=${options.hostResolverRules}`] : []),
      ...(options.secureOrigins?.length
        ? [`--unsafely-treat-insecure-origin-as-secure=${options.secureOrigins.join(',')}`]
        : []),
    ],
  });
  return watchBrowser(browser);
}

export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** A fresh browser context (its own cookies) and a page in it: one per person in a test. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** Signs in and waits for the landing page: the console home (what is waiting) for staff, the portal home for others. */
export async function signInAs(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD) {
  await signIn(page, baseUrl, email, password);
  await page.getByRole('heading', { level: 1, name: /^(Waiting on us|Welcome, .+)$/ }).waitFor();
}

/**
 * As a staff admin: opens (unless already there) the console's mail outbox, then the newest mail sent to `to` whose
 * subject contains `subject` (pressing Refresh until it arrives: some mail is sent in the background) and returns the
 * link in its text body.
 */
export async function emailedLink(page: Page, baseUrl: string, to: string, subject: string): Promise<string> {
  if (new URL(page.url()).pathname !== '/console/mail') await page.goto(`${baseUrl}/console/mail`);
  await page.getByRole('heading', { level: 1, name: 'Mail outbox' }).waitFor();
  const row = page.getByRole('row').filter({ hasText: to }).filter({ hasText: subject }).first();
  const deadline = Date.now() + 60_000;
  while (!(await row.isVisible())) {
    if (Date.now() > deadline) throw new Error(`No mail to ${to} about "${subject}" in the outbox`);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await row.waitFor({ timeout: 500 }).catch(() => undefined);
  }
  await row.getByRole('link').click();
  const link = page.getByTestId('mail-text').getByRole('link').first();
  const href = await link.getAttribute('href');
  if (!href) throw new Error('The mail has no link');
  return href;
}

/** The id of a named account, read through the API with the page's session (a staff member's). */
export async function accountIdByName(page: Page, name: string): Promise<string> {
  const id = await page.evaluate(async (accountName) => {
    const response = await fetch(`/api/v1/accounts?q=${encodeURIComponent(accountName)}&limit=50`);
    const body = (await response.json()) as { items: { id: string; name: string }[] };
    return body.items.find((account) => account.name === accountName)?.id ?? null;
  }, name);
  if (!id) throw new Error(`No account named ${name}`);
  return id;
}

/**
 * One server and one browser for a test file, started before its tests and stopped after them.
 * Read `baseUrl` and `browser` inside tests (they exist once beforeAll has run).
 */
export function usePortico(env: Record<string, string> = {}, options: Parameters<typeof startPortico>[1] = {}) {
  let portico: RunningPortico | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [portico, browser] = await Promise.all([startPortico(env, options), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await portico?.stop();
  });
  return {
    get baseUrl() {
      if (!portico) throw new Error('usePortico: the server is not started yet');
      return portico.baseUrl;
    },
    get browser() {
      if (!browser) throw new Error('usePortico: the browser is not started yet');
      return browser;
    },
  };
}

/** A signed-in page of its own (a browser context per person, en-US). */
export async function pageAs(portico: { browser: Browser; baseUrl: string }, email: string): Promise<Page> {
  const context = await portico.browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const page = await context.newPage();
  await signInAs(page, portico.baseUrl, email);
  return page;
}

/** With SCREENSHOT_DIR set: the page at 1280 and 375 px, light and dark (then back to 1280, light). */
export async function captureScreens(page: Page, name: string) {
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

/**
 * The number of the n-th invoice a test sends this year on the demo: the demo has sent five before it (Acme
 * Manufacturing's INV-…-0001, then Paula Price's four premiums), so the first is INV-<year>-0006.
 */
export const sentInvoiceNumber = (n = 1) => `INV-${new Date().getUTCFullYear()}-${String(5 + n).padStart(4, '0')}`;
