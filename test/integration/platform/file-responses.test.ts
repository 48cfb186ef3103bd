// Every route that serves stored bytes keeps the file sandbox CSP (the app's own policy must not replace it), and
// never hands the browser an active type the uploader declared (HTML, SVG, XML): such files go out as
// application/octet-stream. The walk fails when a new file route appears without being visited here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { dataExportIdOf } from '../account-rights/cross-account-cases.ts';
import { returnIds } from '../returns/cross-account-cases.ts';
import { enableReturns } from '../returns/support.ts';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const HTML = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

describe('responses that carry stored bytes', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let acme: string;
  const visited = new Set<string>();
  const served: { route: string; url: string; csp: string; type: string; status: number }[] = [];

  async function fetchFile(route: string, url: string) {
    const response = await owner.get(url);
    visited.add(route);
    served.push({
      route,
      url,
      status: response.statusCode,
      csp: String(response.headers['content-security-policy'] ?? ''),
      type: String(response.headers['content-type'] ?? ''),
    });
    expect(response.statusCode, `${url}: ${response.body.slice(0, 200)}`).toBe(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    return response;
  }

  const upload = async (name: string, bytes: Buffer, type: string) => {
    const response = await owner.request(
      'POST',
      `/api/v1/accounts/${acme}/documents?name=${encodeURIComponent(name)}`,
      bytes,
      { 'content-type': type },
    );
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as { document: { id: string; folderId: string | null } }).document;
  };

  beforeAll(async () => {
    portal = await startPortal({ DOCUMENTS_JOB_INTERVAL_SECONDS: '0' });
    owner = await portal.signedIn('owner@northwind.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');

    const html = await upload('page.html', HTML, 'text/html');
    const svg = await upload('drawing.svg', SVG, 'image/svg+xml');
    const png = await upload('pixel.png', PNG, 'image/png');
    await portal.ctx.background.idle();
    await fetchFile('GET /api/v1/documents/:documentId/download', `/api/v1/documents/${html.id}/download`);
    await fetchFile('GET /api/v1/documents/:documentId/download', `/api/v1/documents/${svg.id}/download`);
    await fetchFile('GET /api/v1/documents/:documentId/preview', `/api/v1/documents/${png.id}/preview`);
    await fetchFile('GET /api/v1/documents/:documentId/thumbnail', `/api/v1/documents/${png.id}/thumbnail`);
    await fetchFile('GET /api/v1/accounts/:accountId/documents/zip', `/api/v1/accounts/${acme}/documents/zip`);
    const folder = await owner.post(`/api/v1/accounts/${acme}/folders`, { name: 'Zipped' });
    expect(folder.statusCode, folder.body).toBe(201);
    await fetchFile('GET /api/v1/folders/:folderId/zip', `/api/v1/folders/${folder.json().id}/zip`);

    const thread = (
      await owner.post(`/api/v1/accounts/${acme}/threads`, { subject: 'Files', body: 'see attached' })
    ).json() as { id: string };
    const attachment = await owner.request('POST', `/api/v1/threads/${thread.id}/attachments?name=page.html`, HTML, {
      'content-type': 'text/html',
    });
    expect(attachment.statusCode, attachment.body).toBe(201);
    const attachmentId = (attachment.json() as { id: string }).id;
    const message = await owner.post(`/api/v1/threads/${thread.id}/messages`, {
      body: 'file',
      attachmentIds: [attachmentId],
    });
    expect(message.statusCode, message.body).toBe(201);
    await fetchFile('GET /api/v1/attachments/:attachmentId/download', `/api/v1/attachments/${attachmentId}/download`);

    // A person's data export (a zip made by a background job), downloaded by its owner.
    const exportId = await dataExportIdOf(portal, owner);
    await fetchFile('GET /api/v1/me/data-exports/:exportId/download', `/api/v1/me/data-exports/${exportId}/download`);

    // A return's photo and label (the customer's upload, the staff's label), read by staff.
    await enableReturns(portal, 'Clients');
    const rma = await returnIds(portal, owner, await portal.signedIn('alice@acme.example'), acme);
    await fetchFile(
      'GET /api/v1/returns/:returnId/photos/:photoId/download',
      `/api/v1/returns/${rma.returnId}/photos/${rma.photoId}/download`,
    );
    await fetchFile('GET /api/v1/returns/:returnId/label/download', `/api/v1/returns/${rma.returnId}/label/download`);

    const image = await owner.post('/api/v1/knowledge-base/images', PNG, { 'content-type': 'image/png' });
    expect(image.statusCode, image.body).toBe(201);
    await fetchFile('GET /help/*', (image.json() as { url: string }).url);
  });
  afterAll(() => portal.close());

  it('every file route keeps the sandbox CSP', () => {
    for (const response of served) expect(response.csp, response.url).toMatch(/^sandbox\b/);
  });

  it('active types the uploader declared are served as application/octet-stream', () => {
    // The data export is a zip Portico made, not a type an uploader declared; a return's photo and label carry the
    // type sniffed from their bytes (rasters and PDF only), never the uploader's word.
    const downloads = served.filter(
      (response) =>
        response.route.endsWith('/download') &&
        !response.route.includes('/data-exports/') &&
        !response.route.includes('/returns/'),
    );
    const sniffed = served.filter((response) => response.route.includes('/returns/')).map((response) => response.type);
    expect(sniffed).toEqual(['image/png', 'application/pdf']);
    expect(downloads.length).toBe(3);
    for (const response of downloads) expect(response.type, response.url).toBe('application/octet-stream');
    const preview = served.find((response) => response.route.endsWith('/preview'))!;
    expect(preview.type).toMatch(/^image\//);
  });

  it('no route that serves stored bytes was left out of this walk', () => {
    const fileRoutes = portal.routes
      .filter((route) => route.method === 'GET')
      .map((route) => `${route.method} ${route.url}`)
      .filter((route) => /\/(download|preview|thumbnail|zip)$|^GET \/help\/\*$/.test(route));
    expect(fileRoutes.filter((route) => !visited.has(route))).toEqual([]);
  });
});
