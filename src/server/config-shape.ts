import type { DatabaseTimeouts } from './platform/db/index.ts';

/*
 * The settings as the server uses them: grouped, named and typed, with what each means. `config.ts` reads them from
 * the environment (it is the only reader of process.env) and builds this shape.
 */

export type StorageConfig =
  | { driver: 'local'; dir: string }
  | {
      driver: 's3';
      endpoint: string | null;
      bucket: string;
      region: string;
      accessKeyId: string | null;
      secretAccessKey: string | null;
      forcePathStyle: boolean;
    };

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  baseUrl: string;
  dataDir: string;
  databaseUrl: string | null;
  databasePoolSize: number;
  /** Bounds on waiting for the database: a connection, an idle pooled connection's life, one statement. */
  databaseTimeouts: DatabaseTimeouts;
  /** How long an Idempotency-Key claim lasts unless its request (still running) renews it. */
  idempotencyLeaseSeconds: number;
  secret: string;
  smtpUrl: string | null;
  mailFrom: string;
  /** DNS servers for the sending-domain check (modules/mail-templates); null = the system's resolvers. */
  mailDnsServers: string[] | null;
  logLevel: string;
  trustProxy: boolean;
  /**
   * auto: load the demo into an empty database outside production; on: this install is a demo (load it even in
   * production, and allow its published password there); off: never.
   */
  demoSeed: 'auto' | 'on' | 'off';
  /** The level of the one-line-per-request log (debug by default, so it does not bury the start banner). */
  requestLogLevel: 'info' | 'debug' | 'trace';
  /** Check every response against its zod schema before writing it (default: on outside production). */
  checkResponses: boolean;
  /** stepUpMinutes: how long a proof of the password or second factor allows sensitive changes. */
  session: { idleMinutes: number; absoluteHours: number; stepUpMinutes: number };
  signIn: { maxFailures: number; ipMaxFailures: number; lockMinutes: number };
  /** Budgets of `platform/security/limits.ts` (429 with Retry-After past them); windows are fixed there. */
  rateLimits: {
    /** Password-reset and sign-in-link emails one address (and one IP) may ask for per 15 minutes, each kind. */
    emailLinksPerAddress: number;
    emailLinksPerIp: number;
    invitationsPerHour: number;
    /** Help-center searches of visitors who are not signed in, per IP and minute. */
    helpSearchesPerMinute: number;
    /** Ticket CSV, folder/area zip and thread exports per person and hour. */
    exportsPerHour: number;
    /** Files one person, and one account's people together, may upload per minute (documents, attachments). */
    uploadsPerMinutePerUser: number;
    uploadsPerMinutePerAccount: number;
    /** Public form submissions one IP may send per hour (each can create a lead account). */
    publicFormsPerHourPerIp: number;
    /** Requests one personal API token may make per minute (no daily cap). */
    apiTokenRequestsPerMinute: number;
  };
  /** Public forms: answers sent sooner than this after the form was opened are refused as a bot's. */
  forms: { minFillSeconds: number };
  /** A CSV import's invitations: sent by a paced job, this many a minute (never through the per-sender budget). */
  imports: { invitationsPerMinute: number };
  /** Orders: tracking URL template per carrier (lower-case key); `{trackingNumber}` is replaced, URL-encoded. */
  orders: { trackingUrlTemplates: Record<string, string> };
  bodyLimitBytes: number;
  storage: StorageConfig;
  /** jobIntervalSeconds 0: this process runs no document jobs (reminders, purge, orphan sweep). */
  documents: { maxUploadBytes: number; defaultQuotaBytes: number; jobIntervalSeconds: number };
  /** intervalSeconds 0: this process sends no payment reminders (another process may). */
  billingReminders: { intervalSeconds: number };
  /**
   * Online payment through Stripe; null: no keys, online payment is hidden. apiBase: where the Stripe client
   * connects (tests point it at a local fake); null: Stripe's own API.
   */
  stripe: { secretKey: string; webhookSecret: string; apiBase: string | null } | null;
  /** Task due-date reminders and the overdue digest: intervalSeconds 0 = not in this process; leadDays 0 = no "before". */
  taskReminders: { intervalSeconds: number; leadDays: number };
  approvalReminders: { intervalSeconds: number };
  signatureReminders: { intervalSeconds: number };
  /** intervalSeconds 0: this process bills no subscription periods (another process may). */
  billingRecurring: { intervalSeconds: number };
  /** Expiring-card notices: intervalSeconds 0 = this process sends none (another process may). */
  billingCardExpiry: { intervalSeconds: number };
  webhooks: {
    /** IP literals that deliveries may reach despite being loopback/private (tests); see WEBHOOKS_ALLOW_PRIVATE_HOSTS. */
    allowPrivateHosts: string[];
    /** Plain http destinations are accepted outside production only. */
    requireHttps: boolean;
    timeoutMs: number;
    jobPollSeconds: number;
    /** Deliveries one process makes at once: a receiver that hangs until the timeout holds back only its own. */
    deliveryConcurrency: number;
  };
  /** Real-time wake-ups between processes over Redis pub/sub instead of PostgreSQL LISTEN/NOTIFY. */
  redisUrl: string | null;
  conversations: {
    /** Reply-by-email domain (reply+<token>@domain); null: notifications carry no Reply-To. */
    inboundEmailDomain: string | null;
    /** Built-in SMTP listener for replies; null: off. */
    inboundSmtpPort: number | null;
    inboundSmtpHost: string;
    /** Shared secret of the inbound webhook (X-Portico-Inbound-Secret); null: the webhook refuses everything. */
    inboundWebhookSecret: string | null;
    /**
     * Customers that mail from unknown addresses may create per hour, portal-wide (segment policy
     * 'create_customer'); past it such mail is refused and audited. From addresses are easy to forge.
     */
    inboundNewCustomersPerHour: number;
    /** Inbound mail over these is refused before it is acknowledged (SMTP 552, webhook 413), never cut after. */
    inboundMaxMessageBytes: number;
    inboundMaxAttachments: number;
    messagesPerMinute: number;
    jobsPollSeconds: number;
    /** How long a claimed job stays its runner's without a renewal; past it (the runner died) any process takes it. */
    jobsLeaseSeconds: number;
    /** How often this process deletes old events, finished jobs and expired reply tokens; 0: never. */
    retentionIntervalSeconds: number;
  };
  /** How long SIGTERM waits for requests and background work before cutting connections and exiting. */
  shutdownTimeoutSeconds: number;
  /** Sweeps of rows that would otherwise grow without bound; each module runs its own (see docs/OPERATIONS.md). */
  retention: {
    /** How often this process runs them; 0: never. */
    intervalSeconds: number;
    /** The mail log (outbox), every driver. */
    mailDays: number;
    /** Sessions, reset and sign-in tokens, unaccepted invitations and API tokens, counted from expiry or revocation. */
    endedCredentialsDays: number;
    /** Days between a confirmed deletion request and the erasure, while the person (or staff) can still cancel it. */
    deletionGraceDays: number;
    /** Help-center and ticket-form sessions (the deflection figures of older periods go with them). */
    deflectionDays: number;
    /** The knowledge-base search log (search analytics of older periods go with it). */
    searchLogDays: number;
  };
}
