import type { FastifyInstance } from 'fastify';
import { access } from './access.ts';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

interface Operation {
  summary?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

/** A reference page rendered on the server from the OpenAPI document: no script, so it passes our CSP. */
function renderDocs(spec: {
  info: { title: string; version: string };
  paths?: Record<string, Record<string, Operation>>;
}) {
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(spec.paths ?? {})) {
    for (const [method, operation] of Object.entries(methods)) {
      const tag = operation.tags?.[0] ?? 'other';
      const params = (operation.parameters ?? [])
        .map(
          (p) => `<li><code>${escapeHtml(p.name)}</code> (${escapeHtml(p.in)}${p.required ? ', required' : ''})</li>`,
        )
        .join('');
      const body = operation.requestBody?.content?.['application/json']?.schema;
      const okCode = Object.keys(operation.responses ?? {}).find((code) => code.startsWith('2'));
      const response = okCode ? operation.responses?.[okCode]?.content?.['application/json']?.schema : undefined;
      const html = `<section class="op"><h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(operation.summary ?? '')}</p>${params ? `<h4>Parameters</h4><ul>${params}</ul>` : ''}
${body ? `<details><summary>Request body</summary><pre>${escapeHtml(JSON.stringify(body, null, 2))}</pre></details>` : ''}
${response ? `<details><summary>Response ${okCode}</summary><pre>${escapeHtml(JSON.stringify(response, null, 2))}</pre></details>` : ''}</section>`;
      byTag.set(tag, [...(byTag.get(tag) ?? []), html]);
    }
  }
  const sections = [...byTag.entries()]
    .map(([tag, ops]) => `<h2 id="${escapeHtml(tag)}">${escapeHtml(tag)}</h2>${ops.join('\n')}`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(spec.info.title)} API reference</title><style>
body{font-family:system-ui,sans-serif;max-width:960px;margin:auto;padding:1rem;line-height:1.5;color:#1d2330;background:#fff}
@media (prefers-color-scheme:dark){body{color:#e6e8ee;background:#12151c}pre{background:#1d2230!important}}
.op{border-top:1px solid #8884;padding:.5rem 0}.m{font-weight:700;padding:0 .4rem;border-radius:4px;color:#fff;background:#555}
.m.get{background:#1a6e3b}.m.post{background:#2457c5}.m.patch,.m.put{background:#8a5a00}.m.delete{background:#a12b2b}
pre{background:#f3f4f6;padding:.75rem;overflow:auto;border-radius:6px;font-size:.85rem}</style></head><body>
<h1>${escapeHtml(spec.info.title)} API ${escapeHtml(spec.info.version)}</h1>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Conventions: cursor pagination (<code>limit</code>, <code>cursor</code>, <code>nextCursor</code>), errors as <code>application/problem+json</code>, writes need the <code>X-CSRF-Token</code> header with cookie sessions, <code>Idempotency-Key</code> on creating POSTs, <code>If-Match</code> with an object's version on edits.</p>
<nav><ul>${[...byTag.keys()].map((tag) => `<li><a href="#${escapeHtml(tag)}">${escapeHtml(tag)}</a></li>`).join('')}</ul></nav>${sections}</body></html>`;
}

export function registerApiDocs(app: FastifyInstance) {
  app.get(
    '/api/openapi.json',
    { config: { access: access.public('the API contract is public documentation') }, schema: { hide: true } },
    () => app.swagger(),
  );
  let page: string | undefined;
  app.get(
    '/api/docs',
    { config: { access: access.public('the API reference is public documentation') }, schema: { hide: true } },
    (_request, reply) => {
      page ??= renderDocs(app.swagger() as Parameters<typeof renderDocs>[0]);
      return reply.type('text/html; charset=utf-8').send(page);
    },
  );
}
