import { useState } from 'react';
import type { Project, ProjectTemplate } from '../../../contract/index.ts';
import { api, ApiError } from '../../api/client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { TextField } from '../../ui/Field.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { Dialog } from '../documents/Dialog.tsx';

/**
 * "Save as template": the project's plan under a new template name (the project's own name to start with); the
 * server copies the tasks. A taken name (409 `name_taken`) is the name field's error; the new template opens in its editor.
 */
export function SaveAsTemplateDialog({
  project,
  onClose,
  onSaved,
}: {
  project: Project;
  onClose: () => void;
  onSaved: (template: ProjectTemplate) => void;
}) {
  const toast = useToast();
  const [name, setName] = useState(project.name);
  const submission = useSubmit();
  const save = () =>
    void submission.run(async (idempotencyKey) => {
      const template = await api<ProjectTemplate>(`/projects/${project.id}/template`, {
        method: 'POST',
        idempotencyKey,
        body: { name },
      }).catch((error: unknown) => {
        // A taken name belongs to the name field, in the viewer's language.
        if (error instanceof ApiError && error.code === 'name_taken')
          throw new ApiError({ ...error, fieldErrors: { name: t('project.saveAsTemplate.nameTaken') } });
        throw error;
      });
      toast(t('project.saveAsTemplate.saved', { name: template.name }));
      onSaved(template);
    });
  return (
    <Dialog
      title={t('project.saveAsTemplate.title', { name: project.name })}
      submitLabel={t('project.saveAsTemplate.submit')}
      pending={submission.pending}
      error={submission.error}
      fields={['name']}
      onSubmit={save}
      onClose={onClose}
    >
      <p>{t('project.saveAsTemplate.intro')}</p>
      <TextField
        label={t('project.saveAsTemplate.name')}
        name="name"
        required
        maxLength={200}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={submission.error}
      />
    </Dialog>
  );
}
