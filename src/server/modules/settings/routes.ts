import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Branding, PortalSettings, UpdatePortalSettings } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { forbidden } from '../../platform/http/errors.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { LOGO_MAX_BYTES, readLogo, uploadLogoUseCase } from './use-cases/logo.ts';
import { updateSettingsUseCase } from './use-cases/update-settings.ts';
import { settingsPolicy } from './policy.ts';
import { presentBranding, presentSettings } from './presenters.ts';
import { getSettings, getSettingsCached } from './repository.ts';

export function settingsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/branding',
      {
        config: { access: access.public('sign-in pages and emails show the portal brand before anyone signs in') },
        schema: { tags: ['settings'], summary: 'Public portal branding', response: { 200: Branding } },
      },
      async () => presentBranding(await getSettingsCached(ctx.db)),
    );

    app.get(
      '/branding/logo',
      {
        config: { access: access.public('the logo appears on the sign-in page and in emails') },
        schema: { hide: true },
      },
      async (_request, reply) => {
        const logo = await readLogo(ctx);
        return reply.type(logo.type).header('cache-control', 'public, max-age=300').send(logo.bytes);
      },
    );

    app.get(
      '/api/v1/portal-settings',
      {
        config: { access: access.staff },
        schema: { tags: ['settings'], summary: 'Portal settings', response: { 200: PortalSettings } },
      },
      async (request) => {
        const actor = actorOf(request);
        if (!settingsPolicy.canRead(actor)) throw forbidden();
        return presentSettings(await getSettings(ctx.db), actor, ctx.config.baseUrl);
      },
    );

    app.patch(
      '/api/v1/portal-settings',
      {
        config: { access: access.staff },
        schema: {
          tags: ['settings'],
          summary: 'Update portal settings (If-Match: version)',
          body: UpdatePortalSettings,
          response: { 200: PortalSettings },
        },
      },
      (request) => updateSettingsUseCase(ctx, actorOf(request), request.body, ifMatchVersion(request), request.ip),
    );

    app.register(async (upload) => {
      // Raw image bodies for this route only; everything else stays JSON.
      upload.addContentTypeParser(
        ['image/png', 'image/jpeg', 'image/webp'],
        { parseAs: 'buffer', bodyLimit: LOGO_MAX_BYTES },
        (_request, body, done) => done(null, body),
      );
      upload.put(
        '/api/v1/portal-settings/logo',
        {
          config: { access: access.staff },
          bodyLimit: LOGO_MAX_BYTES,
          schema: {
            tags: ['settings'],
            summary: 'Upload the logo (PNG, JPEG or WebP body, max 512 KB)',
            response: { 200: PortalSettings },
          },
        },
        (request) => uploadLogoUseCase(ctx, actorOf(request), request.body as Buffer, request.ip),
      );
    });
  };
}
