import type { Project, Task, TaskTime as TaskTimeData, TimeEntry, TimeTotals } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { useResource, useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useConfirmedDelete } from '../../ui/useConfirmedDelete.ts';
import { day } from './format.tsx';
import { TimeEntryForm } from './TimeEntryForm.tsx';

/** 135 -> "2 h 15 min". */
export const duration = (total: number) =>
  total
    ? t('time.duration', { hours: Math.floor(total / 60), minutes: total % 60 }).trim()
    : t('time.minutes', { minutes: 0 });

export function TimeTotalsList({ totals }: { totals: TimeTotals }) {
  return (
    <dl className="task-facts" data-testid="time-totals">
      <div>
        <dt>{t('time.total')}</dt>
        <dd>{duration(totals.totalMinutes)}</dd>
      </div>
      <div>
        <dt>{t('time.billable')}</dt>
        <dd>{duration(totals.billableMinutes)}</dd>
      </div>
      <div>
        <dt>{t('time.nonBillable')}</dt>
        <dd>{duration(totals.nonBillableMinutes)}</dd>
      </div>
    </dl>
  );
}

/** The task's time: totals, the entries, and (staff) a form to log more. Shown only where the policy lets the viewer. */
export function TaskTime({ task }: { task: Task }) {
  const time = useResource<TaskTimeData>(task.abilities.viewTime ? `/tasks/${task.id}/time-entries` : null);
  const confirmDelete = useConfirmedDelete();
  if (!task.abilities.viewTime) return null;
  return (
    <section className="card stack" aria-labelledby="time-heading">
      <h2 id="time-heading" className="h3">
        {t('time.title')}
      </h2>
      {time.data ? (
        <>
          <TimeTotalsList totals={time.data.totals} />
          {time.data.items.length ? (
            // A table wider than a phone scrolls sideways inside its wrapper: keyboard users must reach it.
            <div className="table-wrap" tabIndex={0} role="region" aria-label={t('time.caption')}>
              <table>
                <caption className="sr-only">{t('time.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('time.col.date')}</th>
                    <th scope="col">{t('time.col.person')}</th>
                    <th scope="col">{t('time.col.duration')}</th>
                    <th scope="col">{t('time.col.note')}</th>
                    <th scope="col">{t('time.col.billable')}</th>
                    <th scope="col">
                      <span className="sr-only">{t('time.col.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {time.data.items.map((entry: TimeEntry) => (
                    <tr key={entry.id}>
                      <td>{day(entry.date)}</td>
                      <td>{entry.person?.name ?? '—'}</td>
                      <td>{duration(entry.minutes)}</td>
                      <td className="pre-wrap">{entry.note}</td>
                      <td>{entry.billable ? t('time.yes') : t('time.no')}</td>
                      <td>
                        {entry.abilities.delete ? (
                          <button
                            type="button"
                            className="btn-link"
                            aria-label={t('time.delete', { date: day(entry.date) })}
                            onClick={() =>
                              void confirmDelete(
                                t('time.deleteQuestion'),
                                () => api(`/time-entries/${entry.id}`, { method: 'DELETE' }),
                                time.reload,
                              )
                            }
                          >
                            ×
                          </button>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="muted">{t('time.none')}</p>
          )}
          {time.data.abilities.create ? <LogTimeForm taskId={task.id} onDone={time.reload} /> : null}
        </>
      ) : null}
    </section>
  );
}

function LogTimeForm({ taskId, onDone }: { taskId: string; onDone: () => void }) {
  return (
    <TimeEntryForm
      headingId="log-time-heading"
      duration="minutes"
      save={(values, idempotencyKey) =>
        api<TimeEntry>(`/tasks/${taskId}/time-entries`, { method: 'POST', idempotencyKey, body: values })
      }
      onDone={onDone}
    />
  );
}

/** A project's time totals, and (staff) whether its clients see the time. */
export function ProjectTime({ project, onChanged }: { project: Project; onChanged: (project: Project) => void }) {
  const totals = useResource<TimeTotals>(project.abilities.viewTime ? `/projects/${project.id}/time-totals` : null);
  const submit = useSubmit();
  if (!project.abilities.viewTime) return null;
  return (
    <section className="card stack" aria-labelledby="project-time-heading">
      <h2 id="project-time-heading" className="h3">
        {t('time.title')}
      </h2>
      {totals.data ? <TimeTotalsList totals={totals.data} /> : null}
      {project.abilities.update ? (
        <>
          <FormAlert error={submit.error} />
          <Checkbox
            label={t('time.project.clientsSee')}
            checked={project.clientsSeeTime}
            disabled={submit.pending}
            onChange={(event) => {
              const clientsSeeTime = event.target.checked;
              void submit.run(async () =>
                onChanged(
                  await api<Project>(`/projects/${project.id}`, {
                    method: 'PATCH',
                    ifMatch: project.version,
                    body: { clientsSeeTime },
                  }),
                ),
              );
            }}
          />
        </>
      ) : null}
    </section>
  );
}
