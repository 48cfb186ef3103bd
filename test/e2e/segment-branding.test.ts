// Branding per segment: an admin sets the Clients segment's name, colours and logo while watching the preview; a
// client of that segment sees them, a customer of another segment keeps the firm's. With SCREENSHOT_DIR set, the
// pages are also captured at 1280 and 375 px, light and dark.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
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

/** The portal's applied brand colour (applyBranding sets it on the root element's inline style). */
const brandOf = async (page: Page) =>
  /--brand:\s*(#[0-9a-f]{6})/i.exec((await page.locator('html').getAttribute('style')) ?? '')?.[1] ?? null;

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
    await owner.getByTestId('portal-preview').getByText('Acme Client Space').waitFor();
    await capture(owner, 'console-segment-branding');
    await form.getByRole('button', { name: 'Save branding' }).click();
    // As text on the dark background this plum is too dark: the admin is warned and saves anyway (the portal
    // lightens brand-coloured text in dark mode).
    await owner.getByRole('alertdialog', { name: 'Save colours that fail contrast?' }).waitFor();
    await owner.getByRole('button', { name: 'Save anyway' }).click();
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
});
