import { BUILT_MODULES, type ModuleName, type Segment } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { segmentPolicy } from './policy.ts';
import type { SegmentRow } from './repository.ts';

export function presentSegment(row: SegmentRow, actor: Actor): Segment {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    modules: row.modules,
    signInMethods: row.sign_in_methods,
    requireTwoFactor: row.require_two_factor,
    ticketsVisibleToAccountAdmins: row.tickets_visible_to_account_admins,
    unknownSenderPolicy: row.unknown_sender_policy,
    messageEditMinutes: row.message_edit_minutes,
    accountCount: row.account_count,
    createdAt: row.created_at.toISOString(),
    version: row.version,
    abilities: { update: segmentPolicy.canManage(actor) },
  };
}

/** What users of an account get: the segment's modules that this build actually has. */
export function builtModules(modules: readonly ModuleName[]): ModuleName[] {
  return modules.filter((module) => BUILT_MODULES.includes(module));
}
