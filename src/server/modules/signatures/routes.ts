import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Readable } from 'node:stream';
import {
  CreateEnvelope,
  DeclineEnvelope,
  Envelope,
  EnvelopeListQuery,
  Id,
  Page,
  PreviewEnvelope,
  ReplaceSigningCertificate,
  SealVerification,
  SignEnvelope,
  SigningCertificate,
  VoidEnvelope,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { FILE_SANDBOX_CSP } from '../../platform/http/file-response.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { sealingCertificate } from './certificate.ts';
import { runCertificateExpiryCheck, startCertificateExpiryCheck } from './certificate-expiry.ts';
import { startSignatureSweep } from './reminders.ts';
import {
  getCertificateUseCase,
  regenerateCertificateUseCase,
  replaceCertificateUseCase,
} from './use-cases/certificate.ts';
import { declineEnvelopeUseCase, remindEnvelopeUseCase, voidEnvelopeUseCase } from './use-cases/close.ts';
import { downloadCompletedUseCase, verifyCompletedUseCase, viewOriginalUseCase } from './use-cases/files.ts';
import { getEnvelopeUseCase, listEnvelopesUseCase } from './use-cases/load.ts';
import { previewEnvelopeUseCase } from './use-cases/preview.ts';
import { sendEnvelopeUseCase } from './use-cases/send.ts';
import { signEnvelopeUseCase } from './use-cases/sign.ts';

const tags = ['signatures'];
const AccountParams = z.object({ accountId: Id });
const EnvelopeParams = z.object({ envelopeId: Id });

/** Stored PDF bytes: inline for pdf.js or a download, never a page of ours (sandbox CSP, nosniff). */
function sendPdf(
  reply: FastifyReply,
  file: { name: string; body: Readable | Buffer; sha256: string | null },
  inline: boolean,
) {
  const name = file.name.replace(/[^A-Za-z0-9._ -]/g, '_');
  reply.header('content-type', 'application/pdf');
  reply.header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename="${name}"`);
  reply.header('cache-control', 'private, no-store');
  reply.header('x-content-type-options', 'nosniff');
  reply.header('content-security-policy', FILE_SANDBOX_CSP);
  if (file.sha256) reply.header('x-content-sha256', file.sha256);
  return reply.send(file.body);
}

/** E-signature: staff send envelopes, signers sign or decline for themselves; the expiry and reminder sweep. */
export function signatureRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const stopSweep = startSignatureSweep(ctx);
    const stopExpiryCheck = startCertificateExpiryCheck(ctx);
    // The portal's sealing certificate is made at first start (in the background: RSA key generation takes a
    // moment), so the first completed envelope does not wait for it; then its expiry is looked at once at start.
    // Both wait until the server listens: reading the PKCS#12 loads node-forge and runs its key derivation, work the
    // start to ready need not wait on. Tests make it on first use instead (and never listen).
    if (ctx.config.env !== 'test')
      app.addHook('onListen', () => {
        void sealingCertificate(ctx)
          .then(
            () => ctx.logger.info('signing certificate ready'),
            (error: unknown) =>
              ctx.logger.warn({ err: error }, 'could not make the signing certificate yet; it is made at first use'),
          )
          .then(() => runCertificateExpiryCheck(ctx))
          .catch((error: unknown) => ctx.logger.error({ err: error }, 'signing certificate expiry check failed'));
      });
    app.addHook('onClose', async () => {
      stopSweep();
      stopExpiryCheck();
    });

    // The portal's sealing certificate: firm-wide (no account, so no segment's module switch), staff read it, owners
    // and admins replace it with the firm's own PKCS#12 or a new self-signed one, after a recent proof (step-up).
    app.get(
      '/api/v1/signature-certificate',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'The certificate that seals completed envelopes',
          response: { 200: SigningCertificate },
        },
      },
      (request) => getCertificateUseCase(ctx, actorOf(request)),
    );
    app.put(
      '/api/v1/signature-certificate',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: "Replace the sealing certificate with the firm's own (PKCS#12 in base64, with its passphrase)",
          description:
            'Owners and admins, with a recent proof (403 `reauthentication_required`). The file must open with the ' +
            'passphrase, hold an RSA key and its certificate, valid now, and seal a test PDF that verifies; otherwise ' +
            '400 with the reason on `p12` or `passphrase`, and nothing changes. Envelopes sealed before keep verifying.',
          body: ReplaceSigningCertificate,
          response: { 200: SigningCertificate },
        },
      },
      (request) => replaceCertificateUseCase(ctx, actorOf(request), request.body),
    );
    app.post(
      '/api/v1/signature-certificate/regenerate',
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Replace the sealing certificate with a new self-signed one made by the portal',
          description: 'Owners and admins, with a recent proof (403 `reauthentication_required`).',
          response: { 200: SigningCertificate },
        },
      },
      (request) => regenerateCertificateUseCase(ctx, actorOf(request)),
    );

    app.get(
      '/api/v1/signature-envelopes',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: "Envelopes across the caller's accounts, newest first (waitingOn=me: waiting on your signature)",
          querystring: EnvelopeListQuery,
          response: { 200: Page(Envelope) },
        },
      },
      (request) => listEnvelopesUseCase(ctx, actorOf(request), null, request.query),
    );
    app.get(
      '/api/v1/accounts/:accountId/signature-envelopes',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: "An account's envelopes, newest first",
          params: AccountParams,
          querystring: EnvelopeListQuery,
          response: { 200: Page(Envelope) },
        },
      },
      (request) => listEnvelopesUseCase(ctx, actorOf(request), request.params.accountId, request.query),
    );
    app.post(
      '/api/v1/accounts/:accountId/signature-envelopes',
      {
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags,
          summary: 'Send a PDF for signature (staff): a document of the account, or the engagement letter template',
          params: AccountParams,
          body: CreateEnvelope,
          response: { 201: Envelope },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await sendEnvelopeUseCase(ctx, actorOf(request), request.params.accountId, request.body)),
    );
    app.post(
      '/api/v1/accounts/:accountId/signature-envelopes/preview',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'The PDF an envelope would carry, before sending (staff place the fields on its pages)',
          params: AccountParams,
          body: PreviewEnvelope,
        },
      },
      async (request, reply) => {
        const preview = await previewEnvelopeUseCase(ctx, actorOf(request), request.params.accountId, request.body);
        reply.header('x-page-count', String(preview.pageCount));
        return sendPdf(reply, { name: 'preview.pdf', body: preview.bytes, sha256: null }, true);
      },
    );
    app.get(
      '/api/v1/signature-envelopes/:envelopeId',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'One envelope', params: EnvelopeParams, response: { 200: Envelope } },
      },
      (request) => getEnvelopeUseCase(ctx, actorOf(request), request.params.envelopeId),
    );
    app.get(
      '/api/v1/signature-envelopes/:envelopeId/document.pdf',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'The PDF sent for signature (each view is recorded)', params: EnvelopeParams },
      },
      async (request, reply) =>
        sendPdf(reply, await viewOriginalUseCase(ctx, actorOf(request), request.params.envelopeId), true),
    );
    app.get(
      '/api/v1/signature-envelopes/:envelopeId/signed.pdf',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'The signed, sealed PDF with its certificate page', params: EnvelopeParams },
      },
      async (request, reply) =>
        sendPdf(reply, await downloadCompletedUseCase(ctx, actorOf(request), request.params.envelopeId), false),
    );
    app.get(
      '/api/v1/signature-envelopes/:envelopeId/verification',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: "Whether the signed copy's seal is intact and its SHA-256 the one recorded",
          params: EnvelopeParams,
          response: { 200: SealVerification },
        },
      },
      (request) => verifyCompletedUseCase(ctx, actorOf(request), request.params.envelopeId),
    );
    app.post(
      '/api/v1/signature-envelopes/:envelopeId/signature',
      {
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags,
          summary: "Sign: the caller's own signature, with consent, bound to contentSha256",
          params: EnvelopeParams,
          body: SignEnvelope,
          response: { 200: Envelope },
        },
      },
      (request) => signEnvelopeUseCase(ctx, actorOf(request), request.params.envelopeId, request.body),
    );
    app.post(
      '/api/v1/signature-envelopes/:envelopeId/decline',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Decline to sign, with a reason (closes the envelope)',
          params: EnvelopeParams,
          body: DeclineEnvelope,
          response: { 200: Envelope },
        },
      },
      (request) => declineEnvelopeUseCase(ctx, actorOf(request), request.params.envelopeId, request.body.reason),
    );
    app.post(
      '/api/v1/signature-envelopes/:envelopeId/void',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Void an open envelope (staff), with a reason',
          params: EnvelopeParams,
          body: VoidEnvelope,
          response: { 200: Envelope },
        },
      },
      (request) => voidEnvelopeUseCase(ctx, actorOf(request), request.params.envelopeId, request.body.reason),
    );
    app.post(
      '/api/v1/signature-envelopes/:envelopeId/reminders',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Send the request again to the signers whose turn it is (staff)',
          params: EnvelopeParams,
          response: { 200: Envelope },
        },
      },
      (request) => remindEnvelopeUseCase(ctx, actorOf(request), request.params.envelopeId),
    );
  };
}
