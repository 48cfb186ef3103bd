import type { Branding } from '../../../../contract/index.ts';
import { en } from '../../../i18n/en.ts';
import { t } from '../../../i18n/index.ts';
import { renderPage } from './layout.ts';
import { homeView } from './views.ts';

const SAMPLES = [
  ['getting-started', 'helpPreview.gettingStarted', 'helpPreview.gettingStartedText'],
  ['billing', 'helpPreview.billing', 'helpPreview.billingText'],
  ['documents', 'helpPreview.documents', 'helpPreview.documentsText'],
] as const;

/**
 * The help center's home with sample categories, for the branding preview in the console (modules/branding), in
 * the language the segment's readers get by default (its own, else the portal's): the page and its samples both.
 * `scheme: 'dark'` renders it in the dark palette, as readers whose theme is dark see it.
 */
export function renderHelpPreview(branding: Branding, baseUrl: string, language = 'en', scheme?: 'dark'): string {
  const categories = SAMPLES.map(
    ([id, name, description]) =>
      ({
        id,
        slug: id,
        name: t(name, {}, language),
        description: t(description, {}, language),
        sections: [],
      }) as unknown as Parameters<typeof homeView>[0][number],
  );
  // The firm's default title is the software's own word: shown in the preview's language, like the real page does.
  const title = branding.helpTitle === en['help.title'] ? t('help.title', {}, language) : branding.helpTitle;
  return renderPage({
    branding,
    baseUrl,
    signedIn: true,
    title,
    description: '',
    canonicalPath: null,
    body: homeView(categories, language),
    language,
    scheme,
  });
}
