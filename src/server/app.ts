import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler } from 'fastify-type-provider-zod';
import { fileURLToPath } from 'node:url';
import type { AppContext } from './platform/context.ts';
import { addRouteRequestHook, enforceDeclaredAccess, type RegisteredRoute } from './platform/http/access.ts';
import { registerApiDocs } from './platform/http/api-docs.ts';
import { registerHealth, shutdownGate, type Lifecycle } from './platform/http/health.ts';
import { registerIdempotency } from './platform/http/idempotency.ts';
import { apiNotFound, frameworkErrorHandler, registerProblemHandlers } from './platform/http/problem.ts';
import { registerCookies } from './platform/http/cookies.ts';
import { registerRequestScope } from './platform/http/request-scope.ts';
import { registerResponseHeaders } from './platform/http/security-headers.ts';
import { startRateLimitPurge } from './platform/security/limits.ts';
import { registerWebApp } from './platform/http/web-app.ts';
import { RequestLogController } from './platform/http/request-log.ts';
import { MAIL_JOB, sendQueuedMail, setMailPreparer } from './platform/mail/index.ts';
import { newRequestId } from './platform/ids.ts';
import { lazyChildLoggerFactory } from './platform/http/lazy-request-logger.ts';
import { createResponseSerializerCompiler } from './platform/http/response-serializer.ts';
import { inModule } from './platform/http/route-modules.ts';
import { accountRoutes } from './modules/accounts/index.ts';
import { auditRoutes, registerAccessAudit } from './modules/audit/index.ts';
import { devMailRoutes } from './modules/dev-mail/index.ts';
import {
  derivedImagesJob,
  documentHomeCounts,
  documentObligations,
  documentRoutes,
} from './modules/documents/index.ts';
import {
  authRoutes,
  meRoutes,
  passkeyRoutes,
  authenticationFor,
  registerActor,
  SECURITY_NOTICE_JOB,
  DATA_EXPORT_JOB,
  buildDataExport,
  dataExportJobOptions,
  sendSecurityNotice,
  startSessionCacheSync,
} from './modules/identity/index.ts';
import { moduleGateFor, registerModuleRouteCheck, segmentRoutes } from './modules/segments/index.ts';
import { mailTemplatesRoutes, prepareSegmentMail } from './modules/mail-templates/index.ts';
import { settingsRoutes, startSettingsCacheSync } from './modules/settings/index.ts';
import { brandingRoutes } from './modules/branding/index.ts';
import { domainsRoutes, helpDomainRoot } from './modules/domains/index.ts';
import { ssoRoutes } from './modules/sso/index.ts';
import { staffRoutes } from './modules/staff/index.ts';
import { knowledgeBaseModule } from './modules/knowledge-base/index.ts';
import { slaRoutes } from './modules/sla/index.ts';
import { conversationHomeCounts, conversationRuntimeOf, conversationsPlugin } from './modules/conversations/index.ts';
import {
  receiveInboundMailUseCase,
  ticketHomeCounts,
  ticketObligations,
  ticketsPlugin,
} from './modules/tickets/index.ts';
import { homePlugin } from './modules/home/index.ts';
import { satisfactionPlugin } from './modules/satisfaction/index.ts';
import { deflectionPlugin } from './modules/deflection/index.ts';
import { supportReportsPlugin } from './modules/support-reports/index.ts';
import {
  autoChargeJob,
  BILLING_AUTHENTICATION_MAIL_JOB,
  BILLING_AUTO_CHARGE_DECLINED_MAIL_JOB,
  BILLING_AUTO_CHARGE_FAILED_MAIL_JOB,
  BILLING_AUTO_CHARGE_JOB,
  BILLING_MAIL_JOB,
  BILLING_PAYMENT_MAIL_JOB,
  billingObligations,
  billingRoutes,
  sendDocumentMail,
  sendAuthenticationMail,
  sendAutoChargeDeclinedMail,
  sendAutoChargeFailedMail,
  sendPaymentMail,
} from './modules/billing/index.ts';
import { projectObligations, projectRoutes } from './modules/projects/index.ts';
import { obligationsPlugin } from './modules/obligations/index.ts';
import { approvalObligations, approvalRoutes } from './modules/approvals/index.ts';
import { formObligations, formRoutes } from './modules/forms/index.ts';
import { onboardingObligations, onboardingRoutes } from './modules/onboarding/index.ts';
import { signatureObligations, signatureRoutes } from './modules/signatures/index.ts';
import { orderRoutes } from './modules/orders/index.ts';
import { returnRoutes } from './modules/returns/index.ts';
import { webhookRoutes } from './modules/webhooks/index.ts';
import {
  IMPORT_INVITATIONS_JOB,
  IMPORT_JOB,
  importJobOptions,
  importRoutes,
  runImportJob,
  sendImportInvitationsJob,
} from './modules/imports/index.ts';

export const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export interface PorticoApp {
  app: FastifyInstance;
  routes: RegisteredRoute[];
  lifecycle: Lifecycle;
}

/** Builds the HTTP app over a context. No listening, no database opening: main.ts and tests do that. */
export async function buildApp(ctx: AppContext, options: { webRoot?: string | null } = {}): Promise<PorticoApp> {
  const routes: RegisteredRoute[] = [];
  const lifecycle: Lifecycle = { shuttingDown: false };
  const app = Fastify({
    loggerInstance: ctx.logger as FastifyBaseLogger,
    genReqId: newRequestId,
    childLoggerFactory: lazyChildLoggerFactory,
    requestIdHeader: false,
    bodyLimit: ctx.config.bodyLimitBytes,
    trustProxy: ctx.config.trustProxy,
    // The shutdown gate answers instead, in problem+json (Fastify's own 503 is plain JSON).
    return503OnClosing: false,
    frameworkErrors: frameworkErrorHandler,
    routerOptions: { maxParamLength: 200 },
    logController: new RequestLogController(ctx.config.requestLogLevel),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(
    createResponseSerializerCompiler({
      checkResponses: ctx.config.checkResponses,
      onFallback: (route, error) =>
        ctx.logger.warn({ route, err: error }, 'response schema not compiled; JSON.stringify writes it'),
    }),
  );
  // The API speaks JSON only: anything else (forms, text) is 415 before it reaches a handler.
  app.removeContentTypeParser('text/plain');
  enforceDeclaredAccess(app, routes);

  registerCookies(app);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Portico',
        version: '1',
        description: 'Client and customer portal API. Conventions: see /api/docs.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'portico_session' },
          apiToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'Personal API token (pat_...), created under Security > API tokens',
          },
        },
      },
      security: [{ session: [] }, { apiToken: [] }],
    },
    transform: jsonSchemaTransform,
    // Schemas registered with an id in zod's global registry (the recursive form field) go under components.
    transformObject: jsonSchemaTransformObject,
  });

  // The shutdown gate first, then the request's scope: one hook (request-scope.ts).
  registerRequestScope(app, shutdownGate(lifecycle));
  registerResponseHeaders(app, { https: ctx.config.baseUrl.startsWith('https://') });
  registerProblemHandlers(app);
  app.setNotFoundHandler(apiNotFound);
  registerActor(app);
  registerAccessAudit(app, ctx);
  // Each route's own gate, decided once per route: its access rule (and CSRF), then, on routes stamped with a
  // module below, the segment's module switch. One hook; routes outside any module run no module gate at all.
  addRouteRequestHook(app, (config) => {
    const authenticate = authenticationFor(ctx, config);
    const moduleGate = moduleGateFor(ctx, config);
    if (!moduleGate) return authenticate;
    return (request, reply, done) =>
      authenticate(request, reply, (error) => (error ? done(error) : moduleGate(request, reply, done)));
  });
  registerModuleRouteCheck(app, routes);
  const stopSessionCacheSync = await startSessionCacheSync(ctx.db, ctx.logger);
  app.addHook('onClose', stopSessionCacheSync);
  const stopSettingsCacheSync = await startSettingsCacheSync(ctx.db, ctx.logger);
  app.addHook('onClose', stopSettingsCacheSync);
  const stopRateLimitPurge = startRateLimitPurge(ctx);
  app.addHook('onClose', async () => stopRateLimitPurge());
  registerIdempotency(app, ctx.db, ctx.clock, ctx.config.idempotencyLeaseSeconds * 1000);

  registerHealth(app, ctx.db);
  registerApiDocs(app);
  await app.register(authRoutes(ctx));
  await app.register(meRoutes(ctx));
  await app.register(passkeyRoutes(ctx));
  await app.register(accountRoutes(ctx));
  await app.register(segmentRoutes(ctx));
  await app.register(staffRoutes(ctx));
  await app.register(settingsRoutes(ctx));
  await app.register(brandingRoutes(ctx));
  await app.register(domainsRoutes(ctx));
  await app.register(mailTemplatesRoutes(ctx));
  // Every queued mail passes the segment's sender, DKIM key and edited template just before delivery.
  setMailPreparer(prepareSegmentMail);
  await app.register(ssoRoutes(ctx));
  await app.register(auditRoutes(ctx));
  await app.register(devMailRoutes(ctx));
  // Each module's routes are stamped with the portal module they belong to (the module gate refuses them where
  // the account's segment does not switch it on); a route may declare its own `config.module` instead.
  await app.register(inModule('documents', documentRoutes(ctx)));
  await app.register(inModule('knowledge_base', knowledgeBaseModule(ctx)));
  await app.register(slaRoutes(ctx));
  // Inbound mail goes to tickets first (support address, ticket replies); the rest falls through to conversations.
  await app.register(
    inModule(
      'messages',
      conversationsPlugin(ctx, { receiveMail: (raw, rcpt) => receiveInboundMailUseCase(ctx, raw, rcpt) }),
    ),
  );
  await app.register(inModule('tickets', ticketsPlugin(ctx)));
  // After conversations: CSAT mail runs on its job runner.
  await app.register(inModule('tickets', satisfactionPlugin(ctx)));
  // Identity's security notices (password, 2FA, API tokens) are durable jobs on the same runner.
  conversationRuntimeOf(ctx)!.jobs.register(SECURITY_NOTICE_JOB, sendSecurityNotice);
  conversationRuntimeOf(ctx)!.jobs.register(DATA_EXPORT_JOB, buildDataExport, dataExportJobOptions);
  // Documents' thumbnails and previews: leased jobs enqueued with each image upload's commit.
  conversationRuntimeOf(ctx)!.jobs.register(derivedImagesJob.kind, derivedImagesJob.handler, derivedImagesJob.options);
  // Every email of the product is delivered by this job (queued with the change that causes it, retried with backoff).
  conversationRuntimeOf(ctx)!.jobs.register(MAIL_JOB, sendQueuedMail);
  // Ticket-form sessions (the new-ticket form); its only other route is the public help-center counter.
  await app.register(inModule('tickets', deflectionPlugin(ctx)));
  await app.register(supportReportsPlugin(ctx));
  // Billing; its emails (the document with its PDF) are durable jobs on the same runner.
  await app.register(inModule('billing', billingRoutes(ctx)));
  conversationRuntimeOf(ctx)!.jobs.register(BILLING_MAIL_JOB, sendDocumentMail);
  conversationRuntimeOf(ctx)!.jobs.register(BILLING_PAYMENT_MAIL_JOB, sendPaymentMail);
  // Automatic charge of a recurring invoice: a logged no-op until a payment driver registers its own handler.
  conversationRuntimeOf(ctx)!.jobs.register(BILLING_AUTO_CHARGE_JOB, autoChargeJob);
  conversationRuntimeOf(ctx)!.jobs.register(BILLING_AUTO_CHARGE_FAILED_MAIL_JOB, sendAutoChargeFailedMail);
  conversationRuntimeOf(ctx)!.jobs.register(BILLING_AUTO_CHARGE_DECLINED_MAIL_JOB, sendAutoChargeDeclinedMail);
  conversationRuntimeOf(ctx)!.jobs.register(BILLING_AUTHENTICATION_MAIL_JOB, sendAuthenticationMail);
  // Projects and tasks.
  await app.register(inModule('projects', projectRoutes(ctx)));
  // Approvals (a new document version cancels pending ones through the documents module's hook).
  await app.register(inModule('approvals', approvalRoutes(ctx)));

  // Forms: builder, assignments and drafts, submissions, public forms (those declare module null).
  await app.register(inModule('forms', formRoutes(ctx)));
  // Onboarding: templates and checklists; listens to the item modules' hooks and to new accounts.
  await app.register(inModule('onboarding', onboardingRoutes(ctx)));
  // E-signature: envelopes, signing, the sealed copy filed in documents; its expiry and reminder sweep.
  await app.register(inModule('signatures', signatureRoutes(ctx)));
  // Orders: the store's upsert by external id, my orders, the console's lists, tickets about an order.
  await app.register(inModule('orders', orderRoutes(ctx)));
  // Returns (RMA) of orders: the policy per segment, eligibility, photos, the staff's steps, the label.
  await app.register(inModule('returns', returnRoutes(ctx)));
  // Outbound webhooks: portal-wide configuration (not a segment module); modules emit via platform/webhook-events.
  await app.register(webhookRoutes(ctx));
  // CSV import of accounts and people (portal-wide, owners/admins); each run is a job on the shared runner.
  await app.register(importRoutes(ctx));
  conversationRuntimeOf(ctx)!.jobs.register(IMPORT_JOB, runImportJob, importJobOptions);
  conversationRuntimeOf(ctx)!.jobs.register(IMPORT_INVITATIONS_JOB, sendImportInvitationsJob);
  // The home pages' counts: one provider per module (a new module's counts are one more entry here).
  await app.register(homePlugin(ctx, [ticketHomeCounts, conversationHomeCounts, documentHomeCounts]));
  // The obligations timeline: one provider per module (approvals, forms, signatures join with one more entry here).
  await app.register(
    obligationsPlugin(ctx, [
      ticketObligations,
      projectObligations,
      documentObligations,
      billingObligations,
      approvalObligations,
      formObligations,
      onboardingObligations,
      signatureObligations,
    ]),
  );
  if (options.webRoot !== null)
    await registerWebApp(app, options.webRoot ?? WEB_ROOT, {
      sourceMaps: ctx.config.env !== 'production',
      rootRedirect: (request) => helpDomainRoot(ctx, request),
    });

  await app.ready();
  return { app, routes, lifecycle };
}
