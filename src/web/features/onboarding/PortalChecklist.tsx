import type { AccountOnboarding, OnboardingStep } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { useResource, useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { useMe } from '../../session/SessionProvider.tsx';
import { FormAlert, Notice } from '../../ui/FormAlert.tsx';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { useOnboardingLive } from './live.ts';
import { progressOf, StepList } from './StepList.tsx';

/** The portal's "Getting started": the active account's onboarding checklist, the client's next step on top. */
export function PortalChecklist() {
  const me = useMe();
  const path = me.activeAccountId ? `/accounts/${me.activeAccountId}/onboarding` : null;
  const resource = useResource<AccountOnboarding>(path);
  // Steps completed elsewhere (a form submitted, a file accepted, staff ticking a step) show at once.
  useOnboardingLive(resource.reload, me.activeAccountId);
  const submit = useSubmit();
  const onboarding = resource.data?.onboarding ?? null;

  async function onComplete(step: OnboardingStep) {
    await submit.run(async () => {
      await api(`/onboarding-steps/${step.id}/complete`, { method: 'POST' });
      resource.reload();
    });
  }

  return (
    <>
      <PageHeader title={t('onboarding.portal.title')} description={t('onboarding.portal.description')} />
      {resource.error ? <ErrorState error={resource.error} onRetry={resource.reload} /> : null}
      {!resource.data && !resource.error ? <Loading /> : null}
      {resource.data && (!onboarding || onboarding.status === 'cancelled') ? (
        <EmptyState title={t('onboarding.portal.none')}>
          <p>{t('onboarding.portal.noneBody')}</p>
        </EmptyState>
      ) : null}
      {onboarding && onboarding.status !== 'cancelled' ? (
        <div className="stack">
          <p className="onboarding-progress">
            <progress max={progressOf(onboarding).total} value={progressOf(onboarding).done} aria-hidden="true" />
            <span>{t('onboarding.progress', progressOf(onboarding))}</span>
          </p>
          {onboarding.status === 'completed' ? <Notice>{t('onboarding.portal.done')}</Notice> : null}
          <FormAlert error={submit.error} />
          <StepList onboarding={onboarding} pending={submit.pending} onComplete={(step) => void onComplete(step)} />
        </div>
      ) : null}
    </>
  );
}
