import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import {
  AcceptInvitation,
  CompletePasswordReset,
  ConsumeToken,
  EmailOnly,
  InvitationPreview,
  Ok,
  SecondFactor,
  SessionInfo,
  SignIn,
  SignInResult,
} from '../../../contract/index.ts';
import type { AppContext, RequestMeta } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { brandingForActor } from '../branding/index.ts';
import { segmentOfHost } from '../domains/index.ts';
import { languageInfoOfRequest } from './use-cases/language.ts';
import { loadActor } from './authenticate.ts';
import { acceptInvitation, previewInvitation } from './use-cases/invitations.ts';
import { consumeMagicLink, requestMagicLink } from './use-cases/magic-link.ts';
import { getMe } from './use-cases/me.ts';
import { completePasswordReset, requestPasswordReset } from './use-cases/password-reset.ts';
import { completeSecondFactor } from './use-cases/second-factor.ts';
import { signOut } from './use-cases/sessions.ts';
import { signInWithPassword } from './use-cases/sign-in.ts';
import { clearSessionCookie, csrfTokenOf, issueCsrfToken, setSessionCookie } from './session-cookie.ts';
import { startCredentialRetention } from './retention.ts';

export const metaOf = (request: FastifyRequest): RequestMeta => ({
  ip: request.ip,
  userAgent: request.headers['user-agent'] ?? null,
});
const SIGN_IN_FLOW = 'signing in is how an anonymous visitor becomes a user';

export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const stopRetention = startCredentialRetention(ctx);
    app.addHook('onClose', async () => stopRetention());
    app.get(
      '/api/v1/session',
      {
        config: { access: access.public('tells the page whether anyone is signed in, and hands out the CSRF token') },
        schema: { tags: ['auth'], summary: 'Current session, CSRF token and branding', response: { 200: SessionInfo } },
      },
      async (request, reply) => {
        const actor = await loadActor(ctx, request);
        const csrfToken = csrfTokenOf(request) ?? issueCsrfToken(reply, ctx.config);
        reply.header('cache-control', 'no-store');
        const hostSegmentId = (await segmentOfHost(ctx, request))?.segmentId ?? null;
        return {
          csrfToken,
          // A person sees their segment's branding, staff the firm's, a visitor the segment whose domain this is.
          branding: await brandingForActor(ctx.db, actor, hostSegmentId),
          me: actor ? await getMe(ctx, actor) : null,
          language: await languageInfoOfRequest(ctx, request, actor, hostSegmentId),
        };
      },
    );

    app.post(
      '/api/v1/auth/sign-in',
      {
        config: { access: access.public(SIGN_IN_FLOW) },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with email and password',
          body: SignIn,
          response: { 200: SignInResult },
        },
      },
      async (request, reply) => {
        const session = await signInWithPassword(ctx, request.body.email, request.body.password, metaOf(request));
        setSessionCookie(reply, ctx.config, session.token);
        return { state: session.state };
      },
    );

    app.post(
      '/api/v1/auth/second-factor',
      {
        config: { access: access.signedInPartly },
        schema: {
          tags: ['auth'],
          summary: 'Finish sign-in with a TOTP or recovery code',
          body: SecondFactor,
          response: { 200: SignInResult },
        },
      },
      async (request, reply) => {
        const session = await completeSecondFactor(ctx, actorOf(request), request.body.code, metaOf(request));
        setSessionCookie(reply, ctx.config, session.token);
        return { state: session.state };
      },
    );

    app.post(
      '/api/v1/auth/sign-out',
      {
        config: { access: access.signedInPartly },
        schema: { tags: ['auth'], summary: 'Sign out of this session', response: { 200: Ok } },
      },
      async (request, reply) => {
        await signOut(ctx, actorOf(request), metaOf(request));
        clearSessionCookie(reply, ctx.config);
        // The browser drops every cookie and stored copy of this origin (cached pages, local drafts) too.
        reply.header('clear-site-data', '"cookies", "storage"');
        return { ok: true as const };
      },
    );

    app.post(
      '/api/v1/auth/magic-links',
      {
        config: { access: access.public(SIGN_IN_FLOW) },
        schema: {
          tags: ['auth'],
          summary: 'Email a sign-in link (same answer whether or not the address exists)',
          body: EmailOnly,
          response: { 202: Ok },
        },
      },
      async (request, reply) => {
        await requestMagicLink(ctx, request.body.email, metaOf(request));
        return reply.status(202).send({ ok: true as const });
      },
    );

    app.post(
      '/api/v1/auth/magic-links/consume',
      {
        config: { access: access.public(SIGN_IN_FLOW) },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with an emailed link (POST only: link scanners cannot use it up)',
          body: ConsumeToken,
          response: { 200: SignInResult },
        },
      },
      async (request, reply) => {
        const session = await consumeMagicLink(ctx, request.body.token, metaOf(request));
        setSessionCookie(reply, ctx.config, session.token);
        return { state: session.state };
      },
    );

    app.post(
      '/api/v1/auth/password-resets',
      {
        config: { access: access.public(SIGN_IN_FLOW) },
        schema: {
          tags: ['auth'],
          summary: 'Email a password reset link (same answer whether or not the address exists)',
          body: EmailOnly,
          response: { 202: Ok },
        },
      },
      async (request, reply) => {
        await requestPasswordReset(ctx, request.body.email, metaOf(request));
        return reply.status(202).send({ ok: true as const });
      },
    );

    app.post(
      '/api/v1/auth/password-resets/complete',
      {
        config: { access: access.public(SIGN_IN_FLOW) },
        schema: {
          tags: ['auth'],
          summary: 'Set a new password with an emailed token; ends every session',
          body: CompletePasswordReset,
          response: { 200: Ok },
        },
      },
      async (request) => {
        await completePasswordReset(ctx, request.body.token, request.body.password, metaOf(request));
        return { ok: true as const };
      },
    );

    app.post(
      '/api/v1/auth/invitations/preview',
      {
        config: { access: access.public('an invitee has no sign-in yet') },
        schema: {
          tags: ['auth'],
          summary: 'What an invitation token invites to',
          body: ConsumeToken,
          response: { 200: InvitationPreview },
        },
      },
      (request) => previewInvitation(ctx, request.body.token),
    );

    app.post(
      '/api/v1/auth/invitations/accept',
      {
        config: { access: access.public('an invitee has no sign-in yet') },
        schema: {
          tags: ['auth'],
          summary: 'Accept an invitation and sign in',
          body: AcceptInvitation,
          response: { 200: SignInResult },
        },
      },
      async (request, reply) => {
        const session = await acceptInvitation(ctx, request.body, metaOf(request));
        setSessionCookie(reply, ctx.config, session.token);
        return { state: session.state };
      },
    );
  };
}
