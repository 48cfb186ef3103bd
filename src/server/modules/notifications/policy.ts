import type { Actor } from '../../platform/actor.ts';

/** A notification is its recipient's alone; everyone manages their own preferences. */
export const notificationPolicy = {
  abilities: (actor: Actor, recipientId: string, readAt: Date | null) => ({
    markRead: actor.userId === recipientId && readAt === null,
  }),
};
