import { retireSamlKeysUseCase, rotateSamlKeysUseCase } from './use-cases/saml-key-rotation.ts';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateSamlProvider,
  CreateSsoProvider,
  Id,
  Ok,
  SignInResult,
  SsoButtons,
  SsoDiscoveryResult,
  SsoLink,
  SsoLinkCodeRequest,
  SsoProvider,
  SsoProviderList,
  UpdateSsoProvider,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { metaOf, setSessionCookie } from '../identity/index.ts';
import { SsoRefused } from './refused.ts';
import { ssoCallbackUseCase } from './use-cases/callback.ts';
import { linkSsoIdentityUseCase } from './use-cases/link.ts';
import { sendLinkCodeUseCase } from './use-cases/link-code.ts';
import { samlAcsUseCase, samlMetadataUseCase } from './use-cases/saml.ts';
import {
  createProviderUseCase,
  createSamlProviderUseCase,
  deleteProviderUseCase,
  getProviderUseCase,
  listProvidersUseCase,
  testProviderUseCase,
  updateProviderUseCase,
} from './use-cases/manage-providers.ts';
import { ssoButtonsUseCase, startSsoUseCase } from './use-cases/start.ts';

const Params = z.object({ providerId: Id });
const SIGN_IN_FLOW = 'single sign-on is how an anonymous visitor becomes a user';
/** Binds a started sign-in to the browser that started it (login CSRF); only sent to the callback. */
const STATE_COOKIE = 'portico_sso_state';
const statePath = (providerId: string) => `/api/v1/auth/sso/${providerId}/callback`;
const samlAcsPath = (providerId: string) => `/api/v1/auth/sso/${providerId}/saml/acs`;
/** A SAML response is one signed XML document, base64: far below this. */
const SAML_BODY_LIMIT = 256 * 1024;

export function ssoRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const secure = ctx.config.baseUrl.startsWith('https://');

    app.get(
      '/api/v1/sso/providers',
      {
        config: { access: access.staff },
        schema: { tags: ['sso'], summary: 'Single sign-on providers', response: { 200: SsoProviderList } },
      },
      (request) => listProvidersUseCase(ctx, actorOf(request)),
    );
    app.post(
      '/api/v1/sso/providers',
      {
        config: { access: access.staff, idempotent: true },
        schema: {
          tags: ['sso'],
          summary: 'Add a provider (owners and admins; the client secret is sealed and never returned)',
          body: CreateSsoProvider,
          response: { 201: SsoProvider },
        },
      },
      async (request, reply) => {
        reply.code(201);
        return createProviderUseCase(ctx, actorOf(request), request.body, request.ip);
      },
    );
    app.post(
      '/api/v1/sso/saml-providers',
      {
        config: { access: access.staff, idempotent: true },
        schema: {
          tags: ['sso'],
          summary: 'Add a SAML 2.0 provider (owners and admins; signed assertions are required)',
          body: CreateSamlProvider,
          response: { 201: SsoProvider },
        },
      },
      async (request, reply) => {
        reply.code(201);
        return createSamlProviderUseCase(ctx, actorOf(request), request.body, request.ip);
      },
    );
    app.get(
      '/api/v1/sso/providers/:providerId',
      {
        config: { access: access.staff },
        schema: { tags: ['sso'], summary: 'A provider', params: Params, response: { 200: SsoProvider } },
      },
      (request) => getProviderUseCase(ctx, actorOf(request), request.params.providerId),
    );
    app.patch(
      '/api/v1/sso/providers/:providerId',
      {
        config: { access: access.staff },
        schema: {
          tags: ['sso'],
          summary: 'Change a provider (a missing clientSecret keeps the stored one; 409 on a stale version)',
          params: Params,
          body: UpdateSsoProvider,
          response: { 200: SsoProvider },
        },
      },
      (request) => updateProviderUseCase(ctx, actorOf(request), request.params.providerId, request.body, request.ip),
    );
    app.delete(
      '/api/v1/sso/providers/:providerId',
      {
        config: { access: access.staff },
        schema: { tags: ['sso'], summary: 'Remove a provider', params: Params, response: { 200: Ok } },
      },
      (request) => deleteProviderUseCase(ctx, actorOf(request), request.params.providerId, request.ip),
    );
    // SAML SP key rotation: rotate (new keys current, previous kept for the rollover), then retire explicitly.
    app.post(
      '/api/v1/sso/providers/:providerId/saml-keys/rotate',
      {
        config: { access: access.staff },
        schema: {
          tags: ['sso'],
          summary: 'Make new SAML SP keys; the previous ones stay published and decrypting until retired',
          description: 'Needs a recent proof (step-up). 409 `rollover_open` while previous keys are not retired.',
          params: Params,
          response: { 200: SsoProvider },
        },
      },
      (request) => rotateSamlKeysUseCase(ctx, actorOf(request), request.params.providerId, request.ip),
    );
    app.post(
      '/api/v1/sso/providers/:providerId/saml-keys/retire',
      {
        config: { access: access.staff },
        schema: {
          tags: ['sso'],
          summary: 'Retire the previous SAML SP keys: only the current ones are published and accepted',
          description: 'Needs a recent proof (step-up). 409 `no_rollover` when there is nothing to retire.',
          params: Params,
          response: { 200: SsoProvider },
        },
      },
      (request) => retireSamlKeysUseCase(ctx, actorOf(request), request.params.providerId, request.ip),
    );
    app.post(
      '/api/v1/sso/providers/:providerId/test',
      {
        config: { access: access.staff },
        schema: {
          tags: ['sso'],
          summary: "Run the provider's discovery and report what it answered",
          params: Params,
          response: { 200: SsoDiscoveryResult },
        },
      },
      (request) => testProviderUseCase(ctx, actorOf(request), request.params.providerId),
    );

    app.get(
      '/api/v1/auth/sso/providers',
      {
        config: {
          access: access.public(
            "the sign-in page shows a visitor the buttons of this address's providers (names only)",
          ),
        },
        schema: { tags: ['auth'], summary: 'Single sign-on buttons for this address', response: { 200: SsoButtons } },
      },
      () => ssoButtonsUseCase(ctx),
    );
    app.get(
      '/api/v1/auth/sso/:providerId/start',
      {
        config: { access: access.public(SIGN_IN_FLOW) },
        schema: { tags: ['auth'], summary: 'Start single sign-on: redirects to the identity provider', params: Params },
      },
      async (request, reply) => {
        const started = await startSsoUseCase(ctx, request.params.providerId);
        const saml = started.protocol === 'saml';
        reply.setCookie(STATE_COOKIE, started.state, {
          path: saml ? samlAcsPath(request.params.providerId) : statePath(request.params.providerId),
          httpOnly: true,
          // Lax: the OIDC provider's redirect back is a top-level GET, which carries it. A SAML IdP POSTs a form
          // from its own site, which only a SameSite=None (hence Secure) cookie survives; plain http (development
          // and tests, IdP on the same site) keeps Lax.
          sameSite: saml && secure ? 'none' : 'lax',
          secure,
          maxAge: started.maxAgeSeconds,
        });
        reply.header('cache-control', 'no-store');
        return reply.redirect(started.url, 302);
      },
    );
    app.get(
      '/api/v1/auth/sso/:providerId/callback',
      {
        config: { access: access.public(SIGN_IN_FLOW) },
        schema: { tags: ['auth'], summary: 'The identity provider sends the browser back here', params: Params },
      },
      async (request, reply) => {
        const { providerId } = request.params;
        const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
        reply.header('cache-control', 'no-store');
        reply.clearCookie(STATE_COOKIE, { path: statePath(providerId), httpOnly: true, sameSite: 'lax', secure });
        try {
          const result = await ssoCallbackUseCase(
            ctx,
            providerId,
            query,
            request.cookies[STATE_COOKIE],
            metaOf(request),
          );
          if (result.kind === 'link') return reply.redirect(`/sign-in/sso-link#token=${result.token}`, 302);
          setSessionCookie(reply, ctx.config, result.token);
          return reply.redirect('/', 302);
        } catch (error) {
          if (error instanceof SsoRefused) return reply.redirect(`/sign-in?sso=${error.code}`, 302);
          throw error;
        }
      },
    );
    app.get(
      '/api/v1/auth/sso/:providerId/saml/metadata',
      {
        config: { access: access.public("an IdP administrator imports the portal's SP metadata (no secrets in it)") },
        schema: { tags: ['auth'], summary: 'SAML service provider metadata (XML)', params: Params },
      },
      async (request, reply) => {
        const xml = await samlMetadataUseCase(ctx, request.params.providerId);
        reply.type('application/samlmetadata+xml; charset=utf-8');
        return xml;
      },
    );
    await app.register(async (plugin) => {
      const acs = plugin.withTypeProvider<ZodTypeProvider>();
      // The IdP's HTTP-POST binding: a form with SAMLResponse and RelayState, parsed for this route only.
      acs.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: SAML_BODY_LIMIT },
        (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
      );
      acs.post(
        '/api/v1/auth/sso/:providerId/saml/acs',
        {
          config: {
            access: access.public(SIGN_IN_FLOW),
            csrfExempt:
              "the IdP's form posts from its own site; the state cookie, RelayState and InResponseTo bind it instead",
          },
          schema: {
            tags: ['auth'],
            summary: 'SAML assertion consumer service: the IdP posts the signed response here',
            params: Params,
            body: z.object({ SAMLResponse: z.string().max(SAML_BODY_LIMIT), RelayState: z.string().max(500) }),
          },
        },
        async (request, reply) => {
          const { providerId } = request.params;
          reply.header('cache-control', 'no-store');
          const cookieOptions = { path: samlAcsPath(providerId), httpOnly: true, secure } as const;
          reply.clearCookie(STATE_COOKIE, { ...cookieOptions, sameSite: secure ? 'none' : 'lax' });
          try {
            const result = await samlAcsUseCase(
              ctx,
              providerId,
              request.body,
              request.cookies[STATE_COOKIE],
              metaOf(request),
            );
            // 303: the browser follows a POST's answer with a GET.
            if (result.kind === 'link') return reply.redirect(`/sign-in/sso-link#token=${result.token}`, 303);
            setSessionCookie(reply, ctx.config, result.token);
            return reply.redirect('/', 303);
          } catch (error) {
            if (error instanceof SsoRefused) return reply.redirect(`/sign-in?sso=${error.code}`, 303);
            throw error;
          }
        },
      );
    });
    app.post(
      '/api/v1/auth/sso/link/code',
      {
        config: { access: access.public(SIGN_IN_FLOW) },
        schema: {
          tags: ['auth'],
          summary: 'Email a one-time code that proves the person to link (3 per sign-in, limited per address and IP)',
          body: SsoLinkCodeRequest,
          response: { 200: Ok },
        },
      },
      (request) => sendLinkCodeUseCase(ctx, request.body.token, metaOf(request)),
    );
    app.post(
      '/api/v1/auth/sso/link',
      {
        config: { access: access.public(SIGN_IN_FLOW) },
        schema: {
          tags: ['auth'],
          summary: 'Link a single sign-on identity to an existing person with their password or an emailed code',
          body: SsoLink,
          response: { 200: SignInResult },
        },
      },
      async (request, reply) => {
        const session = await linkSsoIdentityUseCase(ctx, request.body, metaOf(request));
        setSessionCookie(reply, ctx.config, session.token);
        return { state: session.state };
      },
    );
  };
}
