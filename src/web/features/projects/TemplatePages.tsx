import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { ProjectTemplate } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { unpagedList, useResource, useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox, GroupError, TextField } from '../../ui/Field.tsx';
import { FormAlert, Notice } from '../../ui/FormAlert.tsx';
import { Badge, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { useConfirm } from '../../ui/ConfirmDialog.tsx';
import { PagedTable } from '../../ui/PagedTable.tsx';
import { movedOrder } from '../../ui/OrderedItems.tsx';
import { newTemplateTask, reorderTemplateTasks, TemplateTaskFields } from './TemplateTaskFields.tsx';

const BASE = '/console/projects/templates';

/** The console's project templates: the list, and a new one (named, then built in the editor). */
export function ProjectTemplateList() {
  const templates = useResource<{ items: ProjectTemplate[] }>('/project-templates');
  const navigate = useNavigate();
  const submit = useSubmit();
  const [name, setName] = useState('');
  const [durationDays, setDurationDays] = useState('30');
  async function onCreate(event: FormEvent) {
    event.preventDefault();
    await submit.run(async (idempotencyKey) => {
      const created = await api<ProjectTemplate>('/project-templates', {
        method: 'POST',
        idempotencyKey,
        body: { name, durationDays: Number(durationDays) },
      });
      navigate(`${BASE}/${created.id}`);
    });
  }
  if (templates.error) return <ErrorState error={templates.error} onRetry={templates.reload} />;
  // Templates are few and unpaged: shown through the same table as paged lists.
  const list = unpagedList(templates);
  return (
    <>
      <PageHeader title={t('templates.title')} description={t('templates.description')} />
      <div className="stack">
        <PagedTable
          list={list}
          caption={t('templates.caption')}
          rowKey={(item) => item.id}
          empty={<EmptyState title={t('templates.empty')} />}
          columns={[
            {
              header: t('templates.col.name'),
              cell: (item) => (
                <>
                  <Link to={`${BASE}/${item.id}`}>{item.name}</Link>{' '}
                  {item.internal ? <Badge>{t('templates.internal')}</Badge> : null}
                </>
              ),
            },
            { header: t('templates.col.tasks'), className: 'num', cell: (item) => String(item.taskCount) },
            {
              header: t('templates.col.duration'),
              className: 'num',
              cell: (item) => t('templates.days', { days: item.durationDays }),
            },
          ]}
        />
        <form className="card stack" onSubmit={(event) => void onCreate(event)} noValidate>
          <h2 className="h3">{t('templates.new')}</h2>
          <FormAlert error={submit.error} fields={['name', 'durationDays']} />
          <div className="form-row">
            <TextField
              label={t('template.name')}
              name="name"
              value={name}
              maxLength={200}
              onChange={(event) => setName(event.target.value)}
              error={submit.error}
              required
            />
            <TextField
              label={t('template.duration')}
              name="durationDays"
              type="number"
              min={0}
              max={3650}
              value={durationDays}
              onChange={(event) => setDurationDays(event.target.value)}
              error={submit.error}
            />
          </div>
          <div>
            <button type="submit" className="btn" disabled={submit.pending}>
              {t('templates.create')}
            </button>
          </div>
        </form>
      </div>
    </>
  );
}

/** One template: its name, length and tasks, edited as a draft and saved at once (If-Match: the loaded version). */
export function ProjectTemplateEditor() {
  const { templateId } = useParams();
  const resource = useResource<ProjectTemplate>(`/project-templates/${templateId}`);
  const [draft, setDraft] = useState<ProjectTemplate | null>(null);
  const [notice, setNotice] = useState('');
  const save = useSubmit();
  const confirm = useConfirm();
  const navigate = useNavigate();
  const template = draft ?? resource.data;
  if (resource.error) return <ErrorState error={resource.error} onRetry={resource.reload} />;
  if (!template) return <Loading />;
  const change = (next: Partial<ProjectTemplate>) => {
    setNotice('');
    setDraft({ ...template, ...next });
  };
  const tasks = template.tasks;
  const move = (from: number, to: number) =>
    change({ tasks: reorderTemplateTasks(tasks, movedOrder(tasks.length, from, to)) });

  async function onSave() {
    await save.run(async () => {
      const saved = await api<ProjectTemplate>(`/project-templates/${template!.id}`, {
        method: 'PATCH',
        ifMatch: template!.version,
        body: {
          name: template!.name,
          description: template!.description,
          durationDays: template!.durationDays,
          internal: template!.internal,
          tasks: template!.tasks.map((task) => ({
            ...task,
            checklist: task.checklist.map((item) => item.trim()).filter(Boolean),
          })),
        },
      });
      setDraft(saved);
      setNotice(t('template.saved'));
    });
  }
  async function onDelete() {
    if (!(await confirm({ title: t('template.deleteConfirm'), danger: true }))) return;
    await save.run(async () => {
      await api(`/project-templates/${template!.id}`, { method: 'DELETE' });
      navigate(BASE);
    });
  }
  return (
    <>
      <PageHeader
        title={template.name}
        description={t('template.summary', { tasks: tasks.length, days: template.durationDays })}
        actions={<Link to={BASE}>{t('template.back')}</Link>}
      />
      <div className="stack">
        {notice ? <Notice>{notice}</Notice> : null}
        <FormAlert error={save.error} fields={['name', 'description', 'durationDays', 'internal']} />
        <div className="card stack template-fields">
          <TextField
            label={t('template.name')}
            name="name"
            value={template.name}
            maxLength={200}
            onChange={(event) => change({ name: event.target.value })}
            error={save.error}
          />
          <div className="field">
            <label htmlFor="template-description">{t('template.description')}</label>
            <textarea
              id="template-description"
              rows={2}
              maxLength={10_000}
              value={template.description}
              onChange={(event) => change({ description: event.target.value })}
            />
          </div>
          <TextField
            label={t('template.duration')}
            name="durationDays"
            type="number"
            min={0}
            max={3650}
            hint={t('template.durationHint')}
            value={String(template.durationDays)}
            onChange={(event) => change({ durationDays: Math.max(0, Math.trunc(Number(event.target.value))) })}
            error={save.error}
          />
          <Checkbox
            label={t('template.internal')}
            hint={t('template.internalHint')}
            name="internal"
            checked={template.internal}
            onChange={(event) => change({ internal: event.target.checked })}
          />
          <GroupError error={save.error} name="internal" />
        </div>
        <section className="stack" aria-labelledby="template-tasks-heading">
          <h2 id="template-tasks-heading" className="h3">
            {t('template.tasks')}
          </h2>
          <p className="muted">{t('template.tasksHint')}</p>
          {tasks.length ? null : <p>{t('template.noTasks')}</p>}
          <ol className="stack template-editor">
            {tasks.map((task, index) => (
              <li key={index} className="card stack">
                <TemplateTaskFields
                  task={task}
                  index={index}
                  earlier={tasks.slice(0, index)}
                  last={index === tasks.length - 1}
                  error={save.error}
                  onChange={(next) => change({ tasks: tasks.map((old, at) => (at === index ? next : old)) })}
                  onMove={(to) => move(index, to)}
                  onRemove={() =>
                    change({
                      tasks: reorderTemplateTasks(
                        tasks,
                        tasks.map((_, at) => at).filter((at) => at !== index),
                      ),
                    })
                  }
                />
              </li>
            ))}
          </ol>
          <div>
            <button
              type="button"
              className="btn btn--secondary"
              onClick={() =>
                change({
                  tasks: [
                    ...tasks,
                    newTemplateTask(
                      Math.min(
                        tasks.findLast((task) => task.offsetDays !== null)?.offsetDays ?? 0,
                        template.durationDays,
                      ),
                    ),
                  ],
                })
              }
            >
              {t('template.add')}
            </button>
          </div>
        </section>
        {template.abilities.update || template.abilities.delete ? (
          <div className="form-row">
            {template.abilities.update ? (
              <button type="button" className="btn" disabled={save.pending} onClick={() => void onSave()}>
                {t('template.save')}
              </button>
            ) : null}
            {template.abilities.delete ? (
              <button type="button" className="btn btn--danger" disabled={save.pending} onClick={() => void onDelete()}>
                {t('template.delete')}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
    </>
  );
}
