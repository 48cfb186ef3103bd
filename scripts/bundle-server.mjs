// Bundles the compiled server (dist/server/main.js, from tsc) with its packages into a few ESM files in dist/bundle/,
// which `npm start` runs. A later start spent a fifth of its CPU resolving, reading and compiling ~2,200 module
// files one by one; a bundle is ~35 files. esbuild does the work (no hand-written bundler); tsc's output stays
// beside it: the embedded database's worker thread and `npm start`'s template step load files from dist/server.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE_DIR = join(ROOT, 'dist/bundle');
export const BUNDLE_ENTRY = join(BUNDLE_DIR, 'main.js');

/**
 * Left as files, imported from node_modules as before:
 * - native addons and packages that read files beside their own code (PGlite's wasm and data, argon2, sharp,
 *   fs-ext, pino's transports and @fastify/swagger through `__dirname`, which a bundle would point elsewhere);
 * - large packages the server imports lazily, at first use (so a start never even parses them): Stripe, the AWS
 *   SDK, the PDF and certificate stacks, SAML, WebAuthn, liquidjs, html-to-text, file-type, mail parsing;
 * - tsx (development only).
 * The check after the build refuses a bundle that still mentions `__dirname`/`__filename`: a new dependency that
 * needs them belongs on this list.
 */
const EXTERNAL = [
  '@electric-sql/*',
  '@node-rs/*',
  'sharp',
  'fs-ext',
  'pino',
  'pino/*',
  'thread-stream',
  '@fastify/swagger',
  'stripe',
  '@aws-sdk/*',
  'pdfkit',
  'pdf-lib',
  '@signpdf/*',
  'node-forge',
  '@node-saml/*',
  '@simplewebauthn/*',
  'liquidjs',
  'html-to-text',
  'file-type',
  'mailparser',
  'smtp-server',
  'tsx',
];

/**
 * The compiled server finds files relative to its own modules (`new URL('../../../../migrations/', import.meta.url)`,
 * the worker beside embedded.js, dist/web from app.js): in the bundle each file's `import.meta.url` is rewritten to
 * the URL of the file it came from, so every such path still lands where it did.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.m?js$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      if (!code.includes('import.meta.url')) return undefined;
      const from = relative(BUNDLE_DIR, args.path).split('\\').join('/');
      return {
        contents: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(from)}, import.meta.url).href`),
        loader: 'js',
        resolveDir: dirname(args.path),
      };
    });
  },
};

/**
 * Builds dist/bundle/ from dist/server/main.js; throws when esbuild is missing or the bundle is unsafe.
 * BUNDLE_METAFILE=path also writes esbuild's metafile there (which package takes how much of which chunk).
 */
export async function bundleServer() {
  const esbuild = await import('esbuild');
  await rm(BUNDLE_DIR, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [join(ROOT, 'dist/server/main.js')],
    outdir: BUNDLE_DIR,
    bundle: true,
    // The app's modules load in their own chunk after the database starts opening, as with separate files.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // CommonJS packages inside an ESM bundle call `require` for Node's built-in modules.
    banner: {
      js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
    },
    plugins: [keepModuleUrls],
    legalComments: 'none',
    logLevel: 'error',
    metafile: Boolean(process.env.BUNDLE_METAFILE),
  });
  if (process.env.BUNDLE_METAFILE) await writeFile(process.env.BUNDLE_METAFILE, JSON.stringify(result.metafile));
  for (const name of await readdir(BUNDLE_DIR)) {
    const code = await readFile(join(BUNDLE_DIR, name), 'utf8');
    const found = /\b__(dirname|filename)\b/.exec(code);
    if (found) {
      await rm(BUNDLE_DIR, { recursive: true, force: true });
      throw new Error(
        `dist/bundle/${name} uses ${found[0]}: add the package it comes from to EXTERNAL in scripts/bundle-server.mjs`,
      );
    }
  }
}
