import type { Ticket } from '../../../../contract/index.ts';
import { formatDateTime, t, type MessageKey } from '../../../i18n/index.ts';
import { formatMinutes } from './format.ts';

type Target = Ticket['sla']['targets'][number];

function stateOf(target: Target): 'met' | 'breached' | 'paused' | 'running' | 'none' {
  if (target.metAt) return target.breached ? 'breached' : 'met';
  if (target.breached) return 'breached';
  if (target.paused) return 'paused';
  return target.dueAt ? 'running' : 'none';
}

/** Each SLA target of the ticket: its target, due time (viewer's time zone) and whether it was met, breached or is paused. */
export function SlaPanel({ sla }: { sla: Ticket['sla'] }) {
  return (
    <section className="panel tc-sla" aria-labelledby="tc-sla-title">
      <h2 id="tc-sla-title">{t('tc.sla.title')}</h2>
      {!sla.policyId && !sla.targets.length ? (
        <p className="muted">{t('tc.sla.none')}</p>
      ) : (
        <ul className="tc-sla__list">
          {sla.targets.map((target) => {
            const state = stateOf(target);
            return (
              <li key={target.metric} className={`tc-sla__item tc-sla__item--${state}`}>
                <span className="tc-sla__metric">{t(`tc.sla.metric.${target.metric}` as MessageKey)}</span>
                <span className="tc-sla__target small muted">
                  {t('tc.sla.target', { duration: formatMinutes(target.targetMinutes) })}
                </span>
                <span className="tc-sla__state">
                  {t(`tc.sla.state.${state}` as MessageKey)}
                  {state === 'running' || (state === 'breached' && !target.metAt && target.dueAt) ? (
                    <>
                      {' '}
                      ·{' '}
                      <time dateTime={target.dueAt ?? undefined}>
                        {t('tc.sla.due', { when: formatDateTime(target.dueAt ?? '') })}
                      </time>
                    </>
                  ) : null}
                  {target.metAt ? (
                    <>
                      {' '}
                      · <time dateTime={target.metAt}>{formatDateTime(target.metAt)}</time>
                    </>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
