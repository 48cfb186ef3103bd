import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Answers, FormAssignmentDetail } from '../../../contract/index.ts';
import { api, ApiError } from '../../api/client.ts';
import { useResource, useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { FormAlert, Notice } from '../../ui/FormAlert.tsx';
import { ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { answerErrorsOf, FormLevel } from './FormRenderer.tsx';

const AUTOSAVE_MS = 800;

type SaveState = 'idle' | 'saving' | 'saved' | 'conflict';

/** The server's field errors (problem+json `errors`) as path → message. */
function serverErrors(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fieldErrors : {};
}

/**
 * Filling a requested form. Answers save as the person types (debounced PUT with If-Match: the draft's version);
 * a save that another device overtook (409) loads that device's answers. Submitting checks the answers with the
 * same schema as the server first, so the errors show at once and read the same.
 */
export function FillPage() {
  const { assignmentId } = useParams();
  const resource = useResource<FormAssignmentDetail>(`/form-assignments/${assignmentId}`);
  const detail = resource.data;
  const [answers, setAnswers] = useState<Answers | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [save, setSave] = useState<SaveState>('idle');
  const [done, setDone] = useState(false);
  const version = useRef(0);
  const dirty = useRef(false);
  const submit = useSubmit();

  useEffect(() => {
    if (!detail || answers !== null) return;
    version.current = detail.draft.version;
    setAnswers(detail.draft.answers);
  }, [detail, answers]);

  useEffect(() => {
    if (!answers || !dirty.current || !detail?.abilities.fill) return;
    const timer = setTimeout(() => {
      dirty.current = false;
      setSave('saving');
      api<{ version: number }>(`/form-assignments/${assignmentId}/draft`, {
        method: 'PUT',
        ifMatch: version.current,
        body: { answers },
      })
        .then((saved) => {
          version.current = saved.version;
          setSave('saved');
        })
        .catch(async (error: unknown) => {
          if (error instanceof ApiError && error.code === 'stale_version') {
            const fresh = await api<FormAssignmentDetail>(`/form-assignments/${assignmentId}`);
            version.current = fresh.draft.version;
            setAnswers(fresh.draft.answers);
            setSave('conflict');
          } else setSave('idle');
        });
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [answers, assignmentId, detail]);

  if (resource.error) return <ErrorState error={resource.error} onRetry={resource.reload} />;
  if (!detail || !answers) return <Loading />;

  function change(next: Answers) {
    dirty.current = true;
    setAnswers(next);
    // Once errors are shown, they follow the answers: a fixed field stops saying it is wrong.
    if (Object.keys(errors).length) setErrors(answerErrorsOf(detail!.definition, next));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = answerErrorsOf(detail!.definition, answers!);
    setErrors(found);
    if (Object.keys(found).length) return;
    const ok = await submit.run(() =>
      api(`/form-assignments/${assignmentId}/submit`, { method: 'POST', body: { answers } }),
    );
    if (ok) setDone(true);
  }

  const submitted = done || detail.status === 'submitted';
  const shown = { ...serverErrors(submit.error), ...errors };
  return (
    <>
      <PageHeader title={detail.formName} description={detail.description || undefined} />
      {submitted ? (
        <Notice>
          {t('forms.fill.submitted')} <Link to="/forms">{t('forms.list.title')}</Link>
        </Notice>
      ) : (
        <form className="stack" onSubmit={(event) => void onSubmit(event)} noValidate>
          {save === 'conflict' ? <Notice>{t('forms.fill.conflict')}</Notice> : null}
          {Object.keys(errors).length ? (
            <p className="form-alert" role="alert">
              {t('forms.fill.checkAnswers')}
            </p>
          ) : null}
          <FormAlert error={submit.error} fields={Object.keys(shown)} />
          <FormLevel
            fields={detail.definition.fields}
            levels={[answers]}
            path={[]}
            errors={shown}
            accountId={detail.accountId}
            onChange={change}
          />
          <div className="form-row">
            <button type="submit" className="btn" disabled={submit.pending || !detail.abilities.fill}>
              {t('forms.fill.submit')}
            </button>
            <span className="muted" aria-live="polite">
              {save === 'saving' ? t('forms.fill.saving') : save === 'saved' ? t('forms.fill.saved') : ''}
            </span>
          </div>
        </form>
      )}
    </>
  );
}
