import { Worker } from 'node:worker_threads';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { pgliteTemplatePath } from './pglite-template.ts';

export interface EmbeddedServer {
  /** Directory holding the unix socket, as the `pg` driver's `host`. */
  socketDir: string;
  port: number;
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
  template: string | null = pgliteTemplatePath(),
): Promise<EmbeddedServer> {
  // A short path in the temp dir: unix socket paths are limited to ~108 bytes, and ./data may be deep.
  const socketDir = mkdtempSync(join(tmpdir(), 'portico-db-'));
  const socketPath = join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
  // Compiled (npm start runs dist/server/*.js): the worker is plain JavaScript beside this file. From source, the
  // worker file is TypeScript: a tiny bootstrap loads it through tsx, whatever started this process (Node 20 does
  // not apply --import loaders inside worker threads).
  const compiled = import.meta.url.endsWith('.js');
  const workerData = { dataDir, socketPath, templatePath: template };
  const worker = compiled
    ? new Worker(new URL('./pglite-worker.js', import.meta.url), { workerData })
    : new Worker(tsxBootstrap(new URL('./pglite-worker.ts', import.meta.url).href), { eval: true, workerData });

  await new Promise<void>((resolve, reject) => {
    const onMessage = (message: { type: string; message?: string }) => {
      if (message.type === 'ready') resolve();
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
