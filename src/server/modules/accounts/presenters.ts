import type { Account, Member } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { builtModules } from '../segments/index.ts';
import { accountPolicy } from './policy.ts';
import type { AccountRow, MemberRow } from './repository.ts';

export function presentAccount(row: AccountRow, actor: Actor): Account {
  return {
    id: row.id,
    name: row.name,
    segment: { id: row.segment_id, name: row.segment_name, kind: row.segment_kind },
    modules: builtModules(row.segment_modules),
    memberCount: row.member_count,
    createdAt: row.created_at.toISOString(),
    version: row.version,
    abilities: accountPolicy.abilities(actor, row.id),
  };
}

export function presentMember(row: MemberRow, accountId: string, actor: Actor): Member {
  return {
    userId: row.user_id,
    name: row.name,
    email: row.email,
    role: row.role,
    joinedAt: row.created_at.toISOString(),
    abilities: accountPolicy.memberAbilities(actor, accountId, row.user_id),
  };
}
