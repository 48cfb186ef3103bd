import type { AppContext } from '../../platform/context.ts';
import { JobRunner } from '../../platform/jobs/index.ts';
import { startInboundSmtp } from '../../platform/mail/inbound/index.ts';
import { RealtimeHub } from '../../platform/realtime/index.ts';
import { startConversationRetention } from './retention.ts';
import { DIGEST_JOB, EMAIL_JOB } from './use-cases/fan-out.ts';
import { sendDigest } from './use-cases/send-digest.ts';
import { sendThreadEmail } from './use-cases/send-thread-email.ts';

/** Handles one inbound email (raw MIME, SMTP envelope recipients); the app may route it before conversations. */
export type InboundMailHandler = (
  raw: Buffer,
  envelopeRecipients: string[],
) => Promise<{ accepted: boolean; reason?: string }>;

export interface ConversationRuntime {
  hub: RealtimeHub;
  jobs: JobRunner;
  inboundSmtpPort: number | null;
  stop(): Promise<void>;
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
          maxBytes: 30 * 1024 * 1024,
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
