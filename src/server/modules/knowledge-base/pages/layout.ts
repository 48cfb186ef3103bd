import { darkVariantOf, type Branding } from '../../../../contract/index.ts';
import { directionOf, LANGUAGE_NAMES, SHIPPED_LANGUAGES } from '../../../../contract/languages.ts';
import { en } from '../../../i18n/en.ts';
import { t } from '../../../i18n/index.ts';
import { html, raw, type Html } from './html.ts';

const withLang = (path: string, language: string) => `${path}${path.includes('?') ? '&' : '?'}lang=${language}`;

/**
 * The language switcher; `?lang=` makes the reader's choice stick (a cookie). An article offers the languages it is
 * written in (each version's own address); every other page offers the interface's shipped languages.
 */
function languageSwitcher(frame: PageFrame): Html | null {
  const current = frame.language ?? 'en';
  const article = frame.alternates !== undefined;
  const options = article
    ? (frame.alternates ?? []).filter((alternate) => alternate.language !== (frame.contentLanguage ?? current))
    : SHIPPED_LANGUAGES.filter((language) => language !== current).map((language) => ({
        language,
        path: frame.switchPath ?? '/help',
      }));
  if (options.length === 0) return null;
  return html`<span
    class="kb-languages"
    aria-label="${t(article ? 'help.articleLanguage' : 'help.language', {}, current)}"
    >${options.map(
      (alternate) =>
        html`<a
          href="${withLang(alternate.path, alternate.language)}"
          hreflang="${alternate.language}"
          lang="${alternate.language}"
          >${LANGUAGE_NAMES[alternate.language] ?? alternate.language}</a
        > `,
    )}</span
  >`;
}

export interface PageFrame {
  branding: Branding;
  /** The configured base URL (settings, else BASE_URL): canonical links never come from the Host header. */
  baseUrl: string;
  signedIn: boolean;
  title: string;
  description: string;
  /** Path of this page's canonical URL; null for pages that should not be indexed (search, 404). */
  canonicalPath: string | null;
  query?: string;
  body: Html;
  /** The reader's interface language (`<html lang>`, `dir`, every word of the page's own). */
  language?: string;
  /** An article's own language, when the page shows one (it may differ from the interface's: a fallback). */
  contentLanguage?: string;
  /** Where the interface-language switcher links to (this page's address); defaults to the home page. */
  switchPath?: string;
  /** The same article in other languages: hreflang alternates in the head, and the language switcher. */
  alternates?: { language: string; path: string }[];
  /** 'dark': the dark palette whatever the reader's theme (the console's branding preview shows both). */
  scheme?: 'dark';
}

/** The colour is validated as #rrggbb by the settings contract; checked again because it lands in CSS. */
const safeColor = (color: string) => (/^#[0-9a-fA-F]{6}$/.test(color) ? color : '#2457c5');

/**
 * The help center's page shell: server-rendered, readable without JavaScript. The one script is a file from our
 * origin (CSP script-src 'self'); it adds search-as-you-type and the helpfulness buttons.
 */
export function renderPage(frame: PageFrame): string {
  const { branding } = frame;
  const lang = frame.language ?? 'en';
  // The firm's default title is the software's own word, not the brand's: it is shown in the reader's language.
  const helpTitle = branding.helpTitle === en['help.title'] ? t('help.title', {}, lang) : branding.helpTitle;
  const page = html`<!doctype html>
    <html lang="${lang}" dir="${directionOf(lang)}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${frame.title} · ${branding.name}</title>
        <meta name="description" content="${frame.description}" />
        ${frame.canonicalPath === null
          ? html`<meta name="robots" content="noindex" />`
          : html`<link rel="canonical" href="${frame.baseUrl + frame.canonicalPath}" />`}
        ${(frame.alternates ?? []).map(
          (alternate) =>
            html`<link rel="alternate" hreflang="${alternate.language}" href="${frame.baseUrl + alternate.path}" />`,
        )}
        <meta property="og:title" content="${frame.title}" />
        <meta property="og:site_name" content="${branding.name}" />
        ${branding.faviconUrl ? html`<link rel="icon" href="${branding.faviconUrl}" />` : null}
        <style>
          ${raw(
            styles(
              safeColor(branding.primaryColor),
              safeColor(branding.helpHeaderColor),
              safeColor(branding.primaryColorDark),
              frame.scheme,
            ),
          )}
        </style>
        <script src="/help/assets/help.js" defer></script>
      </head>
      <body>
        <header class="kb-header">
          <a class="kb-brand" href="/help"
            >${branding.logoUrl ? html`<img src="${branding.logoUrl}" alt="" height="32" />` : null}<span
              >${branding.name}</span
            >
            <span class="kb-muted">${helpTitle}</span></a
          >
          <nav>
            ${languageSwitcher(frame)}
            ${frame.signedIn
              ? html`<a href="/">${t('help.backToPortal', {}, lang)}</a>`
              : html`<a href="${`/sign-in?next=${encodeURIComponent(frame.canonicalPath ?? '/help')}`}"
                  >${t('help.signIn', {}, lang)}</a
                >`}
          </nav>
        </header>
        <div class="kb-search-bar">
          <form action="/help/search" method="get" role="search" class="kb-search">
            <label for="kb-q" class="kb-visually-hidden">${t('help.search.label', {}, lang)}</label>
            <input
              id="kb-q"
              name="q"
              type="search"
              value="${frame.query ?? ''}"
              placeholder="${t('help.search.label', {}, lang)}"
              autocomplete="off"
              maxlength="200"
              data-kb-suggest
            />
            <button type="submit">${t('help.search.button', {}, lang)}</button>
            <ul class="kb-suggestions" hidden></ul>
          </form>
        </div>
        <main class="kb-main">${frame.body}</main>
        <footer class="kb-footer">
          <span>${branding.name}</span>
          ${branding.supportEmail
            ? html` · <a href="${`mailto:${branding.supportEmail}`}">${branding.supportEmail}</a>`
            : null}
          ${branding.termsUrl
            ? html` · <a href="${branding.termsUrl}" rel="noopener">${t('help.footer.terms', {}, lang)}</a>`
            : null}
          ${branding.privacyUrl
            ? html` · <a href="${branding.privacyUrl}" rel="noopener">${t('help.footer.privacy', {}, lang)}</a>`
            : null}
        </footer>
      </body>
    </html> `;
  return page.html;
}

/**
 * The help center's CSS. Colours are custom properties so one `prefers-color-scheme: dark` block switches the page
 * (same palette as the web app's base.css). The header colour stays the search bar's background in both schemes; in
 * dark mode the brand is the branding's dark-mode primary, and as link text it is made readable on the dark
 * background (a chosen dark colour may fail AA; darkVariantOf returns a passing one unchanged).
 */
function styles(color: string, header: string, dark: string, scheme?: 'dark') {
  const darkLink = darkVariantOf(dark);
  // Dark mode's palette; `scheme: 'dark'` applies it whatever the viewer's theme (the console's dark preview).
  const darkVars = `--kb-bg:#111318;--kb-surface:#1b1e25;--kb-surface-2:#252932;--kb-text:#eceef2;--kb-muted:#a9b0bd;--kb-border:#3b414d;--kb-rule:#2f343e;--kb-control-border:#4a515e;--kb-hover:#252932;--kb-brand:${dark};--kb-link:${darkLink};--kb-mark:#5c4d00;--kb-badge-bg:#352a10;--kb-badge-text:#ffd27a;--kb-quote-bar:var(--kb-link)`;
  return `
:root{color-scheme:light dark;--kb-brand:${color};--kb-header:${header};--kb-bg:#f7f8fa;--kb-surface:#fff;--kb-surface-2:#f3f4f6;--kb-text:#1d2330;--kb-muted:#5d6676;--kb-border:#e3e6eb;--kb-rule:#e9ecf1;--kb-control-border:#d0d5dd;--kb-hover:#eef2f8;--kb-link:var(--kb-brand);--kb-mark:#fff1a8;--kb-badge-bg:#fff3cd;--kb-badge-text:#7a5b00;--kb-quote-bar:var(--kb-brand)}
${scheme === 'dark' ? `:root{color-scheme:dark;${darkVars}}` : `@media (prefers-color-scheme:dark){:root{${darkVars}}}`}
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:var(--kb-text);background:var(--kb-bg);line-height:1.55}
a{color:var(--kb-link)}
.kb-header{display:flex;justify-content:space-between;align-items:center;gap:12px;padding:12px 24px;background:var(--kb-surface);border-bottom:3px solid var(--kb-brand)}
.kb-brand{display:flex;gap:8px;align-items:center;text-decoration:none;font-weight:600;color:var(--kb-text)}
.kb-muted{color:var(--kb-muted);font-weight:400}
.kb-header nav a{white-space:nowrap}
.kb-search-bar{background:var(--kb-header);padding:28px 24px}
.kb-search{position:relative;max-width:640px;margin:0 auto;display:flex;gap:8px}
.kb-search input{flex:1;min-width:0;padding:10px 12px;font-size:1rem;border:0;border-radius:6px;background:var(--kb-surface);color:var(--kb-text)}
.kb-search button{padding:10px 16px;border:0;border-radius:6px;background:var(--kb-surface);color:var(--kb-link);font-weight:600;cursor:pointer}
.kb-suggestions{position:absolute;top:100%;inset-inline:0 90px;margin:4px 0 0;padding:0;list-style:none;background:var(--kb-surface);border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.15);z-index:2}
.kb-suggestions a{display:block;padding:8px 12px;text-decoration:none;color:var(--kb-text)}
.kb-suggestions a:hover,.kb-suggestions a:focus{background:var(--kb-hover)}
.kb-main{max-width:880px;margin:0 auto;padding:24px}
.kb-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:16px;padding:0;list-style:none}
.kb-card{background:var(--kb-surface);border:1px solid var(--kb-border);border-radius:8px;padding:16px}
.kb-card h2{margin:0 0 4px;font-size:1.1rem}
.kb-list{list-style:none;padding:0}
.kb-list li{padding:8px 0;border-bottom:1px solid var(--kb-rule)}
.kb-article{background:var(--kb-surface);border:1px solid var(--kb-border);border-radius:8px;padding:24px 32px;overflow-wrap:anywhere}
@media (max-width:600px){.kb-main{padding:16px}.kb-article{padding:16px}.kb-header{padding:12px 16px}.kb-search-bar{padding:20px 16px}}
.kb-article img{max-width:100%}
.kb-article pre{background:var(--kb-surface-2);padding:12px;overflow:auto}
.kb-article code{background:var(--kb-surface-2);padding:0 .25em;border-radius:3px}
.kb-article pre code{padding:0}
.kb-article blockquote{margin:16px 0;padding:8px 16px;border-inline-start:4px solid var(--kb-quote-bar);background:var(--kb-surface-2);color:var(--kb-text);border-start-end-radius:6px;border-end-end-radius:6px}
.kb-article blockquote>:first-child{margin-top:0}.kb-article blockquote>:last-child{margin-bottom:0}
.kb-article table{border-collapse:collapse}.kb-article td,.kb-article th{border:1px solid var(--kb-control-border);padding:4px 8px}
.kb-crumbs{font-size:.9rem;color:var(--kb-muted)}
.kb-notice{padding:.5rem .75rem;border-inline-start:4px solid var(--kb-primary, currentColor);background:rgba(127,127,127,.12)}
.kb-languages a{margin-inline-end:.5rem}
.kb-badge{display:inline-block;padding:1px 8px;border-radius:10px;background:var(--kb-badge-bg);color:var(--kb-badge-text);font-size:.8rem}
.kb-hit{padding:12px 0;border-bottom:1px solid var(--kb-rule)}.kb-hit p{margin:4px 0;color:var(--kb-muted)}
mark{background:var(--kb-mark);color:inherit;padding:0 1px}
.kb-feedback{margin-top:24px;padding-top:16px;border-top:1px solid var(--kb-rule)}
.kb-feedback button{margin-inline-end:8px;padding:6px 14px;border:1px solid var(--kb-control-border);border-radius:6px;background:var(--kb-surface);color:var(--kb-text);cursor:pointer}
.kb-feedback textarea{display:block;width:100%;margin:8px 0;background:var(--kb-surface);color:var(--kb-text);border:1px solid var(--kb-control-border)}
.kb-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.kb-pages{margin-top:16px;display:flex;flex-wrap:wrap;gap:12px 24px}.kb-pages a[rel=next]{margin-inline-start:auto}
.kb-footer{text-align:center;color:var(--kb-muted);padding:32px;font-size:.9rem}
`;
}
