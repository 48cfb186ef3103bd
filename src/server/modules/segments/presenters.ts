import { isBuiltModule, type BuiltModuleName, type Segment } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { segmentPolicy } from './policy.ts';
import type { SegmentRow } from './repository.ts';

export function presentSegment(row: SegmentRow, actor: Actor): Segment {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    modules: builtModules(row.modules),
    signInMethods: row.sign_in_methods,
    requireTwoFactor: row.require_two_factor,
    ticketsVisibleToAccountAdmins: row.tickets_visible_to_account_admins,
    unknownSenderPolicy: row.unknown_sender_policy,
    messageEditMinutes: row.message_edit_minutes,
    defaultLanguage: row.default_language,
    accountCount: row.account_count,
    createdAt: row.created_at.toISOString(),
    version: row.version,
    abilities: { update: segmentPolicy.canManage(actor) },
  };
}

/** What a segment switches on: the modules this build actually has (a row written by an older build may hold more). */
export function builtModules(modules: readonly string[]): BuiltModuleName[] {
  return modules.filter(isBuiltModule);
}
