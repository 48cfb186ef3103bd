import { Worker } from 'node:worker_threads';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { pgliteTemplatePath, type EmbeddedOrigin, type EmbeddedTemplates } from './pglite-template.ts';

export interface EmbeddedServer {
  /** Directory holding the unix socket, as the `pg` driver's `host`. */
  socketDir: string;
  port: number;
  /** How the database came to be at this open: it existed, or was made from a template or by initdb. */
  origin: EmbeddedOrigin;
  /** False once the worker thread has exited (crashed or stopped). */
  alive(): boolean;
  /** Writes a copy of the database's files to `path` in the template format (pglite-template.ts). */
  saveAsTemplate(path: string): Promise<void>;
  stop(): Promise<void>;
}

const SOCKET_PORT = 5432;

function tsxBootstrap(workerHref: string): string {
  const tsxApi = pathToFileURL(
    join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
  ).href;
  return `import(${JSON.stringify(tsxApi)}).then(({ tsImport }) => tsImport(${JSON.stringify(workerHref)}, ${JSON.stringify(import.meta.url)}))`;
}

/** Starts PGlite in a worker thread serving the PostgreSQL protocol on a private unix socket. */
export async function startEmbeddedServer(
  dataDir: string | null,
  templates: Partial<EmbeddedTemplates> = {},
): Promise<EmbeddedServer> {
  // A short path in the temp dir: unix socket paths are limited to ~108 bytes, and ./data may be deep.
  const socketDir = mkdtempSync(join(tmpdir(), 'portico-db-'));
  const socketPath = join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
  // Compiled (npm start runs dist/server/*.js): the worker is plain JavaScript beside this file. From source, the
  // worker file is TypeScript: a tiny bootstrap loads it through tsx, whatever started this process (Node 20 does
  // not apply --import loaders inside worker threads).
  const compiled = import.meta.url.endsWith('.js');
  const workerData = {
    dataDir,
    socketPath,
    templates: {
      initdb: templates.initdb === undefined ? pgliteTemplatePath() : templates.initdb,
      migrated: templates.migrated ?? null,
    } satisfies EmbeddedTemplates,
  };
  const worker = compiled
    ? new Worker(new URL('./pglite-worker.js', import.meta.url), { workerData })
    : new Worker(tsxBootstrap(new URL('./pglite-worker.ts', import.meta.url).href), { eval: true, workerData });

  const origin = await new Promise<EmbeddedOrigin>((resolve, reject) => {
    const onMessage = (message: { type: string; message?: string; origin?: EmbeddedOrigin }) => {
      if (message.type === 'ready') resolve(message.origin!);
      if (message.type === 'failed') reject(new Error(`Embedded database failed to start: ${message.message}`));
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`Embedded database worker exited with code ${code}`)));
  });

  let exited = false;
  worker.once('exit', () => (exited = true));
  let stopped: Promise<void> | undefined;
  return {
    socketDir,
    port: SOCKET_PORT,
    origin,
    alive: () => !exited,
    saveAsTemplate(path) {
      return new Promise<void>((resolve) => {
        const onMessage = (message: { type: string }) => {
          if (message.type !== 'template-saved') return;
          worker.off('message', onMessage);
          resolve();
        };
        worker.on('message', onMessage);
        worker.postMessage({ type: 'save-template', path });
      });
    },
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        worker.on('message', (message: { type: string }) => {
          if (message.type === 'closed') void worker.terminate().then(() => resolve());
        });
        worker.once('exit', () => resolve());
        worker.postMessage({ type: 'close' });
      }).finally(() => rmSync(socketDir, { recursive: true, force: true }));
      return stopped;
    },
  };
}
