import type { UpdatePortalSettings } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden } from '../../../platform/http/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { settingsPolicy } from '../policy.ts';
import { presentSettings } from '../presenters.ts';
import { updateSettings } from '../repository.ts';

export async function updateSettingsUseCase(
  ctx: AppContext,
  actor: Actor,
  input: UpdatePortalSettings,
  expectedVersion: number | null,
  ip: string,
) {
  if (!settingsPolicy.canUpdate(actor)) throw forbidden();
  const { removeLogo, ...fields } = input;
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await updateSettings(tx, { ...fields, ...(removeLogo ? { logoFile: null } : {}) }, expectedVersion);
    if (!updated) throw conflict('The settings changed since you loaded them. Reload and try again.', 'stale_version');
    await recordAudit(tx, {
      action: 'settings.updated',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'portal_settings', id: 'portal' },
      ip,
      details: { fields: Object.keys(input) },
      occurredAt: ctx.clock.now(),
    });
    return updated;
  });
  return presentSettings(row, actor, ctx.config.baseUrl);
}
