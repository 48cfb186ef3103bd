import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { access } from './access.ts';
import { notFound } from './errors.ts';

/**
 * Serves the built React app: files from dist/web, and index.html for every other page URL so client-side
 * routes load. One wildcard route (with its access rule) instead of a route per file.
 */
export async function registerWebApp(
  app: FastifyInstance,
  webRoot: string,
  options: {
    sourceMaps: boolean;
    /** Where `/` sends a request instead of the app (a help-center domain: `/help`); a path, never a host. */
    rootRedirect?: (request: FastifyRequest) => Promise<string | null>;
  } = { sourceMaps: false },
) {
  if (!existsSync(join(webRoot, 'index.html'))) {
    app.log.warn({ webRoot }, 'web app not built; run `npm run build` (API still served)');
  }
  await app.register(fastifyStatic, { root: webRoot, serve: false });
  app.get(
    '/*',
    {
      config: { access: access.public('the sign-in page and app shell load before anyone signs in') },
      schema: { hide: true },
    },
    async (request, reply) => {
      let path: string;
      try {
        path = decodeURIComponent(request.url.split('?')[0] ?? '/');
      } catch {
        throw notFound();
      }
      if (path.startsWith('/api/')) throw notFound();
      // Source maps are for development: in production even a stale one left in dist/web is not served.
      if (!options.sourceMaps && path.endsWith('.map')) throw notFound();
      const file = join(webRoot, path);
      if (path !== '/' && file.startsWith(webRoot) && existsSync(file) && statSync(file).isFile()) {
        // Vite puts a content hash in every asset name: safe to cache forever.
        const immutable = path.startsWith('/assets/');
        return reply
          .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
          .sendFile(path.slice(1));
      }
      if (path === '/' && options.rootRedirect) {
        const target = await options.rootRedirect(request);
        if (target?.startsWith('/') && !target.startsWith('//')) return reply.redirect(target, 302);
      }
      if (!existsSync(join(webRoot, 'index.html'))) throw notFound();
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');
    },
  );
}
