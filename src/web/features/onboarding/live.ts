import { useCoalesced } from '../conversations/live.ts';
import { useEventStream } from '../notifications/useEventStream.ts';

/**
 * Reloads an onboarding view when the server says an onboarding moved (`onboarding.updated`: a step opened or was
 * completed, by whichever side or module), and after a reconnection. `accountId`: only that account's onboarding;
 * none: any (the console's overview). A burst of events causes one reload.
 */
export function useOnboardingLive(reload: () => void, accountId?: string | null) {
  const coalesced = useCoalesced(reload);
  useEventStream((signal) => {
    if (signal.kind === 'reconnected') return coalesced();
    const { event } = signal;
    if (!event.type.startsWith('onboarding.')) return;
    if (accountId && event.accountId && event.accountId !== accountId) return;
    coalesced();
  });
}
