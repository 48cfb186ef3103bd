import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
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
const TemplateParams = z.object({ segmentId: Id, key: MailTemplateKey, locale: MailTemplateLocale });
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

    app.get(
      '/api/v1/segments/:segmentId/mail-templates',
      {
        config: { access: access.staff },
        schema: {
          tags: ['segments'],
          summary: 'The emails staff can edit, and the languages this segment has its own version in',
          params: Params,
          response: { 200: MailTemplateList },
        },
      },
      (request) => listTemplatesUseCase(ctx, actorOf(request), request.params.segmentId),
    );

    app.get(
      '/api/v1/segments/:segmentId/mail-templates/:key/:locale',
      {
        config: { access: access.staff },
        schema: {
          tags: ['segments'],
          summary: 'One email in one language: the segment’s version or the default, with its variables',
          params: TemplateParams,
          response: { 200: MailTemplate },
        },
      },
      (request) =>
        getTemplateUseCase(ctx, actorOf(request), request.params.segmentId, request.params.key, request.params.locale),
    );

    app.put(
      '/api/v1/segments/:segmentId/mail-templates/:key/:locale',
      {
        config: { access: access.staff },
        bodyLimit: TEMPLATE_BODY_LIMIT,
        schema: {
          tags: ['segments'],
          summary: 'Save the segment’s version (Liquid; refused with the line and error when it does not render)',
          params: TemplateParams,
          body: MailTemplateParts.strict(),
          response: { 200: MailTemplate },
        },
      },
      (request) =>
        saveTemplateUseCase(
          ctx,
          actorOf(request),
          request.params.segmentId,
          request.params.key,
          request.params.locale,
          request.body,
          ifMatchVersion(request),
          request.ip,
        ),
    );

    app.delete(
      '/api/v1/segments/:segmentId/mail-templates/:key/:locale',
      {
        config: { access: access.staff },
        schema: {
          tags: ['segments'],
          summary: 'Reset to the default (the translation of this language)',
          params: TemplateParams,
          response: { 200: MailTemplate },
        },
      },
      (request) =>
        resetTemplateUseCase(
          ctx,
          actorOf(request),
          request.params.segmentId,
          request.params.key,
          request.params.locale,
          request.ip,
        ),
    );

    app.post(
      '/api/v1/segments/:segmentId/mail-templates/:key/:locale/preview',
      {
        config: { access: access.staff },
        bodyLimit: TEMPLATE_BODY_LIMIT,
        schema: {
          tags: ['segments'],
          summary: 'Render unsaved parts with sample data in the segment’s frame (nothing is saved or sent)',
          params: TemplateParams,
          body: MailTemplateParts.strict(),
          response: { 200: MailTemplatePreview },
        },
      },
      (request) =>
        previewTemplateUseCase(
          ctx,
          actorOf(request),
          request.params.segmentId,
          request.params.key,
          request.params.locale,
          request.body,
        ),
    );

    app.post(
      '/api/v1/segments/:segmentId/mail-templates/:key/:locale/test-send',
      {
        config: { access: access.staff },
        bodyLimit: TEMPLATE_BODY_LIMIT,
        schema: {
          tags: ['segments'],
          summary: 'Send unsaved parts with sample data to your own address',
          params: TemplateParams,
          body: MailTemplateParts.strict(),
          response: { 202: z.object({ sentTo: z.string() }) },
        },
      },
      async (request, reply) => {
        const result = await testSendTemplateUseCase(
          ctx,
          actorOf(request),
          request.params.segmentId,
          request.params.key,
          request.params.locale,
          request.body,
          request.ip,
        );
        return reply.code(202).send(result);
      },
    );
  };
}
