import type { z } from 'zod';
import type { ReminderSettings, UpdateReminderSettings } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import { staleVersion } from '../../../platform/http/if-match.ts';
import { recordAudit } from '../../audit/index.ts';
import { billingPolicy } from '../policy.ts';
import { readReminderSettings, updateReminderSettings, type ReminderSettingsRow } from '../repository-receivables.ts';

const present = (row: ReminderSettingsRow, actor: Actor): ReminderSettings => ({
  enabled: row.enabled,
  steps: [...row.steps].sort((a, b) => a - b),
  version: row.version,
  abilities: { update: billingPolicy.canConfigure(actor) },
});

/** The payment reminder schedule (staff read it; owners and admins change it). */
export async function getReminderSettingsUseCase(ctx: AppContext, actor: Actor) {
  if (!billingPolicy.canViewSetup(actor)) throw forbidden();
  return present(await readReminderSettings(ctx.db), actor);
}

export async function updateReminderSettingsUseCase(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof UpdateReminderSettings>,
  expectedVersion: number | null,
) {
  if (!billingPolicy.canConfigure(actor)) throw forbidden();
  const steps = input.steps ? [...new Set(input.steps)].sort((a, b) => a - b) : undefined;
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await updateReminderSettings(tx, { enabled: input.enabled, steps }, expectedVersion);
    if (!updated) throw staleVersion();
    await recordAudit(tx, {
      action: 'billing.reminders_updated',
      actor: { id: actor.userId, label: actor.email },
      target: null,
      accountId: null,
      details: { enabled: updated.enabled, steps: updated.steps },
      occurredAt: now,
    });
    return updated;
  });
  return present(row, actor);
}
