import type { ConversationSettings } from '../../../../contract/index.ts';
import { isStaffAdmin, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { conversationSettings, updateConversationSettings } from '../repository-delivery.ts';

export async function getConversationSettingsUseCase(ctx: AppContext, actor: Actor): Promise<ConversationSettings> {
  const row = await conversationSettings(ctx.db);
  return {
    hideMessageContentInEmail: row.hide_message_content_in_email,
    emailGroupingMinutes: row.email_grouping_minutes,
    inboundEmailDomain: ctx.config.conversations.inboundEmailDomain,
    abilities: { update: isStaffAdmin(actor) },
  };
}

export async function updateConversationSettingsUseCase(
  ctx: AppContext,
  actor: Actor,
  input: { hideMessageContentInEmail?: boolean; emailGroupingMinutes?: number },
  ip: string,
) {
  if (!isStaffAdmin(actor)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    await updateConversationSettings(tx, input);
    await recordAudit(tx, {
      action: 'settings.updated',
      actor: { id: actor.userId, label: actor.email },
      ip,
      details: { conversations: input },
      occurredAt: ctx.clock.now(),
    });
  });
  return getConversationSettingsUseCase(ctx, actor);
}
