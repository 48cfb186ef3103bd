import { useState, type FormEvent } from 'react';
import type { TaskView, TaskViewFilters } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { useResource, useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useConfirmedDelete } from '../../ui/useConfirmedDelete.ts';

/**
 * The caller's saved views of the task list: choosing one applies its filters, "Save view" keeps the current ones
 * under a name (the caller's alone).
 */
export function SavedViews({
  filters,
  onApply,
}: {
  filters: TaskViewFilters;
  onApply: (filters: TaskViewFilters) => void;
}) {
  const views = useResource<{ items: TaskView[] }>('/task-views');
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const submit = useSubmit();
  const toast = useToast();
  const confirmDelete = useConfirmedDelete();
  const current = views.data?.items.find((view) => view.id === chosen);

  async function save(event: FormEvent) {
    event.preventDefault();
    let saved: TaskView | null = null;
    const ok = await submit.run(async (idempotencyKey) => {
      saved = await api<TaskView>('/task-views', { method: 'POST', idempotencyKey, body: { name, filters } });
    });
    if (ok && saved) {
      setName('');
      setChosen((saved as TaskView).id);
      views.reload();
      toast(t('views.saved'));
    }
  }

  return (
    <section className="stack" aria-labelledby="views-heading">
      <h2 id="views-heading" className="sr-only">
        {t('views.title')}
      </h2>
      <div className="inline-form">
        <SelectField
          label={t('views.choose')}
          name="view"
          value={chosen}
          onChange={(event) => {
            setChosen(event.target.value);
            const view = views.data?.items.find((item) => item.id === event.target.value);
            if (view) onApply(view.filters);
          }}
        >
          <option value="">{t('views.none')}</option>
          {views.data?.items.map((view) => (
            <option key={view.id} value={view.id}>
              {view.name}
            </option>
          ))}
        </SelectField>
        {current?.abilities.delete ? (
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() =>
              void confirmDelete(
                t('views.deleteQuestion', { name: current.name }),
                () => api(`/task-views/${current.id}`, { method: 'DELETE' }),
                () => {
                  setChosen('');
                  views.reload();
                },
              )
            }
          >
            {t('views.delete')}
          </button>
        ) : null}
      </div>
      <form className="inline-form" onSubmit={(event) => void save(event)} noValidate>
        <FormAlert error={submit.error} fields={['name']} />
        <TextField
          label={t('views.name')}
          name="name"
          value={name}
          maxLength={100}
          onChange={(event) => setName(event.target.value)}
          error={submit.error}
        />
        <button type="submit" className="btn btn--secondary" disabled={submit.pending || !name.trim()}>
          {t('views.save')}
        </button>
      </form>
    </section>
  );
}
