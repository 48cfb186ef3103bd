import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ApiToken,
  ChangePassword,
  CreateApiToken,
  CreatedApiToken,
  EnableTwoFactor,
  Id,
  ListQuery,
  Me,
  Ok,
  Page,
  Reauthenticate,
  Reauthenticated,
  RecoveryCodes,
  SessionSummary,
  SwitchAccount,
  TwoFactorSetup,
  UpdateProfile,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { createApiToken, listMyApiTokens, revokeMyApiToken } from './use-cases/api-tokens.ts';
import { changePassword, getMe, switchAccount, updateProfile } from './use-cases/me.ts';
import { listMySessions, revokeMySession } from './use-cases/sessions.ts';
import { reauthenticate } from './use-cases/step-up.ts';
import {
  disableTwoFactor,
  enableTwoFactor,
  regenerateRecoveryCodes,
  startTwoFactorSetup,
} from './use-cases/two-factor.ts';
import { clearSessionCookie, setSessionCookie } from './session-cookie.ts';
import { metaOf } from './routes.ts';
import { emailChangeRoutes } from './email-change-routes.ts';
import { dataExportRoutes } from './data-export-routes.ts';
import { deletionRoutes } from './deletion-routes.ts';
import { serviceTokenRoutes } from './service-token-routes.ts';

const JSON_UTF8 = 'application/json; charset=utf-8';
const meJson = new WeakMap<Me, string>();

export function meRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(emailChangeRoutes(ctx));
    await app.register(dataExportRoutes(ctx));
    await app.register(deletionRoutes(ctx));
    await app.register(serviceTokenRoutes(ctx));
    app.get(
      '/api/v1/me',
      {
        config: { access: access.signedIn },
        schema: { tags: ['me'], summary: 'The signed-in user, their accounts and abilities', response: { 200: Me } },
      },
      (request, reply) => {
        const me = getMe(ctx, actorOf(request));
        if (me instanceof Promise) return me;
        // The same answer object for the same session (use-cases/me.ts): its JSON text, written by this route's
        // serializer (checked against the schema where responses are checked), is kept with it and sent as it is.
        let json = meJson.get(me);
        // This route's serializer writes text (platform/http/response-serializer.ts).
        if (json === undefined) meJson.set(me, (json = reply.serialize(me) as string));
        // The typed `send` takes a `Me`: this is one, already serialized; Fastify sends JSON text as it is.
        void (reply as unknown as FastifyReply).header('content-type', JSON_UTF8).send(json);
        return undefined;
      },
    );

    app.patch(
      '/api/v1/me',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['me'],
          summary: 'Update name, language or time zone',
          body: UpdateProfile,
          response: { 200: Me },
        },
      },
      (request) => updateProfile(ctx, actorOf(request), request.body),
    );

    app.post(
      '/api/v1/me/password',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['me'],
          summary: 'Change password; ends every other session',
          body: ChangePassword,
          response: { 200: Ok },
        },
      },
      async (request, reply) => {
        const token = await changePassword(
          ctx,
          actorOf(request),
          request.body.currentPassword,
          request.body.newPassword,
          metaOf(request),
        );
        setSessionCookie(reply, ctx.config, token);
        return { ok: true as const };
      },
    );

    app.put(
      '/api/v1/me/active-account',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['me'],
          summary: 'Switch the account this session works in',
          body: SwitchAccount,
          response: { 200: Me },
        },
      },
      (request) => switchAccount(ctx, actorOf(request), request.body.accountId),
    );

    app.get(
      '/api/v1/me/sessions',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['me'],
          summary: 'My signed-in sessions',
          querystring: ListQuery,
          response: { 200: Page(SessionSummary) },
        },
      },
      (request) => listMySessions(ctx, actorOf(request), request.query),
    );

    app.delete(
      '/api/v1/me/sessions/:sessionId',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['me'],
          summary: 'Revoke one of my sessions',
          params: z.object({ sessionId: Id }),
          response: { 200: Ok },
        },
      },
      async (request, reply) => {
        const { current } = await revokeMySession(ctx, actorOf(request), request.params.sessionId, metaOf(request));
        if (current) clearSessionCookie(reply, ctx.config);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/v1/me/api-tokens',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['me'],
          summary: 'My personal API tokens (secrets are never shown again)',
          response: { 200: Page(ApiToken) },
        },
      },
      (request) => listMyApiTokens(ctx, actorOf(request)),
    );

    app.post(
      '/api/v1/me/api-tokens',
      {
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags: ['me'],
          summary: 'Create a token for `Authorization: Bearer`; the secret is in this response only',
          body: CreateApiToken,
          response: { 201: CreatedApiToken },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createApiToken(ctx, actorOf(request), request.body, metaOf(request))),
    );

    app.delete(
      '/api/v1/me/api-tokens/:tokenId',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['me'],
          summary: 'Revoke one of my API tokens (effective at once)',
          params: z.object({ tokenId: Id }),
          response: { 200: ApiToken },
        },
      },
      (request) => revokeMyApiToken(ctx, actorOf(request), request.params.tokenId, metaOf(request)),
    );

    app.post(
      '/api/v1/me/two-factor/setup',
      {
        config: { access: access.signedInPartly },
        schema: {
          tags: ['me'],
          summary: 'Start TOTP enrolment: secret and QR code',
          response: { 200: TwoFactorSetup },
        },
      },
      (request) => startTwoFactorSetup(ctx, actorOf(request)),
    );

    app.post(
      '/api/v1/me/two-factor/enable',
      {
        config: { access: access.signedInPartly },
        schema: {
          tags: ['me'],
          summary: 'Confirm enrolment with a code; returns recovery codes once',
          body: EnableTwoFactor,
          response: { 200: RecoveryCodes },
        },
      },
      async (request, reply) => {
        const result = await enableTwoFactor(ctx, actorOf(request), request.body.code, metaOf(request));
        if (result.newSessionToken) setSessionCookie(reply, ctx.config, result.newSessionToken);
        return { recoveryCodes: result.recoveryCodes };
      },
    );

    app.post(
      '/api/v1/me/two-factor/disable',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['me'],
          summary: 'Turn 2FA off (refused where policy requires it; needs a recent re-authentication)',
          response: { 200: Ok },
        },
      },
      async (request) => {
        await disableTwoFactor(ctx, actorOf(request), metaOf(request));
        return { ok: true as const };
      },
    );

    app.post(
      '/api/v1/me/two-factor/recovery-codes',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['me'],
          summary: 'Replace recovery codes (needs a recent re-authentication)',
          response: { 200: RecoveryCodes },
        },
      },
      (request) => regenerateRecoveryCodes(ctx, actorOf(request), metaOf(request)),
    );

    app.post(
      '/api/v1/me/reauthenticate',
      {
        config: { access: access.signedInPartly },
        schema: {
          tags: ['me'],
          summary:
            'Prove the password or an authenticator code again: 2FA changes, recovery codes and API tokens need it (403 reauthentication_required)',
          body: Reauthenticate,
          response: { 200: Reauthenticated },
        },
      },
      (request) => reauthenticate(ctx, actorOf(request), request.body, metaOf(request)),
    );
  };
}
