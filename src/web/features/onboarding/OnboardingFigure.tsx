import type { OnboardingStats } from '../../../contract/index.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';

/** A duration in the largest unit that keeps it readable (minutes, hours, days). */
export function durationText(seconds: number) {
  const minutes = Math.round(seconds / 60);
  if (minutes < 1) return t('onboarding.duration.underMinute');
  if (minutes < 120) return t('onboarding.duration.minutes', { n: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t('onboarding.duration.hours', { n: hours });
  return t('onboarding.duration.days', { n: Math.round(hours / 24) });
}

/** "Time to onboard": the median per segment, on the console dashboard and the onboarding overview. */
export function OnboardingFigure() {
  const stats = useResource<OnboardingStats>('/onboarding-stats');
  const segments = stats.data?.segments ?? [];
  return (
    <section aria-labelledby="onboarding-stats" className="onboarding-figure">
      <h2 id="onboarding-stats">{t('onboarding.stats.title')}</h2>
      {stats.data && !segments.some((segment) => segment.medianSeconds !== null) ? (
        <p>{t('onboarding.stats.none')}</p>
      ) : null}
      {segments.length ? (
        <ul className="card-grid onboarding-figures">
          {segments.map((segment) => (
            <li key={segment.segmentId} className="card onboarding-figures__item">
              <h3 className="onboarding-figures__segment">{segment.segmentName}</h3>
              <p className="onboarding-figures__value">
                <span className="sr-only">{t('onboarding.stats.median')}: </span>
                {segment.medianSeconds === null ? '—' : durationText(segment.medianSeconds)}
              </p>
              <p className="onboarding-figures__meta">
                {t('onboarding.stats.counts', { completed: segment.completed, inProgress: segment.inProgress })}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
