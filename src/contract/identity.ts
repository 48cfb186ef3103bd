import { z } from 'zod';
import {
  Abilities,
  AccountRole,
  BUILT_MODULES,
  DisplayName,
  EmailAddress,
  Id,
  ModuleName,
  StaffRole,
  Timestamp,
} from './common.ts';
import { LanguageInfo } from './languages.ts';
import { Branding } from './settings.ts';

/** NIST 800-63B: length only, no composition rules; the server also refuses common passwords. */
export const NewPassword = z.string().min(10, 'Use at least 10 characters').max(256, 'Use at most 256 characters');
/** Sign-in accepts any string: rules apply when a password is set, not when it is checked. */
export const AnyPassword = z.string().min(1).max(1024);
/** A 6-digit one-time code (authenticator app, emailed code). */
export const SixDigitCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'Enter the 6-digit code');
const EmailedToken = z.string().min(16).max(200);

export const SessionState = z.enum(['active', 'second_factor', 'enrol_two_factor']);
export type SessionState = z.infer<typeof SessionState>;

export const Membership = z.object({
  accountId: Id,
  accountName: z.string(),
  role: AccountRole,
  segment: z.object({ id: Id, name: z.string(), kind: z.enum(['client_workspaces', 'self_service']) }),
  modules: z.array(ModuleName),
});
export type Membership = z.infer<typeof Membership>;

export const Me = z.object({
  user: z.object({
    id: Id,
    email: z.string(),
    name: z.string(),
    locale: z.string().nullable(),
    timeZone: z.string().nullable(),
    phone: z.string().nullable(),
    staffRole: StaffRole.nullable(),
    twoFactorEnabled: z.boolean(),
    twoFactorRequired: z.boolean(),
  }),
  sessionState: SessionState,
  memberships: z.array(Membership),
  activeAccountId: Id.nullable(),
  abilities: Abilities(
    'useConsole',
    'manageSettings',
    'manageStaff',
    'manageSegments',
    'createAccounts',
    'readAuditLog',
    'readMailOutbox',
    'manageJobs',
    'manageWebhooks',
    'manageDeletionRequests',
    'manageServiceTokens',
    'readSigningCertificate',
  ),
});
export type Me = z.infer<typeof Me>;

export const SessionInfo = z.object({
  csrfToken: z.string(),
  branding: Branding,
  me: Me.nullable(),
  language: LanguageInfo,
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const SignInResult = z.object({ state: SessionState });
export type SignInResult = z.infer<typeof SignInResult>;

export const SignIn = z
  .object({ email: z.string().trim().toLowerCase().min(1).max(254), password: AnyPassword })
  .strict();
export const SecondFactor = z.object({ code: z.string().trim().min(6).max(32) }).strict();
export const EmailOnly = z.object({ email: EmailAddress }).strict();
export const ConsumeToken = z.object({ token: EmailedToken }).strict();
export const CompletePasswordReset = z.object({ token: EmailedToken, password: NewPassword }).strict();

export const InvitationPreview = z.object({
  email: z.string(),
  accountName: z.string().nullable(),
  staffRole: StaffRole.nullable(),
  /** True when the invited address already has a Portico sign-in: accept with its password. */
  hasAccount: z.boolean(),
});
export const AcceptInvitation = z
  .object({ token: EmailedToken, name: DisplayName.optional(), password: z.string().max(1024) })
  .strict();

export const UpdateProfile = z
  .object({
    name: DisplayName,
    locale: z
      .string()
      .max(35)
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a language tag like en-GB')
      .nullable(),
    timeZone: z
      .string()
      .max(64)
      .refine((zone) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, 'Unknown time zone')
      .nullable(),
    phone: z
      .string()
      .trim()
      .max(40)
      .regex(/^\+?[0-9][0-9 ()./-]{2,39}$/, 'Use digits, spaces and an optional leading +')
      .nullable(),
  })
  .partial()
  .strict();
export const ChangePassword = z.object({ currentPassword: AnyPassword, newPassword: NewPassword }).strict();
export const SwitchAccount = z.object({ accountId: Id }).strict();

export const SessionSummary = z.object({
  id: Id,
  createdAt: Timestamp,
  lastSeenAt: Timestamp,
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
  abilities: Abilities('revoke'),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

export const TwoFactorSetup = z.object({ secret: z.string(), otpauthUrl: z.string(), qrCodeSvg: z.string() });
export const EnableTwoFactor = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'Enter the 6-digit code'),
  })
  .strict();
export const ConfirmWithPassword = z.object({ password: AnyPassword }).strict();
/** Step-up: the password or a current authenticator code, proven again before a sensitive change. */
export const Reauthenticate = z
  .object({
    password: AnyPassword.optional(),
    code: SixDigitCode.optional(),
  })
  .strict()
  .refine((body) => (body.password === undefined) !== (body.code === undefined), {
    message: 'Enter your password or a code from your authenticator app.',
    path: ['password'],
  });
export const Reauthenticated = z.object({ reauthenticatedUntil: Timestamp });
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });

/** What a token may reach: each portal module, and `core` (accounts, people, settings: routes of no module). */
export const API_SCOPE_AREAS = ['core', ...BUILT_MODULES] as const;
export type ApiScopeArea = (typeof API_SCOPE_AREAS)[number];
/** `<area>:read` (safe methods) or `<area>:write` (every method; write includes read). */
export const API_TOKEN_SCOPES = API_SCOPE_AREAS.flatMap((area) => [`${area}:read`, `${area}:write`] as const);
export const ApiTokenScope = z.enum(
  API_TOKEN_SCOPES as [`${ApiScopeArea}:read`, ...`${ApiScopeArea}:${'read' | 'write'}`[]],
);
export type ApiTokenScope = z.infer<typeof ApiTokenScope>;
export const ApiToken = z.object({
  id: Id,
  name: z.string(),
  scopes: z.array(ApiTokenScope),
  createdAt: Timestamp,
  expiresAt: Timestamp,
  lastUsedAt: Timestamp.nullable(),
  status: z.enum(['active', 'expired', 'revoked']),
  abilities: Abilities('revoke'),
});
export type ApiToken = z.infer<typeof ApiToken>;
export const CreateApiToken = z
  .object({
    name: z.string().trim().min(1).max(80),
    // `read` and `write` alone are shorthands for every area (what tokens could do before scopes per module).
    scopes: z
      .array(z.union([ApiTokenScope, z.enum(['read', 'write'])]))
      .min(1)
      .max(API_TOKEN_SCOPES.length + 2)
      .transform((list) => [
        ...new Set(
          list.flatMap((scope): ApiTokenScope[] =>
            scope === 'read' || scope === 'write'
              ? API_SCOPE_AREAS.map((area) => `${area}:${scope}` as const)
              : [scope],
          ),
        ),
      ]),
    expiresInDays: z.number().int().min(1).max(365).default(90),
  })
  .strict();
/** The secret appears in this response only; Portico keeps a hash. */
export const CreatedApiToken = ApiToken.extend({ token: z.string() });

/**
 * A firm-level service token (an integration): owned by the firm, not a person, so it outlives whoever made it.
 * It acts firm-wide as staff, limited by its scopes, and only writes on routes that take integrations.
 */
/** A service token's own budget, requests per minute (429 with Retry-After past it). */
export const SERVICE_TOKEN_RPM_MAX = 10_000;
const RequestsPerMinute = z.number().int().min(1).max(SERVICE_TOKEN_RPM_MAX);
export const ServiceToken = ApiToken.omit({ abilities: true }).extend({
  createdBy: z.object({ id: Id, name: z.string() }).nullable(),
  revokedAt: Timestamp.nullable(),
  /** The budget in force; `customRequestsPerMinute` is null when it follows the portal default. */
  requestsPerMinute: z.number().int(),
  customRequestsPerMinute: z.number().int().nullable(),
  /** How it appears as an author (messages, documents, tasks...): its non-login integration person. */
  authorName: z.string(),
  abilities: Abilities('revoke', 'update'),
});
export type ServiceToken = z.infer<typeof ServiceToken>;
export const CreateServiceToken = CreateApiToken.extend({ requestsPerMinute: RequestsPerMinute.optional() });
export type CreateServiceToken = z.infer<typeof CreateServiceToken>;
/** Rename and/or set the budget (null: back to the portal default) of a live token. */
export const UpdateServiceToken = z
  .object({
    name: z.string().trim().min(1).max(80).optional(),
    requestsPerMinute: RequestsPerMinute.nullable().optional(),
  })
  .strict();
export type UpdateServiceToken = z.infer<typeof UpdateServiceToken>;
export const CreatedServiceToken = ServiceToken.extend({ token: z.string() });
export const ServiceTokenPage = z.object({
  items: z.array(ServiceToken),
  nextCursor: z.string().nullable(),
  /** The portal's budget for tokens without their own (API_TOKEN_REQUESTS_PER_MINUTE). */
  defaultRequestsPerMinute: z.number().int(),
  abilities: Abilities('create'),
});
