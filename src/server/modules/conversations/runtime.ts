import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/http/errors.ts';
import { JobRunner } from '../../platform/jobs/index.ts';
import { inboundLimitProblem, parseInboundMail, startInboundSmtp } from '../../platform/mail/inbound/index.ts';
import { RealtimeHub } from '../../platform/realtime/index.ts';
import { startConversationRetention } from './retention.ts';
import { DIGEST_JOB, EMAIL_JOB } from './use-cases/fan-out.ts';
import { sendDigest } from './use-cases/send-digest.ts';
import { sendThreadEmail } from './use-cases/send-thread-email.ts';
import { ATTACHMENT_MAX_BYTES } from './use-cases/attachments.ts';

/**
 * Handles one inbound email (raw MIME, SMTP envelope recipients); the app may route it before conversations.
 * `tooLarge`: refused for a limit (SMTP 552, webhook 413) rather than for who sent it (550, `accepted: false`).
 * A throw is a temporary failure (storage, database): SMTP 451, webhook 503, and the sender delivers it again.
 */
export type InboundMailHandler = (
  raw: Buffer,
  envelopeRecipients: string[],
) => Promise<{ accepted: boolean; reason?: string; tooLarge?: boolean }>;

/**
 * The inbound limits (INBOUND_MAX_MESSAGE_BYTES, INBOUND_MAX_ATTACHMENTS, the attachment size) before any handler
 * runs: a mail over them is refused whole with the reason, before it is acknowledged, for every route it could take.
 */
export function withInboundLimits(ctx: AppContext, handler: InboundMailHandler): InboundMailHandler {
  const limits = {
    maxMessageBytes: ctx.config.conversations.inboundMaxMessageBytes,
    maxAttachments: ctx.config.conversations.inboundMaxAttachments,
    maxAttachmentBytes: ATTACHMENT_MAX_BYTES,
  };
  return async (raw, envelopeRecipients) => {
    const tooBig = inboundLimitProblem(raw, null, limits);
    const problem = tooBig ?? inboundLimitProblem(raw, await parseInboundMail(raw, envelopeRecipients), limits);
    if (problem) {
      ctx.logger.warn({ reason: problem, bytes: raw.length }, 'inbound email refused for a limit');
      return { accepted: false, reason: problem, tooLarge: true };
    }
    return handler(raw, envelopeRecipients);
  };
}

export interface ConversationRuntime {
  hub: RealtimeHub;
  jobs: JobRunner;
  inboundSmtpPort: number | null;
  stop(): Promise<void>;
}

/** Seconds a mail provider is asked to wait before posting a mail again after a temporary failure. */
const WEBHOOK_RETRY_AFTER_SECONDS = 60;

/**
 * The webhook's answers, in HTTP terms: 200 once the mail is stored (or refused for who sent it, so the provider
 * drops it), 413 over a limit, 503 with Retry-After when it could not be stored now (the provider posts it again),
 * never a 200 for a mail that was then lost. The handler's own AppErrors (429 from a rate limit) pass through.
 */
export async function receiveInboundOverWebhook(ctx: AppContext, handler: InboundMailHandler, raw: Buffer) {
  let outcome: Awaited<ReturnType<InboundMailHandler>>;
  try {
    outcome = await handler(raw, []);
  } catch (error) {
    if (error instanceof AppError && error.status < 500) throw error;
    ctx.logger.error({ err: error }, 'inbound mail handling failed');
    throw new AppError(
      503,
      'inbound_unavailable',
      'Mail not stored',
      'The message could not be stored right now; deliver it again later.',
      undefined,
      { 'retry-after': String(WEBHOOK_RETRY_AFTER_SECONDS) },
    );
  }
  if (outcome.tooLarge) throw new AppError(413, 'message_too_large', 'Message over the limits', outcome.reason);
  return { accepted: outcome.accepted, ...(outcome.reason ? { reason: outcome.reason } : {}) };
}

const runtimes = new WeakMap<AppContext, ConversationRuntime>();

/** The per-app moving parts: the event hub, the job runner, and the inbound SMTP listener when configured. */
export async function startConversationRuntime(
  ctx: AppContext,
  receiveMail: InboundMailHandler,
): Promise<ConversationRuntime> {
  const hub = new RealtimeHub(ctx.db, ctx.logger, {
    redisUrl: ctx.config.redisUrl,
    keepAliveMs: 25_000,
    pollMs: 30_000,
  });
  await hub.start();
  const jobs = new JobRunner(ctx, ctx.config.conversations.jobsPollSeconds * 1000);
  jobs.register(EMAIL_JOB, sendThreadEmail);
  jobs.register(DIGEST_JOB, sendDigest);
  jobs.start();
  const stopRetention = startConversationRetention(ctx, ctx.config.conversations.retentionIntervalSeconds);
  const { inboundSmtpPort, inboundEmailDomain, inboundSmtpHost } = ctx.config.conversations;
  const smtp =
    inboundSmtpPort !== null && inboundEmailDomain
      ? await startInboundSmtp({
          host: inboundSmtpHost,
          port: inboundSmtpPort,
          domain: inboundEmailDomain,
          maxBytes: ctx.config.conversations.inboundMaxMessageBytes,
          logger: ctx.logger,
          deliver: receiveMail,
        })
      : null;
  const runtime: ConversationRuntime = {
    hub,
    jobs,
    inboundSmtpPort: smtp?.port ?? null,
    async stop() {
      stopRetention();
      await smtp?.close();
      await jobs.stop();
      await hub.stop();
      runtimes.delete(ctx);
    },
  };
  runtimes.set(ctx, runtime);
  return runtime;
}

/** For tests and the bench: the runtime of a built app (drain jobs, count connections). */
export function conversationRuntimeOf(ctx: AppContext): ConversationRuntime | undefined {
  return runtimes.get(ctx);
}
