/**
 * What every response carrying stored bytes (an upload, an attachment, a help-center image) must say, so that a
 * file is never a page of ours: the sandbox CSP (no scripts, no plugins, no same-origin) and a Content-Type that
 * cannot make the browser run it.
 */
export const FILE_SANDBOX_CSP = "sandbox; default-src 'none'";

/**
 * Types a browser would render as an active document (HTML, SVG, XML with stylesheets, scripts): served as
 * `application/octet-stream` whatever the uploader declared. Formats that `file-type` cannot sniff (text-based
 * ones) keep the uploader's word only when it names a passive type.
 */
const ACTIVE_TYPE =
  /^(text\/(?!plain|csv|tab-separated-values|calendar|vcard)[a-z0-9.+-]+|[a-z]+\/[a-z0-9.+-]*(html|xml|javascript|ecmascript|svg|x-shockwave-flash)[a-z0-9.+-]*|multipart\/.*)$/i;

export function servedContentType(contentType: string | null | undefined): string {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!type || ACTIVE_TYPE.test(type)) return 'application/octet-stream';
  return contentType!;
}
