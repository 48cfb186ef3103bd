import type { Branding } from '../../../../contract/index.ts';
import { html, raw, type Html } from './html.ts';

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
}

/** The colour is validated as #rrggbb by the settings contract; checked again because it lands in CSS. */
const safeColor = (color: string) => (/^#[0-9a-fA-F]{6}$/.test(color) ? color : '#2457c5');

/**
 * The help center's page shell: server-rendered, readable without JavaScript. The one script is a file from our
 * origin (CSP script-src 'self'); it adds search-as-you-type and the helpfulness buttons.
 */
export function renderPage(frame: PageFrame): string {
  const { branding } = frame;
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${frame.title} · ${branding.name}</title>
        <meta name="description" content="${frame.description}" />
        ${frame.canonicalPath === null
          ? html`<meta name="robots" content="noindex" />`
          : html`<link rel="canonical" href="${frame.baseUrl + frame.canonicalPath}" />`}
        <meta property="og:title" content="${frame.title}" />
        <meta property="og:site_name" content="${branding.name}" />
        <style>
          ${raw(styles(safeColor(branding.primaryColor)))}
        </style>
        <script src="/help/assets/help.js" defer></script>
      </head>
      <body>
        <header class="kb-header">
          <a class="kb-brand" href="/help"
            >${branding.logoUrl ? html`<img src="${branding.logoUrl}" alt="" height="32" />` : null}<span
              >${branding.name}</span
            >
            <span class="kb-muted">Help center</span></a
          >
          <nav>
            ${frame.signedIn
              ? html`<a href="/">Back to the portal</a>`
              : html`<a href="${`/sign-in?next=${encodeURIComponent(frame.canonicalPath ?? '/help')}`}">Sign in</a>`}
          </nav>
        </header>
        <div class="kb-search-bar">
          <form action="/help/search" method="get" role="search" class="kb-search">
            <label for="kb-q" class="kb-visually-hidden">Search the help center</label>
            <input
              id="kb-q"
              name="q"
              type="search"
              value="${frame.query ?? ''}"
              placeholder="Search the help center"
              autocomplete="off"
              maxlength="200"
              data-kb-suggest
            />
            <button type="submit">Search</button>
            <ul class="kb-suggestions" hidden></ul>
          </form>
        </div>
        <main class="kb-main">${frame.body}</main>
        <footer class="kb-footer">${branding.name}</footer>
      </body>
    </html> `;
  return page.html;
}

function styles(color: string) {
  return `
:root{--kb-brand:${color};}
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1d2330;background:#f7f8fa;line-height:1.55}
a{color:var(--kb-brand)}
.kb-header{display:flex;justify-content:space-between;align-items:center;padding:12px 24px;background:#fff;border-bottom:3px solid var(--kb-brand)}
.kb-brand{display:flex;gap:8px;align-items:center;text-decoration:none;font-weight:600;color:#1d2330}
.kb-muted{color:#667085;font-weight:400}
.kb-search-bar{background:var(--kb-brand);padding:28px 24px}
.kb-search{position:relative;max-width:640px;margin:0 auto;display:flex;gap:8px}
.kb-search input{flex:1;padding:10px 12px;font-size:1rem;border:0;border-radius:6px}
.kb-search button{padding:10px 16px;border:0;border-radius:6px;background:#fff;color:var(--kb-brand);font-weight:600;cursor:pointer}
.kb-suggestions{position:absolute;top:100%;left:0;right:90px;margin:4px 0 0;padding:0;list-style:none;background:#fff;border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.15);z-index:2}
.kb-suggestions a{display:block;padding:8px 12px;text-decoration:none;color:#1d2330}
.kb-suggestions a:hover,.kb-suggestions a:focus{background:#eef2f8}
.kb-main{max-width:880px;margin:0 auto;padding:24px}
.kb-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:16px;padding:0;list-style:none}
.kb-card{background:#fff;border:1px solid #e3e6eb;border-radius:8px;padding:16px}
.kb-card h2{margin:0 0 4px;font-size:1.1rem}
.kb-list{list-style:none;padding:0}
.kb-list li{padding:8px 0;border-bottom:1px solid #e9ecf1}
.kb-article{background:#fff;border:1px solid #e3e6eb;border-radius:8px;padding:24px 32px}
.kb-article img{max-width:100%}
.kb-article pre{background:#f3f4f6;padding:12px;overflow:auto}
.kb-article table{border-collapse:collapse}.kb-article td,.kb-article th{border:1px solid #d0d5dd;padding:4px 8px}
.kb-crumbs{font-size:.9rem;color:#667085}
.kb-badge{display:inline-block;padding:1px 8px;border-radius:10px;background:#fff3cd;color:#7a5b00;font-size:.8rem}
.kb-hit{padding:12px 0;border-bottom:1px solid #e9ecf1}.kb-hit p{margin:4px 0;color:#475467}
mark{background:#fff1a8;padding:0 1px}
.kb-feedback{margin-top:24px;padding-top:16px;border-top:1px solid #e9ecf1}
.kb-feedback button{margin-right:8px;padding:6px 14px;border:1px solid #d0d5dd;border-radius:6px;background:#fff;cursor:pointer}
.kb-feedback textarea{display:block;width:100%;margin:8px 0}
.kb-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.kb-footer{text-align:center;color:#667085;padding:32px;font-size:.9rem}
`;
}
