// Branding per segment: an admin sets the Clients segment's name, colours and logo while watching the preview; a
// client of that segment sees them, a customer of another segment keeps the firm's. Then a dark-mode primary for the
// segment, which its client sees when their theme is dark. With SCREENSHOT_DIR set, the pages are also captured at
// 1280 and 375 px, light and dark.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { darkVariantOf } from '../../src/contract/index.ts';
import { signInAs, usePortico } from '../support/e2e.ts';

const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});

async function personPage(email: string): Promise<Page> {
  const context = await portico.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await signInAs(page, portico.baseUrl, email);
  return page;
}

async function capture(page: Page, name: string) {
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
 * The brand colour the page is painted with in its current scheme: `--brand` as computed on the root (base.css
 * points it at the light or dark set applyBranding sets inline).
 */
const brandOf = async (page: Page) =>
  (await page.evaluate(() => {
    const dom = globalThis as unknown as Dom;
    return dom.getComputedStyle(dom.document.documentElement).getPropertyValue('--brand').trim();
  })) || null;

/** The browser's DOM, typed here (these Node typings carry none); evaluated functions reach it through globalThis. */
type Dom = {
  document: { documentElement: unknown };
  getComputedStyle: (element: unknown) => {
    backgroundColor: string;
    color: string;
    getPropertyValue: (name: string) => string;
  };
};

/** A computed colour of an element, as `rgb(r, g, b)`. */
const styleOf = (locator: Locator, property: 'backgroundColor' | 'color') =>
  locator.evaluate((element, key) => (globalThis as unknown as Dom).getComputedStyle(element)[key], property);

/** A context whose theme is dark, as a person whose device is in dark mode. */
async function darkPersonPage(email: string): Promise<Page> {
  const context = await portico.browser.newContext({ locale: 'en-US', colorScheme: 'dark' });
  const page = await context.newPage();
  await signInAs(page, portico.baseUrl, email);
  return page;
}

describe('branding per segment', () => {
  it('an admin brands a segment with the preview; its client sees it, another segment’s customer does not', async () => {
    const logo = join(mkdtempSync(join(tmpdir(), 'portico-logo-')), 'logo.png');
    writeFileSync(
      logo,
      await sharp({ create: { width: 240, height: 60, channels: 3, background: '#7a1f5c' } })
        .png()
        .toBuffer(),
    );

    const owner = await personPage('owner@northwind.example');
    await owner.goto(`${portico.baseUrl}/console/segments`);
    await owner.getByRole('link', { name: 'Clients', exact: true }).click();
    const form = owner.getByRole('form', { name: 'Branding' });
    await form.getByLabel('Portal name').fill('Acme Client Space');
    // A pale yellow fails AA on light backgrounds: the form says so before anything is saved.
    await form.getByLabel('Primary colour (hex)').fill('#ffd400');
    await owner
      .getByTestId('primaryColor-contrast')
      .getByText(/fails AA contrast on light backgrounds/)
      .waitFor();
    await form.getByLabel('Primary colour (hex)').fill('#7a1f5c');
    await form.getByLabel('Accent colour (hex)').fill('#0b6e4f');
    // The preview follows the unsaved values: the email is rendered by the server's own layout.
    const email = owner.frameLocator('[data-testid="email-preview"]');
    await email.getByText('Acme Client Space').first().waitFor();
    await owner.getByTestId('portal-preview-light').getByText('Acme Client Space').waitFor();
    await capture(owner, 'console-segment-branding');
    // Too dark for dark backgrounds, but dark mode gets a lighter variant of it: no warning, saved at once.
    await form.getByRole('button', { name: 'Save branding' }).click();
    await owner.getByText('Branding saved').waitFor();

    await owner.getByLabel('Logo', { exact: true }).setInputFiles(logo);
    await owner.getByRole('button', { name: 'Upload logo' }).click();
    await owner.getByText('Image uploaded').waitFor();
    await owner.getByRole('img', { name: 'Logo' }).waitFor();

    // A colour that fails AA asks before saving; cancelling saves nothing.
    await owner.getByRole('form', { name: 'Branding' }).getByLabel('Accent colour (hex)').fill('#ffd400');
    await owner.getByRole('form', { name: 'Branding' }).getByRole('button', { name: 'Save branding' }).click();
    await owner.getByRole('alertdialog', { name: 'Save colours that fail contrast?' }).waitFor();
    await owner.getByRole('button', { name: 'Cancel' }).click();
    const saved = await owner.evaluate(async () => {
      const segments = (await (await fetch('/api/v1/segments')).json()) as { items: { id: string; name: string }[] };
      const clients = segments.items.find((segment) => segment.name === 'Clients')!;
      return (await (await fetch(`/api/v1/segments/${clients.id}/branding`)).json()) as { accentColor: string };
    });
    expect(saved.accentColor).toBe('#0b6e4f');
    // The console keeps the firm's branding.
    expect(await brandOf(owner)).toBe('#1f5f8b');
    // Saving the segment's default language (its form above) shows the preview in that language, with no reload.
    const helpPreview = owner.frameLocator('iframe[title="Help center page preview"]');
    await helpPreview.getByRole('heading', { level: 1, name: 'How can we help?' }).waitFor();
    await owner.getByLabel('Default language').selectOption('de');
    await owner.getByRole('button', { name: 'Save', exact: true }).first().click();
    await helpPreview.getByRole('heading', { level: 1, name: 'Wie können wir helfen?' }).waitFor();
    await owner.getByLabel('Default language').selectOption('');
    await owner.getByRole('button', { name: 'Save', exact: true }).first().click();
    await helpPreview.getByRole('heading', { level: 1, name: 'How can we help?' }).waitFor();

    const alice = await personPage('alice@acme.example');
    await alice.getByText('Acme Client Space').first().waitFor();
    expect(await brandOf(alice)).toBe('#7a1f5c');
    expect(await alice.locator('img.brand-logo').getAttribute('src')).toMatch(/^\/branding\/segment-logo\?segment=/);
    await capture(alice, 'portal-segment-branding');

    const dana = await personPage('dana.diaz@customers.example');
    expect(await brandOf(dana)).toBe('#1f5f8b');
    expect(await dana.getByText('Acme Client Space').count()).toBe(0);
    expect(await dana.locator('img.brand-logo').count()).toBe(0);
  });

  it('a dark primary chosen for a segment paints its portal when the viewer’s theme is dark', async () => {
    const owner = await personPage('owner@northwind.example');
    await owner.goto(`${portico.baseUrl}/console/segments`);
    await owner.getByRole('link', { name: 'Clients', exact: true }).click();
    const form = owner.getByRole('form', { name: 'Branding' });
    const darkPrimary = form.getByLabel('Primary colour in dark mode (hex)');
    // Empty, it says which colour dark mode gets: the plum lightened until it reads on dark backgrounds.
    await form.getByText(`If empty: ${darkVariantOf('#7a1f5c')} (automatic)`).waitFor();
    // A dark colour that is too dark for dark backgrounds is flagged as typed, and asks before saving.
    await darkPrimary.fill('#202020');
    await owner
      .getByTestId('primaryColorDark-contrast')
      .getByText(/fails AA contrast on dark backgrounds/)
      .waitFor();
    await form.getByRole('button', { name: 'Save branding' }).click();
    const dialog = owner.getByRole('alertdialog', { name: 'Save colours that fail contrast?' });
    await dialog.getByText(/Primary colour in dark mode fails AA contrast on dark backgrounds/).waitFor();
    await owner.getByRole('button', { name: 'Cancel' }).click();
    await darkPrimary.fill('#f0a0d0');
    await owner
      .getByTestId('primaryColorDark-contrast')
      .getByText(/on dark backgrounds \(AA needs/)
      .waitFor();
    // The preview shows the portal in both schemes: the dark one's button takes the dark primary.
    const previewButton = (scheme: string) =>
      owner.getByTestId(`portal-preview-${scheme}`).locator('.portal-preview__button');
    await expect
      .poll(() => styleOf(previewButton('dark'), 'backgroundColor'), {
        timeout: 10_000,
      })
      .toBe('rgb(240, 160, 208)');
    expect(await styleOf(previewButton('light'), 'backgroundColor')).toBe('rgb(122, 31, 92)');
    await owner.frameLocator('iframe[title="Help center page preview, dark mode"]').locator('body').waitFor();
    await capture(owner, 'console-segment-branding-dark');
    await form.getByRole('button', { name: 'Save branding' }).click();
    await owner.getByText('Branding saved').waitFor();

    // Alice (Clients) with a dark theme: the dark primary paints the portal, its buttons included.
    const alice = await darkPersonPage('alice@acme.example');
    await alice.goto(`${portico.baseUrl}/messages`);
    const button = alice.getByRole('link', { name: 'New conversation' });
    await button.waitFor();
    await expect.poll(() => brandOf(alice), { timeout: 10_000 }).toBe('#f0a0d0');
    expect(await styleOf(button, 'backgroundColor')).toBe('rgb(240, 160, 208)');
    // Text on that light pink is black, which reads on it.
    expect(await styleOf(button, 'color')).toBe('rgb(0, 0, 0)');
    await capture(alice, 'portal-segment-branding-dark');
    // The same person with a light theme gets the light primary.
    await alice.emulateMedia({ colorScheme: 'light' });
    expect(await brandOf(alice)).toBe('#7a1f5c');
    expect(await styleOf(button, 'backgroundColor')).toBe('rgb(122, 31, 92)');

    // Another segment's customer in dark mode: the firm's primary, made readable on dark.
    const dana = await darkPersonPage('dana.diaz@customers.example');
    await dana.goto(`${portico.baseUrl}/`);
    await expect.poll(() => brandOf(dana), { timeout: 10_000 }).toBe(darkVariantOf('#1f5f8b'));
  });
});
