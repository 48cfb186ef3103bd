import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Id,
  MailTemplate,
  MailTemplateKey,
  MailTemplateList,
  MailTemplateLocale,
  MailTemplateParts,
  MailTemplatePreview,
  SegmentSender,
  SenderDns,
  UpdateSegmentSender,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { getSenderUseCase, senderDnsUseCase, updateSenderUseCase } from './use-cases/sender.ts';
import {
  getTemplateUseCase,
  listTemplatesUseCase,
  previewTemplateUseCase,
  resetTemplateUseCase,
  saveTemplateUseCase,
  testSendTemplateUseCase,
} from './use-cases/templates.ts';

const Params = z.object({ segmentId: Id });
const TemplateKeyParams = z.object({ key: MailTemplateKey, locale: MailTemplateLocale });
const DnsQuery = z.object({ check: z.enum(['true', 'false']).optional() });
const TEMPLATE_BODY_LIMIT = 128 * 1024;

export function mailTemplatesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/segments/:segmentId/mail-sender',
      {
        config: { access: access.staff },
        schema: {
          tags: ['segments'],
          summary: 'Who mail to the segment’s people comes from',
          params: Params,
          response: { 200: SegmentSender },
        },
      },
      (request) => getSenderUseCase(ctx, actorOf(request), request.params.segmentId),
    );

    app.put(
      '/api/v1/segments/:segmentId/mail-sender',
      {
        config: { access: access.staff },
        schema: {
          tags: ['segments'],
          summary: 'Set the segment’s sender name and address (null = MAIL_FROM’s; owners and admins; If-Match)',
          params: Params,
          body: UpdateSegmentSender,
          response: { 200: SegmentSender },
        },
      },
      (request) =>
        updateSenderUseCase(
          ctx,
          actorOf(request),
          request.params.segmentId,
          request.body,
          ifMatchVersion(request),
          request.ip,
        ),
    );

    app.get(
      '/api/v1/segments/:segmentId/mail-sender/dns',
      {
        config: { access: access.staff },
        schema: {
          tags: ['segments'],
          summary: 'DKIM, SPF and DMARC records for the sending domain; ?check=true looks them up in DNS',
          params: Params,
          querystring: DnsQuery,
          response: { 200: SenderDns },
        },
      },
      (request) => senderDnsUseCase(ctx, actorOf(request), request.params.segmentId, request.query.check === 'true'),
    );

    templateRoutes(app, ctx, '/api/v1/segments/:segmentId/mail-templates', Params, 'segments');
    // Firm-level (portal-wide): what staff mail and every segment without its own version are sent with.
    templateRoutes(app, ctx, '/api/v1/mail-templates', z.object({}), 'settings');
  };
}

/**
 * The template routes of one scope: a segment's (`segmentId` in the path) or the firm-level ones (none). The same
 * use cases serve both; the scope is the segment's id or null.
 */
function templateRoutes<P extends z.ZodObject>(
  app: Parameters<FastifyPluginAsyncZod>[0],
  ctx: AppContext,
  base: string,
  ScopeParams: P,
  tag: string,
) {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const tags = [tag];
  const firm = !base.includes(':segmentId');
  const whose = firm ? 'firm-level (portal-wide)' : 'segment’s';
  const scopeOf = (params: unknown) => (params as { segmentId?: string }).segmentId ?? null;
  const ItemParams = ScopeParams.extend(TemplateKeyParams.shape);
  const item = `${base}/:key/:locale`;
  const staff = { access: access.staff };
  typed.get(
    base,
    {
      config: staff,
      schema: {
        tags,
        summary: `The emails staff can edit, and the languages the ${whose} templates have their own version in`,
        params: ScopeParams,
        response: { 200: MailTemplateList },
      },
    },
    (request) => listTemplatesUseCase(ctx, actorOf(request), scopeOf(request.params)),
  );
  const keyOf = (params: unknown) => params as z.infer<typeof TemplateKeyParams>;
  typed.get(
    item,
    {
      config: staff,
      schema: {
        tags,
        summary: `One email in one language: the ${whose} version or what it inherits, with its variables`,
        params: ItemParams,
        response: { 200: MailTemplate },
      },
    },
    (request) => {
      const { key, locale } = keyOf(request.params);
      return getTemplateUseCase(ctx, actorOf(request), scopeOf(request.params), key, locale);
    },
  );
  typed.put(
    item,
    {
      config: staff,
      bodyLimit: TEMPLATE_BODY_LIMIT,
      schema: {
        tags,
        summary: `Save the ${whose} version (Liquid; refused with the line and error when it does not render)`,
        params: ItemParams,
        body: MailTemplateParts.strict(),
        response: { 200: MailTemplate },
      },
    },
    (request) => {
      const { key, locale } = keyOf(request.params);
      const scope = scopeOf(request.params);
      return saveTemplateUseCase(
        ctx,
        actorOf(request),
        scope,
        key,
        locale,
        request.body,
        ifMatchVersion(request),
        request.ip,
      );
    },
  );
  typed.delete(
    item,
    {
      config: staff,
      schema: {
        tags,
        summary: firm
          ? 'Reset to the built-in default (the translation of this language)'
          : 'Reset to what the segment inherits: the firm-level version, else the built-in default',
        params: ItemParams,
        response: { 200: MailTemplate },
      },
    },
    (request) => {
      const { key, locale } = keyOf(request.params);
      return resetTemplateUseCase(ctx, actorOf(request), scopeOf(request.params), key, locale, request.ip);
    },
  );
  typed.post(
    `${item}/preview`,
    {
      config: staff,
      bodyLimit: TEMPLATE_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Render unsaved parts with sample data in the scope’s frame (nothing is saved or sent)',
        params: ItemParams,
        body: MailTemplateParts.strict(),
        response: { 200: MailTemplatePreview },
      },
    },
    (request) => {
      const { key, locale } = keyOf(request.params);
      return previewTemplateUseCase(ctx, actorOf(request), scopeOf(request.params), key, locale, request.body);
    },
  );
  typed.post(
    `${item}/test-send`,
    {
      config: staff,
      bodyLimit: TEMPLATE_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Send unsaved parts with sample data to your own address',
        params: ItemParams,
        body: MailTemplateParts.strict(),
        response: { 202: z.object({ sentTo: z.string() }) },
      },
    },
    async (request, reply) => {
      const { key, locale } = keyOf(request.params);
      const scope = scopeOf(request.params);
      const result = await testSendTemplateUseCase(ctx, actorOf(request), scope, key, locale, request.body, request.ip);
      return reply.code(202).send(result);
    },
  );
}
