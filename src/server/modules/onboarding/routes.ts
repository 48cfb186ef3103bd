import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AccountOnboarding,
  ApplyOnboarding,
  CreateOnboardingTemplate,
  Id,
  OnboardingListQuery,
  OnboardingStats,
  OnboardingSummary,
  OnboardingTemplate,
  OnboardingTemplateListQuery,
  Page,
  UpdateOnboardingTemplate,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { stepItemProgress } from '../../platform/onboarding-steps.ts';
import { onAccountCreated } from '../accounts/index.ts';
import { onStepItemProgress } from './engine.ts';
import { registerBuiltInStepKinds } from './step-kinds.ts';
import {
  applyOnAccountCreated,
  applyOnAccountsCreated,
  applyOnboardingUseCase,
  cancelOnboardingUseCase,
  completeStepUseCase,
} from './use-cases/apply.ts';
import { reissueStepUseCase } from './use-cases/reissue.ts';
import { getAccountOnboardingUseCase, listOnboardingsUseCase, onboardingStatsUseCase } from './use-cases/read.ts';
import {
  createTemplateUseCase,
  deleteTemplateUseCase,
  getTemplateUseCase,
  listTemplatesUseCase,
  updateTemplateUseCase,
} from './use-cases/templates.ts';

const tags = ['onboarding'];
const TemplateParams = z.object({ onboardingTemplateId: Id });
const AccountParams = z.object({ accountId: Id });

/** Onboarding: templates (staff), applying them (by hand, or with a new account), the checklist, the overview. */
export function onboardingRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const stops = [
      registerBuiltInStepKinds(ctx),
      stepItemProgress.listen(onStepItemProgress(ctx)),
      onAccountCreated(applyOnAccountCreated(ctx), applyOnAccountsCreated(ctx)),
    ];
    app.addHook('onClose', async () => stops.forEach((stop) => stop()));

    app.get(
      '/api/v1/onboarding-templates',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Onboarding templates, by segment (staff)',
          querystring: OnboardingTemplateListQuery,
          response: { 200: z.object({ items: z.array(OnboardingTemplate) }) },
        },
      },
      (request) => listTemplatesUseCase(ctx, actorOf(request), request.query.segmentId),
    );
    app.post(
      '/api/v1/onboarding-templates',
      {
        config: { access: access.staff, idempotent: true },
        schema: {
          tags,
          summary: 'Create an onboarding template (staff)',
          body: CreateOnboardingTemplate,
          response: { 201: OnboardingTemplate },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createTemplateUseCase(ctx, actorOf(request), request.body)),
    );
    app.get(
      '/api/v1/onboarding-templates/:onboardingTemplateId',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'One template (staff)',
          params: TemplateParams,
          response: { 200: OnboardingTemplate },
        },
      },
      (request) => getTemplateUseCase(ctx, actorOf(request), request.params.onboardingTemplateId),
    );
    app.patch(
      '/api/v1/onboarding-templates/:onboardingTemplateId',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Change a template (staff; If-Match: version); onboardings already applied keep their steps',
          params: TemplateParams,
          body: UpdateOnboardingTemplate,
          response: { 200: OnboardingTemplate },
        },
      },
      (request) =>
        updateTemplateUseCase(
          ctx,
          actorOf(request),
          request.params.onboardingTemplateId,
          request.body,
          ifMatchVersion(request),
        ),
    );
    app.delete(
      '/api/v1/onboarding-templates/:onboardingTemplateId',
      {
        config: { access: access.staff },
        schema: { tags, summary: 'Delete a template (staff)', params: TemplateParams },
      },
      async (request, reply) => {
        await deleteTemplateUseCase(ctx, actorOf(request), request.params.onboardingTemplateId);
        return reply.status(204).send();
      },
    );
    app.get(
      '/api/v1/onboardings',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Onboardings in the caller’s scope, longest-running first, with the step each is stuck on (staff)',
          querystring: OnboardingListQuery,
          response: { 200: Page(OnboardingSummary) },
        },
      },
      (request) => listOnboardingsUseCase(ctx, actorOf(request), request.query),
    );
    app.get(
      '/api/v1/onboarding-stats',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Time to onboard per segment: median of completed onboardings (staff)',
          response: { 200: OnboardingStats },
        },
      },
      (request) => onboardingStatsUseCase(ctx, actorOf(request)),
    );
    app.get(
      '/api/v1/accounts/:accountId/onboarding',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: "The account's onboarding in progress, else its latest (the checklist), or null",
          params: AccountParams,
          response: { 200: AccountOnboarding },
        },
      },
      (request) => getAccountOnboardingUseCase(ctx, actorOf(request), request.params.accountId),
    );
    app.post(
      '/api/v1/accounts/:accountId/onboardings',
      {
        config: { access: access.staff, idempotent: true },
        schema: {
          tags,
          summary: 'Apply a template to the account (staff); 409 already_onboarding while one is in progress',
          params: AccountParams,
          body: ApplyOnboarding,
          response: { 201: AccountOnboarding },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await applyOnboardingUseCase(ctx, actorOf(request), request.params.accountId, request.body.templateId)),
    );
    app.post(
      '/api/v1/onboardings/:onboardingId/cancel',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Cancel an onboarding in progress (staff); its items stay with their modules',
          params: z.object({ onboardingId: Id }),
          response: { 200: AccountOnboarding },
        },
      },
      (request) => cancelOnboardingUseCase(ctx, actorOf(request), request.params.onboardingId),
    );
    app.post(
      '/api/v1/onboarding-steps/:onboardingStepId/complete',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Tick off a welcome step (the account’s people, or staff); other steps complete with their item',
          params: z.object({ onboardingStepId: Id }),
          response: { 200: AccountOnboarding },
        },
      },
      (request) => completeStepUseCase(ctx, actorOf(request), request.params.onboardingStepId),
    );
    app.post(
      '/api/v1/onboarding-steps/:onboardingStepId/reissue',
      {
        config: { access: access.staff, idempotent: true },
        schema: {
          tags,
          summary:
            'Re-issue a step whose item ended without completing it (a letter declined, voided or expired; staff)',
          params: z.object({ onboardingStepId: Id }),
          response: { 200: AccountOnboarding },
        },
      },
      (request) => reissueStepUseCase(ctx, actorOf(request), request.params.onboardingStepId),
    );
  };
}
