import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BrandingPreview,
  BrandingPreviewRequest,
  Id,
  SegmentBranding,
  UpdateSegmentBranding,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { LOGO_MAX_BYTES } from '../settings/index.ts';
import { readSegmentImage, uploadSegmentImageUseCase, type BrandingImage } from './use-cases/images.ts';
import {
  getSegmentBrandingUseCase,
  previewSegmentBrandingUseCase,
  updateSegmentBrandingUseCase,
} from './use-cases/segment-branding.ts';

const Params = z.object({ segmentId: Id });
const ImageQuery = z.object({ segment: Id, v: z.string().max(20).optional() });
const IMAGES: BrandingImage[] = ['logo', 'favicon'];

export function brandingRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/segments/:segmentId/branding',
      {
        config: { access: access.staff },
        schema: {
          tags: ['segments'],
          summary: "A segment's branding: overrides, what its people see, contrast",
          params: Params,
          response: { 200: SegmentBranding },
        },
      },
      (request) => getSegmentBrandingUseCase(ctx, actorOf(request), request.params.segmentId),
    );

    app.patch(
      '/api/v1/segments/:segmentId/branding',
      {
        config: { access: access.staff },
        schema: {
          tags: ['segments'],
          summary: "Change a segment's branding (null = the firm's own; If-Match: version)",
          params: Params,
          body: UpdateSegmentBranding,
          response: { 200: SegmentBranding },
        },
      },
      (request) =>
        updateSegmentBrandingUseCase(
          ctx,
          actorOf(request),
          request.params.segmentId,
          request.body,
          ifMatchVersion(request),
          request.ip,
        ),
    );

    app.post(
      '/api/v1/segments/:segmentId/branding/preview',
      {
        config: { access: access.staff },
        schema: {
          tags: ['segments'],
          summary: 'Render the portal brand, a help-center page and an email with unsaved values (nothing is saved)',
          params: Params,
          body: BrandingPreviewRequest,
          response: { 200: BrandingPreview },
        },
      },
      (request) => previewSegmentBrandingUseCase(ctx, actorOf(request), request.params.segmentId, request.body),
    );

    // The segment is a query parameter: these public URLs name no object of an account (see presenters.ts).
    for (const image of IMAGES)
      app.get(
        `/branding/segment-${image}`,
        {
          config: { access: access.public("a segment's logo appears on its pages and in its emails") },
          schema: { hide: true, querystring: ImageQuery },
        },
        async (request, reply) => {
          const stream = await readSegmentImage(ctx, request.query.segment, image);
          return reply
            .type('image/png')
            .header('cache-control', 'public, max-age=300')
            .header('x-content-type-options', 'nosniff')
            .header('content-security-policy', "sandbox; default-src 'none'")
            .send(stream);
        },
      );

    app.register(async (upload) => {
      // Raw image bodies for these routes only; everything else stays JSON. The bytes are sniffed, not trusted.
      upload.addContentTypeParser(
        ['image/png', 'image/jpeg', 'image/webp'],
        { parseAs: 'buffer', bodyLimit: LOGO_MAX_BYTES },
        (_request, body, done) => done(null, body),
      );
      for (const image of IMAGES)
        upload.put(
          `/api/v1/segments/:segmentId/branding/${image}`,
          {
            config: { access: access.staff },
            bodyLimit: LOGO_MAX_BYTES,
            schema: {
              tags: ['segments'],
              summary: `Upload a segment's ${image} (PNG, JPEG or WebP body, max 512 KB; stored re-encoded as PNG)`,
              params: Params,
              response: { 200: SegmentBranding },
            },
          },
          (request) =>
            uploadSegmentImageUseCase(
              ctx,
              actorOf(request),
              (request.params as z.infer<typeof Params>).segmentId,
              image,
              request.body as Buffer,
              request.ip,
            ),
        );
    });
  };
}
