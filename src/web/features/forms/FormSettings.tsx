import { useState, type FormEvent } from 'react';
import type { Form, Segment } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { usePagedList, useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox, SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert, Notice } from '../../ui/FormAlert.tsx';

/** The public address of a form: the page visitors open without signing in. */
export function publicFormUrl(slug: string) {
  return `${window.location.origin}/f/${slug}`;
}

/**
 * A form's settings beside its fields: the description people read above it, whether a submission opens a ticket,
 * and the public address (with the segment its lead accounts join). Saved with If-Match like the fields, so two
 * staff editing at once get 409 rather than overwriting each other.
 */
export function FormSettings({ form, onSaved }: { form: Form; onSaved: (form: Form) => void }) {
  const segments = usePagedList<Segment>('/segments', { limit: 100 });
  const [description, setDescription] = useState(form.description);
  const [createTicket, setCreateTicket] = useState(form.createTicket);
  const [createTask, setCreateTask] = useState(form.createTask);
  const [isPublic, setIsPublic] = useState(form.publicSlug !== null);
  const [slug, setSlug] = useState(form.publicSlug ?? '');
  const [segmentId, setSegmentId] = useState(form.leadSegmentId ?? '');
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();
  const leadSegment = segmentId || segments.items.find((segment) => segment.modules.includes('forms'))?.id || '';

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    await submit.run(async () => {
      const next = await api<Form>(`/forms/${form.id}`, {
        method: 'PATCH',
        ifMatch: form.version,
        body: {
          description,
          createTicket,
          createTask,
          publicSlug: isPublic ? slug.trim() : null,
          leadSegmentId: isPublic ? leadSegment || null : null,
        },
      });
      onSaved(next);
      setSaved(true);
    });
  }

  return (
    <form className="card stack" onSubmit={(event) => void onSubmit(event)} noValidate>
      <h2 className="h3">{t('forms.settings.title')}</h2>
      {saved ? <Notice>{t('forms.settings.saved')}</Notice> : null}
      <FormAlert error={submit.error} fields={['description', 'publicSlug', 'leadSegmentId']} />
      <div className="field">
        <label htmlFor="form-description">{t('forms.settings.description')}</label>
        <textarea
          id="form-description"
          rows={3}
          maxLength={5000}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      <Checkbox
        label={t('forms.settings.createTicket')}
        hint={t('forms.settings.createTicketHint')}
        checked={createTicket}
        onChange={(event) => setCreateTicket(event.target.checked)}
      />
      <Checkbox
        label={t('collab.forms.createTask')}
        hint={t('collab.forms.createTaskHint')}
        checked={createTask}
        onChange={(event) => setCreateTask(event.target.checked)}
      />
      <Checkbox
        label={t('forms.settings.public')}
        hint={t('forms.settings.publicHint')}
        checked={isPublic}
        onChange={(event) => setIsPublic(event.target.checked)}
      />
      {isPublic ? (
        <div className="form-row">
          <TextField
            label={t('forms.settings.slug')}
            name="publicSlug"
            hint={t('forms.settings.slugHint')}
            value={slug}
            onChange={(event) => setSlug(event.target.value.toLowerCase())}
            error={submit.error}
            required
          />
          <SelectField
            label={t('forms.settings.leadSegment')}
            name="leadSegmentId"
            value={leadSegment}
            onChange={(event) => setSegmentId(event.target.value)}
            error={submit.error}
          >
            {segments.items.map((segment) => (
              <option key={segment.id} value={segment.id}>
                {segment.name}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      {form.publicSlug && form.publishedVersion && !form.archivedAt ? (
        <p>
          {t('forms.settings.publicAt')}{' '}
          <a href={publicFormUrl(form.publicSlug)} target="_blank" rel="noreferrer">
            {publicFormUrl(form.publicSlug)}
          </a>
        </p>
      ) : form.publicSlug ? (
        <p className="muted">{t('forms.settings.publishFirst')}</p>
      ) : null}
      <div>
        <button type="submit" className="btn btn--secondary" disabled={submit.pending}>
          {t('forms.settings.save')}
        </button>
      </div>
    </form>
  );
}
