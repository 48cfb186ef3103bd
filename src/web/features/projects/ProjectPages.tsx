import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type {
  Account,
  Project,
  Recurrence,
  Task,
  TaskStatus,
  TaskSummary,
  TaskViewFilters,
} from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { RecurrenceFields } from './RecurrenceFields.tsx';
import { usePagedList, useResource, useSubmit, type PagedList } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { useMe, useSession } from '../../session/SessionProvider.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { Badge, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { PagedTable } from '../../ui/PagedTable.tsx';
import { ActionMenu } from '../../ui/ActionMenu.tsx';
import { assigneeOf, day, TaskBadges, type ProjectPaths } from './format.tsx';
import { NewProjectForm } from './NewProjectForm.tsx';
import { SaveAsTemplateDialog } from './SaveAsTemplateDialog.tsx';
import { SavedViews } from './SavedViews.tsx';
import { TaskBoard } from './TaskBoard.tsx';
import { ProjectTime } from './TaskTime.tsx';
import { useCoalesced } from '../conversations/live.ts';
import { useEventStream } from '../notifications/useEventStream.ts';

/** The projects of one account, newest first. */
export function ProjectList({ accountId, paths }: { accountId: string; paths: ProjectPaths }) {
  const list = usePagedList<Project>(`/accounts/${accountId}/projects`);
  return (
    <PagedTable
      list={list}
      caption={t('projects.list.caption')}
      rowKey={(item) => item.id}
      empty={<EmptyState title={t('projects.list.empty')} />}
      columns={[
        {
          header: t('projects.col.name'),
          cell: (item) => (
            <>
              <Link to={`${paths.projects}/${item.id}`}>{item.name}</Link>{' '}
              {item.internal ? <Badge>{t('projects.internal')}</Badge> : null}
            </>
          ),
        },
        { header: t('projects.col.status'), cell: (item) => t(`projects.status.${item.status}`) },
        { header: t('projects.col.due'), cell: (item) => day(item.dueDate) },
        { header: t('projects.col.tasks'), className: 'num', cell: (item) => String(item.taskCounts.open) },
      ]}
    />
  );
}

/** The portal's projects: the active account's. */
export function PortalProjectList({ paths }: { paths: ProjectPaths }) {
  const me = useMe();
  const { branding } = useSession();
  return (
    <>
      <PageHeader
        title={t('projects.list.title')}
        description={t('projects.list.portalDescription', { portal: branding.name })}
      />
      {me.activeAccountId ? (
        <ProjectList key={me.activeAccountId} accountId={me.activeAccountId} paths={paths} />
      ) : null}
    </>
  );
}

/** The console's projects: pick an account, see its projects, start a new one (from a template). */
export function ConsoleProjectList({ paths }: { paths: ProjectPaths }) {
  const accounts = usePagedList<Account>('/accounts', { limit: 200 });
  const [accountId, setAccountId] = useState('');
  const chosen = accountId || accounts.items[0]?.id || '';
  return (
    <>
      <PageHeader
        title={t('projects.list.title')}
        description={t('projects.list.consoleDescription')}
        actions={
          <Link className="btn btn--secondary" to={`${paths.projects}/templates`}>
            {t('templates.link')}
          </Link>
        }
      />
      <div className="stack">
        <SelectField
          label={t('projects.account')}
          name="account"
          value={chosen}
          onChange={(event) => setAccountId(event.target.value)}
        >
          {accounts.items.map((account) => (
            <option key={account.id} value={account.id}>
              {account.name}
            </option>
          ))}
        </SelectField>
        {chosen ? <ProjectList key={chosen} accountId={chosen} paths={paths} /> : null}
        {chosen ? <NewProjectForm accountId={chosen} paths={paths} /> : null}
      </div>
    </>
  );
}

/** One project: its facts and tasks as a list or a board; staff add tasks. */
export function ProjectPage({ paths }: { paths: ProjectPaths }) {
  const { projectId } = useParams();
  const project = useResource<Project>(`/projects/${projectId}`);
  const tasks = usePagedList<TaskSummary>(`/projects/${projectId}/tasks`, { limit: 200 });
  const [view, setView] = useState<'list' | 'board'>('list');
  const [saving, setSaving] = useState(false);
  const navigate = useNavigate();
  // Another person's change to a task of this project shows without a reload.
  const reloadTasks = useCoalesced(tasks.reload);
  useEventStream((signal) => {
    if (
      signal.kind === 'reconnected' ||
      (signal.event.type.startsWith('task.') && signal.event.data.projectId === projectId)
    )
      reloadTasks();
  });
  if (project.error) return <ErrorState error={project.error} onRetry={project.reload} />;
  if (!project.data) return <Loading />;
  const data = project.data;
  const changed = (task: TaskSummary) => {
    tasks.setItems((items) => items.map((item) => (item.id === task.id ? { ...item, ...task } : item)));
    // Moving one task can unblock others: read the list again.
    tasks.reload();
  };
  return (
    <>
      <PageHeader
        title={data.name}
        description={
          <>
            {data.accountName} · {t(`projects.status.${data.status}`)} ·{' '}
            {t('projects.dates', { start: day(data.startDate), due: day(data.dueDate) })} ·{' '}
            {t('projects.progress', { done: data.taskCounts.done, total: data.taskCounts.done + data.taskCounts.open })}
          </>
        }
        actions={
          data.internal || data.abilities.saveAsTemplate ? (
            <>
              {data.internal ? <Badge>{t('projects.internal')}</Badge> : null}
              <ActionMenu
                label={t('project.actions', { name: data.name })}
                items={
                  data.abilities.saveAsTemplate
                    ? [{ id: 'save-as-template', label: t('project.saveAsTemplate'), onSelect: () => setSaving(true) }]
                    : []
                }
              />
            </>
          ) : undefined
        }
      />
      {saving ? (
        <SaveAsTemplateDialog
          project={data}
          onClose={() => setSaving(false)}
          onSaved={(template) => navigate(`/console/projects/templates/${template.id}`)}
        />
      ) : null}
      {data.description ? <p className="pre-wrap">{data.description}</p> : null}
      <div className="view-switch" role="group" aria-label={t('projects.view.label')}>
        {(['list', 'board'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className={`btn btn--small ${view === option ? '' : 'btn--secondary'}`}
            aria-pressed={view === option}
            onClick={() => setView(option)}
          >
            {t(`projects.view.${option}`)}
          </button>
        ))}
      </div>
      {tasks.error ? <ErrorState error={tasks.error} onRetry={tasks.reload} /> : null}
      {view === 'board' ? (
        <TaskBoard tasks={tasks.items} paths={paths} onChanged={changed} />
      ) : (
        <TaskTable list={tasks} paths={paths} showProject={false} />
      )}
      {data.abilities.createTask ? <NewTaskForm projectId={data.id} onCreated={tasks.reload} /> : null}
      <ProjectTime project={data} onChanged={project.setData} />
    </>
  );
}

function TaskTable({
  list,
  paths,
  showProject,
}: {
  list: PagedList<TaskSummary>;
  paths: ProjectPaths;
  showProject: boolean;
}) {
  const me = useMe();
  return (
    <PagedTable
      list={list}
      caption={t('tasks.caption')}
      rowKey={(item) => item.id}
      empty={<EmptyState title={t('tasks.empty')} />}
      columns={[
        { header: t('tasks.col.title'), cell: (item) => <Link to={`${paths.tasks}/${item.id}`}>{item.title}</Link> },
        ...(showProject
          ? [
              {
                header: t('tasks.col.project'),
                cell: (item: TaskSummary) => (
                  <>
                    <Link to={`${paths.projects}/${item.projectId}`}>{item.projectName}</Link>
                    <span className="muted"> · {item.accountName}</span>
                  </>
                ),
              },
            ]
          : []),
        // "My tasks" are all the caller's: the project says more there than the assignee would.
        ...(showProject
          ? []
          : [{ header: t('tasks.col.assignee'), cell: (item: TaskSummary) => assigneeOf(item, me.user.id) }]),
        { header: t('tasks.col.due'), cell: (item) => day(item.dueDate) },
        { header: t('tasks.col.status'), cell: (item) => <TaskBadges task={item} /> },
      ]}
    />
  );
}

function NewTaskForm({ projectId, onCreated }: { projectId: string; onCreated: () => void }) {
  const submit = useSubmit();
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [recurrence, setRecurrence] = useState<Recurrence | null>(null);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const ok = await submit.run((idempotencyKey) =>
      api<Task>(`/projects/${projectId}/tasks`, {
        method: 'POST',
        idempotencyKey,
        body: { title, ...(dueDate ? { dueDate } : {}), ...(recurrence ? { recurrence } : {}) },
      }),
    );
    if (ok) {
      setTitle('');
      setDueDate('');
      setRecurrence(null);
      onCreated();
    }
  }
  return (
    <form className="card stack" onSubmit={(event) => void onSubmit(event)} noValidate>
      <h2 className="h3">{t('tasks.new.title')}</h2>
      <FormAlert error={submit.error} fields={['title', 'dueDate', 'recurrence']} />
      <TextField
        label={t('tasks.new.name')}
        name="title"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={submit.error}
        required
      />
      <TextField
        label={t('tasks.new.due')}
        name="dueDate"
        type="date"
        value={dueDate}
        onChange={(event) => setDueDate(event.target.value)}
        error={submit.error}
      />
      {/* "Monthly bookkeeping on the 5th": completing an occurrence makes the next one (server side, once). */}
      <RecurrenceFields value={recurrence} path="recurrence" error={submit.error} onChange={setRecurrence} />
      <div className="form-actions">
        <button type="submit" className="btn" disabled={submit.pending}>
          {t('tasks.new.submit')}
        </button>
      </div>
    </form>
  );
}

/** "My tasks": assigned to the caller across every account they see, open ones by default. */
export function MyTasksPage({ paths }: { paths: ProjectPaths }) {
  const [status, setStatus] = useState('todo,in_progress,waiting');
  const list = usePagedList<TaskSummary>('/tasks', { assignee: 'me', ...(status ? { status } : {}) });
  const filters: TaskViewFilters = { assignee: 'me', ...(status ? { status: status.split(',') as TaskStatus[] } : {}) };
  return (
    <>
      <PageHeader title={t('tasks.mine.title')} description={t('tasks.mine.description')} />
      <div className="stack">
        <SavedViews filters={filters} onApply={(view) => setStatus(view.status?.join(',') ?? '')} />
        <SelectField
          label={t('tasks.filter.status')}
          name="status"
          value={status}
          onChange={(event) => setStatus(event.target.value)}
        >
          <option value="todo,in_progress,waiting">{t('tasks.filter.open')}</option>
          <option value="done">{t('tasks.status.done')}</option>
          <option value="">{t('tasks.filter.all')}</option>
          {/* A saved view may hold another combination: it is shown as chosen, not lost. */}
          {['todo,in_progress,waiting', 'done', ''].includes(status) ? null : (
            <option value={status}>
              {status
                .split(',')
                .map((one) => t(`tasks.status.${one as TaskStatus}`))
                .join(', ')}
            </option>
          )}
        </SelectField>
        <TaskTable list={list} paths={paths} showProject />
      </div>
    </>
  );
}
