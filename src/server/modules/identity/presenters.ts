import type { PasskeyRow } from './repository-passkeys.ts';
import type { Passkey } from '../../../contract/index.ts';
import type { ApiToken, Invitation, Me, Membership, ServiceToken, SessionSummary } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { builtModules } from '../segments/index.ts';
import { mePolicy, serviceTokenPolicy } from './policy.ts';
import { integrationPersonName, type ServiceTokenRow } from './repository-service-tokens.ts';
import type { ApiTokenRow, InvitationRow, MembershipRow, SessionRow, UserRow } from './repository.ts';

export function presentMembership(row: MembershipRow): Membership {
  return {
    accountId: row.account_id,
    accountName: row.account_name,
    role: row.role,
    segment: { id: row.segment_id, name: row.segment_name, kind: row.segment_kind },
    modules: builtModules(row.modules as Membership['modules']),
  };
}

export function presentMe(
  actor: Actor,
  user: Pick<UserRow, 'id' | 'email' | 'name' | 'locale' | 'time_zone' | 'staff_role' | 'totp_enabled_at'> & {
    phone?: string | null;
  },
  memberships: MembershipRow[],
  twoFactorRequired: boolean,
  mailDriver: 'dev' | 'smtp',
): Me {
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      timeZone: user.time_zone,
      phone: user.phone ?? null,
      staffRole: user.staff_role,
      twoFactorEnabled: user.totp_enabled_at !== null,
      twoFactorRequired,
    },
    sessionState: actor.sessionState,
    memberships: memberships.map(presentMembership),
    activeAccountId: actor.activeAccountId,
    abilities: mePolicy.abilities(actor, mailDriver),
  };
}

export function presentSession(row: SessionRow, actor: Actor): SessionSummary {
  return {
    id: row.id,
    createdAt: row.created_at.toISOString(),
    lastSeenAt: row.last_seen_at.toISOString(),
    ip: row.ip,
    userAgent: row.user_agent,
    current: row.id === actor.sessionId,
    abilities: mePolicy.sessionAbilities(actor, row),
  };
}

export function invitationStatus(row: InvitationRow, now: Date): Invitation['status'] {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  return row.expires_at <= now ? 'expired' : 'pending';
}

export function presentInvitation(row: InvitationRow, now: Date, canRevoke: boolean): Invitation {
  const status = invitationStatus(row, now);
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    staffRole: row.staff_role,
    status,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    abilities: { revoke: canRevoke && status === 'pending' },
  };
}

/** What personal and service tokens show alike: never the secret. */
function tokenFields(row: ApiTokenRow | ServiceTokenRow, now: Date) {
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    status: row.revoked_at ? ('revoked' as const) : row.expires_at <= now ? ('expired' as const) : ('active' as const),
  };
}

export function presentApiToken(row: ApiTokenRow, actor: Actor, now: Date): ApiToken {
  const fields = tokenFields(row, now);
  return { ...fields, abilities: mePolicy.apiTokenAbilities(actor, row, fields.status) };
}

export function presentServiceToken(
  row: ServiceTokenRow,
  actor: Actor,
  now: Date,
  defaultRequestsPerMinute: number,
): ServiceToken {
  const fields = tokenFields(row, now);
  return {
    ...fields,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    createdBy: row.created_by ? { id: row.created_by, name: row.created_by_name ?? '' } : null,
    requestsPerMinute: row.requests_per_minute ?? defaultRequestsPerMinute,
    customRequestsPerMinute: row.requests_per_minute,
    authorName: integrationPersonName(row.name),
    abilities: serviceTokenPolicy.abilities(actor, fields.status),
  };
}

export function presentPasskey(row: Omit<PasskeyRow, 'sign_count'>, actor: Actor): Passkey {
  return {
    id: row.id,
    name: row.name,
    deviceType: row.device_type,
    backedUp: row.backed_up,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    abilities: mePolicy.passkeyAbilities(actor, row),
  };
}
