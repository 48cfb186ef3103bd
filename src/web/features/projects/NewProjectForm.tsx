import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Project, ProjectTemplate } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { useResource, useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox, SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import type { ProjectPaths } from './format.tsx';

/** The console's new project: named, from a template or empty; a staff-only template makes it internal. */
export function NewProjectForm({ accountId, paths }: { accountId: string; paths: ProjectPaths }) {
  const templates = useResource<{ items: ProjectTemplate[] }>('/project-templates');
  const navigate = useNavigate();
  const submit = useSubmit();
  const [name, setName] = useState('');
  const [templateId, setTemplateId] = useState('');
  const [startDate, setStartDate] = useState('');
  const [internal, setInternal] = useState(false);
  const template = templates.data?.items.find((item) => item.id === templateId);
  // A staff-only template makes internal projects; only those the policy allows may make one client-visible.
  const internalLocked = template?.internal === true && !template.abilities.createVisibleProject;
  function chooseTemplate(id: string) {
    setTemplateId(id);
    if (templates.data?.items.find((item) => item.id === id)?.internal) setInternal(true);
  }
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await submit.run(async (idempotencyKey) => {
      const project = await api<Project>(`/accounts/${accountId}/projects`, {
        method: 'POST',
        idempotencyKey,
        body: {
          name,
          internal: internal || internalLocked,
          ...(templateId ? { templateId } : {}),
          ...(startDate ? { startDate } : {}),
        },
      });
      navigate(`${paths.projects}/${project.id}`);
    });
  }
  return (
    <form className="card stack" onSubmit={(event) => void onSubmit(event)} noValidate>
      <h2 className="h3">{t('projects.new.title')}</h2>
      <FormAlert error={submit.error} fields={['name', 'templateId', 'startDate']} />
      <TextField
        label={t('projects.new.name')}
        name="name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={submit.error}
        required
      />
      <SelectField
        label={t('projects.new.template')}
        name="templateId"
        value={templateId}
        onChange={(event) => chooseTemplate(event.target.value)}
        error={submit.error}
      >
        <option value="">{t('projects.new.noTemplate')}</option>
        {templates.data?.items.map((template) => (
          <option key={template.id} value={template.id}>
            {template.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('projects.new.start')}
        name="startDate"
        type="date"
        value={startDate}
        onChange={(event) => setStartDate(event.target.value)}
        error={submit.error}
      />
      <Checkbox
        label={t('projects.new.internal')}
        hint={template?.internal ? t('projects.new.internalFromTemplate') : undefined}
        checked={internal || internalLocked}
        disabled={internalLocked}
        onChange={(event) => setInternal(event.target.checked)}
      />
      <div className="form-actions">
        <button type="submit" className="btn" disabled={submit.pending}>
          {t('projects.new.submit')}
        </button>
      </div>
    </form>
  );
}
