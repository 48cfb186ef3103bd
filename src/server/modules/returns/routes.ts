import { z } from 'zod';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CreateReturn,
  Id,
  OrderReturnSteps,
  Page,
  Return,
  ReturnDecision,
  ReturnEligibility,
  ReturnListQuery,
  ReturnPhoto,
  ReturnPolicy,
  ReturnProgress,
  ReturnSummary,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { FILE_SANDBOX_CSP } from '../../platform/http/file-response.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { isUuid } from '../../platform/ids.ts';
import { createReturnUseCase } from './use-cases/create.ts';
import {
  authorizeLabelUpload,
  decideReturnUseCase,
  progressReturnUseCase,
  uploadReturnLabelUseCase,
} from './use-cases/decide.ts';
import { orderReturnStepsUseCase, returnEligibilityUseCase } from './use-cases/eligibility.ts';
import {
  authorizePhotoUpload,
  readReturnLabelUseCase,
  readReturnPhotoUseCase,
  RETURN_FILE_MAX_BYTES,
  uploadReturnPhotoUseCase,
} from './use-cases/files.ts';
import { getReturnUseCase, listReturnsUseCase } from './use-cases/load.ts';
import { getReturnPolicyUseCase, setReturnPolicyUseCase } from './use-cases/return-policy.ts';

const tags = ['returns'];
const ReturnParams = z.object({ returnId: Id });
const OrderParams = z.object({ orderId: Id });
const RAW_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/heic', 'application/pdf'];

/** Stored bytes are never a page of ours: the file sandbox CSP, nosniff, no caching. */
const fileHeaders = (file: { contentType: string }, disposition: string) => ({
  'content-type': file.contentType,
  'content-disposition': disposition,
  'cache-control': 'private, no-store',
  'x-content-type-options': 'nosniff',
  'content-security-policy': FILE_SANDBOX_CSP,
});

/** Returns (RMA): eligibility, opening a return with photos, the staff's decision, label and steps, the policy. */
export function returnRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/segments/:segmentId/return-policy',
      {
        // Portal-wide configuration: set for a segment whether or not it has the module switched on yet.
        config: { access: access.staff, module: null },
        schema: {
          tags,
          summary: 'A segment’s return policy (the defaults when none was set)',
          params: z.object({ segmentId: Id }),
          response: { 200: ReturnPolicy },
        },
      },
      (request) => getReturnPolicyUseCase(ctx, actorOf(request), request.params.segmentId),
    );
    app.put(
      '/api/v1/segments/:segmentId/return-policy',
      {
        config: { access: access.staff, module: null },
        schema: {
          tags,
          summary: 'Set a segment’s return policy (owners and admins)',
          params: z.object({ segmentId: Id }),
          body: ReturnPolicy,
          response: { 200: ReturnPolicy },
        },
      },
      (request) => setReturnPolicyUseCase(ctx, actorOf(request), request.params.segmentId, request.body),
    );
    app.get(
      '/api/v1/orders/:orderId/return-eligibility',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'What may be returned from an order, line by line, and why not',
          params: OrderParams,
          response: { 200: ReturnEligibility },
        },
      },
      (request) => returnEligibilityUseCase(ctx, actorOf(request), request.params.orderId),
    );
    app.get(
      '/api/v1/orders/:orderId/return-steps',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: "Every step of the order's returns, oldest first, for the order's timeline",
          params: OrderParams,
          response: { 200: OrderReturnSteps },
        },
      },
      (request) => orderReturnStepsUseCase(ctx, actorOf(request), request.params.orderId),
    );
    app.post(
      '/api/v1/orders/:orderId/returns',
      {
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags,
          summary: 'Open a return (the account’s people): lines and quantities, a reason, photos, a resolution',
          description:
            'Never more than delivered minus what other returns take, inside the window, on returnable SKUs: 400 with ' +
            'an error per line otherwise (`lines.<n>.quantity`). Two returns at once are counted one after the other.',
          params: OrderParams,
          body: CreateReturn,
          response: { 201: Return },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createReturnUseCase(ctx, actorOf(request), request.params.orderId, request.body)),
    );
    app.get(
      '/api/v1/returns',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Returns across the caller’s accounts, newest first (status, accountId, orderId)',
          querystring: ReturnListQuery,
          response: { 200: Page(ReturnSummary) },
        },
      },
      (request) => listReturnsUseCase(ctx, actorOf(request), request.query),
    );
    app.get(
      '/api/v1/returns/:returnId',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'One return with its lines, photos and steps',
          params: ReturnParams,
          response: { 200: Return },
        },
      },
      (request) => getReturnUseCase(ctx, actorOf(request), request.params.returnId),
    );
    app.post(
      '/api/v1/returns/:returnId/decision',
      {
        config: { access: access.signedIn, serviceTokens: true },
        schema: {
          tags,
          summary: 'Approve (whole or in part, with instructions) or reject (with a reason) a requested return (staff)',
          params: ReturnParams,
          body: ReturnDecision,
          response: { 200: Return },
        },
      },
      (request) => decideReturnUseCase(ctx, actorOf(request), request.params.returnId, request.body),
    );
    app.post(
      '/api/v1/returns/:returnId/progress',
      {
        config: { access: access.signedIn, serviceTokens: true },
        schema: {
          tags,
          summary: 'Move an approved return on: received, inspected, refunded (with the amount) or exchanged (staff)',
          params: ReturnParams,
          body: ReturnProgress,
          response: { 200: Return },
        },
      },
      (request) => progressReturnUseCase(ctx, actorOf(request), request.params.returnId, request.body),
    );
    app.get(
      '/api/v1/returns/:returnId/label/download',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'The return label (PDF or image)', params: ReturnParams },
      },
      async (request, reply) => {
        const file = await readReturnLabelUseCase(ctx, actorOf(request), request.params.returnId);
        reply.headers(fileHeaders(file, `attachment; filename="${file.fileName}"`));
        return reply.send(file.stream);
      },
    );
    app.get(
      '/api/v1/returns/:returnId/photos/:photoId/download',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'A photo of a return', params: z.object({ returnId: Id, photoId: Id }) },
      },
      async (request, reply) => {
        const { returnId, photoId } = request.params;
        const file = await readReturnPhotoUseCase(ctx, actorOf(request), returnId, photoId);
        reply.headers(fileHeaders(file, 'inline'));
        return reply.send(file.stream);
      },
    );

    await app.register(async (plain) => {
      const upload = plain.withTypeProvider<ZodTypeProvider>();
      // Raw file bodies, only on these routes: the rest of the API stays JSON-only (415 otherwise).
      upload.addContentTypeParser(
        [...RAW_TYPES, 'application/octet-stream'],
        { parseAs: 'buffer', bodyLimit: RETURN_FILE_MAX_BYTES },
        (_request, body, done) => done(null, body),
      );
      upload.post(
        '/api/v1/accounts/:accountId/return-photos',
        {
          config: { access: access.signedIn },
          schema: {
            tags,
            summary: 'Upload a photo for a return about to be opened (raw PNG, JPEG, WebP, GIF or HEIC body)',
            params: z.object({ accountId: Id }),
            response: { 201: ReturnPhoto },
          },
          // Who may upload is decided before a byte of the body is read (and before its type is looked at).
          preParsing: async (request) => {
            const { accountId } = request.params as { accountId?: string };
            if (accountId && isUuid(accountId)) await authorizePhotoUpload(ctx, actorOf(request), accountId);
          },
        },
        async (request, reply) =>
          reply
            .status(201)
            .send(await uploadReturnPhotoUseCase(ctx, actorOf(request), request.params.accountId, request.body)),
      );
      upload.put(
        '/api/v1/returns/:returnId/label',
        {
          // The label records no person (the audit event records the integration).
          config: { access: access.signedIn, serviceTokens: true },
          schema: {
            tags,
            summary: 'Add the return label of an approved return (staff or the store’s API token; raw PDF or image)',
            params: ReturnParams,
            response: { 200: Return },
          },
          preParsing: async (request) => {
            const { returnId } = request.params as { returnId?: string };
            if (returnId && isUuid(returnId)) await authorizeLabelUpload(ctx, actorOf(request), returnId);
          },
        },
        (request) => uploadReturnLabelUseCase(ctx, actorOf(request), request.params.returnId, request.body),
      );
    });
  };
}
