import type { OnboardingStats } from '../../../contract/index.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';

/** A duration in the largest unit that keeps it readable (minutes, hours, days). */
export function durationText(seconds: number) {
  const minutes = Math.round(seconds / 60);
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
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('onboarding.stats.caption')}>
          <table>
            <caption className="sr-only">{t('onboarding.stats.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('onboarding.col.segment')}</th>
                <th scope="col">{t('onboarding.stats.median')}</th>
                <th scope="col" className="num">
                  {t('onboarding.stats.completed')}
                </th>
                <th scope="col" className="num">
                  {t('onboarding.stats.inProgress')}
                </th>
              </tr>
            </thead>
            <tbody>
              {segments.map((segment) => (
                <tr key={segment.segmentId}>
                  <td>{segment.segmentName}</td>
                  <td>{segment.medianSeconds === null ? '—' : durationText(segment.medianSeconds)}</td>
                  <td className="num">{segment.completed}</td>
                  <td className="num">{segment.inProgress}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
