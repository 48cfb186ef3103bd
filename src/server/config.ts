import { z } from 'zod';
import { join, resolve } from 'node:path';
import type { Config, StorageConfig } from './config-shape.ts';
import { dataDirSecret, trackingUrlTemplates } from './config-values.ts';

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');
const positiveInt = z.coerce.number().int().positive();

/** Every setting Portico reads from the environment. `.env.example` documents each one. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_SIZE: positiveInt.max(200).default(10),
  DATABASE_CONNECT_TIMEOUT_MS: positiveInt.default(5_000),
  DATABASE_IDLE_TIMEOUT_MS: positiveInt.default(30_000),
  DATABASE_STATEMENT_TIMEOUT_MS: positiveInt.default(30_000),
  IDEMPOTENCY_LEASE_SECONDS: positiveInt.default(30),
  SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default('Portico <no-reply@localhost>'),
  // Comma-separated DNS servers (ip or ip:port) the console's DKIM/SPF/DMARC check asks; default: the system's.
  MAIL_DNS_SERVERS: z.string().max(500).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: booleanFlag.default(false),
  DEMO_SEED: z.enum(['auto', 'on', 'off']).default('auto'),
  REQUEST_LOG_LEVEL: z.enum(['info', 'debug', 'trace']).default('debug'),
  CHECK_RESPONSES: booleanFlag.optional(),
  SESSION_IDLE_MINUTES: positiveInt.default(120),
  SESSION_ABSOLUTE_HOURS: positiveInt.default(24 * 7),
  STEP_UP_MINUTES: positiveInt.max(24 * 60).default(10),
  SIGN_IN_MAX_FAILURES: positiveInt.default(5),
  SIGN_IN_IP_MAX_FAILURES: positiveInt.default(30),
  SIGN_IN_LOCK_MINUTES: positiveInt.default(15),
  EMAIL_LINK_REQUESTS_PER_ADDRESS: positiveInt.default(5),
  EMAIL_LINK_REQUESTS_PER_IP: positiveInt.default(20),
  INVITATIONS_PER_HOUR: positiveInt.default(50),
  // A CSV import's invitations go out at this pace, apart from the per-sender budget above.
  IMPORT_INVITATIONS_PER_MINUTE: positiveInt.default(60),
  HELP_SEARCHES_PER_MINUTE: positiveInt.default(60),
  EXPORTS_PER_HOUR: positiveInt.default(30),
  UPLOADS_PER_MINUTE_PER_USER: positiveInt.default(60),
  UPLOADS_PER_MINUTE_PER_ACCOUNT: positiveInt.default(300),
  PUBLIC_FORMS_PER_HOUR_PER_IP: positiveInt.default(10),
  API_TOKEN_REQUESTS_PER_MINUTE: positiveInt.default(600),
  FORMS_MIN_FILL_SECONDS: z.coerce.number().int().min(0).max(600).default(3),
  // carrier=https://...{trackingNumber}... pairs, separated by spaces; they replace the built-in templates.
  ORDERS_TRACKING_URL_TEMPLATES: z.string().optional(),
  BODY_LIMIT_BYTES: positiveInt.default(1024 * 1024),
  DOCUMENTS_MAX_UPLOAD_BYTES: positiveInt.default(5 * 1024 ** 3),
  DOCUMENTS_DEFAULT_QUOTA_BYTES: positiveInt.default(20 * 1024 ** 3),
  DOCUMENTS_JOB_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(300),
  BILLING_REMINDER_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(3600),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_[A-Za-z0-9_]+$/, 'a Stripe secret key (sk_... or rk_...)')
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_[A-Za-z0-9_+/=]+$/, 'a Stripe webhook secret (whsec_...)')
    .optional(),
  STRIPE_API_BASE: z.url({ protocol: /^https?$/ }).optional(),
  TASK_REMINDER_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(3600),
  TASK_REMINDER_LEAD_DAYS: z.coerce.number().int().min(0).max(60).default(1),
  // How often pending approvals are reminded (one reminder per approver per interval); 0 = no sweep here.
  APPROVALS_REMINDER_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(86400),
  // How often waiting signers are reminded and expired envelopes closed (one reminder per signer per interval); 0 = off.
  SIGNATURES_REMINDER_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(86400),
  BILLING_RECURRING_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(600),
  // How often the expiring-card notice sweep runs (each card is told about once per expiry); 0 = off.
  BILLING_CARD_EXPIRY_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(3600),
  /**
   * Outbound webhooks may deliver to these IP addresses although they are loopback or private (tests, a receiver
   * on the same host). Comma-separated IP literals only: a host name would reopen the DNS-rebinding gap.
   */
  WEBHOOKS_ALLOW_PRIVATE_HOSTS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.union([z.ipv4(), z.ipv6()]))),
  WEBHOOKS_TIMEOUT_MS: positiveInt.max(30_000).default(10_000),
  WEBHOOKS_JOB_POLL_SECONDS: positiveInt.default(5),
  WEBHOOKS_DELIVERY_CONCURRENCY: positiveInt.max(256).default(16),
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_BUCKET: z.string().min(3).max(63).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: booleanFlag.default(false),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  INBOUND_EMAIL_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'a mail domain such as reply.example.com')
    .optional(),
  INBOUND_SMTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  INBOUND_SMTP_HOST: z.string().min(1).default('0.0.0.0'),
  INBOUND_WEBHOOK_SECRET: z.string().min(24, 'must be at least 24 characters').optional(),
  INBOUND_NEW_CUSTOMERS_PER_HOUR: positiveInt.default(30),
  INBOUND_MAX_MESSAGE_BYTES: positiveInt.default(30 * 1024 * 1024),
  INBOUND_MAX_ATTACHMENTS: positiveInt.default(100),
  MESSAGES_PER_MINUTE: positiveInt.default(30),
  JOBS_POLL_SECONDS: positiveInt.default(15),
  JOBS_LEASE_SECONDS: positiveInt.default(60),
  CONVERSATIONS_RETENTION_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(3600),
  SHUTDOWN_TIMEOUT_SECONDS: positiveInt.max(3600).default(25),
  RETENTION_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(3600),
  MAIL_RETENTION_DAYS: positiveInt.default(30),
  ENDED_CREDENTIALS_RETENTION_DAYS: positiveInt.default(30),
  ACCOUNT_DELETION_GRACE_DAYS: z.coerce.number().int().min(0).max(365).default(14),
  DEFLECTION_RETENTION_DAYS: positiveInt.default(400),
  SEARCH_LOG_RETENTION_DAYS: positiveInt.default(400),
});

export type { Config, StorageConfig } from './config-shape.ts';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const values = parsed.data;
  const dataDir = resolve(values.DATA_DIR);
  if (!values.SECRET && values.DATABASE_URL && values.NODE_ENV === 'production') {
    throw new ConfigError(
      'Invalid configuration:\n  SECRET: required in production with DATABASE_URL (every process must share it)',
    );
  }
  if (values.STORAGE_DRIVER === 's3' && !values.S3_BUCKET) {
    throw new ConfigError('Invalid configuration:\n  S3_BUCKET: required with STORAGE_DRIVER=s3');
  }
  if (Boolean(values.STRIPE_SECRET_KEY) !== Boolean(values.STRIPE_WEBHOOK_SECRET)) {
    throw new ConfigError(
      'Invalid configuration:\n  STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET: set both (online payment) or neither',
    );
  }
  const storage: StorageConfig =
    values.STORAGE_DRIVER === 's3'
      ? {
          driver: 's3',
          endpoint: values.S3_ENDPOINT ?? null,
          bucket: values.S3_BUCKET!,
          region: values.S3_REGION,
          accessKeyId: values.S3_ACCESS_KEY_ID ?? null,
          secretAccessKey: values.S3_SECRET_ACCESS_KEY ?? null,
          forcePathStyle: values.S3_FORCE_PATH_STYLE,
        }
      : { driver: 'local', dir: join(dataDir, 'files') };
  return {
    env: values.NODE_ENV,
    port: values.PORT,
    host: values.HOST,
    baseUrl: (values.BASE_URL ?? `http://localhost:${values.PORT}`).replace(/\/+$/, ''),
    dataDir,
    databaseUrl: values.DATABASE_URL ?? null,
    databasePoolSize: values.DATABASE_POOL_SIZE,
    databaseTimeouts: {
      connectMs: values.DATABASE_CONNECT_TIMEOUT_MS,
      idleMs: values.DATABASE_IDLE_TIMEOUT_MS,
      statementMs: values.DATABASE_STATEMENT_TIMEOUT_MS,
    },
    idempotencyLeaseSeconds: values.IDEMPOTENCY_LEASE_SECONDS,
    secret: values.SECRET ?? dataDirSecret(dataDir),
    smtpUrl: values.SMTP_URL ?? null,
    mailFrom: values.MAIL_FROM,
    mailDnsServers: values.MAIL_DNS_SERVERS
      ? values.MAIL_DNS_SERVERS.split(',')
          .map((server) => server.trim())
          .filter(Boolean)
      : null,
    logLevel: values.LOG_LEVEL,
    trustProxy: values.TRUST_PROXY,
    demoSeed: values.DEMO_SEED,
    requestLogLevel: values.REQUEST_LOG_LEVEL,
    checkResponses: values.CHECK_RESPONSES ?? values.NODE_ENV !== 'production',
    session: {
      idleMinutes: values.SESSION_IDLE_MINUTES,
      absoluteHours: values.SESSION_ABSOLUTE_HOURS,
      stepUpMinutes: values.STEP_UP_MINUTES,
    },
    signIn: {
      maxFailures: values.SIGN_IN_MAX_FAILURES,
      ipMaxFailures: values.SIGN_IN_IP_MAX_FAILURES,
      lockMinutes: values.SIGN_IN_LOCK_MINUTES,
    },
    rateLimits: {
      emailLinksPerAddress: values.EMAIL_LINK_REQUESTS_PER_ADDRESS,
      emailLinksPerIp: values.EMAIL_LINK_REQUESTS_PER_IP,
      invitationsPerHour: values.INVITATIONS_PER_HOUR,
      helpSearchesPerMinute: values.HELP_SEARCHES_PER_MINUTE,
      exportsPerHour: values.EXPORTS_PER_HOUR,
      uploadsPerMinutePerUser: values.UPLOADS_PER_MINUTE_PER_USER,
      uploadsPerMinutePerAccount: values.UPLOADS_PER_MINUTE_PER_ACCOUNT,
      publicFormsPerHourPerIp: values.PUBLIC_FORMS_PER_HOUR_PER_IP,
      apiTokenRequestsPerMinute: values.API_TOKEN_REQUESTS_PER_MINUTE,
    },
    forms: { minFillSeconds: values.FORMS_MIN_FILL_SECONDS },
    imports: { invitationsPerMinute: values.IMPORT_INVITATIONS_PER_MINUTE },
    orders: { trackingUrlTemplates: trackingUrlTemplates(values.ORDERS_TRACKING_URL_TEMPLATES) },
    bodyLimitBytes: values.BODY_LIMIT_BYTES,
    storage,
    redisUrl: values.REDIS_URL ?? null,
    conversations: {
      inboundEmailDomain: values.INBOUND_EMAIL_DOMAIN?.toLowerCase() ?? null,
      inboundSmtpPort: values.INBOUND_SMTP_PORT ?? null,
      inboundSmtpHost: values.INBOUND_SMTP_HOST,
      inboundWebhookSecret: values.INBOUND_WEBHOOK_SECRET ?? null,
      inboundNewCustomersPerHour: values.INBOUND_NEW_CUSTOMERS_PER_HOUR,
      inboundMaxMessageBytes: values.INBOUND_MAX_MESSAGE_BYTES,
      inboundMaxAttachments: values.INBOUND_MAX_ATTACHMENTS,
      messagesPerMinute: values.MESSAGES_PER_MINUTE,
      jobsPollSeconds: values.JOBS_POLL_SECONDS,
      jobsLeaseSeconds: values.JOBS_LEASE_SECONDS,
      retentionIntervalSeconds: values.CONVERSATIONS_RETENTION_INTERVAL_SECONDS,
    },
    shutdownTimeoutSeconds: values.SHUTDOWN_TIMEOUT_SECONDS,
    retention: {
      intervalSeconds: values.RETENTION_INTERVAL_SECONDS,
      mailDays: values.MAIL_RETENTION_DAYS,
      endedCredentialsDays: values.ENDED_CREDENTIALS_RETENTION_DAYS,
      deletionGraceDays: values.ACCOUNT_DELETION_GRACE_DAYS,
      deflectionDays: values.DEFLECTION_RETENTION_DAYS,
      searchLogDays: values.SEARCH_LOG_RETENTION_DAYS,
    },
    documents: {
      maxUploadBytes: values.DOCUMENTS_MAX_UPLOAD_BYTES,
      defaultQuotaBytes: values.DOCUMENTS_DEFAULT_QUOTA_BYTES,
      jobIntervalSeconds: values.DOCUMENTS_JOB_INTERVAL_SECONDS,
    },
    billingReminders: { intervalSeconds: values.BILLING_REMINDER_INTERVAL_SECONDS },
    stripe:
      values.STRIPE_SECRET_KEY && values.STRIPE_WEBHOOK_SECRET
        ? {
            secretKey: values.STRIPE_SECRET_KEY,
            webhookSecret: values.STRIPE_WEBHOOK_SECRET,
            apiBase: values.STRIPE_API_BASE ?? null,
          }
        : null,
    taskReminders: {
      intervalSeconds: values.TASK_REMINDER_INTERVAL_SECONDS,
      leadDays: values.TASK_REMINDER_LEAD_DAYS,
    },
    approvalReminders: { intervalSeconds: values.APPROVALS_REMINDER_INTERVAL_SECONDS },
    signatureReminders: { intervalSeconds: values.SIGNATURES_REMINDER_INTERVAL_SECONDS },
    billingRecurring: { intervalSeconds: values.BILLING_RECURRING_INTERVAL_SECONDS },
    billingCardExpiry: { intervalSeconds: values.BILLING_CARD_EXPIRY_INTERVAL_SECONDS },
    webhooks: {
      allowPrivateHosts: values.WEBHOOKS_ALLOW_PRIVATE_HOSTS,
      requireHttps: values.NODE_ENV === 'production',
      timeoutMs: values.WEBHOOKS_TIMEOUT_MS,
      jobPollSeconds: values.WEBHOOKS_JOB_POLL_SECONDS,
      deliveryConcurrency: values.WEBHOOKS_DELIVERY_CONCURRENCY,
    },
  };
}
