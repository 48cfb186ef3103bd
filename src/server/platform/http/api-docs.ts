import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { access } from './access.ts';

/**
 * The API reference at /api/docs: Swagger UI (swagger-ui-dist, maintained by the OpenAPI tooling's authors) rendered
 * from our own OpenAPI document, with try-it, request snippets (curl) and the two auth schemes. Scalar, named in the
 * issue, needs Node 22 from 1.47 on, and its last Node 20 release pulls 277 packages (some Node-22-only) for one
 * page; swagger-ui-dist is one prebuilt bundle with no runtime dependencies. Every file is served from our origin,
 * so the portal's CSP (`script-src 'self'`, no inline code) holds on this page too: nothing loads from elsewhere.
 */
const require = createRequire(import.meta.url);
const distDir = dirname(require.resolve('swagger-ui-dist/package.json'));
const distVersion = (JSON.parse(readFileSync(join(distDir, 'package.json'), 'utf8')) as { version: string }).version;

/** The only files of the package the page uses: a fixed list, so the route can never serve another path. */
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};
const ASSET_BASE = `/api/docs/assets/${distVersion}`;

/**
 * Starts Swagger UI on the page. A separate file, not an inline script, so the CSP stays strict. Try-it with a
 * cookie session needs the CSRF token on writes: the interceptor asks /api/v1/session for it (bearer tokens need
 * none, and get none). Credentials never persist in the browser's storage.
 */
/**
 * Our adjustments to the renderer's light theme: its stock badge and link colours miss WCAG AA contrast (axe
 * flags them). Syntax highlighting is off for the same reason (its colours are inline styles), and response bodies
 * grow instead of scrolling (a scrolling block needs keyboard focus the renderer does not give it).
 */
const THEME_CSS = `body{margin:0}
html:not(.dark-mode) .swagger-ui .info .title small pre{background:#1a6e3b;color:#fff}
html:not(.dark-mode) .swagger-ui .info .title small{background:#4b5563}
html:not(.dark-mode) .swagger-ui .info a.link,html:not(.dark-mode) .swagger-ui .info .url{color:#1d4ed8}
html:not(.dark-mode) .swagger-ui .opblock.opblock-get .opblock-summary-method{background:#1f5fb8}
html:not(.dark-mode) .swagger-ui .opblock.opblock-post .opblock-summary-method{background:#1a6e3b}
html:not(.dark-mode) .swagger-ui .opblock.opblock-put .opblock-summary-method{background:#8a5a00}
html:not(.dark-mode) .swagger-ui .opblock.opblock-patch .opblock-summary-method{background:#0f6b5c}
html:not(.dark-mode) .swagger-ui .opblock.opblock-delete .opblock-summary-method{background:#a12b2b}
html:not(.dark-mode) .swagger-ui .opblock .opblock-summary-method{text-shadow:none}
html:not(.dark-mode) .swagger-ui .btn.authorize{color:#1a6e3b;border-color:#1a6e3b}
html:not(.dark-mode) .swagger-ui .btn.authorize svg{color:#1a6e3b}
html:not(.dark-mode) .swagger-ui .btn.execute{background-color:#1f5fb8;border-color:#1f5fb8}
html:not(.dark-mode) .swagger-ui .btn.cancel{color:#a12b2b;border-color:#a12b2b}
html:not(.dark-mode) .swagger-ui .download-contents{background:#4b5563}
.swagger-ui .opblock-body pre.microlight,.swagger-ui .opblock-body pre.microlight *{color:#fff!important}
.swagger-ui .highlight-code>.microlight{max-height:none;overflow-y:visible}
html.dark-mode{background:#1b1b1b}
`;

const INIT_SCRIPT = `'use strict';
(function () {
  var csrf = null;
  function token() {
    if (csrf) return Promise.resolve(csrf);
    return fetch('/api/v1/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : {}; })
      .then(function (s) { csrf = s.csrfToken || null; return csrf; });
  }
  // The renderer has its own dark theme under html.dark-mode: follow the reader's preference like the portal.
  var dark = window.matchMedia('(prefers-color-scheme: dark)');
  function follow() { document.documentElement.classList.toggle('dark-mode', dark.matches); }
  follow();
  dark.addEventListener('change', follow);
  window.SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#api-reference',
    // Deep links put an anchor inside each operation's toggle button (nested controls, which screen readers
    // cannot announce); operations start collapsed under their tags, with a filter, since the contract is large.
    deepLinking: false,
    docExpansion: 'none',
    filter: true,
    requestSnippetsEnabled: true,
    persistAuthorization: false,
    withCredentials: true,
    validatorUrl: null,
    syntaxHighlight: false,
    requestInterceptor: function (request) {
      var method = (request.method || 'GET').toUpperCase();
      var headers = request.headers || {};
      if (method === 'GET' || headers.Authorization || headers.authorization) return request;
      return token().then(function (value) {
        if (value) headers['X-CSRF-Token'] = value;
        request.headers = headers;
        return request;
      });
    },
  });
})();
`;

function page(title: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer"><title>${title} API reference</title>
<link rel="stylesheet" href="${ASSET_BASE}/swagger-ui.css"><link rel="stylesheet" href="/api/docs/theme.css"></head><body>
<main id="api-reference" aria-label="${title} API reference"></main>
<noscript><p>The interactive reference needs JavaScript. The contract itself is <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p></noscript>
<script src="${ASSET_BASE}/swagger-ui-bundle.js"></script><script src="/api/docs/init.js"></script></body></html>`;
}

export function registerApiDocs(app: FastifyInstance) {
  app.get(
    '/api/openapi.json',
    { config: { access: access.public('the API contract is public documentation') }, schema: { hide: true } },
    () => app.swagger(),
  );
  app.get(
    '/api/docs',
    { config: { access: access.public('the API reference is public documentation') }, schema: { hide: true } },
    (_request, reply) => reply.type('text/html; charset=utf-8').send(page('Portico')),
  );
  app.get(
    '/api/docs/init.js',
    { config: { access: access.public('the API reference is public documentation') }, schema: { hide: true } },
    (_request, reply) => reply.type('text/javascript; charset=utf-8').send(INIT_SCRIPT),
  );
  app.get(
    '/api/docs/theme.css',
    { config: { access: access.public('the API reference is public documentation') }, schema: { hide: true } },
    (_request, reply) => reply.type('text/css; charset=utf-8').send(THEME_CSS),
  );
  const files = new Map<string, Buffer>();
  app.get<{ Params: { version: string; file: string } }>(
    '/api/docs/assets/:version/:file',
    { config: { access: access.public('the API reference is public documentation') }, schema: { hide: true } },
    (request, reply) => {
      const { version, file } = request.params;
      const type = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
      if (version !== distVersion || type === undefined) return reply.callNotFound();
      let body = files.get(file);
      if (!body) {
        body = readFileSync(join(distDir, file));
        files.set(file, body);
      }
      // The version is in the URL, so a copy never goes stale.
      return reply.type(type).header('cache-control', 'public, max-age=31536000, immutable').send(body);
    },
  );
}
