import type { Config } from '../../config.ts';
import type { AppContext } from '../context.ts';
import { startPeriodic } from '../periodic.ts';
import { RateLimits, type LimitRule } from './rate-limit.ts';

const MINUTE = 60;
const HOUR = 3600;

/**
 * Every rate limit of Portico, in one place: name -> points per window. Budgets a person may want to tune come
 * from the config (`.env.example` documents them); the rest are fixed here. Keys are chosen by the caller.
 */
export function limitRules(config: Config) {
  const { signIn, rateLimits, conversations } = config;
  return {
    /** Failed password checks from one IP (counted first, given back on success). */
    signInFailuresPerIp: { points: signIn.ipMaxFailures, durationSeconds: 15 * MINUTE },
    /** Failed password checks of one address: sign-in, invitation acceptance, current-password confirmations. */
    signInFailuresPerAddress: { points: signIn.maxFailures, durationSeconds: signIn.lockMinutes * MINUTE },
    /** Wrong second-factor codes of one user. */
    secondFactorPerUser: { points: 10, durationSeconds: 15 * MINUTE },
    passwordResetPerAddress: { points: rateLimits.emailLinksPerAddress, durationSeconds: 15 * MINUTE },
    passwordResetPerIp: { points: rateLimits.emailLinksPerIp, durationSeconds: 15 * MINUTE },
    signInLinkPerAddress: { points: rateLimits.emailLinksPerAddress, durationSeconds: 15 * MINUTE },
    signInLinkPerIp: { points: rateLimits.emailLinksPerIp, durationSeconds: 15 * MINUTE },
    invitationsPerInviter: { points: rateLimits.invitationsPerHour, durationSeconds: HOUR },
    helpSearchPerIp: { points: rateLimits.helpSearchesPerMinute, durationSeconds: MINUTE },
    /** Searches one IP may add to the search analytics; past it they still run but are not logged. */
    searchLogPerIp: { points: 120, durationSeconds: 10 * MINUTE },
    exportsPerUser: { points: rateLimits.exportsPerHour, durationSeconds: HOUR },
    uploadsPerUser: { points: rateLimits.uploadsPerMinutePerUser, durationSeconds: MINUTE },
    uploadsPerAccount: { points: rateLimits.uploadsPerMinutePerAccount, durationSeconds: MINUTE },
    messagesPerUser: { points: conversations.messagesPerMinute, durationSeconds: MINUTE },
    /** Help-center visit reports per IP: keeps scripts from inflating the deflection figures. */
    deflectionEventsPerIp: { points: 60, durationSeconds: 10 * MINUTE },
    kbFeedbackPerIp: { points: 30, durationSeconds: 10 * MINUTE },
    csatByTokenPerIp: { points: 30, durationSeconds: 10 * MINUTE },
    /** 404s of one signed-in user on object routes; past it, one `access.probing` audit event per window. */
    notFoundProbesPerUser: { points: 20, durationSeconds: 10 * MINUTE },
    /** Public form submissions from one IP (each may create a lead account and send an invitation). */
    publicFormsPerIp: { points: rateLimits.publicFormsPerHourPerIp, durationSeconds: HOUR },
    /** Caddy's on-demand TLS `ask` (modules/domains): a proxy asks once per new name; more is someone probing. */
    tlsAskPerIp: { points: 120, durationSeconds: MINUTE },
    /** Usernameless passkey challenges handed to one IP (each is a row until it is used or expires). */
    passkeyChallengesPerIp: { points: 60, durationSeconds: 10 * MINUTE },
    /** Refused passkey sign-ins from one IP (counted first, given back on success). */
    passkeySignInFailuresPerIp: { points: 20, durationSeconds: 15 * MINUTE },
    /** Requests of one API token (key: the token's id); the headers RateLimit and RateLimit-Policy show it. */
    apiTokenRequests: { points: rateLimits.apiTokenRequestsPerMinute, durationSeconds: MINUTE, batched: true },
    /** Email-change requests of one person (each mails a code to the new address). */
    emailChangeRequestsPerUser: { points: 5, durationSeconds: HOUR },
    /** Wrong email-change codes of one person (counted first, given back on success). */
    emailChangeCodesPerUser: { points: 10, durationSeconds: 15 * MINUTE },
    /** Email-change undo links tried from one IP. */
    emailChangeUndoPerIp: { points: 30, durationSeconds: 15 * MINUTE },
    /** "Download my data" requests of one person (each builds a zip of everything about them). */
    dataExportsPerUser: { points: 3, durationSeconds: 24 * HOUR },
    /** Customers created from mail by unknown senders, portal-wide (one key). */
    inboundNewCustomers: { points: conversations.inboundNewCustomersPerHour, durationSeconds: HOUR },
  } satisfies Record<string, LimitRule>;
}

export type LimitName = keyof ReturnType<typeof limitRules>;

/**
 * Every upload (a document, a version, a file for a request, a message attachment) counts against the person's and
 * the account's budgets before its body is read: 429 with Retry-After beyond either.
 */
export async function takeUploadBudget(ctx: AppContext, userId: string, accountId: string) {
  const limits = limitsOf(ctx);
  await limits.take('uploadsPerUser', userId, 'Too many uploads in a short time. Wait a moment and try again.');
  await limits.take(
    'uploadsPerAccount',
    accountId,
    'This account is uploading too many files at once. Try again shortly.',
  );
}

const byContext = new WeakMap<AppContext, RateLimits<LimitName>>();

/** The limits of a running Portico (one set per context, built on first use). */
export function limitsOf(ctx: AppContext): RateLimits<LimitName> {
  let limits = byContext.get(ctx);
  if (!limits) {
    limits = new RateLimits(ctx.db, ctx.clock, limitRules(ctx.config), (error) =>
      ctx.logger.warn({ err: error }, 'Rate limit counts could not be added to the shared table; retried'),
    );
    byContext.set(ctx, limits);
  }
  return limits;
}

const PURGE_EVERY_MS = 10 * 60_000;

/** Deletes expired counters every 10 minutes in this process; returns the stop function. */
export function startRateLimitPurge(ctx: AppContext): () => void {
  return startPeriodic(ctx, 'rate-limit purge', PURGE_EVERY_MS, () => limitsOf(ctx).purgeExpired());
}
