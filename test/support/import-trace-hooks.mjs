// Module resolution hooks (node --import of import-trace.mjs registers them): every URL the ESM loader resolves is
// appended to the file named by IMPORT_TRACE_FILE. Written synchronously, from the hooks' own thread, so nothing is
// lost when the traced process exits right after its import.
import { appendFileSync } from 'node:fs';

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  appendFileSync(process.env.IMPORT_TRACE_FILE, `${resolved.url}\n`);
  return resolved;
}
