import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { TASK_STATUSES, type Task, type TaskStatus, type TaskSummary } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { usePagedList, useResource, useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { useMe } from '../../session/SessionProvider.tsx';
import { Checkbox, SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { Badge, ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { useCoalesced } from '../conversations/live.ts';
import { SubjectThread } from '../conversations/SubjectThread.tsx';
import { useEventStream } from '../notifications/useEventStream.ts';
import { assigneeOf, day, TaskBadges, weekdayName, type ProjectPaths } from './format.tsx';
import { TaskFiles } from './TaskFiles.tsx';
import { TaskTime } from './TaskTime.tsx';

/** One task: its facts and status, checklist, what it waits for, and its comments. */
export function TaskPage({ paths }: { paths: ProjectPaths }) {
  const { taskId } = useParams();
  const task = useResource<Task>(`/tasks/${taskId}`);
  const me = useMe();
  const reload = useCoalesced(task.reload);
  useEventStream((signal) => {
    if (signal.kind === 'reconnected' || (signal.event.type === 'task.updated' && signal.event.data.taskId === taskId))
      reload();
  });
  if (task.error) return <ErrorState error={task.error} onRetry={task.reload} />;
  if (!task.data) return <Loading />;
  const data = task.data;
  const set = (next: Task) => task.setData(next);
  return (
    <>
      <PageHeader
        title={data.title}
        description={<TaskBadges task={data} />}
        actions={<FollowButton task={data} onDone={set} />}
      />
      <dl className="task-facts">
        <div>
          <dt>{t('tasks.detail.project')}</dt>
          <dd>
            <Link to={`${paths.projects}/${data.projectId}`}>{data.projectName}</Link>
            <span className="muted"> · {data.accountName}</span>
          </dd>
        </div>
        <div>
          <dt>{t('tasks.detail.assignee')}</dt>
          <dd>{assigneeOf(data, me.user.id)}</dd>
        </div>
        <div>
          <dt>{t('tasks.detail.due')}</dt>
          <dd>{day(data.dueDate)}</dd>
        </div>
        <div>
          <dt>{t('tasks.detail.priority')}</dt>
          <dd>{t(`tasks.priority.${data.priority}`)}</dd>
        </div>
        {data.recurrence ? (
          <div>
            <dt>{t('tasks.detail.repeats')}</dt>
            <dd>
              {data.recurrence.kind === 'monthly'
                ? t('tasks.detail.monthly', { day: data.recurrence.day })
                : t('tasks.detail.weekly', { weekday: weekdayName(data.recurrence.weekday) })}
            </dd>
          </div>
        ) : null}
      </dl>
      {data.description ? <p className="pre-wrap">{data.description}</p> : null}
      {data.abilities.changeStatus ? <StatusForm task={data} onDone={set} /> : null}
      <Checklist task={data} onDone={set} />
      <TaskFiles task={data} />
      <Dependencies task={data} paths={paths} onDone={set} />
      <TaskTime task={data} />
      {/* The task's comments are its conversations thread: files, notes, mentions and live updates included. */}
      <SubjectThread path={`/tasks/${data.id}/thread`} title={t('tasks.comments.title')} headingId="comments-heading" />
    </>
  );
}

function FollowButton({ task, onDone }: { task: Task; onDone: (task: Task) => void }) {
  if (!task.abilities.follow) return null;
  return (
    <button
      type="button"
      className="btn btn--secondary"
      aria-pressed={task.following}
      onClick={() =>
        void api<Task>(`/tasks/${task.id}/following`, { method: task.following ? 'DELETE' : 'PUT' }).then(onDone)
      }
    >
      {task.following ? t('tasks.unfollow') : t('tasks.follow')}
    </button>
  );
}

function StatusForm({ task, onDone }: { task: Task; onDone: (task: Task) => void }) {
  const [status, setStatus] = useState<TaskStatus>(task.status);
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await submit.run(async () => onDone(await api<Task>(`/tasks/${task.id}`, { method: 'PATCH', body: { status } })));
  }
  return (
    <form className="inline-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormAlert error={submit.error} fields={['status']} />
      <SelectField
        label={t('tasks.detail.status')}
        name="status"
        value={status}
        onChange={(event) => setStatus(event.target.value as TaskStatus)}
        error={submit.error}
      >
        {TASK_STATUSES.map((option) => (
          <option key={option} value={option}>
            {t(`tasks.status.${option}`)}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="btn" disabled={submit.pending || status === task.status}>
        {t('tasks.detail.save')}
      </button>
    </form>
  );
}

function Checklist({ task, onDone }: { task: Task; onDone: (task: Task) => void }) {
  const [title, setTitle] = useState('');
  const submit = useSubmit();
  const editable = task.abilities.editChecklist;
  async function add(event: FormEvent) {
    event.preventDefault();
    const ok = await submit.run(async () =>
      onDone(await api<Task>(`/tasks/${task.id}/checklist`, { method: 'POST', body: { title } })),
    );
    if (ok) setTitle('');
  }
  return (
    <section className="card stack" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading" className="h3">
        {t('tasks.checklist.title')}
      </h2>
      {task.checklistItems.length ? (
        <ul className="checklist">
          {task.checklistItems.map((item) => (
            <li key={item.id}>
              <Checkbox
                label={item.title}
                checked={item.done}
                disabled={!editable}
                onChange={(event) =>
                  void api<Task>(`/tasks/${task.id}/checklist/${item.id}`, {
                    method: 'PATCH',
                    body: { done: event.target.checked },
                  }).then(onDone)
                }
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('tasks.checklist.empty')}</p>
      )}
      {editable ? (
        <form className="inline-form" onSubmit={(event) => void add(event)} noValidate>
          <FormAlert error={submit.error} fields={['title']} />
          <TextField
            label={t('tasks.checklist.add')}
            name="title"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            error={submit.error}
          />
          <button type="submit" className="btn btn--secondary" disabled={submit.pending || !title.trim()}>
            {t('tasks.checklist.addSubmit')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

function Dependencies({ task, paths, onDone }: { task: Task; paths: ProjectPaths; onDone: (task: Task) => void }) {
  const editable = task.abilities.editDependencies;
  const others = usePagedList<TaskSummary>(editable ? `/projects/${task.projectId}/tasks` : null, { limit: 200 });
  const [dependsOnId, setDependsOnId] = useState('');
  const submit = useSubmit();
  const linked = new Set([task.id, ...task.dependsOn.map((link) => link.id)]);
  async function add(event: FormEvent) {
    event.preventDefault();
    const ok = await submit.run(async () =>
      onDone(await api<Task>(`/tasks/${task.id}/dependencies`, { method: 'POST', body: { dependsOnId } })),
    );
    if (ok) setDependsOnId('');
  }
  const links = (items: Task['dependsOn'], removable: boolean) =>
    items.length ? (
      <ul className="plain-list">
        {items.map((link) => (
          <li key={link.id}>
            <Link to={`${paths.tasks}/${link.id}`}>{link.title}</Link> <Badge>{t(`tasks.status.${link.status}`)}</Badge>
            {removable ? (
              <button
                type="button"
                className="btn-link"
                aria-label={t('tasks.dependencies.remove', { task: link.title })}
                onClick={() =>
                  void api<Task>(`/tasks/${task.id}/dependencies/${link.id}`, { method: 'DELETE' }).then(onDone)
                }
              >
                ×
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    ) : (
      <p className="muted">{t('tasks.dependencies.none')}</p>
    );
  return (
    <section className="card stack" aria-labelledby="dependencies-heading">
      <h2 id="dependencies-heading" className="h3">
        {t('tasks.dependencies.title')}
      </h2>
      {links(task.dependsOn, editable)}
      <h3 className="h4">{t('tasks.dependencies.blocks')}</h3>
      {links(task.blocks, false)}
      {editable ? (
        <form className="inline-form" onSubmit={(event) => void add(event)} noValidate>
          <FormAlert error={submit.error} fields={['dependsOnId']} />
          <SelectField
            label={t('tasks.dependencies.add')}
            name="dependsOnId"
            value={dependsOnId}
            onChange={(event) => setDependsOnId(event.target.value)}
            error={submit.error}
          >
            <option value="">{t('tasks.dependencies.choose')}</option>
            {others.items
              .filter((other) => !linked.has(other.id))
              .map((other) => (
                <option key={other.id} value={other.id}>
                  {other.title}
                </option>
              ))}
          </SelectField>
          <button type="submit" className="btn btn--secondary" disabled={submit.pending || !dependsOnId}>
            {t('tasks.dependencies.addSubmit')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
