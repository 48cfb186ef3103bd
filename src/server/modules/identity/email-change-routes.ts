import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ConfirmEmailChange,
  Me,
  Ok,
  PendingEmailChange,
  RequestEmailChange,
  UndoEmailChange,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import {
  cancelEmailChange,
  confirmEmailChange,
  getPendingEmailChange,
  requestEmailChange,
  undoEmailChange,
} from './use-cases/email-change.ts';
import { getMe } from './use-cases/me.ts';
import { metaOf } from './routes.ts';

/** Changing one's own sign-in address (issue 16): code to the new address, undo link to the old one. */
export function emailChangeRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/me/email-change',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['me'],
          summary: 'The address change waiting for its code',
          response: { 200: PendingEmailChange },
        },
      },
      (request) => getPendingEmailChange(ctx, actorOf(request)),
    );

    app.post(
      '/api/v1/me/email-change',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['me'],
          summary: 'Mail a 6-digit code to a new address (needs a recent re-authentication)',
          body: RequestEmailChange,
          response: { 202: PendingEmailChange },
        },
      },
      async (request, reply) =>
        reply.status(202).send(await requestEmailChange(ctx, actorOf(request), request.body.newEmail, metaOf(request))),
    );

    app.post(
      '/api/v1/me/email-change/confirm',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['me'],
          summary: 'Switch to the new address with its code; ends every other session',
          body: ConfirmEmailChange,
          response: { 200: Me },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await confirmEmailChange(ctx, actor, request.body.code, metaOf(request));
        return getMe(ctx, actor);
      },
    );

    app.delete(
      '/api/v1/me/email-change',
      {
        config: { access: access.signedIn },
        schema: { tags: ['me'], summary: 'Withdraw the address change waiting for its code', response: { 200: Ok } },
      },
      async (request) => {
        await cancelEmailChange(ctx, actorOf(request));
        return { ok: true as const };
      },
    );

    app.post(
      '/api/v1/auth/email-change/undo',
      {
        config: {
          access: access.public(
            'the undo link in the notice to the old address: whoever lost their account to a change has no session',
          ),
        },
        schema: {
          tags: ['auth'],
          summary: 'Restore the previous address and sign every session out',
          body: UndoEmailChange,
          response: { 200: Ok },
        },
      },
      async (request) => {
        await undoEmailChange(ctx, request.body.token, metaOf(request));
        return { ok: true as const };
      },
    );
  };
}
