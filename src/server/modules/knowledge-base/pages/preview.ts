import type { Branding } from '../../../../contract/index.ts';
import { renderPage } from './layout.ts';
import { homeView } from './views.ts';

/** The help center's home with sample categories, for the branding preview in the console (modules/branding). */
export function renderHelpPreview(branding: Branding, baseUrl: string): string {
  const sample = (id: string, name: string, description: string) =>
    ({ id, slug: id, name, description, sections: [] }) as unknown as Parameters<typeof homeView>[0][number];
  return renderPage({
    branding,
    baseUrl,
    signedIn: true,
    title: branding.helpTitle,
    description: '',
    canonicalPath: null,
    body: homeView([
      sample('getting-started', 'Getting started', 'Sign in, find your way around, invite your team.'),
      sample('billing', 'Billing', 'Invoices, payments and receipts.'),
      sample('documents', 'Documents', 'Sharing and requesting files.'),
    ]),
  });
}
