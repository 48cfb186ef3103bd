import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import {
  Id,
  Page,
  Passkey,
  PasskeyAssertion,
  PasskeyOptions,
  Reauthenticated,
  RegisteredPasskey,
  RegisterPasskey,
  RenamePasskey,
  SignInResult,
  Ok,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import {
  finishPasskeyRegistration,
  listMyPasskeys,
  removeMyPasskey,
  renameMyPasskey,
  startPasskeyRegistration,
} from './use-cases/passkeys.ts';
import {
  finishPasskeyProof,
  finishPasskeySignIn,
  startPasskeyProof,
  startPasskeySignIn,
} from './use-cases/passkey-sign-in.ts';
import { setSessionCookie } from './session-cookie.ts';
import { metaOf } from './routes.ts';

const PASSKEY_SIGN_IN = 'signing in with a passkey is how an anonymous visitor becomes a user (usernameless)';
// The browser's answer is checked in full by @simplewebauthn/server; the contract only bounds its shape.
const asRegistration = (response: unknown) => response as RegistrationResponseJSON;
const asAssertion = (response: unknown) => response as AuthenticationResponseJSON;

/** Passkeys (WebAuthn): sign-in without a password or email, and the signed-in person's own passkeys. */
export function passkeyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/auth/passkey/options',
      {
        config: { access: access.public(PASSKEY_SIGN_IN) },
        schema: {
          tags: ['auth'],
          summary: 'Start a passkey sign-in: a single-use challenge (5 minutes) any discoverable passkey may answer',
          response: { 200: PasskeyOptions },
        },
      },
      (request) => startPasskeySignIn(ctx, metaOf(request)),
    );

    app.post(
      '/api/v1/auth/passkey/verify',
      {
        config: { access: access.public(PASSKEY_SIGN_IN) },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with a passkey (counts as two factors)',
          body: PasskeyAssertion,
          response: { 200: SignInResult },
        },
      },
      async (request, reply) => {
        const session = await finishPasskeySignIn(
          ctx,
          { challengeId: request.body.challengeId, response: asAssertion(request.body.response) },
          metaOf(request),
        );
        setSessionCookie(reply, ctx.config, session.token);
        return { state: session.state };
      },
    );

    app.get(
      '/api/v1/me/passkeys',
      {
        config: { access: access.signedInPartly },
        schema: { tags: ['me'], summary: 'My passkeys', response: { 200: Page(Passkey) } },
      },
      (request) => listMyPasskeys(ctx, actorOf(request)),
    );

    app.post(
      '/api/v1/me/passkeys/registration-options',
      {
        config: { access: access.signedInPartly },
        schema: {
          tags: ['me'],
          summary: 'Start adding a passkey (needs a recent re-authentication)',
          response: { 200: PasskeyOptions },
        },
      },
      (request) => startPasskeyRegistration(ctx, actorOf(request)),
    );

    app.post(
      '/api/v1/me/passkeys',
      {
        config: { access: access.signedInPartly },
        schema: {
          tags: ['me'],
          summary: 'Add a passkey from the authenticator’s answer; the first one may bring recovery codes',
          body: RegisterPasskey,
          response: { 201: RegisteredPasskey },
        },
      },
      async (request, reply) => {
        const result = await finishPasskeyRegistration(
          ctx,
          actorOf(request),
          { ...request.body, response: asRegistration(request.body.response) },
          metaOf(request),
        );
        if (result.newSessionToken) setSessionCookie(reply, ctx.config, result.newSessionToken);
        return reply.status(201).send({ passkey: result.passkey, recoveryCodes: result.recoveryCodes });
      },
    );

    app.patch(
      '/api/v1/me/passkeys/:passkeyId',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['me'],
          summary: 'Rename one of my passkeys',
          params: z.object({ passkeyId: Id }),
          body: RenamePasskey,
          response: { 200: Passkey },
        },
      },
      (request) => renameMyPasskey(ctx, actorOf(request), request.params.passkeyId, request.body.name, metaOf(request)),
    );

    app.delete(
      '/api/v1/me/passkeys/:passkeyId',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['me'],
          summary: 'Remove one of my passkeys (needs a recent re-authentication)',
          params: z.object({ passkeyId: Id }),
          response: { 200: Ok },
        },
      },
      async (request) => {
        await removeMyPasskey(ctx, actorOf(request), request.params.passkeyId, metaOf(request));
        return { ok: true as const };
      },
    );

    app.post(
      '/api/v1/me/passkeys/proof-options',
      {
        config: { access: access.signedInPartly },
        schema: {
          tags: ['me'],
          summary: 'Start proving it is you with one of your passkeys (step-up, or the second step of a sign-in)',
          response: { 200: PasskeyOptions },
        },
      },
      (request) => startPasskeyProof(ctx, actorOf(request)),
    );

    app.post(
      '/api/v1/me/passkeys/proof',
      {
        config: { access: access.signedInPartly },
        schema: {
          tags: ['me'],
          summary: 'Prove it is you with a passkey: step-up for sensitive changes, or finishes a sign-in',
          body: PasskeyAssertion,
          response: { 200: Reauthenticated },
        },
      },
      async (request, reply) => {
        const result = await finishPasskeyProof(
          ctx,
          actorOf(request),
          { challengeId: request.body.challengeId, response: asAssertion(request.body.response) },
          metaOf(request),
        );
        if (result.newSessionToken) setSessionCookie(reply, ctx.config, result.newSessionToken);
        return { reauthenticatedUntil: result.reauthenticatedUntil };
      },
    );
  };
}
