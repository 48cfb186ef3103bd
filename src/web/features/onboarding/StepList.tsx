import { Link } from 'react-router-dom';
import type { Onboarding, OnboardingStep } from '../../../contract/index.ts';
import { formatRelative, t, type MessageKey } from '../../i18n/index.ts';
import { Badge } from '../../ui/common.tsx';

function statusText(step: OnboardingStep, console: boolean) {
  if (step.status !== 'open') return t(`onboarding.status.${step.status}` as MessageKey);
  if (step.issue) return t('onboarding.status.reissuing');
  if (console)
    return t(step.side === 'client' ? 'onboarding.status.open.clientConsole' : 'onboarding.status.open.firmConsole');
  return t(step.side === 'client' ? 'onboarding.status.open.client' : 'onboarding.status.open.firm');
}

const kindText = (step: OnboardingStep) => t(`onboarding.kind.${step.kind}` as MessageKey);

/** "Your next step · Task · 2 minutes ago": the parts that say something (the kind only when the title does not). */
function metaOf(step: OnboardingStep, isNext: boolean) {
  const parts = [
    kindText(step) === step.title ? null : kindText(step),
    step.status === 'open' && step.openedAt ? formatRelative(step.openedAt) : null,
  ].filter((part): part is string => part !== null);
  if (!isNext && !parts.length) return null;
  return (
    <p className="onboarding-step__meta">
      {isNext ? <strong>{t('onboarding.step.next')}</strong> : null}
      {[isNext ? '' : null, ...parts].filter((part) => part !== null).join(' · ')}
    </p>
  );
}

const tone = (step: OnboardingStep) =>
  step.status === 'done'
    ? 'success'
    : step.issue || (step.status === 'open' && step.side === 'client')
      ? 'warning'
      : 'neutral';

/**
 * Why the step's item ended (declined by whom, voided, expired) and its reason; the client also reads that the firm
 * is re-issuing it, staff get the one-action re-send.
 */
function IssueOf({
  step,
  console,
  pending,
  onReissue,
}: {
  step: OnboardingStep;
  console: boolean;
  pending: boolean;
  onReissue?: (step: OnboardingStep) => void;
}) {
  const issue = step.issue!;
  const known = ['declined', 'voided', 'expired'].includes(issue.state) ? issue.state : 'ended';
  return (
    <div className="onboarding-step__issue">
      <p>
        {t(`onboarding.issue.${known}` as MessageKey, { name: issue.byName ?? t('onboarding.issue.someone') })}
        {issue.reason ? ` ${t('onboarding.issue.reason', { reason: issue.reason })}` : null}
      </p>
      {console ? null : <p className="muted">{t('onboarding.issue.reissuing')}</p>}
      {step.abilities.reissue && onReissue ? (
        <div>
          <button type="button" className="btn" disabled={pending} onClick={() => onReissue(step)}>
            {t('onboarding.issue.reissue')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

/**
 * An onboarding's steps as a checklist, in the server's order (the client's next step first). The first open step
 * of the client is marked as theirs; a welcome step is ticked off here, the others through their own page.
 */
export function StepList({
  onboarding,
  console = false,
  pending,
  onComplete,
  onReissue,
}: {
  onboarding: Onboarding;
  console?: boolean;
  pending: boolean;
  onComplete: (step: OnboardingStep) => void;
  onReissue?: (step: OnboardingStep) => void;
}) {
  const next = onboarding.steps.find((step) => step.status === 'open' && step.side === 'client');
  return (
    <ol className="onboarding-steps" aria-label={t('onboarding.steps')}>
      {onboarding.steps.map((step) => (
        <li key={step.id} className={`onboarding-step onboarding-step--${step.status}`}>
          <div className="onboarding-step__head">
            <h3 className="onboarding-step__title">{step.title}</h3>
            <Badge tone={tone(step)}>{statusText(step, console)}</Badge>
          </div>
          {metaOf(step, step === next && !console)}
          {step.message && step.status !== 'waiting' ? (
            <p className="onboarding-step__message">{step.message}</p>
          ) : null}
          {step.issue ? <IssueOf step={step} console={console} pending={pending} onReissue={onReissue} /> : null}
          {step.abilities.complete ? (
            <div>
              <button type="button" className="btn" disabled={pending} onClick={() => onComplete(step)}>
                {t('onboarding.step.markDone')}
              </button>
            </div>
          ) : step.link && step.status === 'open' && !step.issue ? (
            <div>
              <Link
                className="btn btn--secondary"
                to={step.link}
                aria-label={`${t('onboarding.step.open')}: ${step.title}`}
              >
                {t('onboarding.step.open')}
              </Link>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export const progressOf = (onboarding: Onboarding) => ({
  done: onboarding.steps.filter((step) => step.status === 'done' || step.status === 'skipped').length,
  total: onboarding.steps.length,
});
